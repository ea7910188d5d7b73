"""The home page's figures, counted from what the database holds."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from smallcrm.domain import DealStage
from smallcrm.services.timeline.home import home_figures
from tests import factories

TODAY = date(2026, 5, 20)  # invoices of 1 March are due on 31 March: overdue by then


def test_an_empty_database_says_so(db):
    figures = home_figures(TODAY)
    assert figures.is_empty and figures.overdue == Decimal("0.00")
    assert [f.stage for f in figures.pipeline] == [DealStage.NEW, DealStage.QUALIFIED, DealStage.PROPOSAL,
                                                   DealStage.NEGOTIATION]


def test_contacts_and_nothing_due_is_not_an_empty_database(db):
    customer = factories.customer(db)
    assert not home_figures(TODAY).is_empty
    from smallcrm.services.parties.parties import trash_party

    trash_party(db, customer.id)
    assert home_figures(TODAY).is_empty  # only a contact in the trash: nothing to show yet


def test_the_figures_of_a_month(db):
    customer = factories.customer(db)
    factories.issued_invoice(db, customer.id)  # 122.00, overdue
    factories.partly_paid_invoice(db, customer.id, paid="50")  # 72.00 left, overdue
    factories.paid_invoice(db, customer.id)  # nothing left
    factories.credited_invoice(db, customer.id)  # credited in full: nothing left
    this_month = factories.issued_invoice(db, customer.id, on=date(2026, 5, 4))  # 122.00, due in June
    factories.payment(db, this_month.id, "22", date(2026, 5, 10))
    factories.deal(db, customer.id, value="1000")
    factories.deal(db, customer.id, value="500", stage=DealStage.PROPOSAL)
    factories.deal(db, customer.id, value="900", stage=DealStage.WON)  # closed: not in the pipeline
    factories.task(db, "Richiamare", customer.id, due=date(2026, 5, 19))
    figures = home_figures(TODAY, now=datetime(2026, 5, 20, 10, 0))
    assert (figures.overdue_invoices, figures.overdue) == (2, Decimal("194.00"))
    assert figures.invoiced_this_month == Decimal("122.00")
    assert figures.collected_this_month == Decimal("22.00")
    assert [(f.stage, f.deals, f.value) for f in figures.pipeline if f.deals] == [
        (DealStage.NEW, 1, Decimal("1000.00")), (DealStage.PROPOSAL, 1, Decimal("500.00"))]
    assert figures.tasks_due == 1 and not figures.is_empty


def test_tasks_due_leave_out_done_deleted_future_and_trashed_parties_tasks(db):
    from datetime import timedelta

    from smallcrm.services.parties.parties import trash_party
    from smallcrm.services.timeline.tasks import complete_task, count_due_tasks, due_tasks, trash_task

    now = datetime(2026, 5, 20, 12, 0).astimezone()
    mario, anna = factories.person(db, "Mario", "Rossi"), factories.person(db, "Anna", "Verdi")
    factories.task(db, "overdue", mario.id, date(2026, 5, 1))
    factories.task(db, "today", None, date(2026, 5, 20))
    factories.task(db, "tomorrow", mario.id, date(2026, 5, 21))
    factories.task(db, "no day", mario.id)
    complete_task(db, factories.task(db, "done", mario.id, date(2026, 5, 2)).id)
    trash_task(db, factories.task(db, "deleted", mario.id, date(2026, 5, 3)).id)
    factories.task(db, "of a trashed party", anna.id, date(2026, 5, 4))
    trash_party(db, anna.id)
    assert count_due_tasks(now=now) == 2 == len(due_tasks(now=now))
    assert count_due_tasks(1, now=now) == 3 == len(due_tasks(1, now=now))
    assert count_due_tasks(now=now - timedelta(days=30)) == 0


def test_the_home_queries_read_their_indexes(db):
    """The plans the 100k measurements rely on (migration 0019): overdue invoices by due date with their totals,
    the month's invoices by issue date, the tasks due from the index alone."""
    from smallcrm.db.models import database
    from smallcrm.services.timeline import home, tasks

    def plan(sql: str, params) -> str:
        return " ".join(row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params))

    params = {"today": "2026-05-20", "first": "2026-05-01", "invoice": "invoice", "credit_note": "credit_note",
              "issued": "issued"}
    assert "invoice_live_overdue (kind=? AND status=? AND due_date<?)" in plan(home._OVERDUE_SQL, params)
    assert "invoice_live_by_date" in plan(home._INVOICED_SQL, params)
    every = "SELECT COUNT(*) FROM task WHERE deleted_at IS NULL AND done_at IS NULL AND due_at <= ?"
    assert "COVERING INDEX task_open_due" in plan(every, ("2026-05-20",))
    assert "task_party_id_done_at (party_id=?" in plan(tasks._DUE_OF_TRASHED, ("2026-05-20",))
