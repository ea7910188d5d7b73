"""Test data made the way a user makes it: every factory goes through the real services, never writes rows.

Plain functions: each takes the open database first, then keyword overrides of what it makes, and returns the
service's view of it. Fixtures in the conftest files are thin wrappers over them; a test that needs a second
customer or one more invoice calls the factory itself::

    from tests import factories

    def test_something(db, customer):
        invoice = factories.issued_invoice(db, customer.id, on=date(2026, 3, 1))  # 100 + 22% = 122.00

The defaults are the values the tests have always used, so totals, names and numbers can be asserted:

* our company (the seller on every document, set in every test database: tests/conftest.py) is "Bottega Verdi
  S.r.l." of Bologna, with P.IVA and IBAN: complete, so that invoices can be issued; ``our_company`` changes it;
* a customer is "Rossi Impianti S.r.l." (VAT IT00743110157, two e-mail addresses, an address in Milano);
  ``private_customer`` is Giulia Bianchi of Torino, a person with her codice fiscale: either can be invoiced;
* a line is one "Servizio" at 100.00 + 22% VAT: 122.00; ``BOILER_LINES`` make 1,090.00 + 229.00 = 1,319.00;
* a quote or an invoice without lines gets that one line; an invoice is issued on 2026-03-01 (due 30 days
  later, 2026-03-31, with the default terms) unless ``on`` says otherwise.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

from smallcrm.clock import local_today, utcnow
from smallcrm.db.connection import Database
from smallcrm.db.sales_models import Quote
from smallcrm.services.admin.company import update_company_profile
from smallcrm.services.exchange.import_apply import ImportResult, apply_import
from smallcrm.services.exchange.import_plan import ImportPlan
from smallcrm.services.exchange.imports import preview_import
from smallcrm.services.parties.parties import AddressDraft, PartyDraft, create_party
from smallcrm.services.sales import catalog, invoices, quotes
from smallcrm.services.sales.deals import DealDraft, DealView, create_deal
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.payments import PaymentDraft, record_payment
from smallcrm.services.sales.views import CompanyProfile, DocumentView, PaymentView, ProductView
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication
from smallcrm.services.timeline.tasks import TaskDraft, add_task
from smallcrm.services.views import CommunicationView, PartyView, TaskView

CUSTOMER_NAME = "Rossi Impianti S.r.l."
CUSTOMER_VAT = "IT00743110157"
CUSTOMER_EMAILS = ("ufficio@rossi-impianti.example", "mario@rossi-impianti.example")
CUSTOMER_ADDRESS = ("Via dell'Industria 4", "20121", "Milano", "MI")
PRIVATE_CUSTOMER = ("BNCGLI80A41L219U", ("Corso Francia 10", "10138", "Torino", "TO"))
OUR_COMPANY = dict(name="Bottega Verdi S.r.l.", street="Via Indipendenza 8", postal_code="40121", city="Bologna",
                   province="BO", country="IT", vat_number="IT04123450126", iban="IT60X0542811101000000123456",
                   email="info@bottegaverdi.example", phone="+39 051 123 4567")
ISSUED_ON = date(2026, 3, 1)  # the usual issue date: due 2026-03-31 with the default 30 days


def line(description: str = "Servizio", quantity: object = 1, price: object = "100", discount: object = 0,
         vat_code: str | None = "22", **fields) -> LineDraft:
    """A document line as typed in the editor: ``line()`` is one "Servizio" at 100.00 + 22% VAT."""
    return LineDraft(description, quantity, price, discount, vat_code, **fields)


def boiler_lines() -> list[LineDraft]:
    """A boiler (1,000.00 at 22%) and 2.5 h of fitting at 40.00 less 10% at 10%: 1,090.00 + 229.00 = 1,319.00."""
    return [line("Caldaia", 1, "1000", 0, "22"), line("Posa", "2,5", "40", "10", "10")]


# --- parties ------------------------------------------------------------------------------------------------


def person(db: Database, first: str = "Mario", last: str = "Rossi", **fields) -> PartyView:
    """A person (``PartyDraft`` fields as keywords: ``emails=[...]``, ``company_id=...``, ``stage=...``)."""
    return create_party(db, PartyDraft(kind="person", first_name=first, last_name=last, **fields))[0]


def company(db: Database, name: str = "Acme S.r.l.", **fields) -> PartyView:
    """A company with only the fields given."""
    return create_party(db, PartyDraft(kind="company", name=name, **fields))[0]


def customer(db: Database, name: str = CUSTOMER_NAME, **fields) -> PartyView:
    """A company one sells to: a VAT number, two e-mail addresses (the first is the one documents go to) and
    an address; any of them replaced by a keyword (``emails=[]`` for none)."""
    values: dict = dict(vat_number=CUSTOMER_VAT, emails=list(CUSTOMER_EMAILS),
                        addresses=[AddressDraft(*CUSTOMER_ADDRESS)])
    values.update(fields)
    return company(db, name, **values)


def private_customer(db: Database, first: str = "Giulia", last: str = "Bianchi", **fields) -> PartyView:
    """A private person one sells to: Giulia Bianchi, her codice fiscale and her address in Torino."""
    tax_code, address = PRIVATE_CUSTOMER
    values: dict = dict(tax_code=tax_code, addresses=[AddressDraft(*address)])
    values.update(fields)
    return person(db, first, last, **values)


def our_company(db: Database, **fields) -> CompanyProfile:
    """Our company's profile, ``OUR_COMPANY`` with ``fields`` over it (``iban=""`` to leave one out)."""
    return update_company_profile(db, CompanyProfile(**(OUR_COMPANY | fields)))[0]


