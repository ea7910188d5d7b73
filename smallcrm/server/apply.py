"""The merge rules: each operation applied, or refused alone with its reason (a refusal writes nothing).

A batch's transaction takes the apply lock (``pg_advisory_xact_lock``) before any operation draws its ``seq``, so
seq order is commit order and the feed can never skip an operation committed out of order (docs/TEAM-MODE.md,
"The server").
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from smallcrm.server.auth import Principal
from smallcrm.server.batch import Known, Log, lookup
from smallcrm.server.erasure import (
    clear_payment_notes,
    erased_with,
    keep_placeholders,
    made_placeholders,
    scrub,
    strip_documents,
)
from smallcrm.sync.kinds import (
    DOCUMENT_PARTS,
    DOCUMENT_STATUS_FIELD,
    ISSUED,
    PARTY_TABLE,
    TABLES,
    Area,
    OpKind,
    OpOutcome,
    Role,
    TableKind,
    may_write,
)

APPLY_LOCK = 0x53434D  # one number every writer of op_log locks on
MAX_MERGE_CHAIN = 32
DELETED_FIELD = "deleted_at"
_AREA_WORDS = {Area.CONTACTS: "a contact", Area.TIMELINE: "the timeline", Area.DEALS: "a deal",
               Area.QUOTES: "a quote or the catalog", Area.INVOICES: "an invoice", Area.PAYMENTS: "a payment",
               Area.SETTINGS: "the company's settings"}
_ROLE_WORDS = {Role.OWNER: "an owner", Role.SALES: "a sales user", Role.ACCOUNTANT: "an accountant"}


class Refused(Exception):
    """An operation the rules refuse: its reason code (for the laptop) and an English message (for the user)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class Op:
    """One operation as the wire carries it, checked for shape."""

    op_id: str
    kind: OpKind
    table: str
    uid: str
    fields: dict[str, Any]
    base: dict[str, int]
    at: str


@dataclass(frozen=True)
class Result:
    op_id: Any
    status: OpOutcome
    seq: int | None = None
    reason: str | None = None
    message: str | None = None

    def wire(self) -> dict[str, Any]:
        return {"op_id": self.op_id, "status": self.status.value, "seq": self.seq, "reason": self.reason,
                "message": self.message}


@dataclass
class Row:
    """A record's current state as ``record`` holds it."""

    fields: dict[str, Any]
    versions: dict[str, int]
    deleted: bool
    merged_into: str | None
    seq: int  # the latest operation that wrote it (a delete, for a record in the trash)


def parse(raw: Any) -> Op:
    """The operation ``raw`` names, or Refused("bad_op") saying what is wrong with its shape."""
    if not isinstance(raw, dict):
        raise Refused("bad_op", "An operation is a JSON object")
    try:
        op_id = str(uuid.UUID(str(raw.get("op_id"))))
    except ValueError:
        raise Refused("bad_op", "op_id is not a UUID") from None
    try:
        kind = OpKind(raw.get("kind"))
    except ValueError:
        raise Refused("bad_op", f"Unknown kind of operation: {raw.get('kind')!r}") from None
    table, uid = raw.get("table"), raw.get("uid")
    fields, base = raw.get("fields") or {}, raw.get("base") or {}
    if not isinstance(table, str) or not isinstance(uid, str) or not uid:
        raise Refused("bad_op", "An operation names its table and its record's uid")
    if not isinstance(fields, dict) or not isinstance(base, dict) or not all(
            isinstance(v, int) for v in base.values()):
        raise Refused("bad_op", "fields is an object of values, base an object of seq numbers")
    if table not in TABLES:
        raise Refused("unknown_table", f"The table {table!r} does not travel")
    at = str(raw.get("at") or "")
    if "\x00" in at:  # checked here: op_log takes ``at`` only at the batch's end, past the op's savepoint
        raise Refused("bad_op", "at holds a NUL character")
    return Op(op_id, kind, table, uid, fields, base, at)


def apply_batch(conn: psycopg.Connection, raws: list[Any], who: Principal) -> list[Result]:
    """Apply a laptop's operations in order, in one transaction holding the apply lock (one commit, one disk
    flush, per batch). A refused operation writes nothing (every rule refuses before it writes), so the batch
    runs without a savepoint per operation; only when PostgreSQL rejects a value mid-batch (e.g. a NUL in a text)
    is the whole batch undone and applied again with one savepoint per operation, so that one is refused alone and
    the rest go on."""
    ops = [_parsed(raw) for raw in raws]
    try:
        return _in_one_transaction(conn, raws, ops, who, savepoints=False)
    except psycopg.DataError:
        return _in_one_transaction(conn, raws, ops, who, savepoints=True)


