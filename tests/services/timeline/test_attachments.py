import hashlib

import pytest

from smallcrm.db.models import Attachment
from smallcrm.errors import NotFound
from smallcrm.services.timeline.attachments import (
    NewAttachment,
    attach_files,
    attachment_path,
    files_folder,
    list_attachments,
    read_attachment,
    remove_unreferenced_files,
)
from tests import factories


@pytest.fixture
def call(db, person):
    mario = person()
    return factories.communication(db, mario.id, "Preventivo", "email")


def test_files_are_kept_beside_the_database_once_per_content(db, call):
    pdf = b"%PDF-1.4 quote"
    views, changes = attach_files(db, call.id, [NewAttachment("Preventivo 12/2026.pdf", pdf, "application/pdf"),
                                                NewAttachment("copy.pdf", pdf, "application/pdf")])
    assert changes.attachments == {v.id for v in views}
    assert [v.file_name for v in list_attachments(call.id)] == ["Preventivo 12_2026.pdf", "copy.pdf"]
    assert views[0].sha256 == hashlib.sha256(pdf).hexdigest() and views[0].size == len(pdf)
    path = attachment_path(db, views[0].id)
    assert path.parent.parent == files_folder(db) and path == attachment_path(db, views[1].id)
    assert read_attachment(db, views[1].id) == pdf
    assert len([p for p in files_folder(db).rglob("*") if p.is_file()]) == 1


def test_a_rolled_back_attachment_leaves_no_row_and_its_file_is_cleaned_up(db, call):
    with pytest.raises(RuntimeError), db.atomic():
        attach_files(db, call.id, [NewAttachment("a.txt", b"rolled back")])
        raise RuntimeError("the caller's transaction fails")
    assert list_attachments(call.id) == []
    assert remove_unreferenced_files(db) == 1
    assert not [p for p in files_folder(db).rglob("*") if p.is_file()]


def test_a_file_still_referenced_is_never_removed(db, call):
    (view,), _ = attach_files(db, call.id, [NewAttachment("keep.txt", b"keep me")])
    assert remove_unreferenced_files(db) == 0
    assert read_attachment(db, view.id) == b"keep me"
    Attachment.delete().execute()
    assert remove_unreferenced_files(db) == 1


def test_attaching_to_a_missing_entry_is_refused(db):
    with pytest.raises(NotFound):
        attach_files(db, 999, [NewAttachment("x.txt", b"x")])
