"""Erasure is forever: whatever a restore goes through (a damaged file, a kill after the swap, a kill mid-copy),
an erased person never comes back, and a restore that could not replay the erasures refuses."""

from __future__ import annotations

import pytest

from smallcrm.cli import main
from smallcrm.db import backup as backups
from smallcrm.db.connection import open_database
from smallcrm.db.erasure_ledger import ledger_path
from smallcrm.db.models import Party
from smallcrm.errors import StorageError
from smallcrm.services.admin import maintenance
from smallcrm.services.admin.maintenance import make_backup, restore_backup
from smallcrm.services.privacy.erasure import erase_party, list_erasures
from tests.db.helpers import PAGE_SIZE, corrupt, party_names
from tests.services.privacy.conftest import found_secrets


def _erased_after_backup(db, subject):
    """A backup holding the person, then the erasure; returns the backup and the closed database's path."""
    db.pw.execute_sql("CREATE TABLE ballast (x)")  # pages enough to damage the middle of the file
    db.pw.execute_sql("INSERT INTO ballast VALUES (zeroblob(200000))")
    backup = make_backup(db)
    erase_party(db, subject.id, "Asked by e-mail")
    path = db.path
    db.close()
    return backup, path


def _damage(path) -> None:
    """Garbage over every page but the first: the erasure log of the file cannot be read."""
    corrupt(path, first_page=1, pages=path.stat().st_size // PAGE_SIZE - 3)


def _person_is_back(path, subject) -> bool:
    with open_database(path):
        return Party.select().where(Party.uid == subject.uid).exists()


def test_a_restore_over_a_damaged_database_replays_the_erasure(db, subject):
    backup, path = _erased_after_backup(db, subject)
    _damage(path)
    with pytest.raises(StorageError):
        open_database(path)  # the app advises restoring
    assert main(["--db", str(path), "restore", str(backup.path)]) == 0
    assert not _person_is_back(path, subject)
    assert found_secrets(path) == []
    with open_database(path):
        (entry,) = list_erasures()
        assert entry.party_uid == subject.uid and entry.reason == "Asked by e-mail"


def test_a_restore_killed_after_the_swap_replays_at_the_next_open(db, subject, monkeypatch):
    backup, path = _erased_after_backup(db, subject)

    def killed(*args, **kwargs):
        raise SystemExit(137)  # the process dies right after the file was swapped

    monkeypatch.setattr(maintenance, "open_database", killed)
    with pytest.raises(SystemExit):
        restore_backup(path, backup.path)
    monkeypatch.undo()
    assert "Zebediah Quackenbush" in party_names(path)  # the swapped file still holds them, until opened
    assert not _person_is_back(path, subject)
    assert found_secrets(path) == []


def test_a_restore_that_cannot_read_the_erasures_refuses(db, subject):
    backup, path = _erased_after_backup(db, subject)
    _damage(path)
    ledger_path(path).unlink()  # an older set-up: no ledger, and the damaged file's log cannot be read
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        restore_backup(path, backup.path)
    assert caught.value.code == "erasures_unknown"
    assert path.read_bytes() == before


def test_a_damaged_ledger_refuses_to_open(db, subject):
    _, path = _erased_after_backup(db, subject)
    ledger = ledger_path(path)
    ledger.write_bytes(b"{not json\n" + ledger.read_bytes())
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code == "ledger_unreadable"


@pytest.mark.parametrize("damaged", [False, True])
def test_a_restore_killed_mid_copy_leaves_the_old_database(db, subject, monkeypatch, damaged):
    backup, path = _erased_after_backup(db, subject)
    if damaged:
        _damage(path)
    before = path.read_bytes()
    real_copy = backups.copy_pages

    def killed_mid_copy(source, target, key, source_mode=None):
        real_copy(source, target, key, source_mode)
        if target.parent.name == "backups":
            return  # the copy of what is replaced (before-restore) is made; the kill comes in the restore's copy
        with open(target, "r+b") as fh:
            fh.truncate(fh.seek(0, 2) // 2)  # half the pages written, then the kill
        raise KeyboardInterrupt

    monkeypatch.setattr(backups, "copy_pages", killed_mid_copy)
    with pytest.raises(KeyboardInterrupt):
        restore_backup(path, backup.path)
    monkeypatch.undo()
    assert path.exists() and path.read_bytes() == before
    if not damaged:
        assert not _person_is_back(path, subject)


def test_a_missing_database_with_backups_is_not_replaced_by_a_new_one(db, subject, capsys):
    backup, path = _erased_after_backup(db, subject)
    path.unlink()
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code == "database_lost" and not path.exists()
    code = main(["--db", str(path)])  # the tour would have made 300 demo contacts
    err = capsys.readouterr().err
    assert code == 6 and not path.exists(), err  # (seen failing once, unexplained: the messages say why next time)
    assert "restore" in err and str(backup.path.parent) in err, err
    code = main(["--db", str(path), "restore", "--latest"])
    assert code == 0, capsys.readouterr().err
    assert not _person_is_back(path, subject), sorted(p.name for p in path.parent.rglob("*"))
