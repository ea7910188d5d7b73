"""What SmallCRM writes is the user's alone (0600 files, 0700 folders) whatever the umask: the database and its
-wal and -shm, backups, restores and damaged copies, the erasure ledger, attachments, previews."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.erasure_ledger import ledger_path
from smallcrm.private_files import private_temp, write_private
from smallcrm.services.admin.maintenance import make_backup, restore_backup
from smallcrm.services.timeline.attachments import NewAttachment, attach_files, attachment_path, files_folder
from tests import factories
from tests.db.helpers import corrupt

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    """The usual umask: without SmallCRM's care, files come out 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_database_its_log_backups_and_attachments_are_private(tmp_path):
    path = tmp_path / "data" / "crm.sqlite3"
    with open_database(path, create_folder=True) as db:
        acme = factories.company(db, "Acme S.r.l.")
        call = factories.communication(db, acme.id, "Offer")
        (attachment,), _ = attach_files(db, call.id, [NewAttachment("offer.pdf", b"%PDF-1.4 offer", "application/pdf")])
        for side in ("", "-wal", "-shm"):
            assert mode(path.with_name(path.name + side)) == 0o600, side
        assert mode(path.parent) == 0o700
        assert mode(ledger_path(path)) == 0o600
        stored = attachment_path(db, attachment.id)
        assert mode(stored) == 0o600
        assert {mode(p) for p in (files_folder(db), stored.parent)} == {0o700}
        backup = make_backup(db)
    assert mode(backup.path) == 0o600 and mode(backup.path.parent) == 0o700


def test_a_restored_database_and_the_damaged_copy_it_replaced_are_private(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        db.pw.execute_sql("CREATE TABLE ballast (x)")
        db.pw.execute_sql("INSERT INTO ballast VALUES (zeroblob(100000))")
        factories.company(db, "Acme S.r.l.")
        backup = make_backup(db)
    corrupt(path)
    saved = restore_backup(path, backup.path)
    assert ".damaged-" in saved.name and mode(saved) == 0o600
    assert mode(path) == 0o600


def test_previews_go_to_a_private_folder_of_the_user_not_a_shared_tmp(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = private_temp("previews")
    assert mode(folder) == 0o700 and not folder.is_relative_to(Path(tempfile.gettempdir()) / "smallcrm")
    preview = write_private(folder / "invoice.pdf", b"%PDF")
    assert mode(preview) == 0o600