def _in_one_transaction(conn: psycopg.Connection, raws: list[Any], ops: list[Op | Refused], who: Principal,
                        savepoints: bool) -> list[Result]:
    with contextlib.ExitStack() as stack:
        if not savepoints:
            stack.enter_context(conn.pipeline())
        stack.enter_context(conn.transaction())
        _lock(conn)
        log = Log(conn, len(raws))
        known = None if savepoints else Known(conn, ((op.op_id, op.table, op.uid, [op.uid, *_texts(op.fields)])
                                                     for op in ops if isinstance(op, Op)))
        results = [_apply_one(conn, raw, op, who, log, known, savepoints) for raw, op in zip(raws, ops, strict=True)]
        log.flush()
        return results


def apply_op(conn: psycopg.Connection, raw: Any, who: Principal) -> Result:
    """Apply one operation in a transaction of its own."""
    return apply_batch(conn, [raw], who)[0]


def apply_in_transaction(conn: psycopg.Connection, op: Op, who: Principal) -> Result:
    """Apply ``op`` inside the caller's transaction (settling a conflict makes an operation this way)."""
    _lock(conn)
    log = Log(conn, 1)
    result = _apply_locked(conn, op, who, log, None)
    log.flush()
    return result


def _lock(conn: psycopg.Connection) -> None:
    conn.execute("SELECT pg_advisory_xact_lock(%s)", (APPLY_LOCK,))


def _parsed(raw: Any) -> Op | Refused:
    try:
        return parse(raw)
    except Refused as refused:
        return refused


def _apply_one(conn: psycopg.Connection, raw: Any, op: Op | Refused, who: Principal, log: Log, known: Known | None,
               savepoint: bool) -> Result:
    op_id = raw.get("op_id") if isinstance(raw, dict) else None
    try:
        if isinstance(op, Refused):
            raise op
        if not savepoint:
            return _apply_locked(conn, op, who, log, known)
        with conn.transaction():
            return _apply_locked(conn, op, who, log, known)
    except Refused as refused:
        return Result(op_id, OpOutcome.REFUSED, reason=refused.reason, message=refused.message)
    except psycopg.DataError as error:  # a value PostgreSQL cannot hold (e.g. a NUL in a text)
        if not savepoint:
            raise  # the batch is undone and applied again, each operation in a savepoint
        return Result(op_id, OpOutcome.REFUSED, reason="bad_op", message=f"A value cannot be stored: {error}")


def _texts(fields: dict[str, Any]) -> list[str]:
    return [v for v in fields.values() if isinstance(v, str)]


def _apply_locked(conn: psycopg.Connection, op: Op, who: Principal, log: Log, known: Known | None) -> Result:
    """The rules, under the lock: duplicate, role, merged losers re-pointed, erasure, then the kind's own rule."""
    if op.op_id in log.seen:
        return Result(op.op_id, OpOutcome.DUPLICATE, log.seen[op.op_id])
    names = [op.uid, *_texts(op.fields)]
    found = known.get(op.op_id, op.table, op.uid, names) if known else None
    if found is None:
        found = lookup(conn, op.op_id, op.table, op.uid, names)
    dup, stored, versions, deleted, merged_into, last, erased, losers = found
    if dup is not None:
        return Result(op.op_id, OpOutcome.DUPLICATE, dup)
    _check_role(who.role, op.table)
    uid, fields = op.uid, dict(op.fields)
    row = Row(stored, versions, bool(deleted), merged_into, last or 0) if stored is not None else None
    if losers:  # rare: a merge happened since the laptop last synced
        if op.kind is not OpKind.MERGE and uid in losers:
            uid = _winner(conn, uid)
            row = _load(conn, op.table, uid)
        fields = {k: _winner(conn, v) if isinstance(v, str) and v in losers else v for k, v in fields.items()}
        erased = erased or _any_erased(conn, [uid, *_texts(fields)])
    if erased:
        raise Refused("erased", "This person was erased (GDPR): nothing more can be written about them")
    if op.kind is OpKind.ERASE and op.table != PARTY_TABLE:  # before the flush below, which a refusal cannot undo
        raise Refused("bad_op", "Only a person or a company is erased")
    seq = log.seq()
    if op.kind is OpKind.ERASE:
        log.flush()  # the erasure scrubs this batch's earlier rows too
        applied = _erase(conn, op, uid, who.user, seq)
    else:
        applied = _HANDLERS[op.kind](conn, op, uid, fields, row, seq)
    if known:
        known.wrote(uid, rewrites_others=op.kind in (OpKind.MERGE, OpKind.ERASE))
    log.add(seq, op.op_id, who.device, who.user, op.kind.value, op.table, uid, applied, op.at)
    return Result(op.op_id, OpOutcome.APPLIED, seq)