def no_company(db: Database) -> CompanyProfile:
    """Our company's profile emptied, as on a new database (the test databases start with ``OUR_COMPANY``)."""
    return update_company_profile(db, CompanyProfile(**{name: "" for name in OUR_COMPANY}))[0]


# --- catalogue ----------------------------------------------------------------------------------------------


def product(db: Database, code: str = "CONS", name: str = "Consulenza", price: object = "65,00",
            vat_code: str = "22", unit: str = "h", **fields) -> ProductView:
    """A product of the catalogue: an hour of consulting at 65.00 + 22% unless told otherwise."""
    return catalog.create_product(db, catalog.ProductDraft(code, name, price, vat_code, unit, **fields))[0]


# --- quotes -------------------------------------------------------------------------------------------------


def draft_quote(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, **fields) -> DocumentView:
    """A draft quote (``QuoteDraft`` fields as keywords: ``title``, ``issue_date``, ``valid_until``...)."""
    return quotes.create_quote(db, quotes.QuoteDraft(party_id, list(lines or [line()]), **fields))[0]


def sent_quote(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, *, days_ago: int = 0,
               valid_days: int | None = None, **fields) -> DocumentView:
    """A quote marked sent. ``days_ago``: dated and sent that many days before today (the one thing no service
    can do is go back in time: the moment it was marked sent is moved back, as if it had been done then);
    ``valid_days``: valid until that many days after today."""
    if days_ago or valid_days is not None:
        today = local_today()
        fields.setdefault("issue_date", today - timedelta(days=days_ago))
        if valid_days is not None:
            fields.setdefault("valid_until", today + timedelta(days=valid_days))
    quote = draft_quote(db, party_id, lines, **fields)
    view = quotes.set_quote_status(db, quote.id, "sent")[0]
    if days_ago:
        Quote.update(updated_at=utcnow() - timedelta(days=days_ago)).where(Quote.id == quote.id).execute()
    return view


def accepted_quote(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, **fields
                   ) -> DocumentView:
    """A quote the customer accepted (sent, then accepted), ready to become an invoice."""
    quote = sent_quote(db, party_id, lines, **fields)
    return quotes.set_quote_status(db, quote.id, "accepted")[0]


# --- invoices and payments ----------------------------------------------------------------------------------


def draft_invoice(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, **fields
                  ) -> DocumentView:
    """A draft invoice (``InvoiceDraft`` fields as keywords: ``payment_terms_days``, ``language``, ``notes``)."""
    return invoices.create_invoice(db, invoices.InvoiceDraft(party_id, list(lines or [line()]), **fields))[0]


def issued_invoice(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, *,
                   on: date | None = ISSUED_ON, **fields) -> DocumentView:
    """An invoice given its number on ``on`` (None: today). One line of 100 + 22% makes 122.00."""
    draft = draft_invoice(db, party_id, lines, **fields)
    return invoices.issue_invoice(db, draft.id, on)[0]


