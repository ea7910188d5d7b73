"""Reads for the window: recent communications across parties, task filters, documents found by number."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.parties.parties import trash_party
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.timeline.activity import find_documents, recent_communications, task_counts, tasks_in_view
from smallcrm.services.timeline.tasks import complete_task
from tests import factories

NOW = datetime(2024, 5, 6, 10, 0)  # naive: local time


def _log(db, party_id, kind, when, subject):
    return factories.communication(db, party_id, subject, kind, occurred_at=when)


def test_recent_communications_newest_first_paged_and_filtered(db, person, company):
    mario, acme = person(), company()
    start = datetime(2024, 1, 1, 9, 0)
    logged = [_log(db, (mario.id, acme.id)[n % 2], ("call", "email", "note")[n % 3], start + timedelta(hours=n),
                   f"s{n}") for n in range(10)]
    same_time = _log(db, mario.id, "meeting", start + timedelta(hours=9), "tie")  # same moment as s9

    first = recent_communications(limit=4)
    assert [c.subject for c in first] == ["tie", "s9", "s8", "s7"]
    last = first[-1]
    second = recent_communications(limit=4, after=(last.occurred_at, last.id))
    assert [c.subject for c in second] == ["s6", "s5", "s4", "s3"]
    tie = recent_communications(limit=1, after=(same_time.occurred_at, same_time.id))
    assert [c.subject for c in tie] == ["s9"]  # the row with the same moment and a lower id is not skipped
    calls = recent_communications(channel="call")
    assert [c.subject for c in calls] == ["s9", "s6", "s3", "s0"]
    assert {c.party.name for c in calls} == {mario.name, acme.name}
    assert len(recent_communications(limit=100)) == len(logged) + 1

    trash_party(db, acme.id)
    assert {c.party.id for c in recent_communications()} == {mario.id}
    assert [c.subject for c in recent_communications(limit=2)] == ["tie", "s8"]  # the page is filled up
    with pytest.raises(ValidationError):
        recent_communications(channel="pigeon")


def test_tasks_in_view_and_counts(db, person):
    mario = person()
    overdue = factories.task(db, "overdue", mario.id, date(2024, 5, 3))
    today = factories.task(db, "today", due=datetime(2024, 5, 6, 18, 0))
    later = factories.task(db, "later", due=date(2024, 5, 20))
    undated = factories.task(db, "some day")
    done = factories.task(db, "done", due=date(2024, 5, 1))
    complete_task(db, done.id)

    def ids(view):
        return [t.id for t in tasks_in_view(view, now=NOW)]

    assert ids("open") == [overdue.id, today.id, later.id, undated.id]
    assert ids("overdue") == [overdue.id]
    assert ids("today") == [today.id]
    assert ids("upcoming") == [later.id]
    assert ids("done") == [done.id]
    assert task_counts(now=NOW) == {"open": 4, "overdue": 1, "today": 1, "upcoming": 1}
    trash_party(db, mario.id)
    assert ids("overdue") == []
    with pytest.raises(ValidationError):
        tasks_in_view("someday")


@pytest.fixture
def documents(db):
    acme = factories.customer(db, "Acme S.r.l.")
    line = [LineDraft("Servizio", 1, "100", 0, "22")]
    quote = factories.draft_quote(db, acme.id, line, issue_date=date(2026, 3, 2))
    numbers = [factories.issued_invoice(db, acme.id, line, on=date(2026, 3, 1) + timedelta(days=n)) for n in range(12)]
    factories.draft_invoice(db, acme.id, line)  # a draft has no number yet
    return acme, quote, numbers


def test_find_documents_by_number(db, documents):
    acme, quote, issued = documents
    hits = find_documents("P-2026")
    assert [(h.kind, h.id, h.number, h.party.name) for h in hits] == [("quote", quote.id, "P-2026-0001", acme.name)]
    assert hits[0].total == Decimal("122.00") and hits[0].rank == 1
    assert find_documents("p-2026-0001")[0].rank == 0  # any case

    twelfth = issued[11]
    assert twelfth.number == "12/2026"
    hits = find_documents("12/2026")
    assert (hits[0].kind, hits[0].id, hits[0].rank, hits[0].total) == ("invoice", twelfth.id, 0, Decimal("122.00"))
    assert [h.number for h in find_documents("1/2026")][:2] == ["1/2026", "11/2026"]  # whole number first
    assert [h.number for h in find_documents("1/2026", limit=1)] == ["1/2026"]  # even the oldest of many
    assert len(find_documents("2026", limit=5)) == 5
    assert find_documents("rossi") == []  # no digit: not a number
    assert find_documents("  ") == []
