"""Every copy SmallCRM leaves beside the database is accounted for: unfinished ones (a killed backup, restore or
conversion) go at the next open, damaged copies that restores replaced are listed, rotated, and encrypted (or
removed when they cannot be) by `encrypt`."""

from __future__ import annotations

import shutil

from smallcrm.cli import main
from smallcrm.db.backup import backup_folder
from smallcrm.db.connection import open_database
from smallcrm.db.leftovers import DAMAGED_KEPT, damaged_copies, list_leftovers
from smallcrm.services.admin.maintenance import make_backup
from smallcrm.services.admin.security import encrypt_database
from smallcrm.services.privacy.erasure import erase_party
from tests import factories

SECRET = b"Quackenbush"


def _crm(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        person = factories.person(db, "Zebediah", "Quackenbush")
        make_backup(db)
    return path, person


def test_a_killed_backups_partial_copy_goes_at_the_next_open_before_an_erasure_could_miss_it(tmp_path):
    path, person = _crm(tmp_path)
    partial = backup_folder(path) / f"{path.stem}-20260101T000000000000Z-manual.sqlite3.partial"
    shutil.copyfile(path, partial)  # what a backup killed mid-copy leaves
    restoring = path.with_name(path.name + ".restoring")
    shutil.copyfile(path, restoring)  # what a restore killed before its rename leaves
    with open_database(path) as db:
        erase_party(db, person.id, "asked")
    assert not partial.exists() and not restoring.exists()
    assert not any(SECRET in f.read_bytes() for f in tmp_path.iterdir() if f.is_file() and "sqlite3" in f.name
                   and f.name != path.name)


def _damaged_copies(path, count: int) -> list:
    made = []
    for n in range(count):
        copy = path.with_name(f"{path.name}.damaged-2026010{n + 1}T000000000000Z")
        copy.write_bytes(b"SQLite format 3\x00" + SECRET + b"\x00" * 5000)  # damaged beyond reading
        made.append(copy)
    return made


def test_damaged_copies_are_listed_by_backups_and_rotated(tmp_path, capsys):
    path, _ = _crm(tmp_path)
    made = _damaged_copies(path, 4)
    assert main(["--db", str(path), "backups"]) == 0
    out = capsys.readouterr().out
    assert all(str(m) in out for m in made) and "damaged copy" in out
    with open_database(path):
        pass
    assert damaged_copies(path) == sorted(made, reverse=True)[:DAMAGED_KEPT]


def test_encrypt_leaves_no_damaged_copy_in_clear(tmp_path, memory_keyring):
    path, _ = _crm(tmp_path)
    made = _damaged_copies(path, 1)
    with open_database(path) as db:
        result = encrypt_database(db, "correct horse battery")
    assert result.damaged_removed == made and not made[0].exists()
    assert not any(SECRET in f.read_bytes() for f in tmp_path.rglob("*") if f.is_file())


def test_what_a_conversion_killed_in_a_backup_or_damaged_copy_leaves_is_listed_then_goes(tmp_path):
    """Seen in the long crash test: decrypt killed while converting a backup left its plain copy
    (backups/<backup>.plain-new) for good, in no listing, in clear beside an encrypted set-up."""
    path, _ = _crm(tmp_path)
    (backup,) = [p for p in backup_folder(path).iterdir()]
    damaged = _damaged_copies(path, 1)[0]
    left = [backup.with_name(backup.name + ".plain-new"), backup.with_name(backup.name + ".before-encrypted"),
            damaged.with_name(damaged.name + ".encrypted-new")]
    for copy in left:
        shutil.copyfile(backup, copy)
    assert {o.path for o in list_leftovers(path) if o.kind == "unfinished"} == set(left)
    assert damaged_copies(path) == [damaged]  # the conversion's copy is no damaged copy of its own
    with open_database(path):
        pass
    assert not any(p.exists() for p in left) and backup.exists() and damaged.exists()
