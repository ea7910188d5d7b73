"""Today's reminders in the window: due tasks, unanswered quotes with a one-click call back, expiring quotes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from smallcrm.clock import local_today, utcnow
from smallcrm.db.sales_models import Quote  # test set-up only: a quote sent ten days ago
from smallcrm.services.parties.parties import PartyDraft, create_party
from smallcrm.services.sales import quotes
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.timeline.reminders import reminders
from smallcrm.services.timeline.tasks import TaskDraft, add_task, list_tasks
from ui.timeline.reminders_dialog import RemindersDialog, show_reminders


@pytest.fixture
def story(ctx):
    party, _ = create_party(ctx.db, PartyDraft(kind="company", name="Bianchi S.r.l."))
    today = local_today()

    def sent(days_ago: int, valid_days: int) -> int:
        view, _ = quotes.create_quote(ctx.db, quotes.QuoteDraft(
            party.id, [LineDraft("Lavoro", 1, "100", 0, "22")], issue_date=today - timedelta(days=days_ago),
            valid_until=today + timedelta(days=valid_days)))
        quotes.set_quote_status(ctx.db, view.id, "sent")
        Quote.update(updated_at=utcnow() - timedelta(days=days_ago)).where(Quote.id == view.id).execute()
        return view.id

    silent = sent(10, 30)
    expiring = sent(1, 3)
    task, _ = add_task(ctx.db, TaskDraft("Spedire catalogo", date.today() - timedelta(days=2), party.id))
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
        add_task(ctx.db, TaskDraft(f"Task {n:03}", today - timedelta(days=200 - n)))
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
