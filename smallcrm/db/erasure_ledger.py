"""The erasure ledger: a copy of the erasure log in a file beside the database, so that no restore can lose it.

The erasure log lives inside the database, and a restore replaces the database: a damaged file's log cannot
be read, a restore killed after the swap never reads it. The ledger is the log kept where a restore does not
reach: every erasure is appended to it once committed, and every open replays what the ledger holds and the
database does not (``services.privacy.erasure_replay.settle_erasures``). An erasure is thus forever for
whatever file is opened at this place: restored, an old backup, a copy.

It holds what the erasure log holds (uids, times, the action, the reason, counts): never personal data (the
reason is checked not to repeat the name, e-mail or phone). One JSON object a line, appended and fsynced; a
last line cut short by a crash is ignored (its erasure is still in the database's log, and the next open
writes it again).
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from smallcrm.db import cipher
from smallcrm.errors import StorageError

SUFFIX = ".erasures"
COLUMNS = ("uid", "at", "who", "action", "party_uid", "party_kind", "reason", "erased", "kept")


def scrub_pending_path(db_path: Path) -> Path:
    """A marker: an erasure was committed but the free space it left in the file was not cleared (a full disk);
    the next open clears it."""
    return Path(db_path).with_name(Path(db_path).name + ".scrub-pending")


def ledger_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SUFFIX)


def _plain(entry: dict) -> dict:
    at = entry["at"]
    return {k: (at.isoformat() if k == "at" and isinstance(at, datetime) else entry[k]) for k in COLUMNS}


def read_ledger(db_path: Path) -> list[dict] | None:
    """The ledger's entries, oldest first (``at`` as a datetime); None when there is no ledger. A ledger that
    cannot be read is a ``StorageError``: replaying nothing would bring erased persons back."""
    path = ledger_path(db_path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageError(f"The erasure ledger {path} cannot be read ({exc}): nothing was opened or restored, "
                           "since erased persons could come back", code="ledger_unreadable") from exc
    lines = text.split("\n")
    complete = lines[:-1]  # a last line without its newline was cut short by a crash
    entries = []
    for number, line in enumerate(complete, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            entry["at"] = datetime.fromisoformat(entry["at"])
            entries.append({k: entry[k] for k in COLUMNS})
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError(f"Line {number} of the erasure ledger {path} is damaged: nothing was opened or "
                               "restored, since erased persons could come back", code="ledger_unreadable") from exc
    return entries


def append_to_ledger(db_path: Path, entries: list[dict]) -> None:
    """Add ``entries`` (erasure log rows as dicts) to the ledger, durably (fsync); creates the ledger (private,
    0600) when there is none, even for no entries: an existing ledger says the log was kept from then on."""
    path = ledger_path(db_path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        size = os.lseek(fd, 0, os.SEEK_END)
        if size:  # a last line cut short by a crash goes: its erasure is in the log, written again below
            tail = os.pread(fd, min(size, 1 << 16), max(0, size - (1 << 16)))
            if not tail.endswith(b"\n"):
                cut = tail.rfind(b"\n")
                os.ftruncate(fd, max(0, size - len(tail) + cut + 1) if cut >= 0 else 0)
        os.lseek(fd, 0, os.SEEK_END)
        data = "".join(json.dumps(_plain(e), ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
        if data:
            os.write(fd, data.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


class LogUnreadable(Exception):
    """The erasure log of a file exists but cannot be read (a damaged file, a wrong key)."""


def logged_erasures(db_path: Path, key: str | None = None) -> list[dict]:
    """The erasure log of a closed database file (empty when there is no file or its schema has no log yet);
    ``LogUnreadable`` when the file cannot be read."""
    if not Path(db_path).exists():
        return []
    try:
        conn = cipher.connect(Path(db_path), key, mode="ro")
    except Exception as exc:  # sqlite3's or SQLCipher's error
        raise LogUnreadable(str(exc)) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "erasure_log" not in tables:
            return []  # an older schema: no erasure could be logged in it
        rows = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM erasure_log ORDER BY at, id").fetchall()
    except Exception as exc:  # a damaged file or a wrong key (sqlite3's or SQLCipher's error)
        raise LogUnreadable(str(exc)) from exc
    finally:
        conn.close()
    entries = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    for entry in entries:
        if isinstance(entry["at"], str):
            entry["at"] = datetime.fromisoformat(entry["at"])
    return entries


def not_in_ledger(db_path: Path, file: Path, key: str | None = None) -> list[dict]:
    """The erasures ``file`` (the database or one of its backups, opened with ``key``) has in its log and the
    ledger beside ``db_path`` lacks: empty when the ledger covers it. ``LogUnreadable`` when its log cannot
    be read."""
    known = {e["uid"] for e in read_ledger(db_path) or []}
    return [e for e in logged_erasures(file, key) if e["uid"] not in known]
