"""The capture triggers: every write to a synced table also writes its operation to ``sync_outbox``, in the same
transaction (docs/TEAM-MODE.md, "What travels").

They are generated from the manifest and the columns the tables have *now*, and made only when team mode is on:
at sign-in, and at every open (``refresh``, registered with the storage layer) when the generated text differs
from the one installed (a migration added a column). A laptop used alone has none, so its writes cost exactly
what they cost before team mode existed. The migration runner drops them before any step (a step that rebuilds a
table would lose them, one that drops a column would be refused because of them); the next open makes them again.

Each trigger also stands aside while ``sync_state.applying = 1`` (the server's changes being applied) so that
nothing applied is sent back. Local row ids become uids by sub-select, so a reference travels as the uid of the
record it names.
"""

from __future__ import annotations

import hashlib

from smallcrm.db.connection import on_open
from smallcrm.domain import ErasureAction
from smallcrm.sync.kinds import ISSUED, TABLES, OpKind, TableKind
from smallcrm.sync.manifest import BY_TABLE, SYNCED, Child, Synced, travelling_columns

PREFIX = "sync_"
_ON = "(SELECT team = 1 AND applying = 0 FROM sync_state WHERE id = 1)"
_TRASH = "deleted_at"
_TRASHED = "json_object('deleted_at', NEW.deleted_at)"


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _s(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def columns(pw, table: str) -> list[str]:
    return [row[1] for row in pw.execute_sql(f"PRAGMA table_info({_q(table)})").fetchall()]


def _value(row: str, column: str, owner: Synced | Child) -> str:
    """The value of ``row.column`` as it travels: a reference as the uid it names, bytes as hex."""
    target = owner.references.get(column)
    if target:
        return f"(SELECT uid FROM {_q(target)} WHERE id = {row}.{_q(column)})"
    if isinstance(owner, Synced) and column in owner.blobs:
        return f"hex({row}.{_q(column)})"
    return f"{row}.{_q(column)}"


def _object(pairs: list[tuple[str, str]]) -> str:
    """A JSON object of (name, SQL value) pairs; no limit on their number (json_object has one on arguments)."""
    if not pairs:
        return "'{}'"
    rows = " UNION ALL ".join(f"SELECT {_s(name)} AS k, {value} AS v" for name, value in pairs)
    return f"(SELECT json_group_object(k, v) FROM ({rows}))"


def _children(pw, synced: Synced, row: str) -> list[tuple[Child, str]]:
    """Each child list of ``row`` as a SQL JSON array, in order."""
    found = []
    for child in synced.children:
        names = travelling_columns(child, columns(pw, child.table))
        fields = ", ".join(f"{_s(c)}, {_value('c', c, child)}" for c in names)
        array = (f"(SELECT json_group_array(json(o)) FROM (SELECT json_object({fields}) AS o FROM {_q(child.table)} c "
                 f"WHERE c.{_q(child.parent_column)} = {row}.id ORDER BY c.{_q(child.order_by)}))")
        found.append((child, array))
    return found


def record_fields(pw, synced: Synced, row: str, names: list[str]) -> str:
    """SQL for the whole record ``row`` as an operation's fields (with its child lists)."""
    expression = _object([(c, _value(row, c, synced)) for c in names])
    for child, array in _children(pw, synced, row):
        expression = f"json_set({expression}, '$.{child.key}', json({array}))"
    return expression


def _outbox(kind: OpKind, synced: Synced, row: str, fields: str = "'{}'", base: str = "'{}'") -> str:
    return (f"INSERT INTO sync_outbox (kind, tbl, uid, fields, base) SELECT {_s(kind)}, {_s(synced.table)}, "
            f"{row}.{_q(synced.key_column)}, {fields}, {base}")


def _table_triggers(pw, synced: Synced) -> list[str]:
    t, key = synced.table, synced.key_column
    names = travelling_columns(synced, columns(pw, t))
    when = _ON + (f" AND NEW.{_q(key)} IN ({', '.join(_s(k) for k in sorted(synced.keys))})" if synced.keys else "")
    old_when = when.replace("NEW.", "OLD.")
    plain = [c for c in names if c != _TRASH]
    rows = " UNION ALL ".join(f"SELECT {_s(c)} AS k, {_value('NEW', c, synced)} AS v "
                              f"WHERE OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in plain)
    patch = f"(SELECT json_group_object(k, v) FROM ({rows}))" if rows else "'{}'"
    whole = record_fields(pw, synced, "NEW", plain)
    if synced.whole_when:
        patch = f"(CASE WHEN {synced.whole_when} THEN {whole} ELSE {patch} END)"
    any_change = " OR ".join(f"OLD.{_q(c)} IS NOT NEW.{_q(c)}" for c in names)
    update = [f"{_outbox(OpKind.PATCH, synced, 'NEW', 'f')} FROM (SELECT {patch} AS f) "
              "WHERE f <> '{}';"]
    if synced.has_trash:
        trashed = "OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL"
        if "merged_into_id" in names:  # a merge of duplicates travels as one operation
            winner = ("json_object('winner', (SELECT uid FROM party WHERE id = NEW.merged_into_id), "
                      "'deleted_at', NEW.deleted_at)")
            update.append(f"{_outbox(OpKind.MERGE, synced, 'NEW', winner)} WHERE {trashed} "
                          "AND NEW.merged_into_id IS NOT NULL;")
            trashed += " AND NEW.merged_into_id IS NULL"
        # the time travels with the delete: the server keeps the first, and every laptop writes that one
        update.append(f"{_outbox(OpKind.DELETE, synced, 'NEW', _TRASHED)} WHERE {trashed};")
        update.append(f"{_outbox(OpKind.RESTORE, synced, 'NEW')} "
                      "WHERE OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL;")
    live = " AND OLD.deleted_at IS NULL" if synced.has_trash else ""
    body = "\n  ".join(update)
    return [
        f"CREATE TRIGGER {PREFIX}{t}_ins AFTER INSERT ON {_q(t)} WHEN {when}\nBEGIN\n  "
        f"{_outbox(OpKind.INSERT, synced, 'NEW', record_fields(pw, synced, 'NEW', names))};\nEND",
        f"CREATE TRIGGER {PREFIX}{t}_upd AFTER UPDATE ON {_q(t)} WHEN {when} AND ({any_change})\nBEGIN\n  {body}\nEND",
        f"CREATE TRIGGER {PREFIX}{t}_del AFTER DELETE ON {_q(t)} WHEN {old_when}{live}\nBEGIN\n  "
        f"{_outbox(OpKind.DELETE, synced, 'OLD')};\nEND",
    ]


def _child_triggers(pw, synced: Synced, child: Child) -> list[str]:
    """A change to a line is a patch of its document's whole list; consecutive ones fold into the last."""
    made = []
    arrays = dict((c.key, a) for c, a in _children(pw, synced, "p"))
    parent = _q(synced.table)
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        owner = f"(SELECT uid FROM {parent} WHERE id = {row}.{_q(child.parent_column)})"
        fold = (f"DELETE FROM sync_outbox WHERE id = (SELECT MAX(id) FROM sync_outbox) AND sent = 0 AND "
                f"kind = {_s(OpKind.PATCH)} AND tbl = {_s(synced.table)} AND uid = {owner} AND "
                f"json_type(fields, '$.{child.key}') IS NOT NULL AND (SELECT COUNT(*) FROM json_each(fields)) = 1;")
        lines = f"json_object({_s(child.key)}, json({arrays[child.key]}))"
        insert = (f"{_outbox(OpKind.PATCH, synced, 'p', lines)} "
                  f"FROM {parent} p WHERE p.id = {row}.{_q(child.parent_column)};")
        made.append(f"CREATE TRIGGER {PREFIX}{child.table}_{event.lower()[:3]} AFTER {event} ON {_q(child.table)} "
                    f"WHEN {_ON}\nBEGIN\n  {fold}\n  {insert}\nEND")
    return made


def _erasure_trigger(pw) -> str:
    """An erasure made here travels as one ``erase``; the operations still here that carry the person (not sent,
    or refused) go. The erase always goes, even for a person this laptop never heard the server take: an answer
    lost on the line leaves here, unacknowledged, an insert the server applied (to a server that never saw them
    it names a bare uid and scrubs nothing). The erasure's clearing of the notes of payments and refunds
    (append-only: the server would refuse the patch) goes too: the server's erase clears them itself.

    Except what must outlive the person: their issued documents (numbered: without them the team's series would
    have a gap) and the "Erased" record they point to. The first operation still here of each becomes the whole
    record as the erasure left it (the customer's copy stripped, the placeholder's name gone), in its place in
    the outbox (before the payments that name it), and the erase after them keeps the placeholder on the
    server as every laptop does."""
    party, invoice = BY_TABLE["party"], BY_TABLE["invoice"]
    person = "(SELECT id FROM party WHERE uid = NEW.party_uid)"
    placeholders = f"SELECT uid FROM party WHERE uid = NEW.party_uid OR merged_into_id = {person}"
    documents = (f"SELECT uid FROM invoice WHERE status = {_s(ISSUED)} AND party_id IN (SELECT id FROM party "
                 f"WHERE uid = NEW.party_uid OR merged_into_id = {person})")
    kept = (f"SELECT MIN(id) FROM sync_outbox WHERE kind = {_s(OpKind.INSERT)} AND (sent = 0 OR reason <> '') AND "
            f"((tbl = 'party' AND uid IN ({placeholders})) OR (tbl = 'invoice' AND uid IN ({documents}))) "
            "GROUP BY tbl, uid")
    whole = {synced.table: record_fields(pw, synced, "r", travelling_columns(synced, columns(pw, synced.table)))
             for synced in (party, invoice)}
    rewrite = (f"UPDATE sync_outbox SET fields = CASE tbl "
               f"WHEN 'party' THEN (SELECT {whole['party']} FROM party r WHERE r.uid = sync_outbox.uid) "
               f"ELSE (SELECT {whole['invoice']} FROM invoice r WHERE r.uid = sync_outbox.uid) END "
               f"WHERE id IN ({kept});")
    carrying = ("uid IN (SELECT uid FROM sync_outbox WHERE uid = NEW.party_uid OR instr(fields, NEW.party_uid) > 0)")
    append_only = ", ".join(_s(t) for t, (kind, _area) in TABLES.items() if kind is TableKind.APPEND_ONLY)
    notes_only = (f"kind = {_s(OpKind.PATCH)} AND tbl IN ({append_only}) AND json_extract(fields, '$.notes') = '' "
                  "AND (SELECT COUNT(*) FROM json_each(fields)) = 1")
    # its stripping of their issued documents' copy of the customer (the server would refuse a patch of an issued
    # document): the server's erase strips them itself
    stripped = (f"kind = {_s(OpKind.PATCH)} AND tbl = 'invoice' AND uid IN (SELECT uid FROM invoice WHERE status = "
                f"{_s(ISSUED)}) AND NOT EXISTS (SELECT 1 FROM json_each(fields) WHERE key NOT IN "
                "('customer_snapshot', 'quote_id'))")
    return (f"CREATE TRIGGER {PREFIX}erasure_log_ins AFTER INSERT ON erasure_log "
            f"WHEN {_ON} AND NEW.action = {_s(ErasureAction.ERASE)}\nBEGIN\n"
            f"  {rewrite}\n"
            f"  DELETE FROM sync_outbox WHERE kind <> {_s(OpKind.ERASE)} AND (sent = 0 OR reason <> '') "
            f"AND ({carrying} OR ({notes_only}) OR ({stripped})) AND id NOT IN ({kept});\n"
            f"  INSERT INTO sync_outbox (kind, tbl, uid, fields) SELECT {_s(OpKind.ERASE)}, {_s(party.table)}, "
            f"NEW.party_uid, {_placeholders(pw)};\nEND")


def _placeholders(pw) -> str:
    """The erase op's fields: ``{"placeholders": {uid: fields}}``, the "Erased" records the erasure left in the
    trash because issued documents point to them (the person's and their merged copies': a merge points every
    copy at the record it lives on, so one level is all), each as it travels. Every laptop and the server write
    exactly these, so a laptop joining later receives the same placeholder its documents point to; ``{}`` when
    nothing was kept."""
    party = BY_TABLE["party"]
    whole = record_fields(pw, party, "p", travelling_columns(party, columns(pw, party.table)))
    kept = (f"SELECT COUNT(*) AS n, json_group_object(p.uid, json({whole})) AS o FROM party p "
            "WHERE p.uid = NEW.party_uid OR p.merged_into_id = (SELECT id FROM party WHERE uid = NEW.party_uid)")
    return f"(SELECT CASE WHEN n > 0 THEN json_object('placeholders', json(o)) ELSE '{{}}' END FROM ({kept}))"


def generate(pw) -> list[str]:
    """Every capture trigger, as CREATE statements, for the tables as they are in ``pw``."""
    statements = []
    for synced in SYNCED:
        statements += _table_triggers(pw, synced)
        for child in synced.children:
            statements += _child_triggers(pw, synced, child)
    statements.append(_erasure_trigger(pw))
    return statements


def installed(pw) -> list[str]:
    return [name for (name,) in pw.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'").fetchall()]


def drop(pw) -> None:
    for name in installed(pw):
        pw.execute_sql(f"DROP TRIGGER {_q(name)}")


def _digest(statements: list[str]) -> str:
    return hashlib.sha256("\n".join(statements).encode()).hexdigest()


def install(pw) -> str:
    """Make the triggers again from the manifest (inside the caller's transaction); returns their hash."""
    statements = generate(pw)
    drop(pw)
    for statement in statements:
        pw.execute_sql(statement)
    digest = _digest(statements)
    pw.execute_sql("UPDATE sync_state SET triggers_hash = ? WHERE id = 1", (digest,))
    return digest


def refresh(db) -> None:
    """At every open: a laptop in team mode gets triggers matching its tables (after a migration, or after a
    crash that left the applying flag up: nothing is being applied when a file has just been opened)."""
    pw = db.pw
    if db.read_only or not pw.table_exists("sync_state"):
        return
    team, applying, digest = pw.execute_sql("SELECT team, applying, triggers_hash FROM sync_state WHERE id = 1"
                                            ).fetchone()
    if not team:
        return
    generated = generate(pw)
    wanted = _digest(generated)
    if applying or wanted != digest or len(installed(pw)) != len(generated):
        with db.atomic():
            pw.execute_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")
            install(pw)


on_open(refresh)  # imported by every front end (cli/session.py, services/admin/storage.py)
