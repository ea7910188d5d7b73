"""VAT rates and Natura codes are data with validity dates and a country: Romania's 19% until 31 July 2025 and 21%
since 1 August 2025; a document uses the rates in force on its date, its credit note keeps its invoice's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.sales import invoices
from smallcrm.services.sales.catalog import list_vat_rates, save_vat_rate
from tests import factories
from tests.factories import line
from tests.services.sales.test_company_registry import romanian_company

D = Decimal


def test_a_romanian_company_sees_its_own_rates_in_force(db):
    romanian_company(db)
    assert [(r.code, r.percent) for r in list_vat_rates(day=date(2025, 7, 31)) if r.percent] == [
        ("19", 19), ("9", 9), ("5", 5)]
    assert [(r.code, r.percent) for r in list_vat_rates(day=date(2025, 8, 1)) if r.percent] == [
        ("21", 21), ("11", 11)]
    assert "22" not in [r.code for r in list_vat_rates(include_inactive=True)]  # Italy's


def test_an_invoice_uses_the_rates_in_force_on_its_date(db, customer):
    # 31 July 2025: 1,000.00 EUR at 19% = 1,190.00; from 1 August the same line at 19% is refused: 21% it is
    romanian_company(db)
    july = factories.issued_invoice(db, customer.id, [line("Mentenanță", 1, "1000", 0, "19")], on=date(2025, 7, 31),
                                    exchange_rate="5.0700")
    assert july.total == D("1190.00")
    draft = factories.draft_invoice(db, customer.id, [line("Mentenanță", 1, "1000", 0, "19")], exchange_rate="5.08")
    with pytest.raises(ValidationError) as refused:
        invoices.issue_invoice(db, draft.id, date(2025, 8, 1))
    assert (refused.value.code, refused.value.field) == ("vat_not_in_force", "lines[0].vat_code")
    august = factories.issued_invoice(db, customer.id, [line("Mentenanță", 1, "1000", 0, "21")], on=date(2025, 8, 1),
                                      exchange_rate="5.08")
    assert august.total == D("1210.00")
    # September: the July invoice is corrected at its own 19%, not at the rate of the day
    note = factories.credit_note(db, july.id, on=date(2025, 9, 10))
    assert (note.lines[0].vat_code, note.total) == ("19", D("1190.00"))


def test_an_italian_zero_code_names_its_natura_and_the_old_codes_ended_in_2020(db, customer):
    save_vat_rate(db, "N4-18", "0", "Esente sanitarie", "Esente art. 10 n. 18 DPR 633/72")
    # 80.00 at N4-18 (an N4, exempt): more than 77.47 not subject to VAT, the stamp duty is due: 82.00
    view = factories.issued_invoice(db, customer.id, [line("Visita", 1, "80", 0, "N4-18")])
    assert (view.tax.stamp_duty, view.total) == (D("2.00"), D("82.00"))
    with pytest.raises(ValidationError) as refused:
        factories.issued_invoice(db, customer.id, [line("Servizio", 1, "100", 0, "N2")], on=date(2026, 3, 2))
    assert refused.value.code == "vat_not_in_force"
    with pytest.raises(ValidationError) as refused:
        save_vat_rate(db, "ESENTE", "0", "", "Esente")
    assert refused.value.code == "natura_required"
