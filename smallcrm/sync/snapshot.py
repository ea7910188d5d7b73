"""A laptop's first sync (or ``--full``): the server's state read table by table (``GET /snapshot``).

A table this laptop holds nothing of (a new laptop: every table but the settings) is written in bulk, the whole
table in one transaction with its indexes made once at the end (a crash leaves it empty, and the next sync fills
it in bulk again): each page's rows with a few ``executemany``, local ids given here in uid order (so that the
rows pointing at them are translated from a dictionary instead of a query each), one ``sync_version`` row per
record instead of one per field (13M rows for 1M communications): the seq the laptop holds every field at, under
the field ``state.SNAPSHOT_FIELD``, which is the ``base`` of any field it later changes. The search index is
rebuilt once at the end. The capture triggers stand aside as they do for any applied change (``applying =
1``; dropping them for each page and making them again measured no faster), and the next page is asked for
while this one is written.

A table that already has rows (``--full``, a laptop that signed out and in again) goes through ``apply.py`` like
any change, record by record, so that what this laptop changed and has not sent keeps its local value.

Either way the feed is then followed from the oldest cursor a table's snapshot was consistent with (the changes
after it are applied again, which is harmless).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.search_index import rebuild_search_index
from smallcrm.domain import InvoiceStatus
from smallcrm.sync import state, triggers
from smallcrm.sync.apply import CHANGES_FIELD, TableColumns, apply_changes, complete_row, issuing
from smallcrm.sync.bulk import drop_indexes, move_counters
from smallcrm.sync.kinds import OpKind, TableKind
from smallcrm.sync.manifest import SYNCED, Child, Synced
from smallcrm.sync.seed_copy import copy_seed, download_seed


class Session(Protocol):
    """What this module asks of ``client.Session`` (named here, not imported: client imports this module)."""

    def call(self, method: str, path: str, body: dict | bytes | None = None, **query) -> dict: ...


class SyncReport(Protocol):
    """The parts of ``client.SyncReport`` a snapshot fills."""

    received: int
    changes: Changes
    seeded: bool


PAGE = 5000  # rows per GET /snapshot (the wire's most)
# the tables some record points into: their uid -> local id is kept while the snapshot runs
_POINTED_AT = frozenset(t for s in SYNCED for t in (*s.references.values(),
                                                       *(t for c in s.children for t in c.references.values())))


def fetch_snapshot(db: Database, session: Session, report: SyncReport,
                   progress: Callable[[int, int], None] | None = None, tables: Collection[str] = ()) -> None:
    """Every synced table's state, in the manifest's order (a record comes after those it points to), then the
    cursor the feed goes on from. ``progress(tables done, tables)`` after each table (the window's bar).
    ``tables``: only those (a check that differed), and the cursor never moves forward for them."""
    triggers.refresh(db)
    cursors: list[int] = [state.read_state(db.pw).cursor] if tables else []
    bulk = _Bulk(db, report)
    seeded = _seed(db, session) if not tables else None
    try:
        for done, synced in enumerate(SYNCED):
            if tables and synced.table not in tables:
                continue
            if progress is not None:
                progress(done, len(SYNCED))
            if seeded is not None and synced.kind != TableKind.SETTINGS:
                continue  # copied from the ready file below, once the settings they point at are here
            if synced.key_column == "uid" and _empty(db, synced):
                bulk.table(session, synced, cursors)
            else:
                _one_by_one(db, session, synced, report, cursors)
        if seeded is not None:
            _copy_seed(db, session, report, bulk, seeded, cursors, progress)
    finally:  # also when cancelled between pages: the contacts written so far are found by the search
        if seeded is not None:
            seeded[0].unlink(missing_ok=True)
        if bulk.parties:
            rebuild_search_index(db.pw)
    state.update_state(db, cursor=min(cursors, default=0))


def _seed(db: Database, session: Session) -> tuple[Path, int] | None:
    """The server's ready file, for a laptop that holds nothing but the settings (a new laptop)."""
    if not all(_empty(db, s) for s in SYNCED if s.kind != TableKind.SETTINGS):
        return None
    return download_seed(db, session)


def _copy_seed(db: Database, session: Session, report: SyncReport, bulk: _Bulk, seeded: tuple[Path, int],
               cursors: list[int], progress: Callable[[int, int], None] | None) -> None:
    """Every table but the settings from the ready file; read one by one as usual if it cannot be copied."""
    path, cursor = seeded
    rest = [s for s in SYNCED if s.kind != TableKind.SETTINGS]
    order = {s.table: n for n, s in enumerate(SYNCED)}
    done = copy_seed(db, path, rest, report,
                     None if progress is None else lambda table: progress(order[table], len(SYNCED)))
    if done:
        cursors.append(cursor)
        bulk.parties = report.seeded = True  # copy_seed noted the ids it wrote, the contacts' among them
        return
    for synced in rest:
        bulk.table(session, synced, cursors)


def _empty(db: Database, synced: Synced) -> bool:
    return db.pw.execute_sql(f'SELECT NOT EXISTS (SELECT 1 FROM "{synced.table}")').fetchone()[0] == 1


def _pages(session: Session, synced: Synced, cursors: list[int]) -> Iterator[list[dict]]:
    """A table's pages in order, the next one asked for while this one is written (the server and this laptop
    work at once instead of in turns)."""
    def ask(after: str) -> dict:
        return session.call("GET", "/snapshot", table=synced.table, after_uid=after, limit=PAGE)

    with ThreadPoolExecutor(1, thread_name_prefix="snapshot") as ahead:
        pending = ahead.submit(ask, "")
        while True:
            page = pending.result()
            rows = page.get("rows") or []
            cursors.append(int(page.get("cursor", 0)))
            more = bool(page.get("more") and rows)
            if more:
                pending = ahead.submit(ask, rows[-1]["uid"])
            yield rows
            if not more:
                return


def _one_by_one(db: Database, session: Session, synced: Synced, report: SyncReport, cursors: list[int]) -> None:
    """A table this laptop has rows of: each row applied as an insert of every field with its versions."""
    # a reference into the same table (merged into, previous revision) may name a record of a later page
    own = [name for name, target in synced.references.items() if target == synced.table]
    again: list[dict] = []
    for rows in _pages(session, synced, cursors):
        changes = [{"seq": _seq(row), "kind": OpKind.INSERT, "table": synced.table, "uid": row["uid"],
                    "fields": row.get("fields") or {}} for row in rows if not row.get("erased")]
        changes += [{"seq": 0, "kind": OpKind.DELETE, "table": synced.table, "uid": row["uid"], "fields": {}}
                    for row in rows if row.get("deleted") and not row.get("erased")]
        applied = apply_changes(db, changes, 0)
        again += [{**c, "kind": OpKind.PATCH, "fields": {n: c["fields"][n] for n in own if c["fields"].get(n)}}
                  for c in changes if c["kind"] == OpKind.INSERT and any(c["fields"].get(n) for n in own)]
        report.received += len(rows)
        report.changes.merge(applied.touched)
        with db.atomic():
            for row in rows:
                for name, seq in (row.get("versions") or {}).items():
                    state.note_versions(db.pw, synced.table, row["uid"], {name: None}, int(seq))
    if again:  # the whole table is in: now every record it names is here
        apply_changes(db, again, 0)


def _insert_many(cursor, table: str, names: tuple[str, ...], rows: list[tuple]) -> None:
    columns = ", ".join(f'"{name}"' for name in names)
    cursor.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(names))})', rows)


