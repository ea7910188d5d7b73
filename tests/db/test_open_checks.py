"""What the checks before use find: a damaged index (which the quick check misses), a -wal deleted beside its
-shm while it held commits; the daily backup's full check finds what a large file's quick check at open skips."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from smallcrm.db import backup as backups
from smallcrm.db.connection import open_database
from smallcrm.errors import StorageError
from tests import factories


@pytest.fixture
def small_crm(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        for n in range(20):
            factories.company(db, f"Acme {n} S.r.l.")
    return path


def damage_an_index(path) -> None:
    """The list's index on (deleted_at, sort_key) made to describe another column: every row is missing from it."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("""UPDATE sqlite_master SET sql = replace(sql, '"sort_key")', '"notes")')
                    WHERE name = 'party_deleted_at_sort_key'""")
    conn.commit()
    conn.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # what the open used to run
    conn.close()


def test_a_damaged_index_is_found_at_open(small_crm):
    damage_an_index(small_crm)
    before = small_crm.read_bytes()
    with pytest.raises(StorageError) as refused:
        open_database(small_crm)
    assert refused.value.code == "damaged" and "party_deleted_at_sort_key" in str(refused.value)
    assert small_crm.read_bytes() == before


def test_the_daily_backup_runs_the_full_check(small_crm):
    damage_an_index(small_crm)
    with pytest.raises(StorageError) as refused:
        backups.backup_if_due(small_crm)
    assert refused.value.code == "backup_bad" and "party_deleted_at_sort_key" in str(refused.value)


def _crashed_copy(small_crm, tmp_path):
    """The files as a crash leaves them: commits in the -wal, not yet in the database file."""
    conn = sqlite3.connect(small_crm)
    conn.execute("UPDATE party SET name = 'Changed' WHERE id = 1")
    conn.commit()
    copy = tmp_path / "copy" / small_crm.name
    copy.parent.mkdir()
    for side in ("", "-wal", "-shm"):
        shutil.copyfile(f"{small_crm}{side}", f"{copy}{side}")
    conn.close()
    return copy


def test_a_deleted_wal_that_held_commits_is_reported_before_use(small_crm, tmp_path):
    copy = _crashed_copy(small_crm, tmp_path)
    copy.with_name(copy.name + "-wal").unlink()
    before = copy.read_bytes()
    with pytest.raises(StorageError) as refused:
        open_database(copy)
    assert refused.value.code == "wal_missing" and "lost" in str(refused.value)
    assert copy.read_bytes() == before and copy.with_name(copy.name + "-shm").exists()


def test_a_wal_that_is_there_is_read_and_a_checkpointed_shm_alone_is_fine(small_crm, tmp_path):
    copy = _crashed_copy(small_crm, tmp_path)
    with open_database(copy) as db:
        assert db.execute_sql("SELECT name FROM party WHERE id = 1").fetchone()[0] == "Changed"
        db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        shm = copy.with_name(copy.name + "-shm").read_bytes()
    copy.with_name(copy.name + "-shm").write_bytes(shm)  # as a crash in the last close leaves it
    with open_database(copy) as db:
        assert db.execute_sql("SELECT name FROM party WHERE id = 1").fetchone()[0] == "Changed"


def test_a_damaged_database_opens_read_only_on_the_command_line_with_the_backup_to_restore(small_crm, capsys):
    from smallcrm.db.backup import make_backup
    from tests.cli_run import cli_runner

    good = make_backup(small_crm)
    damage_an_index(small_crm)
    before = small_crm.read_bytes()
    run = cli_runner(small_crm, capsys)
    code, out, err = run("contacts", "list")
    assert code == 0 and "Acme 0 S.r.l." in out
    assert "read-only" in err and "damaged" in err and f"restore {good}" in err
    code, _, err = run("contacts", "add", "--company", "Beta")
    assert code == 6 and "nothing can be changed" in err
    assert small_crm.read_bytes() == before


def test_a_wal_that_is_not_the_databases_own_is_reported_before_use(small_crm, tmp_path):
    """A -wal from another copy (a sync tool, a hand copy) beside this file's -shm: SQLite would replay its
    pages into this file. The -shm's index names the log it indexes (its salts): they must match."""
    copy = _crashed_copy(small_crm, tmp_path)
    other = tmp_path / "other" / "crm.sqlite3"
    other.parent.mkdir()
    with open_database(other) as db:
        factories.company(db, "Beta S.r.l.")
    foreign = _crashed_copy(other, tmp_path / "other")
    shutil.copyfile(f"{foreign}-wal", f"{copy}-wal")
    before = copy.read_bytes()
    with pytest.raises(StorageError) as refused:
        open_database(copy)
    assert refused.value.code == "wal_mismatch" and "not the log of" in str(refused.value)
    assert copy.read_bytes() == before
