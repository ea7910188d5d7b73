"""Making deleted data unrecoverable from the database file, its WAL and its shared memory file.

A plain DELETE leaves the old bytes in free space on the page, on free pages, in old search-index
segments and in the WAL until it is checkpointed. An erasure deletes with ``secure_delete`` on (SQLite
overwrites what it removes with zeros), merges each FTS5 index of the search into one segment (old segments
kept the deleted documents' words), copies the WAL into the file and truncates it, and rebuilds the file with VACUUM
so that no free page is left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from peewee import Database as PeeweeDatabase

Progress = Callable[[int, int, str], None]


@contextmanager
def secure_delete(pw: PeeweeDatabase) -> Iterator[None]:
    """Deletes and updates on this connection overwrite the old content with zeros."""
    previous = pw.execute_sql("PRAGMA secure_delete").fetchone()[0]
    pw.execute_sql("PRAGMA secure_delete = 1")
    try:
        yield
    finally:
        pw.execute_sql(f"PRAGMA secure_delete = {int(previous)}")


def checkpoint(pw: PeeweeDatabase) -> bool:
    """Copy the WAL into the database file and truncate it to nothing; False if a reader kept it busy."""
    busy, _, _ = pw.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def scrub(pw: PeeweeDatabase, progress: Progress | None = None) -> bool:
    """Clear the free space of the file after deletions (outside any transaction). Takes as long as a VACUUM
    of the whole file. Returns True when the WAL was emptied too (False: another reader held it; run again)."""
    steps = ("search index", "write-ahead log", "free pages", "write-ahead log")
    report = progress or (lambda done, total, text: None)
    report(0, len(steps), steps[0])
    with secure_delete(pw):
        for table in ("party_fts", "party_words"):
            pw.execute_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        report(1, len(steps), steps[1])
        checkpoint(pw)
        report(2, len(steps), steps[2])
        pw.execute_sql("VACUUM")
        report(3, len(steps), steps[3])
        cleared = checkpoint(pw)
    report(len(steps), len(steps), "")
    return cleared
