"""Today's reminders in the window: due tasks, unanswered quotes with a one-click call back, expiring quotes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.sales import quotes
from smallcrm.services.timeline.reminders import reminders
from smallcrm.services.timeline.tasks import list_tasks
from tests import factories
from ui.timeline.reminders_dialog import RemindersDialog, show_reminders


@pytest.fixture
def story(ctx):
    party = factories.company(ctx.db, "Bianchi S.r.l.")
    silent = factories.sent_quote(ctx.db, party.id, days_ago=10, valid_days=30).id
    expiring = factories.sent_quote(ctx.db, party.id, days_ago=1, valid_days=3).id
    task = factories.task(ctx.db, "Spedire catalogo", party.id, date.today() - timedelta(days=2))
    return party, silent, expiring, task


def test_the_dialog_lists_and_opens_what_needs_doing(ctx, qtbot, story):
    party, silent, expiring, task = story
    dialog = RemindersDialog(ctx, reminders())
    qtbot.addWidget(dialog)
    (task_item,) = dialog.items("task")
    assert task_item.text(0).strip() == "Spedire catalogo · Bianchi S.r.l.  —  2 day(s) late"
    (quote_item,) = dialog.items("unanswered")
    assert "sent 10 day(s) ago" in quote_item.text(0)
    (expiring_item,) = dialog.items("expiring")
    assert "expires in 3 day(s)" in expiring_item.text(0)
    with qtbot.waitSignal(dialog.open_quote) as opened:
        dialog.tree.itemDoubleClicked.emit(expiring_item, 0)
    assert opened.args == [expiring]
    with qtbot.waitSignal(dialog.open_party) as opened:
        dialog.tree.itemDoubleClicked.emit(task_item, 0)
    assert opened.args == [party.id]


def test_one_click_plans_the_call_back(ctx, qtbot, story):
    party, silent, _expiring, _task = story
    dialog = RemindersDialog(ctx, reminders())
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.items("expiring")[0])
    assert not dialog.follow_up_button.isEnabled()
    dialog.tree.setCurrentItem(dialog.items("unanswered")[0])
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.follow_up_button, Qt.MouseButton.LeftButton)
    number = quotes.get_quote(silent).number
    assert f"Call back about quote {number}" in [t.title for t in list_tasks(party_id=party.id)]
    assert dialog.items("unanswered") == [] and len(dialog.items("task")) == 2


def test_at_start_the_window_shows_them_only_when_there_is_something(ctx, qtbot, story, window):
    assert window.follow_ups.text().startswith("<a href='reminders'>2 quote(s) to follow up")
    show_reminders(window, ctx, only_if_any=True)
    assert window.reminders_dialog.isVisible()
    window.reminders_dialog.close()


def test_nothing_to_remind_shows_nothing(ctx, window):
    show_reminders(window, ctx, only_if_any=True)
    assert getattr(window, "reminders_dialog", None) is None and window.follow_ups.isHidden()


def test_a_long_backlog_shows_the_longest_overdue_and_opens_the_rest_on_the_tasks_page(ctx, qtbot, window):
    today = date.today()
    for n in range(105):
        factories.task(ctx.db, f"Task {n:03}", due=today - timedelta(days=200 - n))
    found = reminders(tasks_shown=100)
    assert len(found.due_tasks) == 100 and found.due_task_count == 105 and len(found) == 105
    assert [t.title for t in found.due_tasks[:2]] == ["Task 000", "Task 001"]  # the longest overdue first
    dialog = RemindersDialog(ctx, found, window)
    qtbot.addWidget(dialog)
    dialog.open_section.connect(window.show_section)
    group = dialog.tree.topLevelItem(0)
    assert group.text(0) == "Tasks due today or overdue (105)"
    assert len(dialog.items("task")) == 100
    (more,) = dialog.items(None)
    assert more.text(0).strip() == "… and 5 more: open the list"
    dialog.tree.itemDoubleClicked.emit(more, 0)
    assert window.stack.currentWidget() is window.page("tasks") and not dialog.isVisible()
