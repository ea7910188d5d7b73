"""PostgreSQL access for the reads: the feed, the snapshot, the check, the conflicts, the blobs.

Writes to the team's data go through ``apply.py`` only (its lock is what keeps the feed whole); this module reads
in one snapshot per answer, so that what it says is consistent with the cursor it hands back.
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from smallcrm.server.apply import DELETED_FIELD, Op, Refused, apply_in_transaction
from smallcrm.server.auth import Principal
from smallcrm.server.wire import ApiError
from smallcrm.sync.kinds import TABLES, OpKind, OpOutcome, may_write

# the feed's guard: a row is served only once every transaction that could still commit below it has ended
_SAFE = "xid < pg_snapshot_xmin(pg_current_snapshot())"
# a change "erased": an operation whose record was erased since (its fields are scrubbed); the erase itself is not
_CHANGE_COLUMNS = ('seq, op_id::text, kind, tbl, uid, fields, device, "user", at, '
                   f"kind <> '{OpKind.ERASE.value}' AND EXISTS (SELECT 1 FROM erasure WHERE erasure.uid = op_log.uid)")
KEEP_KEPT, KEEP_OTHER = "kept", "other"


def open_pool(dsn: str, max_size: int = 10) -> ConnectionPool:
    """Connections in autocommit, so that each ``conn.transaction()`` is a real transaction of its own."""
    return ConnectionPool(dsn, min_size=1, max_size=max_size, kwargs={"autocommit": True}, open=True)


def _change(row: tuple) -> dict[str, Any]:
    seq, op_id, kind, table, uid, fields, device, user, at, erased = row
    return {"seq": seq, "op_id": op_id, "kind": kind, "table": table, "uid": uid, "fields": fields, "erased": erased,
            "device": device, "user": user, "at": at}


def changes(conn: psycopg.Connection, who: Principal, after: int, limit: int) -> dict[str, Any]:
    """The operations after ``after`` in seq order, stopping before the first one the guard cannot yet vouch for."""
    rows = conn.execute(f"SELECT {_CHANGE_COLUMNS}, {_SAFE} FROM op_log WHERE seq > %s ORDER BY seq LIMIT %s",
                        (after, limit + 1)).fetchall()
    served: list[dict[str, Any]] = []
    blocked = False
    for row in rows[:limit]:
        if not row[-1]:
            blocked = True  # an older transaction may still commit a row below this one: wait for it
            break
        served.append(_change(row[:-1]))
    cursor = served[-1]["seq"] if served else after
    conn.execute("UPDATE device SET last_seen_seq = greatest(last_seen_seq, %s) WHERE id = %s", (cursor, who.device))
    return {"changes": served, "cursor": cursor, "more": not blocked and len(rows) > limit}


def _consistent_cursor(conn: psycopg.Connection) -> int:
    """The feed's seq that the current snapshot holds whole, as the feed would move to it: the last row before the
    first one the guard cannot vouch for (a lower cursor only replays operations the state already holds)."""
    # the guard's complement, written so that the index on xid finds the few open rows instead of reading the
    # whole log (a snapshot page asks this once per page: 260 pages of a 1.3M-row log)
    unsafe = conn.execute("SELECT min(seq) FROM op_log WHERE xid >= pg_snapshot_xmin(pg_current_snapshot())"
                          ).fetchone()
    below = unsafe[0] if unsafe and unsafe[0] is not None else None
    top = conn.execute("SELECT max(seq) FROM op_log" + ("" if below is None else " WHERE seq < %s"),
                       () if below is None else (below,)).fetchone()
    return int(top[0] or 0) if top else 0


def _begin_snapshot(conn: psycopg.Connection) -> None:
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def snapshot(conn: psycopg.Connection, table: str, after_uid: str, limit: int) -> bytes:
    """One page of a table's current state, by uid, with the cursor the feed goes on from, as the JSON the wire
    sends. PostgreSQL writes each row's JSON itself: the stored ``jsonb`` goes out as text, never decoded into
    Python objects and encoded again (a first sync reads a million records through here)."""
    if table not in TABLES:
        raise ApiError(400, "unknown_table", f"The table {table!r} does not travel")
    with conn.transaction():
        _begin_snapshot(conn)
        cursor = _consistent_cursor(conn)
        rows = conn.execute("SELECT json_build_object('uid', uid, 'fields', fields, 'versions', versions, "
                            "'deleted', deleted_at IS NOT NULL, 'erased', erased)::text FROM record "
                            "WHERE tbl = %s AND uid COLLATE \"C\" > %s ORDER BY uid COLLATE \"C\" LIMIT %s",
                            (table, after_uid, limit + 1)).fetchall()
    page = ",".join(row[0] for row in rows[:limit])
    more = "true" if len(rows) > limit else "false"
    return f'{{"rows": [{page}], "cursor": {cursor}, "more": {more}}}'.encode()


def check(conn: psycopg.Connection) -> dict[str, Any]:
    """Per table, the count of live records and the SHA-256 of their sorted ``uid:seq`` lines (joined by "\\n")."""
    with conn.transaction():
        _begin_snapshot(conn)
        cursor = _consistent_cursor(conn)
        rows = conn.execute("SELECT tbl, count(*), string_agg(uid || ':' || seq, E'\\n' "
                            "ORDER BY (uid || ':' || seq) COLLATE \"C\") FROM record "
                            "WHERE deleted_at IS NULL AND NOT erased GROUP BY tbl").fetchall()
    found = {tbl: (count, lines) for tbl, count, lines in rows}
    tables = {}
    for table in TABLES:
        count, lines = found.get(table, (0, ""))
        tables[table] = {"count": count, "checksum": hashlib.sha256((lines or "").encode()).hexdigest()}
    return {"tables": tables, "cursor": cursor}


def checksum(lines: list[str]) -> str:
    """The check's checksum as a laptop computes it from its own ``uid:seq`` lines."""
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()


