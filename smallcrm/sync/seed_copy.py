"""A new laptop's tables copied from the server's ready file (server/seed.py; docs/TEAM-MODE.md, "A new laptop").

The server keeps a laptop's own SQLite file of the team's data. A laptop that holds nothing but the settings
downloads a copy of it (``GET /seed``, with the cursor it holds), attaches it and copies each table in with one
``INSERT ... SELECT``, in one transaction: no JSON, no row in Python. The ids are the file's (the references
between copied tables stay as they are); a reference into a table this laptop read itself (a product's VAT rate)
is turned from the file's id to this laptop's through the uid. The issued documents' guards refuse lines added to
an issued document, so a document's lines go in before it, the foreign keys checked at the commit.

Anything unlike what this laptop expects (no ready file, another schema, an encrypted laptop, whose data must
never lie on the disk in clear, or a copy that fails) leaves the laptop as it was, and the tables are read one by
one (``snapshot.py``).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import peewee

from smallcrm.db.connection import Database
from smallcrm.db.migrate import head_version
from smallcrm.errors import NotFound, ServerError, StorageError
from smallcrm.sync.apply import CHANGES_FIELD
from smallcrm.sync.bulk import drop_indexes, move_counters
from smallcrm.sync.kinds import TableKind
from smallcrm.sync.manifest import Child, Synced

log = logging.getLogger(__name__)
DOWNLOAD_PREFIX = "smallcrm-seed-"  # the temporary file the transport streams the ready file into


class Session(Protocol):
    def call(self, method: str, path: str, body: dict | bytes | None = None, **query) -> dict: ...


class SyncReport(Protocol):
    received: int
    changes: object


def download_seed(db: Database, session: Session) -> tuple[Path, int] | None:
    """The server's ready file on this laptop's disk and the cursor it holds; None when it cannot serve here."""
    if db.encrypted:
        return None
    _remove_stale_downloads()
    try:
        answer = session.call("GET", "/seed")
    except (NotFound, ServerError) as exc:  # an older server, its file still being made, or failing to make it
        if getattr(exc, "code", "") == "team_unreachable":
            raise
        log.info("no ready file from the team's server: %s", exc)
        return None
    path = answer.get("file")
    if not path:
        return None
    if int(answer.get("schema") or -1) != head_version():
        Path(path).unlink(missing_ok=True)
        return None
    return Path(path), int(answer.get("cursor") or 0)


def _remove_stale_downloads(hours: float = 1) -> None:
    """A ready file left behind by a sync that was killed: a copy of customers that may have been erased since."""
    limit = time.time() - hours * 3600
    for left in Path(tempfile.gettempdir()).glob(f"{DOWNLOAD_PREFIX}*.sqlite3"):
        with contextlib.suppress(OSError):
            if left.stat().st_mtime < limit:
                left.unlink()


def copy_seed(db: Database, seed: Path, tables: list[Synced], report: SyncReport,
              progress: Callable[[str], None] | None = None) -> bool:
    """Copy ``tables`` (empty here) from the file ``seed``; False (and nothing written) when it could not."""
    pw = db.pw
    copied = frozenset(s.table for s in tables)
    attached = False
    try:
        pw.execute_sql("ATTACH DATABASE ? AS seed", (str(seed),))
        attached = True
        with db.atomic():
            pw.execute_sql("PRAGMA defer_foreign_keys = ON")  # a document's lines before it, a credit note before
            pw.execute_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")  # its invoice: checked at commit
            for synced in tables:
                if progress is not None:
                    progress(synced.table)
                made_again = drop_indexes(pw, (synced.table, *(c.table for c in synced.children)))
                report.received += _copy_table(pw, synced, copied, guarded=not made_again)
                if synced.kind == TableKind.DOCUMENT:
                    move_counters(pw, synced.table)
                for sql in made_again:
                    pw.execute_sql(sql)
            marks = ", ".join("?" * len(copied))
            pw.execute_sql(f"DELETE FROM sync_version WHERE tbl IN ({marks})", tuple(copied))
            pw.execute_sql(f"INSERT INTO sync_version (tbl, uid, field, seq) SELECT tbl, uid, field, seq FROM "
                           f"seed.sync_version WHERE tbl IN ({marks}) ORDER BY tbl, uid, field", tuple(copied))
            pw.execute_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")
    except (sqlite3.Error, peewee.DatabaseError, StorageError) as exc:  # all rolled back: read one by one instead
        log.warning("the team's ready file could not be copied in: %s", exc)
        return False
    finally:
        if attached:
            pw.execute_sql("DETACH DATABASE seed")
    for synced in tables:
        if synced.table in CHANGES_FIELD:
            getattr(report.changes, CHANGES_FIELD[synced.table]).update(
                row[0] for row in pw.execute_sql(f'SELECT id FROM "{synced.table}"'))
    return True


def _copy_table(pw, synced: Synced, copied: frozenset[str], guarded: bool) -> int:
    """A table and its children. Without its indexes (dropped for the copy), a row must never wait for another:
    SQLite settles a deferred foreign key by looking for the rows that name each row inserted, a whole scan
    without the index, so the records go in before their lines and a reference into the same table (a merged
    duplicate's winner, a quote's previous revision) is set once the table is in. A ``guarded`` table (the issued
    documents': their guards refuse lines added to an issued document and any change to one) keeps its indexes,
    so its lines go in first and a credit note names its invoice from the start, settled at the commit."""
    own = [] if guarded else [name for name, target in synced.references.items() if target == synced.table]
    if guarded:
        for child in synced.children:
            _copy(pw, child, copied)
    rows = _copy(pw, synced, copied, own)
    for name in own:
        pw.execute_sql(f'UPDATE main."{synced.table}" AS t SET "{name}" = s."{name}" FROM seed."{synced.table}" s '
                       f'WHERE s.id = t.id AND s."{name}" IS NOT NULL')
    if not guarded:
        for child in synced.children:
            _copy(pw, child, copied)
    return rows


def _copy(pw, owner: Synced | Child, copied: frozenset[str], later: list[str] | tuple = ()) -> int:
    """One table's rows from the file; returns how many. A reference into a table not copied is turned from the
    file's id to this laptop's by uid; a row whose required one has no match here is left out, as the snapshot
    leaves out a record pointing at one this laptop will not have."""
    table = owner.table
    info = pw.execute_sql(f'PRAGMA main.table_info("{table}")').fetchall()
    columns, required = [row[1] for row in info], {row[1] for row in info if row[3]}
    theirs = {row[1] for row in pw.execute_sql(f'PRAGMA seed.table_info("{table}")')}
    names = [c for c in columns if c in theirs]
    picked, wanted = [], []
    for name in names:
        target = owner.references.get(name)
        if name in later:
            picked.append(f'NULL AS "{name}"')
            continue
        if target is None or target in copied:
            picked.append(f't."{name}"')
            continue
        picked.append(f'(SELECT m.id FROM main."{target}" m JOIN seed."{target}" s ON s.uid = m.uid '
                      f'WHERE s.id = t."{name}") AS "{name}"')
        if name in required:
            wanted.append(f'"{name}" IS NOT NULL')
    listed = ", ".join(f'"{n}"' for n in names)
    where = f" WHERE {' AND '.join(wanted)}" if wanted else ""
    cursor = pw.execute_sql(f'INSERT INTO main."{table}" ({listed}) SELECT * FROM (SELECT {", ".join(picked)} '
                            f'FROM seed."{table}" t ORDER BY t.id){where}')
    return cursor.rowcount
