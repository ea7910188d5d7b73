"""Filling a team server with a whole benchmark database in minutes, for the sync benchmarks (bench/ops_sync.py).

The server is filled as a first laptop's upload would fill it, without the hours that upload would take through
``POST /ops`` (1.3M operations, one savepoint and a handful of lookups each): the laptop's own code makes the
operations (``state.enqueue_all``, the same SQL that queues a first laptop's records at sign-in: references as
uids, documents with their lines), and they go into ``op_log`` with ``COPY``, one seq each in outbox order, and
``record`` is made from ``op_log`` by one ``INSERT ... SELECT`` that does what the server's insert does (the
fields as sent, every field's version the op's seq). A test (tests/bench/test_sync_bench.py) checks that a server
filled this way holds what the real upload through ``POST /ops`` leaves, record for record.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from smallcrm.db.connection import open_database
from smallcrm.sync import state

COPY_ROWS = 20_000  # outbox rows read from SQLite per round


@dataclass(frozen=True)
class Loaded:
    """What went into the server, and how long each part took (seconds)."""

    operations: int
    by_table: dict[str, int]
    queue_seconds: float
    copy_seconds: float


def _queue(source: Path, folder: Path, user: str) -> Path:
    """A copy of ``source`` with an insert queued for every record, as a first laptop's sign-in queues them."""
    copy = folder / "upload.sqlite3"
    shutil.copyfile(source, copy)
    db = open_database(copy, exclusive=False, daily_backup=False)
    try:
        state.switch_on(db, "http://127.0.0.1:1", "0", "Z", user, "owner", upload=True)
    finally:
        db.close()
    return copy


def load(dsn: str, source: Path, user: str = "owner") -> Loaded:
    """Fill the empty team database at ``dsn`` with every record of the laptop database ``source`` (not changed)."""
    import psycopg

    with tempfile.TemporaryDirectory(prefix="smallcrm-load-") as temp:
        started = time.perf_counter()
        queued = _queue(source, Path(temp), user)
        queue_seconds = time.perf_counter() - started
        started = time.perf_counter()
        outbox = sqlite3.connect(queued)
        try:
            with psycopg.connect(dsn) as conn:
                operations = _copy(conn, outbox, user)
                conn.execute("INSERT INTO record (tbl, uid, fields, versions, seq) "
                             "SELECT tbl, uid, fields, COALESCE((SELECT jsonb_object_agg(k, seq) FROM "
                             "jsonb_object_keys(fields) AS k), '{}'), seq FROM op_log ORDER BY seq")
                conn.execute("SELECT setval('op_seq', %s)", (max(operations, 1),))
                by_table = dict(conn.execute("SELECT tbl, count(*) FROM record GROUP BY tbl").fetchall())
            with psycopg.connect(dsn, autocommit=True) as conn:
                conn.execute("VACUUM ANALYZE op_log")
                conn.execute("VACUUM ANALYZE record")
        finally:
            outbox.close()
        return Loaded(operations, by_table, queue_seconds, time.perf_counter() - started)


def _copy(conn, outbox, user: str) -> int:
    """The queued operations into ``op_log`` in outbox order, seq 1, 2, ...; returns how many."""
    seq = 0
    last = 0
    with conn.cursor() as cur, cur.copy('COPY op_log (seq, op_id, device, "user", kind, tbl, uid, fields, at) '
                                        "FROM STDIN") as copy:
        while rows := outbox.execute("SELECT id, op_id, kind, tbl, uid, fields, at FROM sync_outbox WHERE id > ? "
                                     "ORDER BY id LIMIT ?", (last, COPY_ROWS)).fetchall():
            for id_, op_id, kind, table, uid, fields, at in rows:
                seq += 1
                copy.write_row((seq, str(uuid.UUID(op_id)), None, user, kind, table, uid, fields, at or ""))
                last = id_
    return seq
