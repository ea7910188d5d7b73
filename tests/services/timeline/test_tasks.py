"""Tasks and reminders: what to do, for whom, by when."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from smallcrm.changes import Changes
from smallcrm.clock import to_utc
from smallcrm.errors import NotFound, ValidationError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.parties.parties import restore_party, trash_party
from smallcrm.services.timeline.tasks import (
    TaskDraft,
    add_task,
    complete_task,
    due_tasks,
    list_tasks,
    trash_task,
    update_task,
)
from tests import factories

NOW = datetime(2024, 5, 6, 10, 0)  # naive: local time, as the UI passes it


def _add(db, title, **fields):
    return factories.task(db, title, **fields)


def test_add(db, person):
    set_setting(db, "default_owner", "anna")
    mario = person()
    view, changes = add_task(db, TaskDraft(" Send offer ", due=datetime(2024, 5, 7, 9, 0, tzinfo=UTC),
                                           party_id=mario.id, priority="high", notes=" by mail "))
    assert changes == Changes(tasks={view.id}, parties={mario.id})
    assert (view.title, view.notes, view.party.id, view.priority) == ("Send offer", "by mail", mario.id, 1)
    assert view.due_at == datetime(2024, 5, 7, 9, 0)
    assert (view.owner, view.done, view.done_at, view.communication_id) == ("anna", False, None, None)
    loose, changes = add_task(db, TaskDraft("Tidy the desk", owner="bob"))
    assert changes == Changes(tasks={loose.id})
    assert (loose.party, loose.due_at, loose.priority, loose.owner) == (None, None, 2, "bob")


def test_a_due_date_means_the_end_of_that_local_day(db):
    view = _add(db, "x", due=date(2024, 5, 7))
    assert view.due_at == to_utc(datetime(2024, 5, 7, 23, 59))


@pytest.mark.parametrize(("draft", "field"), [
    (TaskDraft("  "), "title"),
    (TaskDraft("x", priority="urgent"), "priority"),
    (TaskDraft("x", priority=7), "priority"),
])
def test_bad_input_names_the_field(db, draft, field):
    with pytest.raises(ValidationError) as info:
        add_task(db, draft)
    assert info.value.field == field
    assert list_tasks(include_done=True) == []


def test_party_must_be_live(db, person):
    mario = person()
    trash_party(db, mario.id)
    for party_id in (mario.id, 999):
        with pytest.raises(NotFound):
            add_task(db, TaskDraft("x", party_id=party_id))


def test_due_tasks_overdue_and_today_not_tomorrow(db, person):
    mario, luca = person(), person("Luca", "Grossi")
    overdue = _add(db, "overdue", due=date(2024, 5, 3), party_id=mario.id)
    this_morning = _add(db, "this morning", due=datetime(2024, 5, 6, 8, 0), priority="low")
    tonight = _add(db, "tonight", due=datetime(2024, 5, 6, 21, 0), party_id=luca.id)
    today = _add(db, "today", due=date(2024, 5, 6), priority="high")
    tomorrow = _add(db, "tomorrow", due=date(2024, 5, 7))
    _add(db, "next week", due=date(2024, 5, 13))
    _add(db, "some day")
    assert [t.id for t in due_tasks(now=NOW)] == [overdue.id, this_morning.id, tonight.id, today.id]
    assert [t.id for t in due_tasks(within_days=1, now=NOW)][-1] == tomorrow.id
    assert len(due_tasks(within_days=7, now=NOW)) == 6
    assert len(due_tasks(now=NOW - timedelta(days=10))) == 0


def test_due_tasks_leave_out_done_trashed_and_trashed_parties(db, person):
    mario, luca = person(), person("Luca", "Grossi")
    done = _add(db, "done", due=date(2024, 5, 1))
    gone = _add(db, "gone", due=date(2024, 5, 1))
    of_trashed = _add(db, "of trashed", due=date(2024, 5, 1), party_id=luca.id)
    kept = _add(db, "kept", due=date(2024, 5, 1), party_id=mario.id)
    complete_task(db, done.id)
    trash_task(db, gone.id)
    trash_party(db, luca.id)
    assert [t.id for t in due_tasks(now=NOW)] == [kept.id]
    assert list_tasks() == due_tasks(now=NOW)
    restore_party(db, luca.id)
    assert {t.id for t in due_tasks(now=NOW)} == {kept.id, of_trashed.id}


def test_due_tasks_by_owner(db):
    _add(db, "anna's", due=date(2024, 5, 1), owner="anna")
    _add(db, "bob's", due=date(2024, 5, 1), owner="bob")
    assert [t.title for t in due_tasks(owner="anna", now=NOW)] == ["anna's"]
    assert len(due_tasks(now=NOW)) == 2


def test_complete_and_reopen(db, person):
    mario = person()
    view = _add(db, "call back", party_id=mario.id)
    done, changes = complete_task(db, view.id)
    assert changes == Changes(tasks={view.id}, parties={mario.id})
    assert done.done and done.done_at is not None
    again, _ = complete_task(db, view.id)
    assert again.done_at == done.done_at  # ticking twice keeps the first moment
    assert list_tasks(mario.id) == []
    assert [t.id for t in list_tasks(mario.id, include_done=True)] == [view.id]
    reopened, _ = complete_task(db, view.id, done=False)
    assert not reopened.done
    assert [t.id for t in list_tasks(mario.id)] == [view.id]


def test_update(db, person):
    mario, luca = person(), person("Luca", "Grossi")
    view = _add(db, "call", party_id=mario.id, owner="anna")
    updated, changes = update_task(db, view.id, TaskDraft("call twice", due=date(2024, 6, 1), party_id=luca.id,
                                                          priority=3))
    assert changes == Changes(tasks={view.id}, parties={mario.id, luca.id})  # moved: both lists change
    assert (updated.title, updated.party.id, updated.priority, updated.owner) == ("call twice", luca.id, 3, "anna")
    loose, changes = update_task(db, view.id, TaskDraft("call twice"))
    assert loose.party is None and loose.due_at is None
    assert changes == Changes(tasks={view.id}, parties={luca.id})
    with pytest.raises(ValidationError):
        update_task(db, view.id, TaskDraft(""))


def test_trash(db, person):
    mario = person()
    view = _add(db, "call", party_id=mario.id)
    assert trash_task(db, view.id) == Changes(tasks={view.id}, parties={mario.id})
    assert list_tasks(include_done=True) == []
    for call in (lambda: trash_task(db, view.id), lambda: complete_task(db, view.id),
                 lambda: update_task(db, view.id, TaskDraft("x"))):
        with pytest.raises(NotFound):
            call()


def test_list_order_open_first_then_by_due(db):
    later = _add(db, "later", due=date(2024, 6, 1))
    undated = _add(db, "undated")
    sooner_low = _add(db, "sooner low", due=date(2024, 5, 1), priority="low")
    sooner_high = _add(db, "sooner high", due=date(2024, 5, 1), priority="high")
    done = _add(db, "done", due=date(2024, 4, 1))
    complete_task(db, done.id)
    assert [t.id for t in list_tasks()] == [sooner_high.id, sooner_low.id, later.id, undated.id]
    assert [t.id for t in list_tasks(include_done=True)][-1] == done.id
    assert len(list_tasks(limit=2)) == 2
