"""Changing and deleting what was logged, from a party's timeline and from the Activities page: Edit… opens
the log dialog filled in; Delete moves the entry to the trash and the bar's Undo brings it back."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from smallcrm.services.parties.overview import timeline
from smallcrm.services.parties.parties import trash_party
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.timeline.communications import get_communication
from smallcrm.services.timeline.tasks import list_tasks
from tests import factories
from ui.parties.party_page import PartyPage
from ui.timeline.activities_page import ActivitiesPage
from ui.timeline.communication_actions import CommunicationActions
from ui.timeline.log_dialog import LogDialog

WHEN = datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """A message box would wait for a click that never comes: fail instead."""

    def refuse(parent, title, text, *args):
        raise AssertionError(f"message box shown: {text}")

    monkeypatch.setattr(QMessageBox, "warning", refuse)


@pytest.fixture
def yearly_review(ctx):
    company = factories.customer(ctx.db, "Acme S.r.l.", emails=[])
    anna = factories.person(ctx.db, "Anna", "Verdi", company_id=company.id)
    meeting = factories.communication(ctx.db, company.id, "Yearly review", "meeting", direction="in", body="Went well",
                                      occurred_at=WHEN, duration_minutes=45, outcome="Interested", person_id=anna.id)
    return company, anna, meeting


def _row_of(party_page: PartyPage, communication_id: int):
    rows = [r for r in range(party_page.model.rowCount())
            if (party_page.model.entry(r).source, party_page.model.entry(r).id) == ("communication", communication_id)]
    return party_page.model.index(rows[0], 0) if rows else None


def test_the_dialog_opens_filled_in_and_saves_the_change(ctx, yearly_review, qtbot):
    company, anna, meeting = yearly_review
    dialog = LogDialog(ctx, company.id, meeting.kind, communication=meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert "Edit" in dialog.windowTitle()
    assert dialog.channel.currentData() == "meeting" and dialog.incoming.isChecked()
    assert dialog.with_person.currentData() == anna.id
    assert (dialog.subject.text(), dialog.body.toPlainText(), dialog.duration.value(),
            dialog.outcome.currentText()) == ("Yearly review", "Went well", 45, "Interested")
    assert not dialog.follow_title.isVisible()  # follow-ups are added when logging
    dialog.subject.selectAll()
    qtbot.keyClicks(dialog.subject, "Yearly review 2026")
    dialog.duration.setValue(50)
    with qtbot.waitSignal(ctx.bus.changed) as changed:
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert changed.args[0].parties == {company.id, anna.id}
    saved = get_communication(meeting.id)
    assert (saved.subject, saved.duration_seconds, saved.person.id, saved.kind) == (
        "Yearly review 2026", 3000, anna.id, "meeting")
    assert saved.occurred_at == meeting.occurred_at  # the time, untouched, kept to the microsecond
    assert list_tasks(party_id=company.id) == []


def test_a_bad_edit_stays_in_the_dialog(ctx, yearly_review, qtbot):
    company, _anna, meeting = yearly_review
    dialog = LogDialog(ctx, company.id, meeting.kind, communication=meeting)
    qtbot.addWidget(dialog)
    dialog.subject.clear()
    dialog.body.clear()
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and "subject" in dialog.errors.visible()
    assert get_communication(meeting.id).subject == "Yearly review"


def test_timeline_double_click_edits_and_delete_key_trashes_with_undo(ctx, party_page, yearly_review, qtbot,
                                                                     monkeypatch):
    company, anna, meeting = yearly_review
    party_page.show_party(company.id)
    edited = []
    monkeypatch.setattr(LogDialog, "edit", classmethod(lambda cls, c, logged, parent: edited.append(logged)))
    index = _row_of(party_page, meeting.id)
    centre = party_page.timeline.visualRect(index).center()
    qtbot.mouseClick(party_page.timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double click's first
    qtbot.mouseDClick(party_page.timeline.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert [e.id for e in edited] == [meeting.id] and edited[0].subject == "Yearly review"

    party_page.timeline.setFocus()
    party_page.timeline.setCurrentIndex(_row_of(party_page, meeting.id))
    qtbot.keyClick(party_page.timeline, Qt.Key.Key_Delete)
    assert _row_of(party_page, meeting.id) is None  # the page reloaded without it
    assert all(e.title != "Yearly review" for e in timeline(anna.id))  # gone from her timeline too
    bar = party_page.entries.undo_bar
    assert bar.isVisible() and "Yearly review" in bar.text.text() and "Meeting" in bar.text.text()
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert _row_of(party_page, meeting.id) is not None
    assert get_communication(meeting.id).subject == "Yearly review"


def test_the_context_menu_is_only_on_communications(ctx, party_page, yearly_review, monkeypatch):
    company, _anna, meeting = yearly_review
    factories.issued_invoice(ctx.db, company.id, [LineDraft("Servizio", 1, "100")], on=None)  # today
    party_page.show_party(company.id)
    shown = []
    monkeypatch.setattr(CommunicationActions, "show_menu", lambda actions, logged, at, extra=(): shown.append(
        [a.text() for a in actions.menu(logged, extra).actions()]))
    rect = party_page.timeline.visualRect(_row_of(party_page, meeting.id))
    party_page.timeline.customContextMenuRequested.emit(rect.center())
    assert shown == [["Edit…", "Delete"]]
    [invoice_row] = [r for r in range(party_page.model.rowCount()) if party_page.model.entry(r).source == "invoice"]
    cell = party_page.timeline.visualRect(party_page.model.index(invoice_row, 0))
    party_page.timeline.customContextMenuRequested.emit(cell.center())
    party_page.timeline.customContextMenuRequested.emit(QPoint(5, party_page.timeline.viewport().height() - 2))
    assert len(shown) == 1  # not on an invoice, not below the last entry


def test_activities_page_menu_edits_deletes_and_restores(ctx, yearly_review, qtbot, monkeypatch):
    company, _anna, meeting = yearly_review
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    edited = []
    monkeypatch.setattr(LogDialog, "edit", classmethod(lambda cls, c, logged, parent: edited.append(logged.id)))
    page.table.doubleClicked.emit(model.index(0, model.SUBJECT))
    assert edited == [meeting.id]
    with qtbot.waitSignal(page.open_party) as opened:
        page.table.doubleClicked.emit(model.index(0, model.PARTY))
    assert opened.args == [company.id] and edited == [meeting.id]

    menu = page.entries.menu(meeting.id, page._open_entry(model.index(0, model.SUBJECT)))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Open Acme S.r.l.", "Edit…", "Delete"]
    next(a for a in menu.actions() if a.text() == "Delete").trigger()
    assert model.rowCount() == 0
    assert page.entries.undo_bar.isVisible()
    page.entries.undo_bar.undo_button.click()
    assert model.rowCount() == 1 and model.communication(0).id == meeting.id


def test_the_undo_bar_goes_away_by_itself(ctx, yearly_review, qtbot, monkeypatch):
    from ui.common import undo_bar

    monkeypatch.setattr(undo_bar, "SHOWN_MS", 50)
    bar = undo_bar.UndoBar()
    qtbot.addWidget(bar)
    undone = []
    bar.offer("Call moved to the trash.", lambda: undone.append(1))
    assert not bar.isHidden()
    qtbot.waitUntil(bar.isHidden, timeout=2000)
    bar.undo()
    assert undone == []  # too late: the offer went with the bar


def test_editing_an_entry_whose_party_just_went_to_the_trash_says_so(ctx, yearly_review, qtbot, monkeypatch):
    company, _anna, meeting = yearly_review
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    trash_party(ctx.db, company.id)  # elsewhere, before this page heard of it
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: said.append(text))
    page.table.doubleClicked.emit(page.model.index(0, page.model.SUBJECT))
    assert len(said) == 1 and "not found" in said[0].lower()
