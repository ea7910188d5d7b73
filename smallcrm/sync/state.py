"""This laptop's team-mode state (``sync_state``), its outbox and its record of the server's versions.

Switching team mode on makes the capture triggers (``triggers.install``); switching it off drops them, so a
laptop that leaves the team writes as a laptop alone again. The device token is never here: it lives in the
keyring (``smallcrm/keychain.py``) under a name made of the server and the device (``token_name``), so two
databases on one computer signed in to two teams keep two tokens.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from smallcrm import keychain
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.sync import triggers
from smallcrm.sync.kinds import OpKind, TableKind
from smallcrm.sync.manifest import SYNCED, travelling_columns


def token_name(server_url: str, device_id: str) -> str:
    return f"sync-token {server_url.rstrip('/')} device {device_id}"


@dataclass(frozen=True)
class SyncState:
    team: bool
    cursor: int
    server_url: str
    device_id: str
    device_suffix: str
    user_name: str
    role: str
    last_sync_at: str
    last_error: str
    waiting: int  # operations not sent yet
    refused: int  # operations the server refused (kept with their reason)
    conflicts: int  # the server's open conflicts, as last fetched


@dataclass(frozen=True)
class Op:
    """One operation of the outbox, as it goes on the wire."""

    id: int
    op_id: str
    kind: OpKind
    table: str
    uid: str
    fields: dict
    base: dict
    at: str

    def wire(self) -> dict:
        """The op as ``POST /ops`` takes it: the base only for the fields it changes."""
        base = {k: v for k, v in self.base.items() if k in self.fields} if self.kind == OpKind.PATCH else {}
        return {"op_id": self.op_id, "kind": str(self.kind), "table": self.table, "uid": self.uid,
                "fields": self.fields, "base": base, "at": self.at}


def read_state(pw) -> SyncState:
    row = pw.execute_sql("SELECT team, cursor, server_url, device_id, device_suffix, user_name, role, last_sync_at, "
                         "last_error FROM sync_state WHERE id = 1").fetchone()
    waiting, refused = pw.execute_sql("SELECT COALESCE(SUM(sent = 0), 0), COALESCE(SUM(sent = 1 AND reason <> ''), 0) "
                                      "FROM sync_outbox").fetchone()
    conflicts = pw.execute_sql("SELECT COUNT(*) FROM sync_conflict").fetchone()[0]
    return SyncState(bool(row[0]), *row[1:], waiting=waiting, refused=refused, conflicts=conflicts)


def update_state(db: Database, **values) -> None:
    names = ", ".join(f"{name} = ?" for name in values)
    with db.atomic():
        db.pw.execute_sql(f"UPDATE sync_state SET {names} WHERE id = 1", tuple(values.values()))


def was_in_a_team(pw) -> bool:
    return pw.execute_sql("SELECT 1 FROM sync_version LIMIT 1").fetchone() is not None


def local_records(pw) -> int:
    """How many records of its own this laptop holds (live or in the trash), that no server has seen: the company's
    settings and the VAT rates every new file is made with do not count, nor what came from a team (a laptop
    that signed out and signs in again)."""
    return sum(pw.execute_sql(f'SELECT COUNT(*) FROM "{s.table}" WHERE uid NOT IN (SELECT uid FROM sync_version '
                              'WHERE tbl = ?)', (s.table,)).fetchone()[0] for s in SYNCED
               if s.kind != TableKind.SETTINGS)


def switch_on(db: Database, server_url: str, device_id: str, device_suffix: str, user_name: str, role: str,
              upload: bool, returning: bool = False) -> int:
    """Team mode on, in one transaction: the state, the triggers, the device suffix of every numbered series, and
    (``upload``: the first laptop of a team) an insert for every record it already has, or (``returning``: a
    laptop that was in the team, signed out and signs in again) for those it made meanwhile. Returns the ops
    queued."""
    from smallcrm.services.admin.settings import set_setting

    with db.atomic():
        db.pw.execute_sql("UPDATE sync_state SET team = 1, applying = 0, cursor = 0, server_url = ?, device_id = ?, "
                          "device_suffix = ?, user_name = ?, role = ?, last_error = '' WHERE id = 1",
                          (server_url, device_id, device_suffix, user_name, role))
        set_setting(db, "device_suffix", device_suffix)
        if not upload and not returning:
            forget_own_vat_rates(db.pw)
        triggers.install(db.pw)
        return enqueue_all(db.pw, only_new=returning) if upload or returning else 0


def device_key(db: Database) -> str:
    """What names this file to the team's server (migration 0027): made at its first sign-in, kept after."""
    key = db.pw.execute_sql("SELECT device_key FROM sync_state WHERE id = 1").fetchone()[0]
    if not key:
        key = uuid.uuid4().hex
        with db.atomic():
            db.pw.execute_sql("UPDATE sync_state SET device_key = ? WHERE id = 1", (key,))
    return key


