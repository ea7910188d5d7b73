"""A full disk, read-only media, a database locked by another program: the write is refused with a clear
StorageError (one line, a stable code) and the database stays exactly as it was."""

from __future__ import annotations

import sqlite3

import pytest
from peewee import IntegrityError

from smallcrm.db.backup import integrity_problems
from smallcrm.errors import StorageError
from smallcrm.services.parties.parties import PartyDraft, create_party, draft_of, get_party, update_party
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication
from tests import factories


def snapshot(db) -> list[tuple]:
    """Everything the user could see of their parties and timeline."""
    return (db.execute_sql("SELECT id, uid, name, notes, deleted_at FROM party ORDER BY id").fetchall()
            + db.execute_sql("SELECT id, uid, subject, body FROM communication ORDER BY id").fetchall()
            + db.execute_sql("SELECT party_id, value FROM contact_point ORDER BY id").fetchall())


@pytest.fixture
def filled(db, person, company):
    acme = company("Acme S.r.l.")
    mario = person("Mario", "Rossi", emails=["mario@example.com"], company_id=acme.id)
    factories.communication(db, mario.id, "First call")
    return db, mario


def refused(code: str, write) -> StorageError:
    with pytest.raises(StorageError) as info:
        write()
    assert info.value.code == code, str(info.value)
    assert "\n" not in str(info.value)
    return info.value


def big_person() -> PartyDraft:
    return PartyDraft(kind="person", first_name="Giulia", last_name="Bianchi", notes="x" * 400_000,
                      emails=["giulia@example.com"])


def test_disk_full_refuses_the_write_and_keeps_the_database(filled):
    db, mario = filled
    before = snapshot(db)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    # a genuine SQLITE_FULL: the file may not grow beyond a few pages more than it has
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    error = refused("disk_full", lambda: create_party(db, big_person()))
    assert "disk is full" in str(error) and "nothing was saved" in str(error)
    # an edit that needs room fails the same way, and nothing of it lands
    draft = draft_of(get_party(mario.id))
    draft.notes = "y" * 400_000
    refused("disk_full", lambda: update_party(db, mario.id, draft))
    assert snapshot(db) == before
    # room again (the user freed some space): the same write goes through on the same connection
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    view, _ = create_party(db, big_person())
    assert snapshot(db)[:len(before)] != [] and get_party(view.id).notes == "x" * 400_000
    db.close()
    assert integrity_problems(db.path) == []


def test_read_only_media_refuses_the_write_and_keeps_the_database(filled):
    """The file turned read-only under an open database (a USB stick's lock switch, a remount): SQLite's
    own read-only refusal, here through ``query_only`` since root writes whatever the mode bits say."""
    db, mario = filled
    before = snapshot(db)
    db.execute_sql("PRAGMA query_only = 1")
    error = refused("read_only", lambda: log_communication(db, CommunicationDraft(mario.id, subject="Lost?")))
    assert "cannot be written" in str(error) and str(db.path) in str(error)
    refused("read_only", lambda: create_party(db, big_person()))
    assert snapshot(db) == before
    db.execute_sql("PRAGMA query_only = 0")
    log_communication(db, CommunicationDraft(mario.id, subject="Saved"))
    assert len(snapshot(db)) == len(before) + 1
    db.close()
    assert integrity_problems(db.path) == []


def test_a_database_locked_by_another_program_refuses_the_write(filled):
    db, mario = filled
    before = snapshot(db)
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    other.execute("UPDATE party SET notes = 'theirs, not committed' WHERE id = ?", (mario.id,))
    db.execute_sql("PRAGMA busy_timeout = 50")
    try:
        error = refused("in_use", lambda: create_party(db, big_person()))
        assert "busy in another program" in str(error) and "try again" in str(error)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert snapshot(db) == before
    create_party(db, big_person())  # the lock is gone: the same write succeeds
    assert len(snapshot(db)) == len(before) + 2  # the party and its e-mail


def test_a_bug_is_not_disguised_as_a_storage_problem(filled):
    db, mario = filled
    with pytest.raises(IntegrityError):
        with db.atomic():
            db.execute_sql("INSERT INTO party (uid, created_at, updated_at, kind, name, sort_key) "
                           "SELECT uid, created_at, updated_at, kind, name, sort_key FROM party WHERE id = ?",
                           (mario.id,))
