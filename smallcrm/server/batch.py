"""A batch's reads and writes in bulk (``apply.py`` applies the rules): a handful of round trips per batch of
operations instead of several per operation, which is most of what a sync of 1,000 rows waited for.

- ``Log``: the batch's ``op_log`` rows: seqs drawn in one query, rows written in one ``executemany`` at the end.
- ``Known``: what every operation needs to know before its rule runs (sent before? the record as it stands, any
  name erased, any name a merged loser), read for the whole batch in four queries once the apply lock is held.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

# (applied before: its seq, record fields, versions, in the trash, merged into, its seq, a name erased, merged names)
Lookup = tuple[int | None, dict | None, dict | None, bool | None, str | None, int | None, bool, list[str]]

# one operation's lookup, for an operation the batch's reading cannot vouch for
_LOOKUP = """
SELECT (SELECT seq FROM op_log WHERE op_id = %(op_id)s),
       r.fields, r.versions, r.deleted_at IS NOT NULL, r.merged_into, r.seq,
       EXISTS (SELECT 1 FROM erasure WHERE uid = ANY(%(names)s)),
       ARRAY(SELECT uid FROM record WHERE uid = ANY(%(names)s) AND merged_into IS NOT NULL)
FROM (VALUES (1)) AS one LEFT JOIN record r ON r.tbl = %(tbl)s AND r.uid = %(uid)s
"""


class Log:
    """A batch's ``op_log`` rows: seqs drawn in one round trip under the lock (in op order, so seq order is still
    commit order), rows written in one ``executemany`` at the end instead of one INSERT per operation.

    Until ``flush`` the rows are only here, so the duplicate check looks here too (an op_id sent twice within one
    batch), and an erasure flushes first (it scrubs past ``op_log`` rows, this batch's included). A refused
    operation leaves its seq unused: a gap, as ``nextval`` in a rolled-back savepoint always left one."""

    def __init__(self, conn: psycopg.Connection, size: int) -> None:
        self.conn = conn
        drawn = conn.execute("SELECT nextval('op_seq') FROM generate_series(1, %s)", (size,)).fetchall()
        self.seqs = sorted(row[0] for row in drawn)
        self.rows: list[tuple] = []
        self.seen: dict[str, int] = {}

    def seq(self) -> int:
        return self.seqs.pop(0)

    def add(self, seq: int, op_id: str, device: int, user: str, kind: str, table: str, uid: str, applied: dict,
            at: str) -> None:
        self.rows.append((seq, op_id, device, user, kind, table, uid, Jsonb(applied), at))
        self.seen[op_id] = seq

    def flush(self) -> None:
        if self.rows:
            with self.conn.cursor() as cur:
                cur.executemany('INSERT INTO op_log (seq, op_id, device, "user", kind, tbl, uid, fields, at) '
                                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", self.rows)
            self.rows = []


def lookup(conn: psycopg.Connection, op_id: str, table: str, uid: str, names: list[str]) -> Lookup:
    """One operation's lookup in one round trip."""
    return conn.execute(_LOOKUP, {"op_id": op_id, "names": names, "tbl": table,  # type: ignore[return-value]
                                  "uid": uid}).fetchone()


class Known:
    """The lookups of a whole batch, read at once under the lock. They hold until the batch itself changes what
    they say: an operation on a record an earlier one of the batch wrote is looked up again on its own, and after
    a merge or an erasure (which rewrite other records, make losers and erased names) every later one is."""

    def __init__(self, conn: psycopg.Connection, wanted: Iterable[tuple[str, str, str, list[str]]]) -> None:
        ops = list(wanted)
        op_ids = [op_id for op_id, _, _, _ in ops]
        uids = sorted({uid for _, _, uid, _ in ops})
        names = sorted({name for _, _, _, op_names in ops for name in op_names})
        self.done = dict(conn.execute("SELECT op_id::text, seq FROM op_log WHERE op_id = ANY(%s::uuid[])",
                                      (op_ids,)).fetchall())
        self.records = {(row[0], row[1]): row[2:] for row in conn.execute(
            "SELECT tbl, uid, fields, versions, deleted_at IS NOT NULL, merged_into, seq FROM record "
            "WHERE uid = ANY(%s)", (uids,)).fetchall()}
        self.erased = {row[0] for row in conn.execute("SELECT uid FROM erasure WHERE uid = ANY(%s)",
                                                      (names,)).fetchall()}
        self.losers = {row[0] for row in conn.execute(
            "SELECT uid FROM record WHERE uid = ANY(%s) AND merged_into IS NOT NULL", (names,)).fetchall()}
        self.written: set[str] = set()
        self.valid = True

    def get(self, op_id: str, table: str, uid: str, names: list[str]) -> Lookup | None:
        """The lookup, or None when the batch's own writes may have changed it."""
        if not self.valid or uid in self.written:
            return None
        record: tuple[Any, ...] = self.records.get((table, uid), (None,) * 5)
        return (self.done.get(op_id), *record, any(n in self.erased for n in names),  # type: ignore[return-value]
                [n for n in names if n in self.losers])

    def wrote(self, uid: str, rewrites_others: bool) -> None:
        self.written.add(uid)
        self.valid = self.valid and not rewrites_others
