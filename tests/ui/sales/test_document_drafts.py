"""Unsaved quote and invoice edits are kept as a draft file while the user types and offered back at the next
start, when the last session ended without saving or closing them (a crash): the document saved from the
restored editor holds what was typed before the crash, its header as well as its lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from smallcrm.services.sales.invoices import get_invoice
from smallcrm.services.sales.payment_terms import PaymentTerms
from smallcrm.services.sales.quotes import get_quote, list_quotes
from tests import factories
from ui.sales import document_drafts
from ui.sales.draft_offer import DraftOffer, offer_left_over_drafts
from ui.sales.invoice_editor import InvoiceEditor
from ui.sales.quote_editor import QuoteEditor

from .test_quote_editor import fill_two_lines, pick_customer

pytestmark = pytest.mark.usefixtures("italian")


def crashed_editor(ctx, qtbot, shop) -> QuoteEditor:
    """A new quote typed (customer, title, two lines) and never saved nor closed: the process "crashed"."""
    customer, catalogue, _hour = shop
    editor = QuoteEditor(ctx)
    qtbot.addWidget(editor)
    pick_customer(qtbot, editor, "bar sp")
    editor.title_edit.setText("Arredo sala")
    editor.title_edit.textEdited.emit("Arredo sala")
    fill_two_lines(qtbot, editor, catalogue)
    qtbot.waitUntil(lambda: len(document_drafts.left_over(ctx)) == 1, timeout=3000)  # after a pause in the typing
    return editor


def test_the_typing_is_kept_and_the_quote_comes_back_after_a_crash(ctx, qtbot, shop, monkeypatch):
    customer, _catalogue, _hour = shop
    crashed_editor(ctx, qtbot, shop)
    (kept,) = document_drafts.left_over(ctx)
    assert kept.kind == "quote" and kept.document_id is None
    assert [line["description"] for line in kept.state["lines"]] == ["Catalogo 2026", "Consulenza sul posto"]
    assert (kept.path.stat().st_mode & 0o777) == 0o600
    assert list_quotes() == []  # nothing was saved

    monkeypatch.setattr(DraftOffer, "ask", classmethod(lambda cls, parent, drafts: True))
    (editor,) = offer_left_over_drafts(None, ctx)
    qtbot.addWidget(editor)
    assert editor.customer.party_id == customer.id
    assert editor.title_edit.text() == "Arredo sala"
    assert editor.dirty and editor.totals.total_label.text() == "238,50\xa0€"
    editor.save()
    qtbot.waitUntil(lambda: editor.view is not None)
    quote = get_quote(editor.view.id)
    assert quote.title == "Arredo sala" and quote.total == Decimal("238.50")
    assert [line.description for line in quote.lines] == ["Catalogo 2026", "Consulenza sul posto"]
    assert document_drafts.left_over(ctx) == []  # saved: no draft left


def test_declined_drafts_are_removed_and_a_closed_editor_leaves_none(ctx, qtbot, shop, monkeypatch):
    crashed_editor(ctx, qtbot, shop)
    monkeypatch.setattr(DraftOffer, "ask", classmethod(lambda cls, parent, drafts: False))
    assert offer_left_over_drafts(None, ctx) == []
    assert document_drafts.left_over(ctx) == []

    editor = crashed_editor(ctx, qtbot, shop)
    editor.close()  # the user let the changes go (the confirmation is answered yes)
    assert document_drafts.left_over(ctx) == []


def test_an_invoice_header_typed_comes_back_after_a_crash(ctx, qtbot, shop, monkeypatch):
    customer, catalogue, _hour = shop
    draft = factories.draft_invoice(ctx.db, customer.id)
    editor = InvoiceEditor(ctx, draft.id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.view is not None)
    editor.notes.setPlainText("Consegna al piano terra")
    editor.payment.days.setValue(60)
    editor.payment.count.setValue(2)
    editor.language.setCurrentIndex(editor.language.findData("en"))
    editor.language.activated.emit(editor.language.currentIndex())
    editor.issue_date.setDate(date(2026, 5, 4))
    qtbot.waitUntil(lambda: len(document_drafts.left_over(ctx)) == 1, timeout=3000)
    (kept,) = document_drafts.left_over(ctx)
    assert kept.kind == "invoice" and kept.document_id == draft.id
    assert kept.state["header"]["notes"] == "Consegna al piano terra"

    editor.forget()  # the process "crashed" (its window gone, the file left): the next start offers the draft
    editor._draft_key = None
    editor.hide()
    monkeypatch.setattr(DraftOffer, "ask", classmethod(lambda cls, parent, drafts: True))
    (again,) = offer_left_over_drafts(None, ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.view is not None and again.dirty)
    assert again.notes.toPlainText() == "Consegna al piano terra"
    assert again.payment.terms() == PaymentTerms.simple(60, 2) and again.language.currentData() == "en"
    assert again.issue_date.day() == date(2026, 5, 4)
    again.save()
    qtbot.waitUntil(lambda: not again.dirty)
    saved = get_invoice(draft.id)
    assert saved.notes == "Consegna al piano terra" and saved.language == "en"
    assert saved.payment_terms == PaymentTerms.simple(60, 2)
    assert document_drafts.left_over(ctx) == []
