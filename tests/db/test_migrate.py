"""The migration runner: data carried forward, a backup first, the index rebuilt, atomic steps."""

from __future__ import annotations

import sqlite3
import types
import uuid

import pytest

from smallcrm.db import migrate
from smallcrm.db.backup import integrity_problems, list_backups
from smallcrm.db.connection import open_database
from smallcrm.db.migrate import Step, available_steps, current_version, head_version, upgrade
from smallcrm.errors import StorageError
from smallcrm.services.parties.search import search_parties
from tests.db.helpers import NOW, add_contact_point, add_party, digest, party_names, sidecars


def versions(db) -> list[int]:
    return [r[0] for r in db.execute_sql("SELECT version FROM schema_version ORDER BY version")]


def at_version_1(path):
    """A database as the first release left it, with a party, contact points, a call and a follow-up."""
    db = open_database(path, migrate=False)
    try:
        assert current_version(db.pw) == 0
        assert upgrade(db, target=1) == [1]
        assert versions(db) == [1]
        assert not db.pw.table_exists("party_fts")
        ex = db.execute_sql
        with db.atomic():
            mario = add_party(ex, "Mario Rossi", first="Mario", last="Rossi", notes="met at the fair")
            acme = add_party(ex, "Acme S.r.l.", kind="company")
            add_contact_point(ex, mario, "email", "mario@example.com")
            add_contact_point(ex, mario, "phone", "+390212345678")
            call = ex("INSERT INTO communication (uid, created_at, updated_at, party_id, kind, direction, "
                      "occurred_at, subject, body, outcome, owner) VALUES (?, ?, ?, ?, 'call', 'out', ?, "
                      "'Offer', 'Talked about the offer', 'interested', '')",
                      (str(uuid.uuid4()), NOW, NOW, mario, NOW)).lastrowid
            task = ex("INSERT INTO task (uid, created_at, updated_at, title, notes, party_id, communication_id, "
                      "due_at, priority, owner) VALUES (?, ?, ?, 'Send the offer', '', ?, ?, ?, 1, '')",
                      (str(uuid.uuid4()), NOW, NOW, mario, call, "2024-05-10 09:00:00")).lastrowid
    finally:
        db.close()
    return {"mario": mario, "acme": acme, "call": call, "task": task}


def test_upgrade_keeps_data_backs_up_first_and_rebuilds_the_index(tmp_path):
    path = tmp_path / "crm.sqlite3"
    ids = at_version_1(path)
    assert list_backups(path) == []

    db = open_database(path)
    try:
        assert versions(db) == list(range(1, head_version() + 1))
        ex = db.execute_sql
        assert ex("SELECT id, name, notes FROM party ORDER BY id").fetchall() == [
            (ids["mario"], "Mario Rossi", "met at the fair"), (ids["acme"], "Acme S.r.l.", "")]
        assert ex("SELECT kind, value FROM contact_point ORDER BY id").fetchall() == [
            ("email", "mario@example.com"), ("phone", "+390212345678")]
        assert ex("SELECT id, party_id, subject, outcome FROM communication").fetchall() == [
            (ids["call"], ids["mario"], "Offer", "interested")]
        assert ex("SELECT id, party_id, communication_id, title, priority FROM task").fetchall() == [
            (ids["task"], ids["mario"], ids["call"], "Send the offer", 1)]
        # the index was filled from the data already there, and the stale flag is gone
        assert [h.id for h in search_parties("ross")] == [ids["mario"]]
        assert [h.id for h in search_parties("mario@exa")] == [ids["mario"]]
        assert [h.id for h in search_parties("02 1234 5678")] == [ids["mario"]]
        assert [h.id for h in search_parties("acme")] == [ids["acme"]]
        assert ex("SELECT COUNT(*) FROM setting WHERE key = 'search_index_stale'").fetchone() == (0,)
    finally:
        db.close()

    [backup] = list_backups(path)
    assert backup.reason == "before-migration-0002"
    assert integrity_problems(backup.path) == []
    conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
    try:  # the backup is the database as it was before the step
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone() == (1,)
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'party_fts'").fetchone() is None
    finally:
        conn.close()
    assert party_names(backup.path) == ["Mario Rossi", "Acme S.r.l."]

    # at head nothing more happens: no migration, no further backup
    with open_database(path) as db:
        assert upgrade(db) == []
    assert len(list_backups(path)) == 1


