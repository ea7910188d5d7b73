"""A contact's or company's page: "New quote" opens the editor with them as the customer and the quote saved
from it is theirs; "Record payment" records money against their open invoice (the one chosen when several are
open; said when none is). Each test clicks the page's button and checks what the database then holds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from smallcrm.services.sales.invoices import get_invoice
from smallcrm.services.sales.payments import list_payments
from smallcrm.services.sales.quotes import get_quote, list_quotes
from tests import factories
from ui.sales.party_actions import PaymentForParty
from ui.sales.payment_dialog import PaymentDialog
from ui.sales.quote_editor import QuoteEditor

pytestmark = pytest.mark.usefixtures("italian")


def party_page(window, qtbot, party_id: int):
    window.show_party(party_id)
    page = window._pages["party"]
    qtbot.waitUntil(lambda: page.party is not None and page.party.id == party_id)
    return page


@pytest.mark.parametrize("kind", ["person", "company"])
def test_new_quote_on_the_page_makes_a_quote_for_them(ctx, window, qtbot, kind):
    party = factories.person(ctx.db) if kind == "person" else factories.company(ctx.db, "Bar Sport S.r.l.")
    page = party_page(window, qtbot, party.id)
    qtbot.mouseClick(page.actions["quote"], Qt.MouseButton.LeftButton)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuoteEditor) and w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    qtbot.addWidget(editor)
    assert editor.customer.party_id == party.id and editor.customer.text() == party.name
    editor.add_line()
    model = editor.lines
    model.setData(model.index(0, model.KEYS.index("description")), "Sopralluogo")
    model.setData(model.index(0, model.KEYS.index("unit_price")), "100")
    editor.save()
    qtbot.waitUntil(lambda: editor.view is not None)
    [quote] = list_quotes()
    saved = get_quote(quote.id)
    assert saved.party.id == party.id and saved.total == Decimal("122.00")


class Recorded:
    """PaymentDialog.record as the user fills it: the amount typed (the balance due if None), then OK."""

    def __init__(self, ctx, qtbot, amount: str | None = None) -> None:
        self.ctx, self.qtbot, self.amount, self.invoices = ctx, qtbot, amount, []

    def __call__(self, cls, ctx, invoice, parent):
        self.invoices.append(invoice.id)
        dialog = PaymentDialog(ctx, invoice, parent)
        self.qtbot.addWidget(dialog)
        if self.amount is not None:
            dialog.amount.setText(self.amount)
        dialog.submit()
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.payment


@pytest.mark.parametrize("kind", ["person", "company"])
def test_record_payment_on_the_page_pays_their_open_invoice(ctx, window, qtbot, monkeypatch, kind):
    party = factories.private_customer(ctx.db) if kind == "person" else factories.customer(ctx.db)
    invoice = factories.issued_invoice(ctx.db, party.id)
    recorded = Recorded(ctx, qtbot)
    monkeypatch.setattr(PaymentForParty, "record", classmethod(recorded))
    page = party_page(window, qtbot, party.id)
    qtbot.mouseClick(page.actions["payment"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list_payments()) == 1)
    assert recorded.invoices == [invoice.id]
    after = get_invoice(invoice.id)
    assert after.balance_due == Decimal("0.00") and list_payments()[0].amount == invoice.total


def test_record_payment_asks_which_invoice_when_several_are_open(ctx, window, qtbot, monkeypatch):
    party = factories.customer(ctx.db)
    first = factories.issued_invoice(ctx.db, party.id)
    second = factories.issued_invoice(ctx.db, party.id)
    factories.paid_invoice(ctx.db, party.id)  # nothing left to pay: not offered
    paid_before = len(list_payments())
    offered = []

    def choose(cls, parent, name, rows):
        offered.append([row.id for row in rows])
        return rows[1]

    monkeypatch.setattr(PaymentForParty, "choose", classmethod(choose))
    monkeypatch.setattr(PaymentForParty, "record", classmethod(Recorded(ctx, qtbot, "10")))
    page = party_page(window, qtbot, party.id)
    qtbot.mouseClick(page.actions["payment"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list_payments()) == paid_before + 1)
    assert offered == [[first.id, second.id]]
    assert get_invoice(second.id).balance_due == second.total - Decimal("10.00")
    assert get_invoice(first.id).balance_due == first.total


def test_record_payment_says_when_nothing_is_open(ctx, window, qtbot, monkeypatch):
    party = factories.customer(ctx.db)
    said = []
    monkeypatch.setattr(PaymentForParty, "say_none_open", classmethod(lambda cls, parent, name: said.append(name)))
    page = party_page(window, qtbot, party.id)
    qtbot.mouseClick(page.actions["payment"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: said == [party.name])
    assert list_payments() == []
