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
    for key in ("contacts", "companies", "activities", "tasks", "quotes", "invoices", "receivables", "mail"):
        page = window.show_section(key)
        assert page.empty_state is not None and page.empty_state.isVisible(), key
        assert page.empty_state.title.text() and page.empty_state.buttons, key


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
