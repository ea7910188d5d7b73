"""The erasure ledger in every backup's check: a backup written completes the ledger with any erasure its copy
holds and the ledger lacks, and ``check`` names a backup whose erasures the ledger does not all hold."""

from __future__ import annotations

import shutil

from smallcrm.cli import main
from smallcrm.db.backup import backup_folder
from smallcrm.db.erasure_ledger import ledger_path, read_ledger
from smallcrm.services.admin.maintenance import check_database, make_backup
from smallcrm.services.privacy.erasure import erase_party
from tests import factories


def test_a_backup_writes_back_the_erasures_a_lost_ledger_held(db, subject):
    erase_party(db, subject.id, "Asked by e-mail")
    ledger_path(db.path).unlink()  # deleted by hand (or its append failed) while the database is open
    make_backup(db)
    assert [e["party_uid"] for e in read_ledger(db.path)] == [subject.uid]
    path = db.path
    db.close()
    assert check_database(path) == []


def test_check_names_a_backup_whose_erasures_the_ledger_lacks(db, subject, tmp_path, capsys):
    make_backup(db)
    path = db.path
    other = tmp_path / "elsewhere" / "crm.sqlite3"  # a copy of the database taken to another folder
    other.parent.mkdir()
    db.close()
    shutil.copyfile(path, other)
    from smallcrm.db.connection import open_database

    with open_database(other) as elsewhere:
        erase_party(elsewhere, subject.id, "Asked by e-mail")
        copied = make_backup(elsewhere).path
    foreign = backup_folder(path) / copied.name.replace("manual", "daily")  # brought back as a backup here
    shutil.copyfile(copied, foreign)
    problems = check_database(path)
    assert len(problems) == 1 and foreign.name in problems[0] and "1 erasure(s)" in problems[0]
    assert main(["--db", str(path), "check"]) == 6
    assert foreign.name in capsys.readouterr().out


def test_check_says_the_ledger_covers_every_backup(db, tmp_path, capsys):
    factories.person(db, "Anna", "Verdi")
    make_backup(db)
    path = db.path
    db.close()
    assert main(["--db", str(path), "check"]) == 0
    assert "erasure ledger" in capsys.readouterr().out
