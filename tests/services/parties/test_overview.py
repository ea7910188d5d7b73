"""The 360° view: one party, everything that happened with them, newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from smallcrm.errors import NotFound
from smallcrm.services.parties import overview
from smallcrm.services.parties.overview import party_overview, timeline
from smallcrm.services.parties.parties import trash_party
from smallcrm.services.timeline.communications import trash_communication
from smallcrm.services.timeline.tasks import complete_task
from smallcrm.services.views import TimelineEntry
from tests import factories

T0 = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)


def _log(db, party_id, subject, hours, **fields):
    return factories.communication(db, party_id, subject, occurred_at=T0 + timedelta(hours=hours), **fields)


@pytest.fixture
def acme_story(db, person, company):
    acme = company()
    mario = person(company_id=acme.id)
    luca = person("Luca", "Grossi")  # not at Acme
    return {
        "acme": acme, "mario": mario, "luca": luca,
        "visit": _log(db, acme.id, "visit", 0, kind="meeting"),
        "mario_call": _log(db, mario.id, "call with Mario", 2),
        "spoke_for": _log(db, acme.id, "Mario on behalf of Acme", 1, person_id=mario.id),
        "luca_call": _log(db, luca.id, "unrelated", 3),
    }


def test_company_timeline_includes_its_people_newest_first(db, acme_story):
    entries = timeline(acme_story["acme"].id)
    assert [e.title for e in entries] == ["call with Mario", "Mario on behalf of Acme", "visit"]
    assert [e.at for e in entries] == [datetime(2024, 5, 6, 11), datetime(2024, 5, 6, 10), datetime(2024, 5, 6, 9)]
    assert entries[-1] == TimelineEntry("meeting", "communication", acme_story["visit"].id,
                                        datetime(2024, 5, 6, 9), "visit", "", "out")
    assert entries[0].direction == "out"


def test_person_timeline(db, acme_story):
    assert [e.title for e in timeline(acme_story["mario"].id)] == ["call with Mario", "Mario on behalf of Acme"]
    assert [e.title for e in timeline(acme_story["luca"].id)] == ["unrelated"]


def test_entry_title_falls_back_on_the_body(db, person):
    mario = person()
    _log(db, mario.id, "", 0, kind="note", body="x" * 100)
    (entry,) = timeline(mario.id)
    assert (entry.title, entry.detail, entry.kind) == ("x" * 80, "", "note")


def test_pages_with_before(db, person):
    mario = person()
    for i in range(7):
        _log(db, mario.id, f"call {i}", i)
    first = timeline(mario.id, limit=3)
    assert [e.title for e in first] == ["call 6", "call 5", "call 4"]
    second = timeline(mario.id, limit=3, before=first[-1].at)
    assert [e.title for e in second] == ["call 3", "call 2", "call 1"]
    third = timeline(mario.id, limit=3, before=second[-1].at)
    assert [e.title for e in third] == ["call 0"]
    assert timeline(mario.id, before=third[-1].at) == []
    # an aware bound means the same moment
    aware = (T0 + timedelta(hours=2)).astimezone(timezone(timedelta(hours=2)))
    assert [e.title for e in timeline(mario.id, before=aware)] == ["call 1", "call 0"]


def test_done_tasks_join_the_timeline_when_done(db, person):
    mario = person()
    _log(db, mario.id, "old call", -1000)  # long before the task is done (now)
    task = factories.task(db, "send offer", mario.id, notes="with prices")
    factories.task(db, "still open", mario.id)
    complete_task(db, task.id)
    entries = timeline(mario.id)
    assert [(e.source, e.title) for e in entries] == [("task", "send offer"), ("communication", "old call")]
    assert (entries[0].kind, entries[0].detail) == ("task", "with prices")


def test_trashed_entries_and_parties(db, acme_story):
    trash_communication(db, acme_story["visit"].id)
    assert "visit" not in [e.title for e in timeline(acme_story["acme"].id)]
    trash_party(db, acme_story["acme"].id)
    with pytest.raises(NotFound):
        timeline(acme_story["acme"].id)
    with pytest.raises(NotFound):
        party_overview(acme_story["acme"].id)


def test_party_overview(db, acme_story):
    acme = acme_story["acme"]
    task = factories.task(db, "send offer", acme.id, T0)
    marios = factories.task(db, "Mario's own task", acme_story["mario"].id)
    view = party_overview(acme.id, limit=2)
    assert view.party.id == acme.id and view.party.name == "Acme S.r.l."
    assert [m.person.id for m in view.party.members] == [acme_story["mario"].id]
    assert [e.title for e in view.timeline] == ["call with Mario", "Mario on behalf of Acme"]
    assert [t.id for t in view.open_tasks] == [task.id, marios.id]  # a company's page lists its people's too
    assert view.counts == {"communications": 3, "open_tasks": 2}
    assert [t.id for t in party_overview(acme_story["mario"].id).open_tasks] == [marios.id]  # not the other way


def test_sources_are_pluggable(db, person, monkeypatch):
    mario = person()
    _log(db, mario.id, "call", 0)

    def quotes(party_ids, limit, before):
        return [TimelineEntry("quote", "quote", 1, datetime(2024, 5, 6, 9, 30), "Quote 1")]

    monkeypatch.setattr(overview, "TIMELINE_SOURCES", [*overview.TIMELINE_SOURCES, quotes])
    assert [e.title for e in timeline(mario.id)] == ["Quote 1", "call"]
