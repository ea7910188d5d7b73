"""Deals: the pipeline's stages and their probabilities, closing, and the weighted forecast by month."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.changes import Changes
from smallcrm.errors import NotFound, ValidationError
from smallcrm.services.sales import deals
from tests import factories

D = Decimal


def new_deal(db, party_id: int, value="1000", stage="new", probability=None, expected_close=None, title="Impianto"):
    return factories.deal(db, party_id, title, value, stage=stage, probability=probability,
                          expected_close=expected_close)


def test_each_stage_implies_a_probability(db, customer):
    for stage, probability in [("new", 10), ("qualified", 25), ("proposal", 50), ("negotiation", 75), ("won", 100),
                               ("lost", 0)]:
        deal = new_deal(db, customer.id, "1000", stage)
        assert (deal.stage, deal.probability) == (stage, probability)
        assert deal.weighted == D(10 * probability).quantize(D("1.00"))
        assert (deal.closed_at is not None) == (stage in ("won", "lost"))


def test_create_returns_what_changed_and_an_explicit_probability_is_kept_while_open(db, customer):
    deal, changes = deals.create_deal(db, deals.DealDraft(customer.id, "Caldaie", "333,33", "negotiation", 60))
    assert changes == Changes(deals={deal.id}, parties={customer.id})
    assert (deal.value, deal.probability, deal.weighted) == (D("333.33"), 60, D("200.00"))
    closed = new_deal(db, customer.id, "100", "won", probability=40)  # a won deal is certain whatever was typed
    assert closed.probability == 100


def test_bad_input_names_the_field(db, customer):
    for fields, field in [({"probability": 101}, "probability"), ({"probability": -1}, "probability"),
                          ({"stage": "signed"}, "stage"), ({"value": "10.001"}, "value"), ({"value": "-1"}, "value"),
                          ({"title": " "}, "title")]:
        with pytest.raises(ValidationError) as caught:
            new_deal(db, customer.id, **fields)
        assert caught.value.field == field
    assert deals.list_deals() == []


def test_moving_to_won_closes_the_deal_and_moving_back_reopens_it(db, customer):
    deal = new_deal(db, customer.id, "2500", "proposal")
    assert (deal.probability, deal.closed_at) == (50, None)
    won, changes = deals.move_deal(db, deal.id, "won")
    assert changes == Changes(deals={deal.id}, parties={customer.id})
    assert (won.stage, won.probability, won.weighted) == ("won", 100, D("2500.00"))
    assert won.closed_at is not None
    again, _ = deals.move_deal(db, deal.id, "lost")
    assert (again.probability, again.closed_at) == (0, won.closed_at)  # closed once, at the first close
    reopened, _ = deals.move_deal(db, deal.id, "negotiation")
    assert (reopened.probability, reopened.closed_at) == (75, None)
    with pytest.raises(NotFound):
        deals.move_deal(db, 999, "won")


def test_forecast_by_month_weights_open_deals(db, customer, company):
    other = company("Bianchi S.n.c.")
    new_deal(db, customer.id, "1000.01", "qualified", expected_close=date(2026, 12, 3))  # 250.0025 -> 250.00
    new_deal(db, other.id, "333.33", "negotiation", expected_close=date(2026, 12, 31))  # 249.9975 -> 250.00
    new_deal(db, customer.id, "400", "proposal", 30, date(2027, 1, 15))  # 120.00
    new_deal(db, customer.id, "80", "new")  # no date: 8.00
    new_deal(db, customer.id, "5000", "won", expected_close=date(2026, 12, 10))  # closed: not forecast
    lost = new_deal(db, customer.id, "700", "proposal", expected_close=date(2027, 1, 20))
    deals.move_deal(db, lost.id, "lost")

    forecast = deals.forecast_by_month()
    assert [(f.month, f.deals, f.value, f.weighted) for f in forecast] == [
        ("2026-12", 2, D("1333.34"), D("500.00")),
        ("2027-01", 1, D("400.00"), D("120.00")),
        ("—", 1, D("80.00"), D("8.00")),
    ]
    assert {d.stage for d in deals.list_deals(include_closed=False)} == {"qualified", "negotiation", "proposal",
                                                                             "new"}
    assert [d.title for d in deals.list_deals(stage="won")] == ["Impianto"]


def test_several_deals_move_in_one_transaction_all_or_none(db, customer, company):
    other = company("Bianchi S.n.c.")
    first, second = new_deal(db, customer.id, stage="new"), new_deal(db, other.id, stage="proposal")
    moved, changes = deals.move_deals(db, [first.id, second.id], "won")
    assert [(d.id, d.stage, d.probability) for d in moved] == [(first.id, "won", 100), (second.id, "won", 100)]
    assert changes == Changes(deals={first.id, second.id}, parties={customer.id, other.id})
    with pytest.raises(NotFound):  # the second one is gone: the first one stays where it was
        deals.move_deals(db, [first.id, 999], "lost")
    assert {d.id: d.stage for d in deals.list_deals()} == {first.id: "won", second.id: "won"}
