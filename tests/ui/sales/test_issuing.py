"""Issuing from the window is deliberate and complete: what is missing is listed, each item with a button that
opens the form holding it; then a confirmation shows number, date, customer and total before the number is taken."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import pytest

from smallcrm.changes import Changes
from smallcrm.domain import IssueRequirement as R
from smallcrm.services.parties.parties import AddressDraft, draft_of, get_party, update_party
from smallcrm.services.sales.invoices import get_invoice, issue_invoice, list_invoices
from tests import factories
from ui.common import formatting
from ui.sales import invoice_window as invoice_view
from ui.sales import open_invoices
from ui.sales.issuing import MissingItemsDialog, confirm_text

pytestmark = pytest.mark.usefixtures("italian")
SHOTS = os.environ.get("SMALLCRM_SHOTS")  # a folder: the tests save screenshots there to be looked at


def opened(qtbot, ctx, invoice_id: int):
    window = open_invoices.open_invoice(ctx, invoice_id)
    qtbot.addWidget(window)
    return window


def test_issue_asks_first_showing_number_date_customer_and_total(ctx, qtbot, customer, confirm_issue):
    """Today's defect: "Issue" took one click, no question asked."""
    factories.issued_invoice(ctx.db, customer.id, on=date(date.today().year, 1, 1))  # number 1 of this year
    draft = factories.draft_invoice(ctx.db, customer.id, [factories.line("Caldaia", 1, "1000")])  # 1.220,00
    editor = opened(qtbot, ctx, draft.id)
    confirm_issue.answer = False
    editor.issue_button.click()
    [asked] = confirm_issue
    year = date.today().year
    assert (asked.number, asked.issue_date, asked.customer, asked.total) == (
        f"2/{year}", date.today(), "Rossi Impianti S.r.l.", Decimal("1220.00"))
    assert get_invoice(draft.id).number == "" and open_invoices.open_windows[draft.id] is editor  # still a draft
    text = confirm_text(asked)
    assert f"2/{year}" in text and formatting.day(date.today()) in text and "Rossi Impianti" in text
    assert "1.220,00" in text
    confirm_issue.answer = True
    editor.issue_button.click()
    assert get_invoice(draft.id).number == f"2/{year}"
    window = open_invoices.open_windows[draft.id]
    qtbot.addWidget(window)
    assert isinstance(window, invoice_view.InvoiceWindow)


def test_what_is_missing_is_listed_and_filled_on_the_spot(ctx, qtbot, monkeypatch, confirm_issue, tmp_path):
    """Today's defect: an invoice got a number with no seller's name, P.IVA or address, nor the buyer's."""
    factories.no_company(ctx.db)
    buyer = factories.company(ctx.db, "Nuda S.r.l.")
    draft = factories.draft_invoice(ctx.db, buyer.id)
    editor = opened(qtbot, ctx, draft.id)
    dialogs, filled = [], []

    def fill_company(cls, ctx_, parent, focus):
        filled.append(("company", focus))
        factories.our_company(ctx.db)
        return True

    def fill_party(cls, ctx_, party_id, parent, focus):
        filled.append((party_id, focus))
        fixed = draft_of(get_party(party_id))
        fixed.vat_number, fixed.addresses = "IT00743110157", [AddressDraft("Via Po 2", "10123", "Torino", "TO")]
        update_party(ctx.db, party_id, fixed)
        return True

    def ask(cls, ctx_, missing, recheck, parent):
        dialog = MissingItemsDialog(ctx_, missing, recheck, parent)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        if SHOTS:
            dialog.resize(620, 560)
            dialog.grab().save(os.path.join(SHOTS, "missing-items.png"))
        texts = [item.requirement for item in dialog.missing]
        assert texts == [R.SELLER_NAME, R.SELLER_STREET, R.SELLER_POSTAL_CODE, R.SELLER_CITY, R.SELLER_TAX_ID,
                         R.SELLER_IBAN, R.BUYER_STREET, R.BUYER_POSTAL_CODE, R.BUYER_CITY, R.BUYER_TAX_ID]
        assert len(dialog.fill_buttons) == 10 and dialog.issue_button.text() == "Issue again"
        dialog.fill_buttons[4].click()  # our P.IVA: Settings → Company, the cursor on the VAT number
        assert [item.party_id for item in dialog.missing] == [buyer.id] * 4
        dialog.fill_buttons[0].click()  # the customer's street: their form
        assert dialog.missing == () and dialog.issue_button.text() == "Issue now"
        return True

    from ui.parties.party_form import PartyForm
    from ui.settings.company import CompanyDialog

    monkeypatch.setattr(MissingItemsDialog, "ask", classmethod(ask))
    monkeypatch.setattr(CompanyDialog, "edit", classmethod(fill_company))
    monkeypatch.setattr(PartyForm, "edit", classmethod(fill_party))
    editor.issue_button.click()
    assert filled == [("company", "vat_number"), (buyer.id, "street")]
    [asked] = confirm_issue  # once complete, the confirmation, then the number
    assert asked.customer == "Nuda S.r.l."
    issued = get_invoice(draft.id)
    assert issued.number == f"1/{date.today().year}" and issued.customer.city == "Torino"
    assert issued.seller.name == factories.OUR_COMPANY["name"]
    qtbot.addWidget(open_invoices.open_windows[draft.id])


