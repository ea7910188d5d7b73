"""Importing .eml and mbox files, for users without IMAP: the same matching, never twice, bad files named."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from smallcrm.db.models import Communication
from smallcrm.errors import ValidationError
from smallcrm.mailwire.parse import MB
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.mail.incoming import import_eml, import_mail_file, import_mbox
from smallcrm.services.mail.review import list_reviews
from smallcrm.services.timeline.attachments import list_attachments, read_attachment
from smallcrm.services.timeline.communications import list_communications
from tests.services.mail.messages import message


def write_mbox(path, *messages: bytes):
    box = mailbox.mbox(path)
    for raw in messages:
        box.add(raw)
    box.flush()
    box.close()
    return path


def test_an_eml_file_is_logged_once(db, tmp_path, mario):
    path = tmp_path / "richiesta.eml"
    path.write_bytes(message(files=(("listino.xlsx", "application/vnd.ms-excel", b"PK\x03\x04data"),)))

    first = import_eml(db, path)
    again = import_eml(db, path)

    assert (first.logged, again.logged, again.already_known) == (1, 0, 1)
    [logged] = list_communications(mario.id)
    [sheet] = list_attachments(logged.id)
    assert read_attachment(db, sheet.id) == b"PK\x03\x04data"


def test_an_mbox_is_imported_with_progress_and_sorted(db, tmp_path, mario):
    path = write_mbox(tmp_path / "export.mbox", message(subject="Uno"), message(subject="Due"),
                      message(sender="sconosciuto@altrove.example", subject="Tre"),
                      b"From nobody\n\nnot a mail at all, no headers")
    seen = []

    report = import_mbox(db, path, progress=lambda done, total: seen.append((done, total)))

    assert (report.logged, report.for_review, len(report.rejected)) == (2, 1, 1)
    assert report.rejected[0][0] == "export.mbox #4" and "not an e-mail" in report.rejected[0][1]
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(c.subject for c in list_communications(mario.id)) == ["Due", "Uno"]
    assert [r.subject for r in list_reviews()] == ["Tre"]
    assert import_mail_file(db, path).already_known == 3


def test_cancelling_an_mbox_import_keeps_the_messages_done(db, tmp_path, mario):
    path = write_mbox(tmp_path / "export.mbox", *(message(subject=f"N{n}") for n in range(4)))
    done = []
    report = import_mbox(db, path, progress=lambda d, t: done.append(d), cancel=lambda: len(done) == 1)
    assert report.cancelled and report.logged == 1
    assert import_mbox(db, path).logged == 3


def test_an_attachment_over_the_setting_is_noted_on_the_timeline(db, tmp_path, mario):
    set_setting(db, "attachment_max_mb", 1)
    path = tmp_path / "grande.eml"
    path.write_bytes(message(files=(("video.mp4", "video/mp4", bytes(2 * MB)),)))
    import_eml(db, path)
    [logged] = list_communications(mario.id)
    assert list_attachments(logged.id) == []
    assert logged.body.endswith("[Attachment video.mp4 (2.0 MB) not kept: over the 1 MB limit]")


@pytest.mark.parametrize(("name", "content", "code"), [
    ("missing.eml", None, "file_missing"),
    ("photo.eml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_a_message"),
    ("empty.eml", b"", "not_a_message"),
])
def test_files_that_are_not_mail_are_refused_with_a_reason(db, tmp_path, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValidationError) as failure:
        import_mail_file(db, path)
    assert failure.value.code == code and failure.value.field == "path"
    assert Communication.select().count() == 0 and list_reviews() == []


def test_an_unreadable_file_is_named(db, tmp_path, monkeypatch):
    path = tmp_path / "locked.eml"
    path.write_bytes(message())

    def refused(self, *args, **kwargs):  # what a file of another user gives (root, running the tests, reads all)
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refused)
    with pytest.raises(ValidationError) as failure:
        import_mail_file(db, path)
    assert failure.value.code == "file_unreadable" and "locked.eml" in str(failure.value)


def test_an_mbox_must_look_like_one(db, tmp_path):
    path = tmp_path / "notes.mbox"
    path.write_text("just some notes\n")
    with pytest.raises(ValidationError) as failure:
        import_mbox(db, path)
    assert failure.value.code == "not_mbox"


def test_a_message_without_from_waits_for_review_with_its_reason(db, tmp_path):
    path = tmp_path / "anon.eml"
    path.write_bytes(message(sender="", subject="Senza mittente"))
    assert import_eml(db, path).for_review == 1
    [review] = list_reviews()
    assert (review.reason, review.from_address, review.subject) == ("no_sender", "", "Senza mittente")
