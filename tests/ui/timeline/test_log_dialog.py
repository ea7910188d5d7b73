"""Logging a call (quickly), a note, a meeting with someone at a company; adding and editing tasks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog

from smallcrm.clock import to_utc
from smallcrm.services.parties.overview import timeline
from smallcrm.services.timeline.communications import get_communication
from smallcrm.services.timeline.tasks import due_tasks, list_tasks
from tests import factories
from ui.timeline.log_dialog import LogDialog
from ui.timeline.task_dialog import TaskDialog


@pytest.fixture
def shown(qtbot):
    def show(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog

    return show


def test_log_a_call_with_a_follow_up(ctx, mario, shown, qtbot):
    dialog = shown(LogDialog(ctx, mario.id, "call"))
    assert dialog.focusWidget() is dialog.subject  # type at once
    assert dialog.channel.currentData() == "call" and dialog.outgoing.isChecked()
    assert abs(dialog.when.dateTime().secsTo(QDateTime.currentDateTime())) < 60
    qtbot.keyClicks(dialog.subject, "Asked for a quote")
    qtbot.mouseClick(dialog.incoming, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.body, "Wants 20 pieces by March")
    dialog.duration.setValue(12)
    dialog.outcome.setCurrentText("Reached")
    qtbot.keyClicks(dialog.follow_title, "Send the quote")
    dialog.follow_due.setDate(date.today())
    with qtbot.waitSignal(ctx.bus.changed) as changed:
        qtbot.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert mario.id in changed.args[0].parties and changed.args[0].tasks
    entry = timeline(mario.id)[0]
    assert (entry.kind, entry.title, entry.direction) == ("call", "Asked for a quote", "in")
    logged = get_communication(dialog.saved_id)
    assert (logged.duration_seconds, logged.outcome, logged.body) == (720, "Reached", "Wants 20 pieces by March")
    due = [t for t in due_tasks() if t.party and t.party.id == mario.id]
    assert [t.title for t in due] == ["Send the quote"]
    assert due[0].communication_id == logged.id


def test_a_call_needs_a_subject_or_notes(ctx, mario, shown, qtbot):
    dialog = shown(LogDialog(ctx, mario.id, "call"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "subject" in dialog.errors.visible()
    assert dialog.focusWidget() is dialog.subject
    assert timeline(mario.id) == []


def test_a_note_has_no_direction_nor_duration(ctx, mario, shown, qtbot):
    dialog = shown(LogDialog(ctx, mario.id, "note"))
    assert not dialog.direction_box.isEnabled() and not dialog.duration.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("meeting"))
    assert dialog.direction_box.isEnabled() and dialog.duration.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("note"))
    qtbot.keyClicks(dialog.subject, "Prefers e-mail to calls")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    entry = timeline(mario.id)[0]
    assert (entry.kind, entry.direction) == ("note", "")
    assert list_tasks(party_id=mario.id) == []  # no follow-up title: no task


def test_a_meeting_at_a_company_with_one_of_its_people(ctx, mario, shown, qtbot):
    acme = factories.company(ctx.db, "Acme")
    anna = factories.person(ctx.db, "Anna", "Verdi", company_id=acme.id, role="CEO")
    dialog = shown(LogDialog(ctx, acme.id, "meeting"))
    assert dialog.with_person.count() == 2
    dialog.with_person.setCurrentIndex(dialog.with_person.findData(anna.id))
    yesterday = datetime.now().replace(second=0, microsecond=0) - timedelta(days=1)  # typed to the minute
    dialog.when.setDateTime(yesterday)
    qtbot.keyClicks(dialog.subject, "Yearly review")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    logged = get_communication(dialog.saved_id)
    assert logged.person.id == anna.id and logged.kind == "meeting"
    assert timeline(anna.id)[0].title == "Yearly review"  # on her timeline too
    # stored in UTC, from the local time typed
    assert logged.occurred_at == to_utc(yesterday)


def test_log_classmethod_reports_whether_something_was_logged(ctx, mario, monkeypatch):
    monkeypatch.setattr(LogDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert LogDialog.log(ctx, mario.id, "email") is False


def test_task_dialog_adds_and_edits(ctx, mario, shown, qtbot):
    dialog = shown(TaskDialog(ctx, party=(mario.id, mario.name)))
    assert dialog.focusWidget() is dialog.title
    assert dialog.party.party_id == mario.id and dialog.party.text() == "Mario Rossi"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "title" in dialog.errors.visible()  # a task needs a title
    qtbot.keyClicks(dialog.title, "Prepare the contract")
    dialog.priority.setCurrentIndex(dialog.priority.findData(1))
    qtbot.keyClicks(dialog.notes, "Two copies")
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [task] = list_tasks(party_id=mario.id)
    assert (task.title, task.priority, task.notes) == ("Prepare the contract", 1, "Two copies")
    assert task.due_at is not None

    edit = shown(TaskDialog(ctx, task=task))
    assert edit.title.text() == "Prepare the contract" and edit.priority.currentData() == 1
    assert edit.party.party_id == mario.id
    edit.title.clear()
    qtbot.keyClicks(edit.title, "Prepare and send the contract")
    edit.has_due.setChecked(False)
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    [task] = list_tasks(party_id=mario.id)
    assert task.title == "Prepare and send the contract" and task.due_at is None
    assert task.party.id == mario.id


def test_a_moment_typed_whole_is_the_moment_logged(ctx, mario, shown, qtbot):
    dialog = shown(LogDialog(ctx, mario.id, "call"))
    for field, text in ((dialog.when.day.edit, "03/02/2026"), (dialog.when.time, "9.05")):
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(dialog.subject, "Prices")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_communication(dialog.saved_id).occurred_at == to_utc(datetime(2026, 2, 3, 9, 5))


def test_a_time_that_is_not_one_is_said_and_nothing_is_logged(ctx, mario, shown, qtbot, english):
    dialog = shown(LogDialog(ctx, mario.id, "call"))
    dialog.when.time.selectAll()
    qtbot.keyClicks(dialog.when.time, "25:99")
    qtbot.keyClicks(dialog.subject, "Prices")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None and dialog.isVisible()
    assert dialog.when.error.isVisible() and dialog.when.error.text() == "Not a time: type it as 09:30"
