"""Encryption at rest: no customer data readable in the files, conversions both ways, keys and passphrases."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from smallcrm import keychain
from smallcrm.db import convert
from smallcrm.db.cipher import file_salt, key_name, looks_encrypted
from smallcrm.db.connection import open_database
from smallcrm.db.convert import row_counts
from smallcrm.errors import Conflict, StorageError, ValidationError
from smallcrm.services.admin.maintenance import list_backups, make_backup, restore_into_open_database
from smallcrm.services.admin.security import decrypt_database, encrypt_database, security_status
from smallcrm.services.parties.parties import get_party
from smallcrm.services.parties.search import search_parties
from tests import factories

PASSPHRASE = "correct horse battery"
# what a thief must not read: a name, an e-mail, a phone (as stored, E.164 digits)
SECRETS = [b"Quackenbush", b"zephyrine.quackenbush@example.org", b"390298765432"]
LATER = [b"Wolfeschlegel", b"ottilie.w@example.net", b"390611223344"]


def add_secret_people(db) -> None:
    factories.person(db, "Zephyrine", "Quackenbush", emails=["zephyrine.quackenbush@example.org"],
                     phones=["02 9876 5432"])


def add_later_people(db) -> None:
    factories.person(db, "Ottilie", "Wolfeschlegel", emails=["ottilie.w@example.net"], phones=["06 1122 3344"])


def files_of(db) -> dict[str, bytes]:
    """The raw bytes of the database, its write-ahead log and every backup."""
    found = {p.name: p.read_bytes() for p in (db.path, db.path.with_name(db.path.name + "-wal")) if p.exists()}
    found.update({b.path.name: b.path.read_bytes() for b in list_backups(db.path)})
    return found


def readable(files: dict[str, bytes], words: list[bytes]) -> list[tuple[str, bytes]]:
    return [(name, word) for name, data in files.items() for word in words if word in data]


def checkpoint(db) -> None:
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def test_no_name_email_or_phone_in_the_bytes_of_an_encrypted_database_its_log_or_backups(db):
    add_secret_people(db)
    wal = db.path.with_name(db.path.name + "-wal")
    assert len(readable({"wal": wal.read_bytes()}, SECRETS)) == len(SECRETS)  # a plain log shows them all
    checkpoint(db)
    make_backup(db)
    plain = files_of(db)
    # the same look in a plain database finds every one of them, in the file and in the backup
    assert len(readable({db.path.name: plain[db.path.name]}, SECRETS)) == len(SECRETS)
    backup_name = list_backups(db.path)[0].path.name
    assert len(readable({backup_name: plain[backup_name]}, SECRETS)) == len(SECRETS)

    result = encrypt_database(db)
    assert result.encrypted and result.key_saved and result.backups_converted == 1
    add_later_people(db)  # written after the switch: it sits in the write-ahead log first
    assert wal.stat().st_size > 0 and readable({"wal": wal.read_bytes()}, LATER) == []
    make_backup(db)
    checkpoint(db)
    encrypted = files_of(db)
    assert len(encrypted) >= 3 and all(len(data) > 4096 for name, data in encrypted.items() if "-wal" not in name)
    assert readable(encrypted, SECRETS + LATER) == []
    assert not any(data.startswith(b"SQLite format 3") for data in encrypted.values())
    # and nothing plain was left beside it
    leftovers = [p.name for p in db.path.parent.iterdir() if ".before-" in p.name or "-new" in p.name]
    assert leftovers == []
    # while the data is all there for whoever has the key
    assert [h.name for h in search_parties("quackenb")] == ["Zephyrine Quackenbush"]
    assert [h.name for h in search_parties("chlegel")] == ["Ottilie Wolfeschlegel"]


def test_plain_to_encrypted_to_plain_keeps_every_row_and_the_search(db, person, company):
    acme = company("Acme S.r.l.", emails=["info@acme.it"])
    mario = person("Mario", "Rossi", emails=["mario@rossi.it"], phones=["333 123 4567"], company_id=acme.id)
    make_backup(db)
    before = row_counts(db.path, None)
    assert before["party"] == 2 and before["contact_point"] == 3

    steps = []
    encrypt_database(db, PASSPHRASE, lambda done, total, what: steps.append((done, total)))
    assert steps == [(0, 2), (1, 2), (2, 2)]  # the database, then its one backup
    assert db.encrypted and looks_encrypted(db.path)
    assert row_counts(db.path, db.key) == before
    assert get_party(mario.id).name == "Mario Rossi"
    assert [h.id for h in search_parties("ross")] == [mario.id]  # FTS5 trigram index in SQLCipher
    pragmas = {name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
               for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": 5000}
    assert all(looks_encrypted(b.path) for b in list_backups(db.path))

    salt = file_salt(db.path)
    assert all(file_salt(b.path) == salt for b in list_backups(db.path))  # one keychain entry opens them all
    result = decrypt_database(db)
    assert not result.encrypted and not db.encrypted
    assert db.path.read_bytes().startswith(b"SQLite format 3\x00")
    assert row_counts(db.path, None) == before
    assert [h.id for h in search_parties("ross")] == [mario.id]
    assert not any(looks_encrypted(b.path) for b in list_backups(db.path))
    assert keychain.read_secret(key_name(salt)) is None  # the key is forgotten
    with pytest.raises(Conflict):
        decrypt_database(db)


def test_a_generated_key_lives_in_the_keyring_and_opens_the_database_without_asking(db, memory_keyring):
    add_secret_people(db)
    encrypt_database(db)
    assert memory_keyring.passwords[(keychain.SERVICE, key_name(file_salt(db.path)))] == db.key
    assert security_status(db).key_in_keyring
    path = db.path
    db.close()
    moved = path.with_name("moved.sqlite3")
    path.rename(moved)  # the key follows the file: it is found by the salt the file carries
    with open_database(moved) as again:
        assert again.encrypted
        assert [h.name for h in search_parties("zephyr")] == ["Zephyrine Quackenbush"]
        with pytest.raises(Conflict):
            encrypt_database(again)


def test_without_the_key_or_with_a_wrong_passphrase_nothing_opens_and_the_file_is_untouched(db):
    add_secret_people(db)
    encrypt_database(db, PASSPHRASE)
    path = db.path
    db.close()
    keychain.forget_secret(key_name(file_salt(path)))
    before = path.read_bytes()
    with pytest.raises(StorageError) as needs:
        open_database(path)
    assert needs.value.code == "needs_key" and "passphrase" in str(needs.value)
    with pytest.raises(StorageError) as wrong:
        open_database(path, passphrase="correct horse battery!")
    assert wrong.value.code == "wrong_key"
    assert path.read_bytes() == before
    with open_database(path, passphrase=PASSPHRASE):  # the lock was released by the refusals
        assert [h.name for h in search_parties("quacken")] == ["Zephyrine Quackenbush"]


def test_without_a_keyring_a_passphrase_is_required_and_kept_for_this_session_only(db):
    keyring.set_keyring(fail.Keyring())
    add_secret_people(db)
    with pytest.raises(ValidationError) as needed:
        encrypt_database(db)
    assert needed.value.field == "passphrase" and needed.value.code == "passphrase_needed"
    with pytest.raises(ValidationError) as short:
        encrypt_database(db, "short")
    assert short.value.code == "too_short"
    assert not db.encrypted and db.path.read_bytes().startswith(b"SQLite format 3")

    result = encrypt_database(db, PASSPHRASE)
    assert result.encrypted and result.key_saved is False  # the user is told: asked at each start
    status = security_status(db)
    assert status.encrypted and not status.keyring and not status.key_in_keyring
    path = db.path
    db.close()
    with open_database(path) as again:  # this session still knows it
        assert again.encrypted
    keychain.forget_session_secrets()  # a new session
    with pytest.raises(StorageError) as needs:
        open_database(path)
    assert needs.value.code == "needs_key"
    with open_database(path, passphrase=PASSPHRASE) as again:
        assert [h.name for h in search_parties("quacken")] == ["Zephyrine Quackenbush"]


def test_a_failed_conversion_leaves_the_plain_database_in_place_and_working(db, monkeypatch, memory_keyring):
    add_secret_people(db)
    before = db.path.read_bytes()

    def lose_a_row(path, key):
        counts = real_counts(path, key)
        if key is not None:
            counts["party"] -= 1
        return counts

    real_counts = convert.row_counts
    monkeypatch.setattr(convert, "row_counts", lose_a_row)
    with pytest.raises(StorageError) as error:
        encrypt_database(db, PASSPHRASE)
    assert error.value.code == "convert_bad" and "party" in str(error.value)
    assert not db.encrypted and db.path.read_bytes()[:16] == before[:16]
    assert sorted(p.name for p in db.path.parent.iterdir() if p.name.startswith(db.path.name + ".")) == \
        [db.path.name + ".erasures", db.path.name + ".lock"]  # no half-converted file left anywhere
    assert memory_keyring.passwords == {}  # the key of a conversion that did not happen is not kept
    assert [h.name for h in search_parties("quacken")] == ["Zephyrine Quackenbush"]  # still open, working


def test_an_encrypted_backup_is_restored_into_the_open_database(db):
    add_secret_people(db)
    encrypt_database(db, PASSPHRASE)
    backup = make_backup(db)
    add_later_people(db)
    saved = restore_into_open_database(db, backup.path)
    assert db.encrypted and looks_encrypted(db.path)
    assert [h.name for h in search_parties("wolfe")] == []
    assert [h.name for h in search_parties("quacken")] == ["Zephyrine Quackenbush"]
    assert saved is not None and looks_encrypted(saved)  # what it replaced, kept encrypted too


def test_without_sqlcipher_plain_databases_work_and_encryption_says_why_it_is_missing(db, monkeypatch):
    from smallcrm.db import cipher

    path, encrypted = db.path, db.path.with_name("other.sqlite3")
    db.close()  # the models reach one database at a time
    with open_database(encrypted) as other:
        encrypt_database(other, PASSPHRASE)
    monkeypatch.setattr(cipher, "sqlcipher", None)  # a platform without the sqlcipher3 wheel
    with open_database(path) as plain:
        add_secret_people(plain)
        status = security_status(plain)
        assert not status.available and "sqlcipher3" in status.unavailable_reason
        with pytest.raises(StorageError) as error:
            encrypt_database(plain, PASSPHRASE)
        assert error.value.code == "cipher_unavailable"
        assert [h.name for h in search_parties("quacken")] == ["Zephyrine Quackenbush"]
        make_backup(plain)  # backups of plain databases go on as before
        assert not plain.encrypted
    with pytest.raises(StorageError) as error:
        open_database(encrypted, passphrase=PASSPHRASE)
    assert error.value.code == "cipher_unavailable" and "not installed" in str(error.value)


def test_a_plain_copy_left_by_a_conversion_cut_short_is_removed_at_the_next_open(db):
    add_secret_people(db)
    encrypt_database(db, PASSPHRASE)
    path = db.path
    db.close()
    kept = path.with_name(path.name + ".before-encrypted")  # as if the power went after the swap
    half = path.with_name(path.name + ".encrypted-new")
    kept.write_bytes(b"SQLite format 3\x00 Quackenbush")
    half.write_bytes(b"partial")
    with open_database(path, passphrase=PASSPHRASE):
        assert not kept.exists() and not half.exists()