def forget_own_vat_rates(pw) -> None:
    """Joining a team: the team's VAT rates replace those this new file was made with (same codes, other uids)."""
    pw.execute_sql("DELETE FROM vat_rate WHERE id NOT IN (SELECT vat_rate_id FROM product)")


def switch_off(db: Database) -> None:
    """Team mode off: no triggers, no token; the outbox stays (signing in again sends it)."""
    current = read_state(db.pw)
    with db.atomic():
        triggers.drop(db.pw)
        db.pw.execute_sql("UPDATE sync_state SET team = 0, applying = 0 WHERE id = 1")
    keychain.forget_secret(token_name(current.server_url, current.device_id))


def enqueue_all(pw, only_new: bool = False) -> int:
    """An insert for every record (the first upload; ``only_new``: those no server has seen), tables in the
    manifest's order so that a record comes after those it points to; trashed ones travel with their
    ``deleted_at``."""
    before = pw.execute_sql("SELECT COUNT(*) FROM sync_outbox").fetchone()[0]
    for synced in SYNCED:
        names = travelling_columns(synced, triggers.columns(pw, synced.table))
        where = f" WHERE r.key IN ({', '.join('?' * len(synced.keys))})" if synced.keys else " WHERE 1"
        if only_new:
            where += (f" AND r.\"{synced.key_column}\" NOT IN "
                      f"(SELECT uid FROM sync_version WHERE tbl = '{synced.table}')")
        order = " ORDER BY r.id" if "id" in triggers.columns(pw, synced.table) else ""
        pw.execute_sql(
            f"INSERT INTO sync_outbox (kind, tbl, uid, fields) SELECT ?, ?, r.\"{synced.key_column}\", "
            f"{triggers.record_fields(pw, synced, 'r', names)} FROM \"{synced.table}\" r{where}{order}",
            (OpKind.INSERT, synced.table, *sorted(synced.keys)))
    return pw.execute_sql("SELECT COUNT(*) FROM sync_outbox").fetchone()[0] - before


# a record a snapshot wrote in bulk: the seq it held every field at (its own row, which only a snapshot writes; a
# field an operation writes later gets its own)
SNAPSHOT_FIELD = "*"


def waiting_ops(db: Database, limit: int) -> list[Op]:
    """The next batch to send, in order, with each patch's ``base`` read now (and kept with it): the versions this
    laptop has of the fields it changes, which include those its own earlier operations were given. So a batch
    stops before a second operation on the same record: that one's base is the first one's seq. (Only a patch
    carries a base: an insert, a delete, a restore is the same whatever the server's versions.)"""
    rows = db.pw.execute_sql("SELECT id, op_id, kind, tbl, uid, fields, at FROM sync_outbox WHERE sent = 0 "
                             "ORDER BY id LIMIT ?", (limit,)).fetchall()
    batch: list[Op] = []
    seen: set[tuple[str, str]] = set()
    with db.atomic():
        for id_, op_id, kind, table, uid, fields, at in rows:
            if (table, uid) in seen:
                break
            seen.add((table, uid))
            values = json.loads(fields)
            base: dict = {}
            if values and kind == OpKind.PATCH:
                known = dict(db.pw.execute_sql(
                    f"SELECT field, seq FROM sync_version WHERE tbl = ? AND uid = ? AND field IN "
                    f"({', '.join('?' * (len(values) + 1))})", (table, uid, *values, SNAPSHOT_FIELD)).fetchall())
                # a record read whole by a snapshot has one version for all its fields, until an op writes one
                base = {name: known.get(name, known.get(SNAPSHOT_FIELD)) for name in values
                        if name in known or SNAPSHOT_FIELD in known}
            batch.append(Op(id_, _uuid(op_id), OpKind(kind), table, uid, values, base, at))
        db.pw.cursor().executemany("UPDATE sync_outbox SET base = ? WHERE id = ?",
                                   [(json.dumps(op.base), op.id) for op in batch if op.kind == OpKind.PATCH])
    return batch


