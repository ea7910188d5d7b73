"""Our company's register data on documents (REA, share capital, sole shareholder, liquidation; Romania's Nr. Reg.
Com.), frozen with the seller's block; a Romanian invoice in euro states its VAT in lei at the rate written on it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.admin.maintenance import check_database
from smallcrm.services.sales import invoices
from smallcrm.services.sales.catalog import save_vat_rate
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company, pdf_text

D = Decimal


def test_the_register_data_head_every_document_and_stay_as_issued(db, customer):
    our_company(db, rea_office="mi", rea_number="1234567", share_capital="10000", sole_shareholder="SU",
                liquidation="LS")
    view = factories.issued_invoice(db, customer.id)
    assert "REA MI-1234567 · Cap. soc. 10.000,00 € · Socio unico · In liquidazione" in pdf_text(view.id)
    quote = factories.draft_quote(db, customer.id)
    assert "REA MI-1234567" in pdf_text(quote_id=quote.id)
    update_company_profile(db, replace(get_company_profile(), rea_number="7654321", liquidation="LN",
                                       share_capital=""))
    again = pdf_text(view.id)  # the reprint: as issued
    assert "REA MI-1234567 · Cap. soc. 10.000,00 €" in again and "In liquidazione" in again
    assert "REA MI-7654321 · Socio unico" in pdf_text(quote_id=quote.id)  # a quote is not frozen


def test_the_register_data_are_sealed(db, customer):
    our_company(db, rea_office="MI", rea_number="1234567")
    view = factories.issued_invoice(db, customer.id)
    conn = sqlite3.connect(db.path, isolation_level=None)
    conn.execute("DROP TRIGGER invoice_issued_no_update")
    conn.execute("UPDATE invoice SET seller_snapshot = replace(seller_snapshot, '1234567', '1234568') WHERE id = ?",
                 (view.id,))
    conn.close()
    assert len(check_database(db.path)) == 1


@pytest.mark.parametrize("fields, field", [({"rea_number": "123"}, "rea_office"), ({"rea_office": "Milano"},
                                           "rea_office"), ({"share_capital": "dieci"}, "share_capital"),
                                           ({"sole_shareholder": "X"}, "sole_shareholder"),
                                           ({"liquidation": "SI"}, "liquidation")])
def test_register_data_are_checked(db, fields, field):
    with pytest.raises(ValidationError) as refused:
        update_company_profile(db, replace(get_company_profile(), name="Acme", **fields))
    assert refused.value.field == field


def romanian_company(db) -> None:
    update_company_profile(db, replace(get_company_profile(), name="Tehno Serv S.R.L.", street="Str. Lipscani 10",
                                       postal_code="030031", city="București", country="RO", vat_number="RO18547290",
                                       trade_register="J40/1234/2020", share_capital="200"))
    save_vat_rate(db, "SCUTIT", "0", "Scutit", "Scutit de TVA conform art. 292 din Codul fiscal")


def test_a_romanian_invoice_in_euro_states_its_vat_in_lei(db, customer):
    # 1,000.00 EUR at 21%: VAT 210.00 EUR; at 4.9750 lei for a euro, 210.00 x 4.9750 = 1,044.75 RON
    # the stamp duty is Italian: none on a Romanian invoice, whatever is exempt on it
    romanian_company(db)
    draft = factories.draft_invoice(db, customer.id, [line("Mentenanță", 1, "1000", 0, "21"),
                                                      line("Scutit", 1, "500", 0, "SCUTIT")], language="ro")
    with pytest.raises(ValidationError) as refused:
        invoices.issue_invoice(db, draft.id, date(2026, 3, 1))
    assert (refused.value.field, refused.value.code) == ("exchange_rate", "exchange_rate_needed")
    invoices.update_invoice(db, draft.id, invoices.InvoiceDraft(customer.id, [
        line("Mentenanță", 1, "1000", 0, "21"), line("Scutit", 1, "500", 0, "SCUTIT")], language="ro",
        exchange_rate="4.975"))
    view = invoices.issue_invoice(db, draft.id, date(2026, 3, 1))[0]
    assert (view.currency, view.vat, view.tax.vat_local, view.tax.stamp_duty, view.total) == (
        "EUR", D("210.00"), D("1044.75"), D("0.00"), D("1710.00"))
    assert view.tax_setup.exchange_rate == D("4.9750")
    text = pdf_text(view.id)
    assert "TVA în RON 1.044,75 RON" in text and "curs 1 EUR = 4,9750 RON" in text
    assert "Nr. Reg. Com. J40/1234/2020 · Capital social 200,00 RON" in text
