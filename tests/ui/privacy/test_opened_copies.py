"""Copies handed to other programs (a decrypted attachment opened in a viewer, a PDF) are in clear in the user's
cache: an erasure removes those of the person's entries, and the window clears them all at its start and end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from smallcrm.private_files import clear_private_temp, private_temp
from smallcrm.services.timeline.attachments import NewAttachment, attach_files
from tests import factories
from ui.privacy.erase_dialog import EraseDialog
from ui.timeline import attachment_files
from ui.timeline.attachment_files import open_entry_files


def test_an_erasure_removes_the_copies_of_the_persons_files(ctx, qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    person = factories.person(ctx.db, "Zelinda", "Strambotti")
    call = factories.communication(ctx.db, person.id, "Sent the passport")
    attach_files(ctx.db, call.id, [NewAttachment("passport.pdf", b"PASSPORT-OF-ZELINDA", "application/pdf")])
    other = factories.communication(ctx.db, factories.person(ctx.db, "Anna", "Verdi").id, "Price list")
    attach_files(ctx.db, other.id, [NewAttachment("prices.pdf", b"PRICES", "application/pdf")])
    opened = []
    monkeypatch.setattr(attachment_files, "open_path", opened.append)
    page = QWidget()
    qtbot.addWidget(page)
    for entry in (call.id, other.id):
        open_entry_files(ctx, entry, page)
    copy = private_temp("attachments") / str(call.id) / "passport.pdf"
    assert copy.read_bytes() == b"PASSPORT-OF-ZELINDA" and len(opened) == 2  # the control: the copy is in clear

    def confirm(dialog_self):
        qtbot.keyClicks(dialog_self.reason, "asked by letter")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    assert EraseDialog.ask(ctx, person)
    assert not copy.parent.exists()
    assert (private_temp("attachments") / str(other.id) / "prices.pdf").exists()  # not hers: stays
    assert clear_private_temp("attachments") == 1 and not any(private_temp("attachments").iterdir())