def _check_role(role: Role, table: str) -> None:
    if may_write(role, table):
        return
    area = TABLES[table][1]
    if area is Area.SETTINGS:
        raise Refused("owner_only", "Only the owner can change the company's settings")
    raise Refused("role_forbidden", f"{_ROLE_WORDS[role].capitalize()} cannot change {_AREA_WORDS[area]}")


def _winner(conn: psycopg.Connection, uid: str) -> str:
    """The record a merged loser now lives in (following merges of merges), or ``uid`` itself."""
    for _ in range(MAX_MERGE_CHAIN):
        row = conn.execute("SELECT merged_into FROM record WHERE uid = %s AND merged_into IS NOT NULL",
                           (uid,)).fetchone()
        if row is None:
            return uid
        uid = row[0]
    return uid


def _any_erased(conn: psycopg.Connection, uids: list[str]) -> bool:
    return conn.execute("SELECT 1 FROM erasure WHERE uid = ANY(%s) LIMIT 1", (uids,)).fetchone() is not None


def _load(conn: psycopg.Connection, table: str, uid: str) -> Row | None:
    row = conn.execute("SELECT fields, versions, deleted_at IS NOT NULL, merged_into, seq FROM record "
                       "WHERE tbl = %s AND uid = %s", (table, uid)).fetchone()
    return Row(*row) if row else None


def _is_issued(conn: psycopg.Connection, table: str, row: Row | None, fields: dict[str, Any]) -> bool:
    """Whether the record (or, for a part such as a line, its document) is an issued document."""
    kind = TABLES[table][0]
    if kind is not TableKind.DOCUMENT:
        return False
    if table in DOCUMENT_PARTS:
        parent = fields.get(DOCUMENT_PARTS[table]) or (row.fields.get(DOCUMENT_PARTS[table]) if row else None)
        if not isinstance(parent, str):
            return False
        found = conn.execute("SELECT fields FROM record WHERE uid = %s", (parent,)).fetchone()
        return bool(found) and found[0].get(DOCUMENT_STATUS_FIELD) == ISSUED
    return row is not None and row.fields.get(DOCUMENT_STATUS_FIELD) == ISSUED


def _check_changeable(conn: psycopg.Connection, op: Op, row: Row | None, fields: dict[str, Any]) -> None:
    """Append-only records and issued documents take no patch, delete or restore (nor a line added later)."""
    if TABLES[op.table][0] is TableKind.APPEND_ONLY:
        raise Refused("append_only", "Payments, refunds and an issued document's instalments cannot be changed")
    if _is_issued(conn, op.table, row, fields):
        raise Refused("issued", "An issued invoice or credit note cannot be changed: issue a credit note instead")


def _insert(conn: psycopg.Connection, op: Op, uid: str, fields: dict, row: Row | None, seq: int) -> dict:
    if row is not None:  # sent again under another op_id, or a setting both sides created: last writer wins
        _check_changeable(conn, op, row, fields)
        return _write_fields(conn, op.table, uid, row, fields, seq)
    if op.table in DOCUMENT_PARTS and _is_issued(conn, op.table, None, fields):
        raise Refused("issued", "An issued invoice or credit note cannot be changed: issue a credit note instead")
    conn.execute("INSERT INTO record (tbl, uid, fields, versions, seq) VALUES (%s, %s, %s, %s, %s)",
                 (op.table, uid, Jsonb(fields), Jsonb(dict.fromkeys(fields, seq)), seq))
    return fields


def _patch(conn: psycopg.Connection, op: Op, uid: str, fields: dict, row: Row | None, seq: int) -> dict:
    if row is None:
        raise Refused("not_found", "The record was never sent to the server")
    _check_changeable(conn, op, row, fields)
    for name, value in fields.items():
        version = row.versions.get(name)
        if version is not None and op.base.get(name, 0) < version and row.fields.get(name) != value:
            _conflict(conn, op.table, uid, name, value, row.fields.get(name), seq, version)
    if row.deleted:  # an edit to a trashed record: applied, and the user chooses to restore it or let it go
        _conflict(conn, op.table, uid, DELETED_FIELD, True, False, seq, row.seq)
    return _write_fields(conn, op.table, uid, row, fields, seq)