def _uuid(hex32: str) -> str:
    h = hex32.replace("-", "")
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" if len(h) == 32 else hex32


def record_results(db: Database, ops: list[Op], results: list[dict]) -> tuple[int, int]:
    """The server's answer to a batch: applied (or already had) ops leave the outbox, their fields' versions
    noted; refused ones stay, marked sent, with the reason for the user. Returns (accepted, refused)."""
    from smallcrm.sync.kinds import OpOutcome

    accepted = refused = 0
    by_id = {r.get("op_id"): r for r in results}
    marked: list[tuple] = []
    versions: list[tuple] = []
    done: list[tuple[int]] = []
    for op in ops:
        result = by_id.get(op.op_id)
        if result is None:
            continue  # not answered: sent again next time (harmless, the op_id is the same)
        if result.get("status") == OpOutcome.REFUSED:
            refused += 1
            marked.append((result.get("reason") or "refused", result.get("message") or "", op.id))
            continue
        accepted += 1
        if result.get("seq") is not None:
            versions += _version_rows(op.table, op.uid, op.fields, int(result["seq"]))
        done.append((op.id,))
    with db.atomic():
        cursor = db.pw.cursor()
        cursor.executemany("UPDATE sync_outbox SET sent = 1, reason = ?, message = ? WHERE id = ?", marked)
        cursor.executemany(_NOTE_VERSION, versions)
        cursor.executemany("DELETE FROM sync_outbox WHERE id = ?", done)
    return accepted, refused


_NOTE_VERSION = ("INSERT INTO sync_version (tbl, uid, field, seq) VALUES (?, ?, ?, ?) ON CONFLICT (tbl, uid, field) "
                 "DO UPDATE SET seq = MAX(seq, excluded.seq)")


def _version_rows(table: str, uid: str, fields: dict, seq: int) -> list[tuple[str, str, str, int]]:
    return [(table, uid, name, seq) for name in (*fields, "")]


def note_versions(pw, table: str, uid: str, fields: dict, seq: int) -> None:
    """Per field, the server's seq that last wrote it (never going back); a record without fields gets a mark
    under ``""`` so that its latest seq is known."""
    pw.cursor().executemany(_NOTE_VERSION, _version_rows(table, uid, fields, seq))


def refused_ops(pw) -> list[dict]:
    rows = pw.execute_sql("SELECT op_id, kind, tbl, uid, reason, message, at FROM sync_outbox WHERE sent = 1 "
                          "AND reason <> '' ORDER BY id").fetchall()
    return [dict(zip(("op_id", "kind", "table", "uid", "reason", "message", "at"), r, strict=True)) for r in rows]


def mark_synced(db: Database, error: str = "") -> None:
    values = {"last_error": error} if error else {"last_error": "", "last_sync_at": utcnow().isoformat() + "Z"}
    update_state(db, **values)


def team_status() -> SyncState:
    """The state as the window shows it (a read: through the models' proxy bound to the open database)."""
    from smallcrm.db.models import database

    return read_state(database)


@dataclass(frozen=True)
class ConflictView:
    """One open conflict: the value the server kept (applied last) and the other one."""

    id: int
    table: str
    uid: str
    field: str
    kept: object
    other: object
    record: str  # what the user calls the record (a contact's name), or its uid


def list_conflicts() -> list[ConflictView]:
    from smallcrm.db.models import database

    rows = database.execute_sql(
        "SELECT c.id, c.tbl, c.uid, c.field, c.kept, c.other, COALESCE(p.name, d.title, t.title, c.uid) "
        "FROM sync_conflict c LEFT JOIN party p ON c.tbl = 'party' AND p.uid = c.uid "
        "LEFT JOIN deal d ON c.tbl = 'deal' AND d.uid = c.uid LEFT JOIN task t ON c.tbl = 'task' AND t.uid = c.uid "
        "ORDER BY c.id").fetchall()
    return [ConflictView(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), r[6]) for r in rows]


def refused_list() -> list[dict]:
    """The operations the server refused, with its reasons (a read, as ``team_status``)."""
    from smallcrm.db.models import database

    return refused_ops(database)
