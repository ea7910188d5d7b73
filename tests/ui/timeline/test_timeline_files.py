"""Timeline entries with files: a paperclip on the row, a double click opens the file under its own name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.timeline.attachments import NewAttachment, attach_files
from tests import factories
from ui.parties.party_page import PartyPage
from ui.timeline import attachment_files
from ui.timeline import timeline_model as tm
from ui.timeline.log_dialog import LogDialog


@pytest.fixture
def party(ctx):
    return factories.company(ctx.db, "Rossi Impianti S.r.l.")


def _log(ctx, party, subject: str, files: list[NewAttachment] = ()) -> int:
    view = factories.communication(ctx.db, party.id, subject, "email")
    if files:
        attach_files(ctx.db, view.id, list(files))
    return view.id


def _page(ctx, qtbot, party) -> PartyPage:
    page = PartyPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.show_party(party.id)
    return page


def _row(page: PartyPage, subject: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == subject)


def test_one_file_opens_with_a_double_click_under_its_name(ctx, qtbot, party, monkeypatch):
    pdf = b"%PDF-1.4 preventivo"
    _log(ctx, party, "Preventivo inviato", [NewAttachment("Preventivo P-2026-0001.pdf", pdf, "application/pdf")])
    _log(ctx, party, "Senza allegati")
    page = _page(ctx, qtbot, party)
    opened = []
    monkeypatch.setattr(attachment_files, "open_path", opened.append)
    edited = []
    monkeypatch.setattr(LogDialog, "edit", lambda ctx, logged, parent=None: edited.append(logged.subject))
    plain = page.model.index(_row(page, "Senza allegati"), 0)
    assert plain.data(tm.FILES_ROLE) == 0 and "attached" not in plain.data(Qt.ItemDataRole.ToolTipRole)
    page.timeline.doubleClicked.emit(plain)  # an entry without files opens for editing
    assert opened == [] and edited == ["Senza allegati"]
    with_file = page.model.index(_row(page, "Preventivo inviato"), 0)
    assert with_file.data(tm.FILES_ROLE) == 1
    assert "1 attached file(s): double-click to open" in with_file.data(Qt.ItemDataRole.ToolTipRole)
    page.timeline.doubleClicked.emit(with_file)
    (path,) = opened
    assert edited == ["Senza allegati"]  # a file opened instead of the editor
    assert Path(path).name == "Preventivo P-2026-0001.pdf" and Path(path).read_bytes() == pdf


def test_with_several_files_the_user_picks_one(ctx, qtbot, party, monkeypatch):
    _log(ctx, party, "Documenti", [NewAttachment("a.txt", b"first"), NewAttachment("b.txt", b"second")])
    page = _page(ctx, qtbot, party)
    offered, opened = [], []
    monkeypatch.setattr(attachment_files, "choose", lambda parent, copies: offered.append(copies) or copies[1][1])
    monkeypatch.setattr(attachment_files, "open_path", opened.append)
    page.timeline.doubleClicked.emit(page.model.index(0, 0))
    assert [name for name, _ in offered[0]] == ["a.txt", "b.txt"]
    assert Path(opened[0]).read_bytes() == b"second"
