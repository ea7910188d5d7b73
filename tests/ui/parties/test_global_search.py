"""Ctrl+K: results while typing, arrows move, Enter opens the party or the document, Esc closes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.sales.document_lines import LineDraft
from tests import factories
from ui.parties.search_results import ID_ROLE, KIND_ROLE, TYPE_ROLE, SearchResultsModel, find_everything


@pytest.fixture
def rossi_like(ctx):
    rossi = factories.person(ctx.db, "Mario", "Rossi", emails=["mario@rossi.it"])
    grossi = factories.person(ctx.db, "Nicolò", "Grossi")
    acme = factories.customer(ctx.db, "Verdi Rossetto S.n.c.", emails=[])
    return rossi, grossi, acme


def _open_search(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = window.global_search
    qtbot.waitUntil(search.isVisible, timeout=2000)
    return search


def test_model_passes_qt_model_tester(ctx, rossi_like, qtmodeltester):
    model = SearchResultsModel()
    model.set_results(find_everything("ross"))
    assert model.rowCount() == 3
    assert model.index(0, 0).data(KIND_ROLE) == "person"
    assert model.index(0, 0).data(TYPE_ROLE) == "Person"
    qtmodeltester.check(model)


def test_ctrl_k_typing_shows_rossi_first_and_enter_opens_him(window, rossi_like, qtbot, monkeypatch):
    rossi = rossi_like[0]
    opened = []
    monkeypatch.setattr(window, "show_party", opened.append)
    search = _open_search(window, qtbot)
    assert search.edit.hasFocus()
    qtbot.keyClicks(search.edit, "ross")
    qtbot.waitUntil(lambda: search.model.rowCount() == 3, timeout=2000)
    first = search.model.index(0, 0)
    assert (first.data(), first.data(ID_ROLE)) == ("Mario Rossi", rossi.id)
    assert "mario@rossi.it" in search.model.result(0).detail_text()
    assert search.list.currentIndex().row() == 0
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert opened == [rossi.id]
    assert not search.isVisible()


def test_arrows_move_and_escape_closes(window, rossi_like, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "show_party", opened.append)
    search = _open_search(window, qtbot)
    qtbot.keyClicks(search.edit, "ross")
    qtbot.waitUntil(lambda: search.model.rowCount() == 3, timeout=2000)
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(search.edit, Qt.Key.Key_Down)  # stays on the last one
    qtbot.keyClick(search.edit, Qt.Key.Key_Up)
    assert search.list.currentIndex().row() == 1
    second = search.model.index(1, 0).data(ID_ROLE)
    qtbot.keyClick(search.edit, Qt.Key.Key_Enter)
    assert opened == [second]
    search = _open_search(window, qtbot)
    assert search.edit.selectedText() == "ross"  # ready to type over
    qtbot.keyClick(search.edit, Qt.Key.Key_Escape)
    assert not search.isVisible() and opened == [second]


def test_enter_before_the_pause_opens_the_first_match(window, rossi_like, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(window, "show_party", opened.append)
    search = _open_search(window, qtbot)
    qtbot.keyClicks(search.edit, "grossi")
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)  # no waiting for the typing pause
    assert opened == [rossi_like[1].id]


def test_quote_and_invoice_numbers_are_found(window, rossi_like, qtbot, monkeypatch):
    customer = rossi_like[2]
    line = [LineDraft("Sopralluogo", 1, "100", 0, "22")]
    quote = factories.draft_quote(window.ctx.db, customer.id, line, issue_date=date(2026, 3, 2))
    invoice = factories.issued_invoice(window.ctx.db, customer.id, line, on=date(2026, 3, 5))
    quotes_opened, invoices_opened = [], []
    window.open_quote = quotes_opened.append  # the quote editor is another page's business
    window.open_invoice = invoices_opened.append

    search = _open_search(window, qtbot)
    qtbot.keyClicks(search.edit, "P-2026")
    qtbot.waitUntil(lambda: search.model.rowCount() >= 1, timeout=2000)
    top = search.model.result(0)
    assert (top.kind, top.id, top.title) == ("quote", quote.id, "P-2026-0001")
    assert customer.name in top.detail_text() and "122" in top.detail_text()
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert quotes_opened == [quote.id]

    search = _open_search(window, qtbot)
    search.edit.clear()
    qtbot.keyClicks(search.edit, "1/2026")
    qtbot.waitUntil(lambda: search.model.rowCount() >= 1, timeout=2000)
    assert (search.model.result(0).kind, search.model.result(0).id) == ("invoice", invoice.id)
    qtbot.keyClick(search.edit, Qt.Key.Key_Return)
    assert invoices_opened == [invoice.id]


def test_nothing_found_says_so(window, rossi_like, qtbot):
    search = _open_search(window, qtbot)
    qtbot.keyClicks(search.edit, "zzzz")
    qtbot.waitUntil(lambda: search.hint.text() == "Nothing found", timeout=2000)
    assert search.model.rowCount() == 0
