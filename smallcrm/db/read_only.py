"""Opening a database that cannot be written (a CD, a write-protected USB stick, a folder shared read-only):
it can still be listed, searched, shown and exported. Nothing is written, so nothing that opening normally
does (the lock file, a migration, replaying erasures, cleaning leftovers, the daily backup) can be done:
a file that needs any of these is refused instead, since showing it as it is could show an erased person or
read an old schema wrongly."""

from __future__ import annotations

from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from smallcrm.db import cipher
from smallcrm.db.connection import BUSY_TIMEOUT_MS, PRAGMAS, Database, _one_line, _verify
from smallcrm.db.erasure_ledger import logged_erasures, read_ledger
from smallcrm.db.models import database as model_proxy
from smallcrm.errors import StorageError

READ_PRAGMAS = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}  # setting it would write the header


def _uri(path: Path) -> str:
    from urllib.parse import quote

    return f"file:{quote(str(path))}?mode=ro"


def open_read_only(path: Path, passphrase: str | None, why: str, verify: bool = True) -> Database:
    """``path`` opened read-only: checked as at open, refused when it would need a migration or has erasures
    to replay. ``why`` is kept as ``db.read_only``; ``verify``: False for a file known to be damaged (shown as
    far as it reads, so that the user can see and export what is left before restoring)."""
    from smallcrm.db.migrate import head_version

    key = cipher.resolve_key(path, passphrase) if cipher.looks_encrypted(path) else None
    if verify:
        _verify(path, key, mode="ro")
    try:
        logged = {e["uid"] for e in logged_erasures(path, key)}
    except Exception as exc:  # LogUnreadable: a damaged log could hide an erasure
        raise StorageError(f"{path} cannot be written and its erasure log cannot be read ({why})",
                           code="read_only") from exc
    if any(e["uid"] not in logged for e in read_ledger(path) or []):
        raise StorageError(f"{path} cannot be written and holds persons erased since it was copied: it cannot be "
                           "shown as it is", code="read_only")
    if key is None:
        pw = SqliteDatabase(_uri(path), uri=True, pragmas=READ_PRAGMAS, timeout=BUSY_TIMEOUT_MS / 1000)
    else:
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        pw = SqlCipherDatabase(_uri(path), uri=True, passphrase=key, pragmas=READ_PRAGMAS,
                               timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        pw.connect()
        version = pw.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
    except (PeeweeDatabaseError, *cipher.ENGINE_ERRORS) as exc:
        pw.close()
        raise StorageError(f"Cannot open {path}: {_one_line(exc)}", code="unopenable") from exc
    if version != head_version() and verify:
        pw.close()
        raise StorageError(f"{path} cannot be written and needs an upgrade to this SmallCRM's version: copy it to "
                           "a writable folder first", code="read_only")
    model_proxy.initialize(pw)
    db = Database(path, pw, None, key)
    db.read_only = " ".join(why.split())
    db.damaged = not verify
    return db
