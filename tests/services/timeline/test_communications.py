"""Logging calls, e-mails, meetings and notes on a party's timeline."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from smallcrm.changes import Changes
from smallcrm.errors import NotFound, ValidationError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.parties.parties import get_party, trash_party
from smallcrm.services.timeline.communications import (
    CommunicationDraft,
    draft_of,
    get_communication,
    list_communications,
    log_communication,
    restore_communication,
    trash_communication,
    update_communication,
)
from smallcrm.services.timeline.tasks import TaskDraft, list_tasks

T0 = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)


def _log(db, party_id, subject="call", at=T0, **fields):
    return log_communication(db, CommunicationDraft(party_id=party_id, subject=subject, occurred_at=at, **fields))


def test_log_a_call(db, person):
    mario = person()
    view, changes = _log(db, mario.id, " Offer ", body=" talked about prices ", duration_minutes=12,
                         outcome="interested", direction="in",
                         at=datetime(2024, 5, 6, 11, 30, tzinfo=timezone(timedelta(hours=2))))
    assert changes == Changes(communications={view.id}, parties={mario.id})
    assert (view.party.id, view.party.name, view.person) == (mario.id, "Mario Rossi", None)
    assert (view.kind, view.direction, view.subject, view.body) == ("call", "in", "Offer", "talked about prices")
    assert view.occurred_at == datetime(2024, 5, 6, 9, 30)  # stored as naive UTC
    assert (view.duration_seconds, view.outcome, view.owner) == (720, "interested", "")
    assert view.uid
    assert get_communication(view.id) == view
    assert get_party(mario.id).updated_at >= mario.updated_at


def test_when_defaults_to_now_and_owner_to_the_setting(db, person):
    set_setting(db, "default_owner", "anna")
    before = datetime.now(UTC).replace(tzinfo=None)
    view, _ = log_communication(db, CommunicationDraft(party_id=person().id, subject="hi"))
    assert before - timedelta(seconds=1) <= view.occurred_at <= datetime.now(UTC).replace(tzinfo=None)
    assert view.owner == "anna"


def test_a_note_has_no_direction_and_body_alone_is_enough(db, person):
    view, _ = _log(db, person().id, subject="", kind="note", direction="in", body="Prefers mornings")
    assert (view.kind, view.direction, view.subject) == ("note", "", "")


def test_someone_spoken_to_at_a_company(db, person, company):
    acme = company()
    mario = person(company_id=acme.id)
    view, _ = _log(db, acme.id, "meeting", kind="MEETING", person_id=mario.id)
    assert (view.kind, view.party.id, view.person.id) == ("meeting", acme.id, mario.id)
    # the person's list shows it too
    assert [c.id for c in list_communications(mario.id)] == [view.id]


@pytest.mark.parametrize(("fields", "field", "code"), [
    (dict(subject=" ", body=""), "subject", "required"),
    (dict(kind="pigeon"), "kind", "choice_invalid"),
    (dict(direction="sideways"), "direction", "choice_invalid"),
    (dict(duration_minutes=-1), "duration_minutes", "out_of_range"),
    (dict(duration_minutes=24 * 60 + 1), "duration_minutes", "out_of_range"),
    (dict(follow_up=TaskDraft(" ")), "title", "required"),
])
def test_bad_input_names_the_field(db, person, fields, field, code):
    mario = person()
    with pytest.raises(ValidationError) as info:
        _log(db, mario.id, **{"subject": "call", **fields})
    assert (info.value.field, info.value.code) == (field, code)
    assert list_communications(mario.id) == []  # nothing half-written


def test_party_and_person_must_exist(db, person, company):
    mario, acme = person(), company()
    with pytest.raises(NotFound):
        _log(db, 999)
    with pytest.raises(NotFound):
        _log(db, mario.id, person_id=acme.id)  # a company is not a person
    trash_party(db, mario.id)
    with pytest.raises(NotFound):
        _log(db, mario.id)


def test_follow_up_task(db, person, company):
    mario, acme = person(), company()
    view, changes = _log(db, mario.id, follow_up=TaskDraft("send the offer", due=T0 + timedelta(days=2)))
    (task,) = list_tasks(mario.id)
    assert changes == Changes(communications={view.id}, tasks={task.id}, parties={mario.id})
    assert (task.title, task.communication_id, task.party.id) == ("send the offer", view.id, mario.id)
    assert task.due_at == datetime(2024, 5, 8, 9, 0)
    # a follow-up for someone else
    _, changes = _log(db, mario.id, follow_up=TaskDraft("call the office", party_id=acme.id))
    assert changes.parties == {mario.id, acme.id}
    assert [t.title for t in list_tasks(acme.id)] == ["call the office"]


def test_update(db, person):
    mario = person()
    view, _ = _log(db, mario.id, "call", duration_minutes=5)
    updated, changes = update_communication(db, view.id, CommunicationDraft(
        party_id=mario.id, kind="email", direction="in", subject="Re: offer", body="ok"))
    assert changes == Changes(communications={view.id}, parties={mario.id})
    assert (updated.id, updated.kind, updated.direction, updated.subject) == (view.id, "email", "in", "Re: offer")
    assert updated.occurred_at == view.occurred_at  # not told a new time: keeps the old one
    assert updated.duration_seconds is None
    moved, _ = update_communication(db, view.id, CommunicationDraft(party_id=mario.id, subject="x",
                                                                    occurred_at=T0 - timedelta(days=1)))
    assert moved.occurred_at == datetime(2024, 5, 5, 9, 0)
    with pytest.raises(ValidationError):
        update_communication(db, view.id, CommunicationDraft(party_id=mario.id, subject=""))
    assert get_communication(view.id).subject == "x"


def test_moving_to_another_party_changes_both(db, person):
    mario, luca = person(), person("Luca", "Grossi")
    view, _ = _log(db, mario.id)
    moved, changes = update_communication(db, view.id, CommunicationDraft(party_id=luca.id, subject="call"))
    assert changes.parties == {mario.id, luca.id}
    assert moved.party.id == luca.id
    assert list_communications(mario.id) == []


def test_trash(db, person):
    mario = person()
    view, _ = _log(db, mario.id)
    assert trash_communication(db, view.id) == Changes(communications={view.id}, parties={mario.id})
    assert list_communications(mario.id) == []
    for call in (lambda: get_communication(view.id), lambda: trash_communication(db, view.id),
                 lambda: update_communication(db, view.id, CommunicationDraft(party_id=mario.id, subject="x"))):
        with pytest.raises(NotFound):
            call()


def test_trash_and_restore(db, person):
    mario = person()
    view, _ = _log(db, mario.id, "asked for a discount")
    trash_communication(db, view.id)
    restored, changes = restore_communication(db, view.id)
    assert changes == Changes(communications={view.id}, parties={mario.id})
    assert restored == get_communication(view.id) == view  # all of it back, as it was
    assert [c.id for c in list_communications(mario.id)] == [view.id]
    assert restore_communication(db, view.id)[0] == view  # restoring a live one changes nothing
    with pytest.raises(NotFound):
        restore_communication(db, view.id + 100)


def test_draft_of_changes_one_field_and_keeps_the_others(db, person, company):
    mario = person()
    acme = company("Acme")
    anna = person("Anna", "Verdi", company_id=acme.id)
    view, _ = _log(db, acme.id, "yearly review", kind="meeting", direction="in", body="went well",
                   duration_minutes=45, outcome="Interested", person_id=anna.id)
    draft = draft_of(view)
    draft.subject = "Yearly review 2024"
    updated, changes = update_communication(db, view.id, draft)
    assert changes.parties == {acme.id, anna.id}  # her timeline shows it too
    assert updated.subject == "Yearly review 2024"
    assert (updated.kind, updated.direction, updated.body, updated.duration_seconds, updated.outcome,
            updated.person, updated.occurred_at, updated.owner) == (
        view.kind, view.direction, view.body, view.duration_seconds, view.outcome, view.person, view.occurred_at,
        view.owner)
    note, _ = _log(db, mario.id, "prefers e-mail", kind="note")
    assert update_communication(db, note.id, draft_of(note))[0] == note
    draft = draft_of(updated)
    draft.person_id = None
    _, changes = update_communication(db, view.id, draft)
    assert changes.parties == {acme.id, anna.id}  # she no longer sees it


def test_list_newest_first_with_pages(db, person):
    mario = person()
    ids = [_log(db, mario.id, f"call {i}", at=T0 + timedelta(hours=i))[0].id for i in range(5)]
    assert [c.id for c in list_communications(mario.id)] == list(reversed(ids))
    first = list_communications(mario.id, limit=2)
    assert [c.id for c in first] == [ids[4], ids[3]]
    second = list_communications(mario.id, limit=2, before=first[-1].occurred_at)
    assert [c.id for c in second] == [ids[2], ids[1]]
    # an aware bound is converted
    aware = list_communications(mario.id, before=T0.astimezone(timezone(timedelta(hours=-5))) + timedelta(hours=1))
    assert [c.id for c in aware] == [ids[0]]


@pytest.fixture
def rome(monkeypatch):
    """Local time in Rome, so that naive local times and naive UTC values differ."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_paging_with_an_entry_time_away_from_utc(db, person, rome):
    mario = person()
    ids = [_log(db, mario.id, f"call {i}", at=T0 + timedelta(minutes=20 * i))[0].id for i in range(3)]
    (newest,) = list_communications(mario.id, limit=1)
    # the time a view hands out (naive UTC) is the bound for the next page
    assert [c.id for c in list_communications(mario.id, before=newest.occurred_at)] == [ids[1], ids[0]]


def test_naive_times_typed_are_local(db, person, rome):
    view, _ = _log(db, person().id, at=datetime(2024, 5, 6, 11, 0))  # 11:00 in Rome, summer time
    assert view.occurred_at == datetime(2024, 5, 6, 9, 0)
