"""The Tasks page: filters with counts, a click ticks a task off, the status bar follows, new tasks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.timeline.activity import tasks_in_view
from smallcrm.services.timeline.tasks import list_tasks
from tests import factories
from ui.timeline.task_dialog import TaskDialog
from ui.timeline.task_table import OVERDUE_COLOR, TaskTableModel, due_text, local_time
from ui.timeline.tasks_page import TasksPage


@pytest.fixture
def tasks(ctx):
    rossi = factories.person(ctx.db, "Mario", "Rossi")
    today = date.today()
    overdue = factories.task(ctx.db, "Call back", rossi.id, today - timedelta(days=2), priority="high")
    later = factories.task(ctx.db, "Send the offer", due=today + timedelta(days=5))
    return rossi, overdue, later


def test_model_passes_qt_model_tester(ctx, tasks, qtmodeltester):
    model = TaskTableModel()
    model.set_tasks(tasks_in_view("open"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_rows_show_party_due_priority_and_overdue_in_red(ctx, tasks, qtbot):
    rossi, overdue, _ = tasks
    page = TasksPage(ctx)
    qtbot.addWidget(page)
    model = page.model
    assert model.rowCount() == 2
    assert model.index(0, TaskTableModel.TITLE).data() == "Call back"
    assert model.index(0, TaskTableModel.PARTY).data() == "Mario Rossi"
    assert model.index(0, TaskTableModel.PRIORITY).data() == "High"
    assert model.index(0, TaskTableModel.DONE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.index(0, TaskTableModel.TITLE).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOR
    assert model.index(1, TaskTableModel.TITLE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "(1)" in page.buttons["overdue"].text() and "(2)" in page.buttons["open"].text()
    page.buttons["upcoming"].click()
    assert [model.task(r).title for r in range(model.rowCount())] == ["Send the offer"]
    with qtbot.waitSignal(page.open_party) as opened:
        page.buttons["overdue"].click()
        page.table.doubleClicked.emit(model.index(0, TaskTableModel.PARTY))
    assert opened.args == [rossi.id]


def test_due_text_in_local_time():
    today = date(2026, 3, 4)
    noon = datetime(2026, 3, 4, 12, 0).astimezone()  # local noon
    utc = noon.astimezone().replace(tzinfo=None) - noon.utcoffset()
    assert due_text(utc, today) == "Today 12:00"
    assert due_text(utc - timedelta(days=1), today) == "Yesterday 12:00"
    assert due_text(None, today) == ""


def test_clicking_the_box_completes_and_the_status_bar_follows(tasks, window, qtbot):
    _, overdue, _ = tasks
    assert "1 task" in window.due_label.text()
    page = window.show_section("tasks")
    assert page.model.rowCount() == 2
    row = page.model.row_of(overdue.id)
    cell = page.table.visualRect(page.model.index(row, TaskTableModel.DONE))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert window.due_label.text() == "Nothing due today"
    assert [t.title for t in list_tasks()] == ["Send the offer"]
    assert page.model.rowCount() == 1  # the open list follows
    assert "(0)" in page.buttons["overdue"].text()
    page.buttons["done"].click()
    assert page.model.task(0).id == overdue.id and page.model.task(0).done
    # a second click opens it again
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(page.model.index(0, TaskTableModel.DONE)).center())
    assert "1 task" in window.due_label.text()
    assert page.model.rowCount() == 0


def test_new_task_dialog_validates_and_saves(ctx, tasks, qtbot, monkeypatch):
    rossi = tasks[0]
    page = TasksPage(ctx)
    qtbot.addWidget(page)
    dialog = TaskDialog(ctx, parent=page)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.saved is None  # no title
    assert dialog.errors.visible() == {"title": dialog.errors.visible()["title"]}
    assert len(list_tasks()) == 2
    qtbot.keyClicks(dialog.title, "Prepare the contract")
    qtbot.keyClicks(dialog.party, "rossi")
    dialog.party.search_now()
    dialog.party.pick_row(0)
    assert dialog.party.party_id == rossi.id
    dialog.save()
    assert dialog.saved is not None
    assert page.model.rowCount() == 3  # the page heard of it on the bus
    saved = next(t for t in list_tasks() if t.title == "Prepare the contract")
    assert saved.party.id == rossi.id and saved.due_at is not None

    asked = []
    monkeypatch.setattr(TaskDialog, "ask", classmethod(lambda cls, *args, **kw: asked.append(args)))
    page.new_button.click()
    assert len(asked) == 1


def test_a_due_moment_typed_whole_is_the_one_saved(ctx, qtbot):
    dialog = TaskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Call the accountant")
    for field, text in ((dialog.due.day.edit, "17/05/2026"), (dialog.due.time, "15:30")):
        field.selectAll()
        qtbot.keyClicks(field, text)
    dialog.save()
    (saved,) = [t for t in list_tasks() if t.title == "Call the accountant"]
    assert local_time(saved.due_at).replace(tzinfo=None) == datetime(2026, 5, 17, 15, 30)


def test_a_due_day_that_is_not_one_stops_the_save_unless_the_task_has_no_due(ctx, qtbot):
    dialog = TaskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Someday")
    dialog.due.day.edit.setText("31/02/2026")
    dialog.save()
    assert dialog.saved is None and dialog.due.error.isVisible()
    dialog.has_due.setChecked(False)
    dialog.save()
    assert dialog.saved is not None and dialog.saved.due_at is None
