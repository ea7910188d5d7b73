"""Erase, then restore each kind of backup that still holds the person: the daily one, the one taken before a
migration (an older schema: migrated again, then the erasure replayed), the one a restore kept of what it
replaced. The person never comes back. (Over a damaged file and killed mid-restore:
test_erasure_survives_restores.py.)"""

from __future__ import annotations

import shutil
from pathlib import Path

from smallcrm.db import backup as backups
from smallcrm.db.connection import open_database
from smallcrm.db.models import Party
from smallcrm.services.admin.maintenance import list_backups, make_backup, restore_backup
from smallcrm.services.privacy.erasure import erase_party

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"


def _back(path: Path, uid: str) -> bool:
    with open_database(path):
        return Party.select().where(Party.uid == uid).exists()


def _only(path: Path, reason: str) -> Path:
    (found,) = [b.path for b in list_backups(path) if b.reason == reason]
    return found


def test_the_daily_backup(db, subject):
    assert backups.backup_if_due(db.path) is not None
    erase_party(db, subject.id, "Asked by e-mail")
    path = db.path
    db.close()
    restore_backup(path, _only(path, "daily"))
    assert not _back(path, subject.uid)


def test_the_backup_before_a_restore(db, subject):
    first = make_backup(db).path
    path = db.path
    db.close()
    restore_backup(path, first)  # what it replaced (the person in it) is kept as a before-restore backup
    with open_database(path) as reopened:
        erase_party(reopened, subject.id, "Asked by e-mail")
    restore_backup(path, _only(path, "before-restore"))
    assert not _back(path, subject.uid)


def test_the_backup_before_a_migration(tmp_path):
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(FIXTURES / "v0013.sqlite3", path)
    with open_database(path) as db:  # migrated: the old file is kept as a before-migration backup
        uid, party_id = db.execute_sql("SELECT uid, id FROM party WHERE name = 'Giulia Bianchi'").fetchone()
        erase_party(db, party_id, "Asked by e-mail")
    old = _only(path, "before-migration-0014")
    restore_backup(path, old)  # the old schema comes back, is migrated again, then the erasure replayed
    assert not _back(path, uid)
    with open_database(path) as db:
        assert db.execute_sql("SELECT COUNT(*) FROM party WHERE name = 'Mario Rossi'").fetchone()[0] == 1