def _write_fields(conn: psycopg.Connection, table: str, uid: str, row: Row, fields: dict, seq: int) -> dict:
    conn.execute("UPDATE record SET fields = fields || %s, versions = versions || %s, seq = %s "
                 "WHERE tbl = %s AND uid = %s", (Jsonb(fields), Jsonb(dict.fromkeys(fields, seq)), seq, table, uid))
    return fields


def _conflict(conn: psycopg.Connection, table: str, uid: str, field: str, kept: Any, other: Any, seq_kept: int,
              seq_other: int) -> None:
    conn.execute("INSERT INTO conflict (tbl, uid, field, kept, other, seq_kept, seq_other) "
                 "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                 (table, uid, field, Jsonb(kept), Jsonb(other), seq_kept, seq_other))


def _delete(conn: psycopg.Connection, op: Op, uid: str, fields: dict, row: Row | None, seq: int) -> dict:
    if row is None:
        raise Refused("not_found", "The record was never sent to the server")
    _check_changeable(conn, op, row, {})
    stamp = conn.execute(f"UPDATE record SET deleted_at = coalesce(deleted_at, %s, now()), seq = %s "
                         f"WHERE tbl = %s AND uid = %s RETURNING {_LAPTOP_TIME}",
                         (_trash_time(fields), seq, op.table, uid)).fetchone()
    return {DELETED_FIELD: stamp[0]} if stamp else {}


# a time as the laptops write it (naive UTC, peewee's text): every laptop writes the very text the server kept
_LAPTOP_TIME = "to_char(deleted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"


def _trash_time(fields: dict) -> datetime | None:
    """When the laptop trashed the record (its clock, naive UTC), if the operation says it and it reads."""
    value = fields.get(DELETED_FIELD)
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        return None


def _restore(conn: psycopg.Connection, op: Op, uid: str, fields: dict, row: Row | None, seq: int) -> dict:
    if row is None:
        raise Refused("not_found", "The record was never sent to the server")
    _check_changeable(conn, op, row, {})
    if row.merged_into is not None:
        raise Refused("merged", "This record was merged into another one")
    conn.execute("UPDATE record SET deleted_at = NULL, seq = %s WHERE tbl = %s AND uid = %s", (seq, op.table, uid))
    return {}


def _merge(conn: psycopg.Connection, op: Op, uid: str, fields: dict, row: Row | None, seq: int) -> dict:
    winner = fields.get("winner")
    if TABLES[op.table][0] is not TableKind.MERGE or not isinstance(winner, str):
        raise Refused("bad_op", "A merge names its winner's uid, in a table that merges per field")
    winner = _winner(conn, winner)
    if row is None or _load(conn, op.table, winner) is None:
        raise Refused("not_found", "Both records of a merge must be on the server")
    if row.merged_into is not None or winner == uid:
        raise Refused("already_merged", "This record was already merged into another one")
    stamp = conn.execute(f"UPDATE record SET merged_into = %s, deleted_at = coalesce(deleted_at, %s, now()), "
                         f"seq = %s WHERE tbl = %s AND uid = %s RETURNING {_LAPTOP_TIME}",
                         (winner, _trash_time(fields), seq, op.table, uid)).fetchone()
    # every link to the loser now points to the winner, as every laptop does when it applies the merge
    conn.execute("UPDATE record SET fields = (SELECT jsonb_object_agg(k, CASE WHEN v = to_jsonb(%(loser)s::text) "
                 "THEN to_jsonb(%(winner)s::text) ELSE v END) FROM jsonb_each(fields) AS e(k, v)) "
                 "WHERE uid <> %(loser)s AND EXISTS (SELECT 1 FROM jsonb_each_text(fields) AS e(k, v) "
                 "WHERE e.v = %(loser)s)", {"loser": uid, "winner": winner})
    return {"winner": winner, DELETED_FIELD: stamp[0]}


def _erase(conn: psycopg.Connection, op: Op, uid: str, by: str, seq: int) -> dict:
    """Scrub the person and what goes with them from ``record`` and from every past ``op_log`` row, and clear
    their payments' notes (the rules checked it names a person or a company before the batch's rows were flushed)."""
    erased = erased_with(conn, uid)
    sent = dict(op.fields).get("placeholders") or {}
    placeholders = {**made_placeholders(conn, erased, sent), **sent}  # read before the scrub empties them
    scrub(conn, erased, by, seq)
    clear_payment_notes(conn, erased)
    strip_documents(conn, erased)
    return keep_placeholders(conn, erased, placeholders)


_HANDLERS = {OpKind.INSERT: _insert, OpKind.PATCH: _patch, OpKind.DELETE: _delete, OpKind.RESTORE: _restore,
             OpKind.MERGE: _merge}