def test_a_database_from_a_newer_smallcrm_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        add_party(db.execute_sql, "Mario Rossi")
        db.execute_sql("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', ?)",
                       (head_version() + 5, NOW))
    before = digest(path)
    for kwargs in ({}, {"migrate": False}):
        with pytest.raises(StorageError) as info:
            open_database(path, **kwargs)
        assert info.value.code == "too_new"
        assert "newer SmallCRM" in str(info.value) and str(path) in str(info.value)
        assert f"schema {head_version() + 5}" in str(info.value)
    assert digest(path) == before
    assert sidecars(path) == []
    assert list_backups(path) == []


def test_a_too_new_database_in_rollback_journal_mode_is_not_switched_to_wal(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        db.execute_sql("INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', ?)",
                       (head_version() + 1, NOW))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = digest(path)
    with pytest.raises(StorageError) as info:
        open_database(path)
    assert info.value.code == "too_new"
    assert digest(path) == before


def _failing_step(version: int, name: str = "boom") -> Step:
    def upgrade_step(pw):
        pw.execute_sql("CREATE TABLE half_done (x INTEGER)")
        pw.execute_sql("INSERT INTO half_done VALUES (1)")
        pw.execute_sql("UPDATE party SET name = 'changed by a broken step'")
        raise RuntimeError("step exploded")

    return Step(version, name, types.SimpleNamespace(upgrade=upgrade_step))


def test_a_failing_step_leaves_the_database_at_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        add_party(db.execute_sql, "Mario Rossi")
    real = available_steps()
    monkeypatch.setattr(migrate, "available_steps", lambda: [*real, _failing_step(len(real) + 1)])

    with pytest.raises(RuntimeError, match="step exploded"):
        open_database(path)

    # the lock was released and the database is exactly at the last good version
    with open_database(path, migrate=False) as db:
        assert versions(db) == list(range(1, len(real) + 1))
        assert not db.pw.table_exists("half_done")
        assert db.execute_sql("SELECT name FROM party").fetchall() == [("Mario Rossi",)]
    [backup] = list_backups(path)
    assert backup.reason == f"before-migration-{len(real) + 1:04d}"
    assert integrity_problems(backup.path) == []


def test_a_failing_second_step_keeps_version_1_and_its_data(tmp_path, monkeypatch):
    path = tmp_path / "crm.sqlite3"
    ids = at_version_1(path)
    real = available_steps()
    monkeypatch.setattr(migrate, "available_steps", lambda: [real[0], _failing_step(2, "search_index")])
    with pytest.raises(RuntimeError):
        open_database(path)
    monkeypatch.undo()
    with open_database(path, migrate=False) as db:
        assert versions(db) == [1]
        assert db.execute_sql("SELECT id, name FROM party WHERE id = ?", (ids["mario"],)).fetchone() == (
            ids["mario"], "Mario Rossi")
        assert not db.pw.table_exists("half_done")
    # the real step 2 then applies normally
    with open_database(path) as db:
        assert versions(db) == list(range(1, head_version() + 1))
        assert [h.id for h in search_parties("ross")] == [ids["mario"]]


def test_steps_are_numbered_without_gaps():
    steps = available_steps()
    assert [s.version for s in steps] == list(range(1, len(steps) + 1))
    assert [s.name for s in steps[:2]] == ["initial", "search_index"]
    assert head_version() == len(steps)
