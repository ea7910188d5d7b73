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