def conflicts(conn: psycopg.Connection) -> dict[str, Any]:
    rows = conn.execute("SELECT id, tbl, uid, field, kept, other, seq_kept, seq_other FROM conflict "
                        "WHERE settled_at IS NULL ORDER BY id").fetchall()
    keys = ("id", "table", "uid", "field", "kept", "other", "seq_kept", "seq_other")
    return {"conflicts": [dict(zip(keys, row, strict=True)) for row in rows]}


def settle(conn: psycopg.Connection, who: Principal, conflict_id: int, keep: str) -> dict[str, Any]:
    """Settle a conflict: keeping the applied value changes nothing; keeping the other one is a patch (or a restore
    for an edit made to a trashed record), applied like any operation and served by the feed."""
    if keep not in (KEEP_KEPT, KEEP_OTHER):
        raise ApiError(400, "bad_request", 'keep is "kept" or "other"')
    with conn.transaction():
        row = conn.execute("SELECT tbl, uid, field, other, settled_at FROM conflict WHERE id = %s FOR UPDATE",
                           (conflict_id,)).fetchone()
        if row is None:
            raise ApiError(404, "not_found", "No such conflict")
        table, uid, field, other, settled_at = row
        if settled_at is not None:
            raise ApiError(409, "settled", "This conflict was already settled")
        if not may_write(who.role, table):
            raise ApiError(403, "role_forbidden", "Your role cannot change this record")
        made: dict[str, Any] = {}
        if keep == KEEP_OTHER:
            made = _settle_with(conn, who, table, uid, field, other)
        conn.execute("UPDATE conflict SET settled_by = %s, settled_at = now() WHERE id = %s", (who.user, conflict_id))
    return made


def _settle_with(conn: psycopg.Connection, who: Principal, table: str, uid: str, field: str,
                 other: Any) -> dict[str, Any]:
    versions = conn.execute("SELECT versions FROM record WHERE tbl = %s AND uid = %s", (table, uid)).fetchone()
    if field == DELETED_FIELD:
        op = Op(str(uuid.uuid4()), OpKind.RESTORE, table, uid, {}, {}, "")
    else:
        base = {field: int((versions[0] if versions else {}).get(field, 0))}
        op = Op(str(uuid.uuid4()), OpKind.PATCH, table, uid, {field: other}, base, "")
    try:
        result = apply_in_transaction(conn, op, who)
    except Refused as refused:
        raise ApiError(409, refused.reason, refused.message) from None
    if result.status is not OpOutcome.APPLIED:
        return {}
    made = conn.execute(f"SELECT {_CHANGE_COLUMNS} FROM op_log WHERE seq = %s", (result.seq,)).fetchone()
    return _change(made) if made else {}


def put_blob(conn: psycopg.Connection, sha256: str, data: bytes) -> None:
    if hashlib.sha256(data).hexdigest() != sha256.lower():
        raise ApiError(400, "hash_mismatch", "The bytes sent do not have the SHA-256 the address names")
    conn.execute("INSERT INTO blob (sha256, data) VALUES (%s, %s) ON CONFLICT DO NOTHING", (sha256.lower(), data))


def get_blob(conn: psycopg.Connection, sha256: str) -> bytes:
    row = conn.execute("SELECT data FROM blob WHERE sha256 = %s", (sha256.lower(),)).fetchone()
    if row is None:
        raise ApiError(404, "not_found", "No file with this SHA-256 on the server")
    return bytes(row[0])
