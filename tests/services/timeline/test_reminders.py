"""Reminders: due tasks, unanswered sent quotes (with a one-click call back) and quotes about to expire."""

from datetime import date, datetime, timedelta

from smallcrm.clock import local_today, utcnow
from smallcrm.db.mail_models import OutboxMessage
from smallcrm.services.timeline.reminders import create_follow_up, expiring_quotes, reminders, unanswered_quotes
from tests import factories


def _sent_quote(db, party_id: int, days_ago: int, valid_days: int = 30, title: str = "") -> int:
    return factories.sent_quote(db, party_id, days_ago=days_ago, valid_days=valid_days, title=title).id


def test_a_sent_quote_without_an_answer_suggests_a_call_back_until_one_is_planned(db, customer, company):
    other = company("Verdi S.p.A.")
    silent = _sent_quote(db, customer.id, 10, title="Impianto")
    answered = _sent_quote(db, other.id, 9)
    _sent_quote(db, customer.id, 2)  # too recent to worry about
    factories.communication(db, other.id, "Re: preventivo", "email", direction="in")

    (found,) = unanswered_quotes()
    assert (found.quote_id, found.days, found.party.id, found.title) == (silent, 10, customer.id, "Impianto")
    assert answered not in [r.quote_id for r in unanswered_quotes(after_days=1)]

    factories.task(db, "Spedire il catalogo", customer.id)  # a task about something else
    assert [r.quote_id for r in unanswered_quotes()] == [silent]

    task, changes = create_follow_up(db, silent, "Richiamare per il preventivo")
    assert task.title == "Richiamare per il preventivo" and task.party.id == customer.id
    assert changes.tasks == {task.id} and silent in changes.quotes
    assert unanswered_quotes() == []
    assert [t.id for t in reminders().due_tasks] == [task.id]


def test_the_day_a_quote_was_mailed_counts_from_its_outbox_row(db, customer):
    quote_id = _sent_quote(db, customer.id, 30)
    OutboxMessage.create(party=customer.id, message_id="<q@x>", message=b"x", sender="a@x.example",
                         recipients="[]", subject="s", document_kind="quote", document_id=quote_id, status="sent",
                         sent_at=utcnow() - timedelta(days=3))
    assert unanswered_quotes() == []
    (found,) = unanswered_quotes(after_days=3)
    assert found.days == 3 and found.sent_on == local_today() - timedelta(days=3)


def test_quotes_about_to_expire_are_listed_soonest_first(db, customer):
    later = _sent_quote(db, customer.id, 1, valid_days=6)
    soon = _sent_quote(db, customer.id, 1, valid_days=2)
    _sent_quote(db, customer.id, 1, valid_days=20)
    assert [(r.quote_id, r.days) for r in expiring_quotes()] == [(soon, 2), (later, 6)]
    assert [r.quote_id for r in expiring_quotes(within_days=3)] == [soon]


def test_overdue_and_today_tasks_are_in_the_reminders(db, customer):
    overdue = factories.task(db, "Spedire campioni", customer.id, date.today() - timedelta(days=2))
    today = factories.task(db, "Chiamare", customer.id, datetime.now().replace(hour=23, minute=0))
    factories.task(db, "Più avanti", customer.id, date.today() + timedelta(days=5))
    found = reminders()
    assert [t.id for t in found.due_tasks] == [overdue.id, today.id] and len(found) == 2