def test_cancelling_the_list_leaves_the_draft(ctx, qtbot, monkeypatch, confirm_issue):
    factories.our_company(ctx.db, iban="")
    customer = factories.customer(ctx.db)
    draft = factories.draft_invoice(ctx.db, customer.id)
    seen = []
    monkeypatch.setattr(MissingItemsDialog, "ask", classmethod(
        lambda cls, ctx_, missing, recheck, parent: seen.append(missing) or False))
    opened(qtbot, ctx, draft.id).issue_button.click()
    assert [[item.requirement for item in missing] for missing in seen] == [[R.SELLER_IBAN]]
    assert confirm_issue == [] and get_invoice(draft.id).number == ""


def test_a_converted_quote_shows_its_invoice_and_asks_before_another(ctx, qtbot, monkeypatch, customer):
    """Today's defect: an accepted quote became invoice after invoice and still offered "Convert"."""
    from ui.sales.quote_editor import QuoteEditor, open_quote_editor
    from ui.sales.quotes_page import QuotesPage

    quote = factories.accepted_quote(ctx.db, customer.id)
    editor = open_quote_editor(ctx, quote.id)
    qtbot.addWidget(editor)
    assert not editor.form.isRowVisible(editor.invoiced) and editor.convert_button.text() == "Convert to invoice"
    editor.convert_button.click()
    [first] = list_invoices()
    qtbot.addWidget(open_invoices.open_windows[first.id])
    assert editor.form.isRowVisible(editor.invoiced) and ">draft<" in editor.invoiced.text()
    assert editor.convert_button.text() == "Another invoice…"
    asked = []
    monkeypatch.setattr(QuoteEditor, "confirm_again", classmethod(lambda cls, parent, made: asked.append(made)))
    editor.convert_button.click()  # the warning, answered no: nothing made
    assert asked == ["draft"] and len(list_invoices()) == 1
    issue_invoice(ctx.db, first.id, date.today())
    ctx.bus.publish(Changes(invoices={first.id}))
    number = f"1/{date.today().year}"
    assert f">{number}<" in editor.invoiced.text()
    page = QuotesPage(ctx)
    qtbot.addWidget(page)
    assert page.model.data(page.model.index(0, [c.key for c in page.model.columns].index("invoiced"))) == number
    monkeypatch.setattr(QuoteEditor, "confirm_again", classmethod(lambda cls, parent, made: True))
    editor.convert_button.click()  # a split order: yes, another one
    assert len(list_invoices()) == 2
    for window in list(open_invoices.open_windows.values()):
        qtbot.addWidget(window)


def test_a_line_that_takes_off_is_fine_until_it_takes_more_than_its_rate(ctx, qtbot, customer):
    from ui.sales.line_table import ERROR_ROLE

    draft = factories.draft_invoice(ctx.db, customer.id, [factories.line("Impianto", 1, "1000")])
    editor = opened(qtbot, ctx, draft.id)
    editor.add_line()
    model = editor.lines
    keys = model.KEYS
    for key, text in (("description", "Storno acconto"), ("unit_price", "-300"), ("vat_code", "22")):
        model.setData(model.index(1, keys.index(key)), text)
    assert model.data(model.index(1, keys.index("unit_price")), ERROR_ROLE) is None
    assert editor.totals.taxable_label.text() == "700,00\xa0€"  # 1.000 - 300
    model.setData(model.index(1, keys.index("unit_price")), "-1200")
    assert model.data(model.index(1, keys.index("unit_price")), ERROR_ROLE)
    assert "Line 2" in editor.status.text()
    model.setData(model.index(1, keys.index("unit_price")), "-0,035")
    assert model.data(model.index(1, keys.index("unit_price")), ERROR_ROLE) is None
    editor.save()
    assert get_invoice(draft.id).lines[1].unit_price == Decimal("-0.035")
    assert model.data(model.index(1, keys.index("unit_price"))) == "-0,035"
