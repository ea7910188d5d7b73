"""The manifest names every table: synced (and then the server knows how it merges) or not, with the reason."""

from __future__ import annotations

from smallcrm.sync import triggers
from smallcrm.sync.kinds import TABLES
from smallcrm.sync.manifest import CHILD_TABLES, NOT_SYNCED, NOT_SYNCED_PREFIXES, SYNCED


def test_every_table_is_synced_or_named_with_the_reason_it_is_not(db):
    tables = {name for (name,) in db.pw.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    named = {s.table for s in SYNCED} | set(CHILD_TABLES) | set(NOT_SYNCED)
    assert sorted(t for t in tables - named if not t.startswith(NOT_SYNCED_PREFIXES)) == []


def test_every_synced_table_is_one_the_server_merges_and_every_reference_points_to_a_synced_table():
    assert [s.table for s in SYNCED if s.table not in TABLES] == []
    synced = {s.table for s in SYNCED}
    assert [(s.table, c, t) for s in SYNCED for c, t in s.references.items() if t not in synced] == []


def test_every_reference_column_exists_and_a_record_comes_after_those_it_points_to(db):
    order = [s.table for s in SYNCED]
    for s in SYNCED:
        columns = triggers.columns(db.pw, s.table)
        assert set(s.references) <= set(columns), s.table
        assert all(order.index(t) <= order.index(s.table) for t in s.references.values()), s.table


def test_the_generated_triggers_compile_and_cover_every_synced_table(db):
    statements = triggers.generate(db.pw)
    names = {s.split()[2] for s in statements}
    assert {f"sync_{s.table}_ins" for s in SYNCED} <= names
    assert {f"sync_{t}_ins" for t in CHILD_TABLES} <= names
