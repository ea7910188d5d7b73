"""Erasure keeps on issued documents only what tax law needs (the customer's name, address and tax numbers,
the amounts: what the seal covers) and removes the rest: the e-mail on the customer's copy, the quote an
issued invoice came from (with its title and lines), the name of the file that imported the person, and
the tags only they had."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.db.import_models import ImportBatch
from smallcrm.db.models import Tag
from smallcrm.db.sales_models import Invoice, Quote
from smallcrm.errors import NotFound
from smallcrm.services.admin.maintenance import check_database
from smallcrm.services.parties.search import search_parties
from smallcrm.services.privacy.erasure import erase_party, erasure_preview
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.invoices import get_invoice, invoice_from_quote, issue_invoice
from smallcrm.services.sales.printing import invoice_pdf
from smallcrm.services.sales.quotes import get_quote, set_quote_status
from tests import factories
from tests.services.privacy.conftest import database_bytes, found_secrets

QUOTE_TITLE = "Orrery for the Quackenbush manor"
LINE = "Brass gears for Zeb's orrery"


def _invoiced_from_quote(db, subject) -> tuple[int, int]:
    lines = [LineDraft(LINE, 1, "900", 0, "22")]
    quote = factories.draft_quote(db, subject.id, lines, title=QUOTE_TITLE)
    set_quote_status(db, quote.id, "accepted")
    draft, _ = invoice_from_quote(db, quote.id)
    issued, _ = issue_invoice(db, draft.id, date.today())
    return quote.id, issued.id


def test_the_control_the_issued_invoice_holds_the_e_mail_and_the_quote_its_title(db, subject):
    quote_id, invoice_id = _invoiced_from_quote(db, subject)
    assert get_invoice(invoice_id).customer.email == "zeb.quackenbush@example.org"
    assert get_quote(quote_id).title == QUOTE_TITLE
    assert QUOTE_TITLE.encode() in database_bytes(db.path)


def test_an_issued_invoice_keeps_name_address_and_tax_numbers_and_loses_the_e_mail(db, subject):
    _, invoice_id = _invoiced_from_quote(db, subject)
    before = get_invoice(invoice_id)
    erase_party(db, subject.id, "Asked in person")
    kept = get_invoice(invoice_id)
    assert kept.customer.email == ""
    assert (kept.customer.name, kept.customer.street, kept.customer.city, kept.customer.tax_code) == (
        before.customer.name, before.customer.street, before.customer.city, before.customer.tax_code)
    assert (kept.number, kept.total, kept.vat) == (before.number, before.total, before.vat)
    assert found_secrets(db.path) == ["first name", "last name", "street", "tax code"]
    path = db.path
    db.close()
    assert check_database(path) == []  # the seals still hold: the e-mail was never part of them


def test_the_quote_an_issued_invoice_came_from_goes_whole(db, subject):
    quote_id, invoice_id = _invoiced_from_quote(db, subject)
    preview = erasure_preview(subject.id)
    assert preview["erased"]["quotes"] == 1 and "quotes" not in preview["kept"]
    view, _ = erase_party(db, subject.id, "Asked in person")
    assert view.erased["quotes"] == 1 and "quotes" not in view.kept
    with pytest.raises(NotFound):
        get_quote(quote_id)
    assert not Quote.select().exists()
    assert Invoice.get_by_id(invoice_id).quote_id is None
    data = database_bytes(db.path)
    assert QUOTE_TITLE.encode() not in data
    assert b"Zeb's orrery" in data  # the invoice's own line stays: it is the document issued
    assert b"%PDF" in invoice_pdf(invoice_id)[:8]  # and still prints


def test_the_import_that_brought_the_person_loses_its_file_name(db, subject, tmp_path):
    factories.import_batch(db, tmp_path / "quackenbush-family.csv", ("First name", "Last name", "E-mail", "Job title"),
                           [("Zebediah", "Quackenbush", "zeb.quackenbush@example.org", "Clock collector")])
    other = factories.import_batch(db, tmp_path / "fiera-2026.csv", ("First name", "Last name"),
                                   [("Anna", "Verdi")])[1]
    erase_party(db, subject.id, "Asked in person")
    names = {b.id: b.file_name for b in ImportBatch.select()}
    assert b"quackenbush-family" not in database_bytes(db.path)
    assert names[other.batch_id] == "fiera-2026.csv"
    assert [n for i, n in names.items() if i != other.batch_id] == [f"import-{i}.csv" for i in names
                                                                    if i != other.batch_id]


def test_tags_only_the_person_had_go_and_shared_ones_stay(db, subject):
    factories.person(db, "Anna", "Verdi", tags=["vip"])
    from smallcrm.services.parties.parties import draft_of, get_party, update_party

    draft = draft_of(get_party(subject.id))
    draft.tags = [*draft.tags, "Quackenbush relatives"]
    update_party(db, subject.id, draft)
    erase_party(db, subject.id, "Asked in person")
    assert sorted(t.name for t in Tag.select()) == ["vip"]
    assert b"quackenbush relatives" not in database_bytes(db.path).lower()
    assert search_parties("Anna")


def test_anonymising_also_blanks_the_e_mail_on_issued_invoices_and_keeps_the_quote(db, subject):
    from smallcrm.services.privacy.erasure import anonymise_party

    quote_id, invoice_id = _invoiced_from_quote(db, subject)
    anonymise_party(db, subject.id, "Retention period over")
    kept = get_invoice(invoice_id)
    assert kept.customer.email == "" and kept.customer.tax_code
    assert Invoice.get_by_id(invoice_id).quote_id == quote_id and get_quote(quote_id).title == ""
