"""The worked examples of the tax cases, each issued as the sales tests issue it (totals by hand there), for the
e-invoice tests: every one must give a file that the schema, our checks and a38 accept with the same totals."""

from __future__ import annotations

from datetime import date

from smallcrm.services.admin.tax_profile import TaxProfile, update_tax_profile
from smallcrm.services.parties.parties import AddressDraft
from smallcrm.services.sales.views import DocumentView
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company

IBAN = "IT60X0542811101000000123456"


def forfettario_with_stamp_duty(db) -> DocumentView:
    # 450.00 + 2 x 35.00 at N2.2 = 520.00, stamp duty 2.00 charged: 522.00
    our_company(db, tax_regime="RF19", tax_code="BNCLRA80A41F205G")
    customer = factories.customer(db)
    return factories.issued_invoice(db, customer.id, [line("Progetto logo", 1, "450", 0, "22"),
                                                      line("Revisione bozzetti", 2, "35", 0, "22")])


def withholding_with_pension_fund(db) -> DocumentView:
    # fees 1,000.00 + Inarcassa 4% 40.00 at 22% (228.80), 50.00 at N1: 1,318.80; ritenuta 200.00
    our_company(db, iban=IBAN, rea_office="MI", rea_number="1234567", share_capital="10000.00",
                sole_shareholder="SU")
    update_tax_profile(db, TaxProfile(withholding_kind="RT01", pension_fund="TC04", pension_fund_withheld=False))
    customer = factories.customer(db)
    return factories.issued_invoice(db, customer.id, [line("Progettazione impianto", 1, "1000"),
                                                      line("Diritti catastali anticipati", 1, "50", 0, "N1")])


def rivalsa_inps_withheld(db) -> DocumentView:
    # 10 h x 80.00 + rivalsa INPS 4% 32.00 at 22%: 1,015.04; ritenuta 20% of 832.00: 166.40
    our_company(db, iban=IBAN)
    update_tax_profile(db, TaxProfile(withholding_kind="RT01", pension_fund="TC22"))
    customer = factories.customer(db)
    return factories.issued_invoice(db, customer.id, [line("Consulenza", 10, "80", unit="h")])


def split_payment_to_a_public_body(db) -> DocumentView:
    # 2 x 500.00 at 22%: 1,220.00, the 220.00 of VAT paid by the town hall to the State
    our_company(db, iban=IBAN)
    town_hall = factories.company(db, "Comune di Brescia", vat_number="IT00761890177", tax_code="00761890177",
                                  addresses=[AddressDraft("Piazza della Loggia 1", "25121", "Brescia", "BS")],
                                  **public_office("UFY9MH"))
    return factories.issued_invoice(db, town_hall.id, [line("Manutenzione caldaie", 2, "500")],
                                    vat_collectability="S")


def reverse_charge(db) -> DocumentView:
    our_company(db, iban=IBAN)
    customer = factories.customer(db)
    return factories.issued_invoice(db, customer.id, [line("Tinteggiatura pareti cantiere via Po", 1, "3000", 0,
                                                           "N6.7")])


def intra_eu(db) -> DocumentView:
    our_company(db, iban=IBAN)
    buyer = factories.company(db, "Müller Maschinenbau GmbH", vat_number="DE136695976", country="DE",
                              addresses=[AddressDraft("Hauptstraße 5", "80331", "München", "", "DE")])
    return factories.issued_invoice(db, buyer.id, [line("Pompa idraulica PX-40", 2, "1250", 0, "N3.2")])


def instalments(db) -> DocumentView:
    # 1,220.00 by Ri.Ba. at 30/60/90 days end of month: 406.66, 406.66, 406.68
    our_company(db, iban=IBAN)
    customer = factories.customer(db)
    return factories.issued_invoice(db, customer.id, [line("Impianto", 1, "1000"), line("Posa", "2,5", "40", "10",
                                                                                       "10")],
                                    on=date(2026, 1, 15), payment_terms="30/60/90 fm", payment_means="MP12")


def credit_note(db) -> DocumentView:
    # the boiler invoice (1,319.00) corrected for its fitting line: 2.5 h x 40.00 less 10% at 10% = 99.00
    our_company(db, iban=IBAN)
    customer = factories.customer(db)
    invoice = factories.issued_invoice(db, customer.id, factories.boiler_lines())
    return factories.credit_note(db, invoice.id, [line("Posa", "2,5", "40", "10", "10")], on=date(2026, 3, 5))


def public_office(code: str) -> dict:
    """The party fields of a public body's SdI office code (6 characters: its e-invoices are FPA12)."""
    return {"sdi_code": code}


CASES = {f.__name__: f for f in (forfettario_with_stamp_duty, withholding_with_pension_fund, rivalsa_inps_withheld,
                                 split_payment_to_a_public_body, reverse_charge, intra_eu, instalments, credit_note)}
