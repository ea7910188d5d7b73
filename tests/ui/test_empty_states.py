"""An empty list says what it would hold and what to do next, with the buttons that do it; when the filter is
what empties it, it says so and clears it. Enter opens the selected row of every list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smallcrm.domain import PartyKind
from tests import factories
from ui.exchange.import_dialog import ImportDialog
from ui.parties.party_form import PartyForm


def test_no_contacts_yet_offers_the_import_and_a_new_contact(ctx, window, qtbot, english, monkeypatch):
    page = window.show_section("contacts")
    empty = page.empty_state
    assert empty.isVisible()
    assert empty.title.text() == "No contacts yet"
    assert empty.text.text() == "Import an address book or add a contact."
    assert [b.text() for b in empty.buttons] == ["Import an address book…", "Add a contact"]
    asked = []
    monkeypatch.setattr(PartyForm, "create", classmethod(lambda cls, c, kind, parent=None: asked.append(kind)))
    qtbot.mouseClick(empty.buttons[1], Qt.MouseButton.LeftButton)
    assert asked == [PartyKind.PERSON]
    empty.buttons[0].click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()]
    assert len(dialogs) == 1
    for dialog in dialogs:
        qtbot.addWidget(dialog)


def test_a_filter_that_hides_every_contact_says_so_and_clears(ctx, window, qtbot, english):
    factories.person(ctx.db, "Anna", "Neri")
    page = window.show_section("contacts")
    page.model.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert not page.empty_state.isVisible()
    page.search.setText("zzzz")
    page.apply_filters()
    qtbot.waitUntil(lambda: page.empty_state.isVisible())
    assert page.empty_state.title.text() == "Nothing matches the filter"
    assert page.empty_state.clear_button.isVisible()
    page.empty_state.clear_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.search.text() == "" and not page.empty_state.isVisible()


def test_every_list_of_the_window_has_an_empty_state(ctx, window, english):
    for key in ("contacts", "companies", "activities", "tasks", "deals", "quotes", "invoices", "receivables", "outbox",
                "mail"):
        page = window.show_section(key)
        assert page.empty_state is not None and page.empty_state.isVisible(), key
        assert page.empty_state.title.text() and page.empty_state.buttons, key


def test_an_empty_outbox_says_how_mail_gets_there_and_opens_the_mail_settings(ctx, window, english):
    page = window.show_section("outbox")
    empty = page.empty_state
    assert empty.isVisible() and empty.title.text() == "The outbox is empty"
    assert [b.text() for b in empty.buttons] == ["Open the quotes", "Open the invoices", "Set up mail"]
    empty.buttons[2].click()
    settings = window.stack.currentWidget()
    assert settings is window.page("settings") and settings.tabs.currentWidget() is settings.mail
    window.show_section("outbox")
    empty.buttons[1].click()
    assert window.stack.currentWidget() is window.page("invoices")


def test_an_empty_deals_board_says_what_a_deal_is_and_hides_once_there_is_one(ctx, window, qtbot, english,
                                                                               monkeypatch):
    from ui.sales.deal_dialog import DealDialog

    board = window.show_section("deals")
    board.resize(1200, 600)
    empty = board.empty_state
    qtbot.waitUntil(lambda: empty.isVisible())
    assert empty.title.text() == "No deals yet" and "A deal is a sale" in empty.text.text()
    assert empty.geometry() == board.board.rect()  # over the columns, not beside them
    assert board.hint.isHidden() and board.forecast_label.isHidden()  # no word on cards and forecasts not there
    asked = []
    monkeypatch.setattr(DealDialog, "ask", classmethod(lambda cls, c, deal, parent=None: asked.append(deal)))
    qtbot.mouseClick(empty.buttons[0], Qt.MouseButton.LeftButton)
    assert asked == [None]  # a new deal

    factories.deal(ctx.db, factories.customer(ctx.db).id, "Sito web", stage="won")  # a deal in the last column
    board.reload()
    qtbot.waitUntil(lambda: not empty.isVisible())
    assert board.hint.isVisible() and "nothing to forecast" in board.forecast_label.text()  # won: none open


def test_enter_opens_the_page_of_the_selected_row(ctx, window, qtbot):
    anna = factories.person(ctx.db, "Anna", "Neri")
    page = window.show_section("contacts")
    page.model.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    party = window._pages["party"]
    assert window.stack.currentWidget() is party and party.party_id == anna.id


def test_enter_opens_a_quote_from_the_list(ctx, window, qtbot):
    from ui.sales.quote_editor import QuoteEditor

    customer = factories.customer(ctx.db)
    quote = factories.draft_quote(ctx.db, customer.id)
    page = window.show_section("quotes")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuoteEditor) and w.isVisible()]
    for editor in editors:
        qtbot.addWidget(editor)  # closed after the test
    assert [editor.view.id for editor in editors] == [quote.id]
