"""The keys of the document windows: Ctrl+S saves (the quote is in the database), Ctrl+W and Esc close, an Esc
that cancels a cell's edit does not; a document opened again raises its window instead of stacking another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from smallcrm.services.sales.quotes import get_quote, list_quotes
from tests import factories
from ui.sales.open_invoices import open_invoice
from ui.sales.quote_editor import QuoteEditor, open_quote_editor

pytestmark = pytest.mark.usefixtures("italian")


def typed_quote(ctx, qtbot) -> QuoteEditor:
    customer = factories.customer(ctx.db)
    editor = QuoteEditor(ctx, party=(customer.id, customer.name))
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)  # shortcuts go to the active window
    editor.add_line()
    model = editor.lines
    model.setData(model.index(0, model.KEYS.index("description")), "Sopralluogo")
    model.setData(model.index(0, model.KEYS.index("unit_price")), "100")
    editor.table.setFocus()
    return editor


def test_ctrl_s_saves_the_quote(ctx, qtbot):
    editor = typed_quote(ctx, qtbot)
    qtbot.keyClick(editor.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.view is not None)
    [row] = list_quotes()
    assert [line.description for line in get_quote(row.id).lines] == ["Sopralluogo"]
    assert not editor.dirty


@pytest.mark.parametrize("key", ["ctrl+w", "escape"])
def test_ctrl_w_and_esc_close_the_editor(ctx, qtbot, key):
    editor = typed_quote(ctx, qtbot)
    if key == "escape":
        qtbot.keyClick(editor.table, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(editor.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()


def test_esc_in_a_cell_cancels_the_edit_only(ctx, qtbot):
    editor = typed_quote(ctx, qtbot)
    index = editor.lines.index(0, editor.lines.KEYS.index("description"))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    cell = editor.table.indexWidget(index)
    assert isinstance(cell, QLineEdit)
    qtbot.keyClicks(cell, "xyz")
    qtbot.keyClick(cell, Qt.Key.Key_Escape)
    assert editor.isVisible()  # the cell's edit ended, the document stays
    assert editor.table.indexWidget(index) is None


def test_a_quote_or_invoice_opened_again_raises_its_window(ctx, qtbot):
    customer = factories.customer(ctx.db)
    quote = factories.draft_quote(ctx.db, customer.id)
    first = open_quote_editor(ctx, quote.id)
    qtbot.addWidget(first)
    assert open_quote_editor(ctx, quote.id) is first
    invoice = factories.issued_invoice(ctx.db, customer.id)
    window = open_invoice(ctx, invoice.id)
    qtbot.addWidget(window)
    assert open_invoice(ctx, invoice.id) is window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
