"""The daily backup on open: verified, rotated by the user's setting, never for an empty file, and a failed
backup never locks the user out of their data."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from smallcrm.clock import utcnow
from smallcrm.db.backup import STAMP, backup_folder, backup_if_due, integrity_problems, list_backups
from smallcrm.db.connection import open_database
from smallcrm.services.admin.settings import set_setting
from tests import factories


def with_data(path, *names: str) -> None:
    with open_database(path, daily_backup=False) as db:
        for name in names:
            factories.company(db, name)


def names_in(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM party ORDER BY id")]
    finally:
        conn.close()


def age(backup_path, days: float):
    """Rename a backup as if it had been taken ``days`` ago."""
    db_stem, rest = backup_path.name.split("-", 1)
    reason = rest.split("-", 1)[1]
    older = backup_path.with_name(f"{db_stem}-{(utcnow() - timedelta(days=days)).strftime(STAMP)}-{reason}")
    return backup_path.rename(older)


def test_an_empty_database_gets_no_backup(tmp_path):
    path = tmp_path / "crm.sqlite3"
    open_database(path, daily_backup=True).close()
    open_database(path, daily_backup=True).close()
    assert list_backups(path) == []


def test_the_first_open_with_data_takes_a_verified_daily_backup_and_the_next_does_not(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with_data(path, "Acme S.r.l.")
    assert list_backups(path) == []
    open_database(path, daily_backup=True).close()
    [daily] = list_backups(path)
    assert daily.reason == "daily"
    assert integrity_problems(daily.path) == [] and names_in(daily.path) == ["Acme S.r.l."]
    open_database(path, daily_backup=True).close()  # less than a day later: nothing new
    assert list_backups(path) == [daily]


def test_a_backup_a_day_old_is_followed_by_a_new_one(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with_data(path, "Acme S.r.l.")
    open_database(path, daily_backup=True).close()
    [first] = list_backups(path)
    old = age(first.path, days=1.01)
    with_data(path, "Beta S.p.A.")
    open_database(path, daily_backup=True).close()
    newest, previous = list_backups(path)
    assert previous.path == old and newest.reason == "daily"
    assert names_in(newest.path) == ["Acme S.r.l.", "Beta S.p.A."]
    # any recent backup counts, whatever its reason (a manual one, the one before a migration)
    assert backup_if_due(path) is None
    assert backup_if_due(path, now=utcnow() + timedelta(days=1)) is not None


def test_a_backup_dated_in_the_future_does_not_stop_the_daily_one(tmp_path):
    """A clock set back (a dead CMOS battery) must not silence the backups until that date comes."""
    path = tmp_path / "crm.sqlite3"
    with_data(path, "Acme S.r.l.")
    open_database(path, daily_backup=True).close()
    [first] = list_backups(path)
    age(first.path, days=-30)
    open_database(path, daily_backup=True).close()
    assert [b.reason for b in list_backups(path)] == ["daily", "daily"]
    open_database(path, daily_backup=True).close()  # and the new one counts as today's
    assert len(list_backups(path)) == 2


def test_rotation_keeps_as_many_as_the_user_set(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with_data(path, "Acme S.r.l.")
    with open_database(path, daily_backup=False) as db:
        set_setting(db, "backups_kept", 3)
    for days in (9, 8, 7, 6):
        open_database(path, daily_backup=True).close()
        age(list_backups(path)[0].path, days=days)
    open_database(path, daily_backup=True).close()
    found = list_backups(path)
    assert len(found) == 3 and found[0].taken_at > utcnow() - timedelta(hours=1)


def test_a_failed_backup_does_not_stop_the_database_from_opening(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with_data(path, "Acme S.r.l.")
    backup_folder(path).write_text("not a folder")  # the backups cannot be written
    with open_database(path, daily_backup=True) as db:
        assert db.backup_problem is not None and db.backup_problem.code == "backup_failed"
        factories.company(db, "Still Works S.r.l.")
    assert names_in(path) == ["Acme S.r.l.", "Still Works S.r.l."]