def _seq(row: dict) -> int:
    return max((row.get("versions") or {}).values(), default=0)


class _Bulk:
    """The bulk writer of tables this laptop holds nothing of, with the uid -> id of the tables pointed at."""

    def __init__(self, db: Database, report: SyncReport) -> None:
        self.db, self.pw, self.report = db, db.pw, report
        self.parties = False  # the contacts were written here: the search index is rebuilt at the end
        self.columns = TableColumns(db.pw)
        self.ids: dict[str, dict[str, int]] = {}
        self.plans: dict[tuple[str, int], tuple[frozenset[str], dict]] = {}
        self.rows_plans: dict[tuple[int, tuple[str, ...]], tuple[tuple[str, ...], dict, list]] = {}

    def local_ids(self, table: str) -> dict[str, int]:
        if table not in self.ids:
            self.ids[table] = dict(self.pw.execute_sql(f'SELECT uid, id FROM "{table}"').fetchall())
        return self.ids[table]

    def table(self, session: Session, synced: Synced, cursors: list[int]) -> None:
        table = synced.table
        mine: dict[str, int] = {}
        if table in _POINTED_AT:
            self.ids[table] = mine
        top = self.pw.execute_sql(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"').fetchone()[0]
        later: list[tuple[str, str, int]] = []  # (column, uid named, row id): references into this same table
        # one transaction for the whole table: its secondary indexes are dropped and made once at the end (a
        # b-tree built from sorted keys instead of a random insert per row), and a crash rolls the table back
        # to empty with its indexes, so the next sync fills it in bulk again from the start
        postponed: list[tuple[str, int]] = []  # (status, id): issued documents, issued once the table is in
        with self.db.atomic():
            self.pw.execute_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
            made_again = drop_indexes(self.pw, (table, *(c.table for c in synced.children)))
            for rows in _pages(session, synced, cursors):
                top = self._page(synced, rows, top, mine, later, postponed)
                self.report.received += len(rows)
            by_column: dict[str, list[tuple[int, int]]] = defaultdict(list)
            for column, uid, row_id in later:
                if uid in mine:
                    by_column[column].append((mine[uid], row_id))
            for column, pairs in by_column.items():
                self.pw.cursor().executemany(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', pairs)
            if postponed:
                self.pw.cursor().executemany(f'UPDATE "{table}" SET status = ? WHERE id = ?', postponed)
            if synced.kind == TableKind.DOCUMENT:
                move_counters(self.pw, table)
            for sql in made_again:
                self.pw.execute_sql(sql)
            self.pw.execute_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")
        if table in CHANGES_FIELD:
            getattr(self.report.changes, CHANGES_FIELD[table]).update(mine.values())
        if table == "party":
            self.parties = True

    def _page(self, synced: Synced, rows: list[dict], top: int, mine: dict[str, int],
              later: list[tuple[str, str, int]], postponed: list[tuple[str, int]]) -> int:
        """One page into the table (and its children); returns the last local id given. An issued document with
        lines, or naming a record of its own table (a credit note read before its invoice), goes in as a draft
        and joins ``postponed``: the issued documents' triggers refuse lines added to one and a reference set
        on one, so it is issued once the whole table is in."""
        table, now = synced.table, utcnow()
        self.rows_plans = {}  # per page: the stamps they fill in are this page's time
        groups: dict[tuple[str, ...], list[tuple]] = defaultdict(list)
        children: dict[str, dict[tuple[str, ...], list[tuple]]] = defaultdict(lambda: defaultdict(list))
        versions: list[tuple[str, str, str, int]] = []
        for row in rows:
            if row.get("erased") or (row.get("deleted") and not synced.has_trash):
                continue
            uid, fields, named = row["uid"], row.get("fields") or {}, len(later)
            values = self._values(synced, fields, later, top + 1, now)
            if values is None:  # a required reference to a record this laptop will not have (erased)
                continue
            top += 1
            values.update(id=top, uid=uid)
            if row.get("deleted") and not values.get("deleted_at"):
                values["deleted_at"] = now
            if issuing(synced, values) and (len(later) > named or any(fields.get(c.key) for c in synced.children)):
                postponed.append((values["status"], top))
                values["status"] = InvoiceStatus.DRAFT
            groups[tuple(values)].append(tuple(values.values()))
            for child in synced.children:
                for line in fields.get(child.key) or []:
                    made = self._child(child, line, top, now)
                    if made is not None:
                        children[child.table][tuple(made)].append(tuple(made.values()))
            mine[uid] = top
            versions.append((table, uid, state.SNAPSHOT_FIELD, _seq(row)))
        cursor = self.pw.cursor()
        for group, values in groups.items():
            _insert_many(cursor, table, group, values)
        for child_table, child_groups in children.items():
            for group, values in child_groups.items():
                _insert_many(cursor, child_table, group, values)
        cursor.executemany("INSERT INTO sync_version (tbl, uid, field, seq) VALUES (?, ?, ?, ?) ON CONFLICT "
                           "(tbl, uid, field) DO UPDATE SET seq = MAX(seq, excluded.seq)", versions)
        return top

    def _values(self, owner: Synced | Child, fields: dict, later: list[tuple[str, str, int]] | None,
                row_id: int, now) -> dict | None:
        """Wire values into this file's: references from uid to local id, hex back to bytes; unknown names (the
        children's lists among them) dropped; what the wire does not carry filled in (``complete_row``). None
        when a required reference names a record not here. The work that depends only on which fields a row
        has is done once per page for each such set (the rows of a table nearly all have the same)."""
        key = (id(owner), tuple(fields))
        plan = self.rows_plans.get(key)
        if plan is None:
            plan = self.rows_plans[key] = self._row_plan(owner, fields, now)
        take, special, filler = plan
        values = {name: fields[name] for name in take}
        for name, (target, required) in special.items():
            value = fields.get(name)
            if value is None:
                if name in fields:
                    values[name] = None
                continue
            if target is None:  # bytes
                values[name] = bytes.fromhex(value)
            elif later is not None and target == owner.table:  # set once the whole table is in
                later.append((name, value, row_id))
                values[name] = None
            else:
                found = self.local_ids(target).get(value)
                if found is None and required:
                    return None
                values[name] = found
        for name, value in filler:
            values.setdefault(name, value)
        return values

    def _row_plan(self, owner: Synced | Child, fields: dict, now) -> tuple[tuple[str, ...], dict, list]:
        """For rows with these fields: the names copied as they come, those translated, and the (name, value)
        pairs ``complete_row`` adds (the stamps as the text SQLite stores for a datetime)."""
        columns = self.columns(owner.table)
        plain, special = self._plan(owner, {c[0]: c[2] for c in columns})
        take = tuple(name for name in fields if name in plain)
        present = {*take, *(name for name in special if name in fields), "id", "uid"}
        if isinstance(owner, Child):
            present.add(owner.parent_column)
        filled = complete_row(dict.fromkeys(present), columns, now.isoformat(" "))
        return take, special, [(name, value) for name, value in filled.items() if name not in present]

    def _plan(self, owner: Synced | Child, names: dict[str, bool]) -> tuple[frozenset[str], dict]:
        """The columns copied as they come, and those translated: name -> (table pointed into or None for bytes,
        required)."""
        key = (owner.table, id(owner))
        if key not in self.plans:
            blobs = owner.blobs if isinstance(owner, Synced) else frozenset()
            special = {n: (owner.references.get(n), names[n]) for n in names
                       if n in owner.references or n in blobs}
            self.plans[key] = (frozenset(n for n in names if n != "id" and n not in special), special)
        return self.plans[key]

    def _child(self, child: Child, line: dict, parent: int, now) -> dict | None:
        values = self._values(child, line, None, 0, now)
        if values is not None:
            values[child.parent_column] = parent
        return values