def payment(db: Database, invoice_id: int, amount: object, paid_on: date | None = None, **fields) -> PaymentView:
    """A payment of an issued invoice (``PaymentDraft`` fields: ``method``, ``reference``, ``notes``)."""
    return record_payment(db, PaymentDraft(invoice_id, amount, paid_on, **fields))[0]


def paid_invoice(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, *,
                 on: date | None = ISSUED_ON, paid_on: date | None = None, **fields) -> DocumentView:
    """An issued invoice paid in full in one payment (on ``paid_on``, else on the day it was issued): what it
    asks the customer to pay (its total less a withholding tax or a split-payment VAT)."""
    issued = issued_invoice(db, party_id, lines, on=on, **fields)
    payment(db, issued.id, issued.balance_due, paid_on or issued.issue_date)
    return invoices.get_invoice(issued.id)


def partly_paid_invoice(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, *,
                        paid: object = "50", on: date | None = ISSUED_ON, paid_on: date | None = None,
                        **fields) -> DocumentView:
    """An issued invoice of which ``paid`` (less than its total) came in (122.00 and 50.00 by default)."""
    issued = issued_invoice(db, party_id, lines, on=on, **fields)
    payment(db, issued.id, paid, paid_on or issued.issue_date)
    return invoices.get_invoice(issued.id)


def credit_note(db: Database, invoice_id: int, lines: Sequence[LineDraft] | None = None, *,
                on: date | None = None, notes: str = "") -> DocumentView:
    """A credit note of an issued invoice (all of it, or ``lines``), issued on ``on`` (None: left a draft)."""
    note = invoices.create_credit_note(db, invoice_id, list(lines) if lines is not None else None, notes)[0]
    return note if on is None else invoices.issue_invoice(db, note.id, on)[0]


def credited_invoice(db: Database, party_id: int, lines: Sequence[LineDraft] | None = None, *,
                     on: date | None = ISSUED_ON, credit_lines: Sequence[LineDraft] | None = None,
                     credited_on: date | None = None, **fields) -> tuple[DocumentView, DocumentView]:
    """An issued invoice and its issued credit note (all of it, or ``credit_lines``), the note issued on
    ``credited_on`` (else the invoice's day): ``(invoice as it reads now, note)``."""
    issued = issued_invoice(db, party_id, lines, on=on, **fields)
    note = credit_note(db, issued.id, credit_lines, on=credited_on or issued.issue_date)
    return invoices.get_invoice(issued.id), note


# --- deals, tasks, communications ---------------------------------------------------------------------------


def deal(db: Database, party_id: int, title: str = "Impianto", value: object = "1000", **fields) -> DealView:
    """A deal of the pipeline (``DealDraft`` fields: ``stage``, ``probability``, ``expected_close``...)."""
    return create_deal(db, DealDraft(party_id, title, value, **fields))[0]


def task(db: Database, title: str = "Richiamare", party_id: int | None = None, due: date | datetime | None = None,
         **fields) -> TaskView:
    """A task, about a party or none, due on a day (by its end), at a time, or never."""
    return add_task(db, TaskDraft(title, due, party_id, **fields))[0]


def communication(db: Database, party_id: int, subject: str = "Telefonata", kind: str = "call", **fields
                  ) -> CommunicationView:
    """A logged communication, now unless ``occurred_at`` (``CommunicationDraft`` fields as keywords)."""
    return log_communication(db, CommunicationDraft(party_id=party_id, kind=kind, subject=subject, **fields))[0]


# --- imports ------------------------------------------------------------------------------------------------

IMPORT_HEADER = ("First Name", "Last Name", "E-mail Address", "Company")
IMPORT_ROWS = (("Anna", "Bianchi", "anna@alfa.example", "Alfa S.r.l."),
               ("Bruno", "Neri", "bruno@alfa.example", "Alfa S.r.l."))


def csv_file(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], encoding: str = "utf-8",
             delimiter: str = ",") -> Path:
    """Write a CSV file as a spreadsheet would export it; return its path."""
    with open(path, "w", encoding=encoding, newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def import_batch(db: Database, path: Path, header: Sequence[str] = IMPORT_HEADER,
                 rows: Iterable[Sequence[object]] = IMPORT_ROWS) -> tuple[ImportPlan, ImportResult]:
    """Import a small CSV file through the import service (preview, then apply): by default two people at
    one company, which the import creates too. ``path`` is where the file is written."""
    plan = preview_import(db, csv_file(Path(path), header, rows))
    return plan, apply_import(db, plan)[0]
