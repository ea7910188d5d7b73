"""Applying a page of the server's changes to this laptop (docs/TEAM-MODE.md, "The wire": ``GET /changes``).

A page is applied in one transaction with ``sync_state.applying = 1`` (the capture triggers stand aside) and the
cursor moved in that same transaction, so a crash leaves either the page applied and the cursor after it, or
neither. Applying is idempotent: a change applied twice (a page fetched again after a crash, our own operations
coming back in the feed) leaves the same rows.

- insert and patch: by uid (an insert of a record we have is a patch of every field; a patch of a record we do
  not have inserts it when it carries every required field, else it waits for the record). A field this laptop
  changed and has not sent yet keeps its local value: that operation comes later in the server's order and wins.
- an issued document is never changed again here (the triggers would refuse it, and it is append-only anyway);
  the patch that issues it carries it whole, with its lines, instalments and seal, and moves its series' counter.
- delete to the trash, restore out of it; a merge of duplicates through the merge service (``merge_parties``).
- erase through the erasure service (``erase_party``), so the erasure ledger and its replay work as in single-user
  mode. The erasure commits and then clears the file's free space (which cannot run inside a transaction), so an
  erase is applied on its own: the changes before it are committed first, and the cursor passes it once done
  (applied twice it finds nobody left to erase).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.search_index import reindex_parties
from smallcrm.domain import ErasureAction, InvoiceStatus
from smallcrm.errors import SmallCrmError, StorageError
from smallcrm.sync import triggers
from smallcrm.sync.kinds import OpKind, TableKind
from smallcrm.sync.manifest import BY_TABLE, Child, Synced
from smallcrm.sync.state import note_versions

ERASE_REASON = "Erased on another device of the team"


# a synced table -> the field of ``Changes`` that names its records (the window's bus); the others touch a party
CHANGES_FIELD = {"party": "parties", "communication": "communications", "attachment": "attachments",
                  "task": "tasks", "tag": "tags", "product": "products", "vat_rate": "vat_rates", "deal": "deals",
                  "quote": "quotes", "invoice": "invoices", "payment": "payments", "refund": "refunds",
                  "consent": "consents"}


@dataclass
class Applied:
    """What a page did here: how many changes, what they changed (for the window's bus), what was skipped."""

    changes: int = 0
    skipped: list[str] = field(default_factory=list)
    touched: Changes = field(default_factory=Changes)

    @property
    def parties(self) -> set[int]:
        return self.touched.parties

    def touch(self, table: str, key: object) -> None:
        if table == "setting":
            self.touched.settings.add(str(key))
        elif table in CHANGES_FIELD and isinstance(key, int):
            getattr(self.touched, CHANGES_FIELD[table]).add(key)


@dataclass
class Sent:
    """The operations this sync sent and the server applied (op_id -> kind, table, uid, fields, seq). Each one
    comes back in the feed; applying it again only rewrites what this laptop holds (its versions were noted with
    the server's answer), so its echo is passed over when it is the operation as sent and nothing of another
    device's was applied to its record in between (that would have to be written over again, as the echo does).
    Kept for one sync only: after a crash, or a database restored from a backup, every echo is applied."""

    ops: dict[str, tuple[OpKind, str, str, dict, int]] = field(default_factory=dict)
    written: set[tuple[str, str]] = field(default_factory=set)  # records something else was applied to
    everything: bool = False  # a delete, restore, merge or erasure was applied: it may reach any record

    def add(self, op_id: str, kind: OpKind, table: str, uid: str, fields: dict, seq: int) -> None:
        self.ops[op_id] = (kind, table, uid, fields, seq)

    def here(self, change: dict, kind: OpKind) -> bool:
        """Whether ``change`` is an echo this laptop already holds; otherwise notes that it is applied."""
        sent = self.ops.pop(str(change.get("op_id")), None)
        key = (change["table"], change["uid"])
        if (sent is not None and not self.everything and key not in self.written and kind in _ECHOED
                and sent == (kind, *key, change.get("fields") or {}, int(change["seq"]))):
            return True
        self.written.add(key)
        self.everything = self.everything or kind not in (OpKind.INSERT, OpKind.PATCH)
        return False


_ECHOED = (OpKind.INSERT, OpKind.PATCH, OpKind.DELETE, OpKind.RESTORE)  # never a merge's or an erasure's


class TableColumns:
    """Each table's columns as this file has them: (name, declared type, not null, has a default)."""

    def __init__(self, pw) -> None:
        self.pw = pw
        self._cache: dict[str, list[tuple[str, str, bool, bool]]] = {}

    def __call__(self, table: str) -> list[tuple[str, str, bool, bool]]:
        if table not in self._cache:
            self._cache[table] = [(r[1], (r[2] or "").upper(), bool(r[3]), r[4] is not None or bool(r[5]))
                                  for r in self.pw.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]
        return self._cache[table]


def _empty(kind: str):
    return 0 if "INT" in kind else ""


def _local_id(pw, table: str, uid: str | None) -> int | None:
    if uid is None:
        return None
    row = pw.execute_sql(f'SELECT id FROM "{table}" WHERE uid = ?', (uid,)).fetchone()
    return row[0] if row else None


class _Missing(Exception):
    """A required reference names a record this laptop does not have (erased, or not arrived)."""


def _translate(pw, owner: Synced | Child, values: dict, columns: list[tuple[str, str, bool, bool]]) -> dict:
    """Wire values into this file's: references from uid to local id, hex back to bytes; unknown names dropped."""
    known = {name: notnull for name, _, notnull, _ in columns}
    out = {}
    for name, value in values.items():
        if name not in known:
            continue
        target = owner.references.get(name)
        if target and value is not None:
            found = _local_id(pw, target, value)
            if found is None and known[name]:
                raise _Missing(f"{owner.table}.{name} -> {target} {value}")
            value = found
        elif isinstance(owner, Synced) and name in owner.blobs and value is not None:
            value = bytes.fromhex(value)
        out[name] = value
    return out


def complete_row(row: dict, columns: list[tuple[str, str, bool, bool]], now: object) -> dict:
    """``row`` with what the wire does not carry: the local clock's stamps, an empty value for a required column
    without a default (one this laptop has and the sender's version had not)."""
    for name, kind, notnull, has_default in columns:
        if name in row or name == "id":
            continue
        if name in ("created_at", "updated_at"):
            row[name] = now
        elif notnull and not has_default:
            row[name] = _empty(kind)
    return row


def _insert(pw, table: str, values: dict, columns: list[tuple[str, str, bool, bool]]) -> int:
    row = complete_row(dict(values), columns, utcnow())
    names = ", ".join(f'"{n}"' for n in row)
    cursor = pw.execute_sql(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
                            tuple(row.values()))
    return cursor.lastrowid


def _update(pw, table: str, key: str, uid: str, values: dict, stamp: bool) -> None:
    if stamp:
        values = {**values, "updated_at": utcnow()}
    if values:
        sets = ", ".join(f'"{n}" = ?' for n in values)
        pw.execute_sql(f'UPDATE "{table}" SET {sets} WHERE "{key}" = ?', (*values.values(), uid))


def issuing(synced: Synced, values: dict) -> bool:
    return synced.kind == TableKind.DOCUMENT and values.get("status") == InvoiceStatus.ISSUED


def _unsent_fields(pw, table: str, uid: str) -> set[str]:
    names: set[str] = set()
    for (fields,) in pw.execute_sql("SELECT fields FROM sync_outbox WHERE sent = 0 AND tbl = ? AND uid = ?",
                                    (table, uid)).fetchall():
        names.update(json.loads(fields))
    return names


class _Applier:
    def __init__(self, db: Database, sent: Sent) -> None:
        self.db, self.pw = db, db.pw
        self.columns = TableColumns(self.pw)
        self.result = Applied()
        self.sent = sent

    def change(self, change: dict) -> None:
        table, uid, kind = change["table"], change["uid"], OpKind(change["kind"])
        if self.sent.here(change, kind):
            return
        synced = BY_TABLE.get(table)
        if synced is None:  # a table this version does not sync (a newer server): nothing to do here
            self.result.skipped.append(f"{table} {uid}: not synced by this version")
            return
        fields = change.get("fields") or {}
        if kind == OpKind.INSERT and not fields:  # scrubbed: its record was erased since (a replay from far back)
            self.result.skipped.append(f"{table} {uid}: erased since")
            return
        try:
            if kind in (OpKind.INSERT, OpKind.PATCH):
                fields = self._write(synced, uid, fields, kind)
            elif kind == OpKind.DELETE:
                self._trash(synced, uid, trash=True, at=fields.get("deleted_at"))
            elif kind == OpKind.RESTORE:
                self._trash(synced, uid, trash=False)
            elif kind == OpKind.MERGE:
                self._merge(uid, fields.get("winner"), fields.get("deleted_at"))
        except _Missing as missing:
            self.result.skipped.append(f"{table} {uid}: {missing}")
            return
        note_versions(self.pw, table, uid, fields, int(change["seq"]))
        self.result.changes += 1

    def _issued(self, synced: Synced, uid: str) -> bool:
        if synced.kind != TableKind.DOCUMENT:
            return False
        row = self.pw.execute_sql(f'SELECT status FROM "{synced.table}" WHERE uid = ?', (uid,)).fetchone()
        return bool(row) and row[0] == InvoiceStatus.ISSUED

    def _erased(self, synced: Synced, uid: str) -> bool:
        return synced.table == "party" and self.pw.execute_sql(
            "SELECT 1 FROM erasure_log WHERE party_uid = ? AND action = ?", (uid, ErasureAction.ERASE)).fetchone()

    def _write(self, synced: Synced, uid: str, fields: dict, kind: OpKind) -> dict:
        """Insert or patch; returns the fields written (those this laptop changed and has not sent are not: their
        version stays the one the local change was made on, so the server can tell a conflict)."""
        if self._issued(synced, uid) or self._erased(synced, uid):
            return {}
        pw, table, key = self.pw, synced.table, synced.key_column
        exists = pw.execute_sql(f'SELECT 1 FROM "{table}" WHERE "{key}" = ?', (uid,)).fetchone() is not None
        mine = _unsent_fields(pw, table, uid) if exists else set()
        kept = {k: v for k, v in fields.items() if k not in mine}
        columns = self.columns(table)
        values = _translate(pw, synced, kept, columns)
        children = {c.key: kept[c.key] for c in synced.children if c.key in kept}
        first = values
        if not exists:
            required = {n for n, _, notnull, has_default in columns
                        if notnull and not has_default and n not in ("id", key, "created_at", "updated_at")}
            if kind == OpKind.PATCH and not required <= set(values):
                raise _Missing("a patch of a record not here yet")
            if any(n in synced.references and n not in values for n in required):  # scrubbed by an erasure
                raise _Missing("an insert without the record it belongs to")
            # an issued document arriving whole (a snapshot) is written as a draft first: its lines go in while
            # the triggers still allow it, then it becomes issued below, as the patch that issues one does
            first = {**values, "status": InvoiceStatus.DRAFT} if children and issuing(synced, values) else values
            _insert(pw, table, {key: uid, **first}, columns)
        local = _local_id(pw, table, uid) if key == "uid" else None
        for child in synced.children:  # lines first: the document may become issued below
            if child.key in children:
                self._children(child, local, children[child.key] or [])
        if exists:
            _update(pw, table, key, uid, values, any(c[0] == "updated_at" for c in columns))
        elif first is not values:
            _update(pw, table, key, uid, {"status": values["status"]}, stamp=False)
        if issuing(synced, values):
            self._counter(uid)
        self._touch(synced, local, uid)
        return kept

    def _children(self, child: Child, parent_id: int | None, rows: list[dict]) -> None:
        pw = self.pw
        pw.execute_sql(f'DELETE FROM "{child.table}" WHERE "{child.parent_column}" = ?', (parent_id,))
        columns = self.columns(child.table)
        for row in rows:
            _insert(pw, child.table, {child.parent_column: parent_id, **_translate(pw, child, row, columns)}, columns)

    def _counter(self, uid: str) -> None:
        """An issued document from another device moves its series' counter here too, as numbering would have."""
        kind, series, year, number = self.pw.execute_sql(
            "SELECT kind, series, year, number FROM invoice WHERE uid = ?", (uid,)).fetchone()
        self.pw.execute_sql("INSERT INTO invoice_counter (kind, series, year, last_number) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (kind, series, year) DO UPDATE SET last_number = "
                            "MAX(last_number, excluded.last_number)", (kind, series, year, number))

    def _touch(self, synced: Synced, local: int | None, key: str = "") -> None:
        self.result.touch(synced.table, key if synced.table == "setting" else local)
        if local is None:
            return
        if synced.table == "party":
            self.result.parties.add(local)
        elif "party_id" in synced.references:
            row = self.pw.execute_sql(f'SELECT party_id FROM "{synced.table}" WHERE id = ?', (local,)).fetchone()
            if row and row[0]:
                self.result.parties.add(row[0])

    def _trash(self, synced: Synced, uid: str, trash: bool, at: str | None = None) -> None:
        """Trash (or restore) ``uid``; a delete that carries the time the server kept writes that time, so every
        laptop says the same (one from an older laptop, without a time, keeps the first time known here)."""
        if self._issued(synced, uid):
            return
        if not synced.has_trash:
            if trash:
                self.pw.execute_sql(f'DELETE FROM "{synced.table}" WHERE "{synced.key_column}" = ?', (uid,))
            return
        value = ("?" if at else "COALESCE(deleted_at, ?)") if trash else "NULL"
        params = (at or utcnow(), uid) if trash else (uid,)
        self.pw.execute_sql(f'UPDATE "{synced.table}" SET deleted_at = {value} WHERE uid = ?', params)
        self._touch(synced, _local_id(self.pw, synced.table, uid))

    def _merge(self, loser_uid: str, winner_uid: str | None, at: str | None = None) -> None:
        from smallcrm.services.parties.merge import merge_parties

        pw = self.pw
        loser = pw.execute_sql("SELECT id, deleted_at FROM party WHERE uid = ?", (loser_uid,)).fetchone()
        winner = pw.execute_sql("SELECT id, deleted_at FROM party WHERE uid = ?", (winner_uid,)).fetchone()
        if loser is None:
            return
        if winner is not None and loser[1] is None and winner[1] is None:
            with contextlib.suppress(SmallCrmError):  # two kinds, say: the trash below is what is left to do
                merge_parties(self.db, winner[0], loser[0])
        trashed = "?" if at else "COALESCE(deleted_at, ?)"  # the time the server kept, when the merge carries it
        pw.execute_sql(f"UPDATE party SET merged_into_id = COALESCE(?, merged_into_id), deleted_at = {trashed} "
                       "WHERE id = ?", (winner[0] if winner else None, at or utcnow(), loser[0]))
        self.result.parties.update(p for p in (loser[0], winner[0] if winner else None) if p)


def _page(db: Database, applier: _Applier, changes: list[dict], cursor: int) -> None:
    with db.atomic():
        db.pw.execute_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
        for change in changes:
            applier.change(change)
        if applier.result.parties:
            reindex_parties(db.pw, applier.result.parties)
        db.pw.execute_sql("UPDATE sync_state SET applying = 0, cursor = MAX(cursor, ?) WHERE id = 1", (cursor,))


def _erase(db: Database, applier: _Applier, change: dict) -> None:
    from smallcrm.services.privacy.erasure import clear_payment_notes, erase_party

    pw, found = db.pw, "SELECT id, merged_into_id, anonymised_at IS NOT NULL AND deleted_at IS NOT NULL FROM party"
    row = pw.execute_sql(f"{found} WHERE uid = ?", (change["uid"],)).fetchone()
    while row and row[1] is not None:  # a merged copy of the person: erase the record it lives on in
        row = pw.execute_sql(f"{found} WHERE id = ?", (row[1],)).fetchone()
    try:
        with db.atomic():  # nothing written here goes back to the server (the placeholders below neither)
            pw.execute_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
        # a placeholder already (the person was erased before anything of them reached this laptop, which got
        # only the "Erased" record their issued documents point to): there is nothing of them here to erase
        if row is not None and row[2]:
            with db.atomic():  # the notes of its documents' payments, as the erasure clears them
                clear_payment_notes([row[0]], utcnow())
        elif row is not None:
            try:
                erase_party(db, row[0], ERASE_REASON)
            except StorageError as exc:
                if exc.code != "erased_not_cleared":  # erased; the space is cleared at the next open
                    raise
            applier.result.parties.add(row[0])
        with db.atomic():
            _placeholders(db, applier, (change.get("fields") or {}).get("placeholders") or {})
    finally:
        with db.atomic():
            pw.execute_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")
    with db.atomic():
        pw.execute_sql("UPDATE sync_state SET cursor = MAX(cursor, ?) WHERE id = 1", (int(change["seq"]),))
        pw.execute_sql("DELETE FROM sync_version WHERE uid = ?", (change["uid"],))
    applier.result.changes += 1


def _placeholders(db: Database, applier: _Applier, placeholders: dict[str, dict]) -> None:
    """The "Erased" records the erasing laptop left in the trash (issued documents point to them), written here
    as it wrote them: this laptop's own erasure named them after its local ids and its own clock."""
    party = BY_TABLE["party"]
    for uid, fields in sorted(placeholders.items()):
        if not isinstance(fields, dict):
            continue
        columns = applier.columns(party.table)
        values = _translate(db.pw, party, fields, columns)
        local = _local_id(db.pw, party.table, uid)
        if local is None:  # erased here with nothing to keep it for, or never here: the documents it names come
            _insert(db.pw, party.table, {party.key_column: uid, **values}, columns)
            local = _local_id(db.pw, party.table, uid)
        else:
            _update(db.pw, party.table, party.key_column, uid, values, stamp=True)
        applier.result.parties.add(local)


def apply_changes(db: Database, changes: list[dict], cursor: int, sent: Sent | None = None) -> Applied:
    """Apply one page of ``GET /changes`` and move the cursor to ``cursor`` (the page's); ``sent``: what this
    sync sent, whose echoes need no applying (``Sent``)."""
    triggers.refresh(db)
    applier = _Applier(db, sent or Sent())
    batch: list[dict] = []
    for change in changes:
        if OpKind(change["kind"]) == OpKind.ERASE:
            applier.sent.here(change, OpKind.ERASE)
            if batch:
                _page(db, applier, batch, int(batch[-1]["seq"]))
                batch = []
            _erase(db, applier, change)
        else:
            batch.append(change)
    _page(db, applier, batch, cursor)
    return applier.result
