"""Encryption covers what the app keeps: an interrupted `encrypt` is finished by running it again, a plain
backup restored into an encrypted set-up is encrypted, and `smallcrm check` names every file left in clear."""

from __future__ import annotations

import pytest

from smallcrm.cli import main
from smallcrm.db.cipher import looks_encrypted
from smallcrm.errors import Conflict
from smallcrm.services.admin import security
from smallcrm.services.admin.maintenance import check_database, list_backups, make_backup, restore_backup
from smallcrm.services.admin.security import encrypt_database
from smallcrm.services.parties.search import search_parties
from smallcrm.services.timeline.attachments import NewAttachment, attach_files
from tests import factories

PASSPHRASE = "correct horse battery"


def test_an_encrypt_killed_after_the_database_is_finished_by_running_it_again(db, monkeypatch):
    factories.person(db, "Zephyrine", "Quackenbush")
    for _ in range(3):
        make_backup(db)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # the process dies after the database itself was converted

    monkeypatch.setattr(security, "convert_backups", killed)
    with pytest.raises(KeyboardInterrupt):
        encrypt_database(db, PASSPHRASE)
    monkeypatch.undo()
    assert db.encrypted and not any(looks_encrypted(b.path) for b in list_backups(db.path))
    assert any("not encrypted" in p for p in check_database(db.path, PASSPHRASE))
    result = encrypt_database(db, PASSPHRASE)  # not "already encrypted": it finishes
    assert result.encrypted and result.backups_converted == 3
    assert all(looks_encrypted(b.path) for b in list_backups(db.path))
    assert check_database(db.path, PASSPHRASE) == []
    with pytest.raises(Conflict):
        encrypt_database(db, PASSPHRASE)  # nothing left: now it is


def test_a_plain_backup_restored_into_an_encrypted_set_up_is_encrypted(db, tmp_path):
    factories.person(db, "Zephyrine", "Quackenbush")
    plain = tmp_path / "usb-stick-copy.sqlite3"
    plain.write_bytes(make_backup(db).path.read_bytes())  # a copy kept elsewhere: encrypt does not reach it
    encrypt_database(db, PASSPHRASE)
    path, key = db.path, db.key
    db.close()
    assert not looks_encrypted(plain)
    restore_backup(path, plain, key)
    assert looks_encrypted(path) and b"Quackenbush" not in path.read_bytes()
    from smallcrm.db.connection import open_database

    with open_database(path, passphrase=key) as again:
        assert again.encrypted and [h.name for h in search_parties("quacken")] == ["Zephyrine Quackenbush"]


def test_check_names_an_attachment_left_in_clear(db, capsys, monkeypatch):
    from smallcrm.services.timeline.attachments import attachment_path

    person = factories.person(db, "Zephyrine", "Quackenbush")
    call = factories.communication(db, person.id, "Offer")
    (scan,), _ = attach_files(db, call.id, [NewAttachment("passport.pdf", b"%PDF passport scan", "application/pdf")])
    encrypt_database(db, PASSPHRASE)
    attachment_path(db, scan.id).write_bytes(b"%PDF passport scan")  # as an older SmallCRM left it
    path = db.path
    db.close()
    monkeypatch.setenv("SMALLCRM_DB_KEY", PASSPHRASE)
    assert main(["--db", str(path), "check"]) == 6
    assert "not encrypted" in capsys.readouterr().out


def test_attachments_are_encrypted_with_the_database_and_decrypted_with_it(db):
    from smallcrm.services.admin.security import decrypt_database
    from smallcrm.services.timeline.attachments import files_folder, read_attachment

    person = factories.person(db, "Zephyrine", "Quackenbush")
    call = factories.communication(db, person.id, "Offer")
    (before,), _ = attach_files(db, call.id, [NewAttachment("passport.pdf", b"%PDF PASSPORT-XYZZY", "application/pdf")])
    encrypt_database(db, PASSPHRASE)
    (later,), _ = attach_files(db, call.id, [NewAttachment("contract.pdf", b"%PDF CONTRACT-PLUGH", "application/pdf")])
    stored = b"".join(p.read_bytes() for p in files_folder(db).rglob("*") if p.is_file())
    assert b"XYZZY" not in stored and b"PLUGH" not in stored
    assert read_attachment(db, before.id) == b"%PDF PASSPORT-XYZZY"
    assert read_attachment(db, later.id) == b"%PDF CONTRACT-PLUGH"
    assert check_database(db.path, PASSPHRASE) == []
    decrypt_database(db)
    stored = b"".join(p.read_bytes() for p in files_folder(db).rglob("*") if p.is_file())
    assert b"XYZZY" in stored and read_attachment(db, later.id) == b"%PDF CONTRACT-PLUGH"
