"""The one rounding rule (money.py): lines to the cent half up, VAT once per rate on the rate's taxable."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.db.sales_models import Invoice, Quote
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents, parse_decimal, parse_money, round_cents
from smallcrm.numbers import typed_in
from smallcrm.services.sales import invoices, quotes
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.totals import LineAmounts, compute_totals

D = Decimal
SEEDED = [("22", D(22)), ("10", D(10)), ("5", D(5)), ("4", D(4)), ("N4", D(0)), ("N3.1", D(0)), ("N2.2", D(0))]


def line(quantity: str, price: str, vat: str = "22", discount: str = "0") -> LineAmounts:
    percent = dict(SEEDED)[vat]
    return LineAmounts(D(quantity), D(price), D(discount), percent, vat)


def test_three_times_33_cents_at_22_percent():
    totals = compute_totals([line("3", "0.33")])
    assert totals.lines == (D("0.99"),)
    assert (totals.taxable, totals.vat, totals.total) == (D("0.99"), D("0.22"), D("1.21"))  # 0.2178 -> 0.22


def test_ten_percent_discount_on_100():
    totals = compute_totals([line("1", "100", discount="10")])
    assert (totals.taxable, totals.vat, totals.total) == (D("90.00"), D("19.80"), D("109.80"))


def test_two_rates_make_two_buckets_in_order_of_first_appearance():
    totals = compute_totals([line("2", "50", "10"), line("1", "100", "22"), line("1", "0.50", "10")])
    assert [(b.vat_code, b.vat_percent, b.taxable, b.vat) for b in totals.buckets] == [
        ("10", D(10), D("100.50"), D("10.05")), ("22", D(22), D("100.00"), D("22.00"))]
    assert (totals.taxable, totals.vat, totals.total) == (D("200.50"), D("32.05"), D("232.55"))


def test_two_zero_rates_stay_apart_by_code():
    totals = compute_totals([line("1", "10", "N4"), line("1", "20", "N2.2"), line("1", "5", "N4")])
    assert [(b.vat_code, b.taxable, b.vat) for b in totals.buckets] == [("N4", D("15.00"), D("0.00")),
                                                                        ("N2.2", D("20.00"), D("0.00"))]
    assert totals.total == D("35.00")


def test_line_and_vat_round_half_up_not_to_even():
    # 0.25 * 50% = 0.125 -> 0.13 (banker's rounding would give 0.12)
    assert compute_totals([line("1", "0.25", discount="50")]).lines == (D("0.13"),)
    # VAT 10% of 0.25 = 0.025 -> 0.03
    assert compute_totals([line("1", "0.25", "10")]).vat == D("0.03")
    # a quantity with three decimals: 1.125 h * 10.00 = 11.25; 0.333 * 0.10 = 0.0333 -> 0.03
    assert compute_totals([line("1.125", "10"), line("0.333", "0.10")]).lines == (D("11.25"), D("0.03"))


def test_vat_is_rounded_once_per_rate_not_per_line():
    lines = [line("1", "1.05", "10"), line("1", "1.05", "10")]
    per_line = sum(round_cents(D("1.05") * D("0.10")) for _ in lines)  # 0.105 -> 0.11, twice
    totals = compute_totals(lines)
    assert per_line == D("0.22")
    assert totals.vat == D("0.21")  # 2.10 * 10% = 0.21, the rule we follow
    assert totals.total == D("2.31")


def test_no_lines_is_zero_with_two_decimals():
    totals = compute_totals([])
    assert (totals.taxable, totals.vat, totals.total) == (D("0.00"), D("0.00"), D("0.00"))
    assert str(totals.total) == "0.00" and totals.buckets == ()


# --- properties ------------------------------------------------------------------------------------------


def half_up_cents(amount: Fraction) -> int:
    """An independent oracle of the rule: exact fractions, half up to the cent (amounts are never negative)."""
    assert amount >= 0
    scaled = amount * 100 + Fraction(1, 2)
    return scaled.numerator // scaled.denominator


def oracle(lines: list[LineAmounts]) -> tuple[list[int], dict[str, tuple[int, int]]]:
    nets = [half_up_cents(Fraction(x.quantity) * Fraction(x.unit_price) * (100 - Fraction(x.discount_percent)) / 100)
            for x in lines]
    taxable: dict[str, int] = {}
    for x, net in zip(lines, nets, strict=True):
        taxable[x.vat_code] = taxable.get(x.vat_code, 0) + net
    rates = {x.vat_code: Fraction(x.vat_percent) for x in lines}
    return nets, {code: (cents, half_up_cents(Fraction(cents, 100) * rates[code] / 100))
                  for code, cents in taxable.items()}


quantities = st.integers(1, 10**7).map(lambda n: D(n).scaleb(-3))  # 0.001 .. 10,000.000
prices = st.integers(0, 10**9).map(lambda n: D(n).scaleb(-2))  # 0.00 .. 10,000,000.00
discounts = st.integers(0, 10_000).map(lambda n: D(n).scaleb(-2))  # 0.00 .. 100.00
rates = st.sampled_from(SEEDED)
line_amounts = st.builds(lambda q, p, d, r: LineAmounts(q, p, d, r[1], r[0]), quantities, prices, discounts, rates)


def two_decimals(amount: Decimal) -> bool:
    return amount.as_tuple().exponent == -2


@settings(max_examples=100, deadline=None)
@given(st.lists(line_amounts, max_size=12))
def test_totals_add_up_and_follow_the_rule(lines):
    totals = compute_totals(lines)
    assert totals.total == totals.taxable + totals.vat
    assert totals.taxable == sum(totals.lines, D("0.00")) == sum((b.taxable for b in totals.buckets), D("0.00"))
    assert totals.vat == sum((b.vat for b in totals.buckets), D("0.00"))
    amounts = [*totals.lines, totals.taxable, totals.vat, totals.total,
               *(b.taxable for b in totals.buckets), *(b.vat for b in totals.buckets)]
    assert all(two_decimals(a) for a in amounts), amounts
    nets, buckets = oracle(lines)
    assert [from_cents(c) for c in nets] == list(totals.lines)
    assert {b.vat_code: (b.taxable, b.vat) for b in totals.buckets} == {
        code: (from_cents(t), from_cents(v)) for code, (t, v) in buckets.items()}
    assert [b.vat_code for b in totals.buckets] == list(dict.fromkeys(x.vat_code for x in lines))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(quantities, prices, discounts, rates), min_size=1, max_size=5))
def test_stored_totals_match_what_the_lines_compute(db, customer, lines):
    """No drift between the numbers on screen (computed from the lines) and the ones stored on the row."""
    drafts = [LineDraft(f"Riga {i}", q, p, d, code) for i, (q, p, d, (code, _)) in enumerate(lines)]
    expected = compute_totals(LineAmounts(q, p, d, percent, code) for q, p, d, (code, percent) in lines)
    # the stamp duty (charged to the customer by default) when the N4 and N2.2 amounts pass 77.47: 2.00 more
    stamp = D("2.00") if sum((b.taxable for b in expected.buckets if b.vat_code in ("N4", "N2.2")), D(0)) > D(
        "77.47") else D("0.00")

    quote, _ = quotes.create_quote(db, quotes.QuoteDraft(customer.id, drafts, issue_date=date(2026, 5, 1)))
    again = quotes.get_quote(quote.id)
    row = Quote.get_by_id(quote.id)
    for view in (quote, again):
        assert (view.taxable, view.vat, view.total) == (expected.taxable, expected.vat, expected.total + stamp)
        assert [x.net for x in view.lines] == list(expected.lines)
    assert (from_cents(row.taxable_cents), from_cents(row.vat_cents), from_cents(row.total_cents)) == (
        again.taxable, again.vat, again.total)

    draft, _ = invoices.create_invoice(db, invoices.InvoiceDraft(customer.id, drafts))
    if expected.total > 0:
        view, _ = invoices.issue_invoice(db, draft.id, date(2026, 5, 1))
    else:
        view = draft
    again = invoices.get_invoice(view.id)
    row = Invoice.get_by_id(view.id)
    assert (again.taxable, again.vat, again.total) == (expected.taxable, expected.vat, expected.total + stamp)
    assert (from_cents(row.stamp_duty_cents), from_cents(row.payable_cents)) == (stamp, again.total)
    assert (from_cents(row.taxable_cents), from_cents(row.vat_cents), from_cents(row.total_cents)) == (
        again.taxable, again.vat, again.total)
    assert sum((s.taxable for s in again.vat_summary), D("0.00")) == again.taxable
    assert sum((s.vat for s in again.vat_summary), D("0.00")) == again.vat


@pytest.mark.parametrize("language, text, expected", [
    ("it", "12,90", "12.90"), ("it", "1.234,5", "1234.50"), ("it", "1234.5", "1234.50"), ("it", " 7 € ", "7.00"),
    ("it", "12.900", "12900.00"), ("en", "12.900", "12.90"), ("en", "1,234.5", "1234.50"), ("en", "12,90", "12.90")])
def test_amounts_are_read_in_the_typing_language(language, text, expected):
    with typed_in(language):
        assert parse_money(text) == D(expected)
        assert two_decimals(parse_money(text))


typed = st.one_of(st.text(max_size=40), st.from_regex(r"\A[-+]?[0-9.,_ €eE]{0,45}\Z"),
                  st.decimals(allow_nan=True, allow_infinity=True).map(str))


@settings(max_examples=150, deadline=None)
@given(typed)
def test_whatever_is_typed_gives_an_exact_amount_or_a_validation_error(text):
    """Never another exception (a 40-digit number once raised decimal.InvalidOperation)."""
    for places, low, high in ((2, D(0), D("999999999.99")), (3, D("0.001"), D(1_000_000))):
        try:
            value = parse_decimal(text, "x", places, minimum=low, maximum=high)
        except ValidationError as error:
            assert error.field == "x"
            continue
        assert value.as_tuple().exponent == -places and low <= value <= high


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_cents_become_amounts_with_two_decimals(cents):
    amount = from_cents(cents)
    assert amount == Decimal(cents) / 100 and amount.as_tuple().exponent == -2
    assert str(amount) == str((Decimal(cents) / 100).quantize(Decimal("0.01")))
