"""The quote editor: lines typed, live totals, live PDF preview, saving, errors on the cell, status changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.invoices import list_invoices
from smallcrm.services.sales.quotes import get_quote, list_quotes
from tests import factories
from ui.common import formatting
from ui.common.pdf_preview import PdfOutput
from ui.sales import open_invoices
from ui.sales.line_table import ERROR_BACKGROUND, ERROR_ROLE, LineDelegate, LineTableModel
from ui.sales.quote_editor import QuoteEditor, open_quote_editor

A4_RATIO = 841.89 / 595.28


pytestmark = pytest.mark.usefixtures("italian")


def column(model: LineTableModel, key: str) -> int:
    return model.KEYS.index(key)


def type_in_cell(qtbot, editor: QuoteEditor, row: int, key: str, text: str) -> None:
    """Open the cell's editor as a user would and type, key by key."""
    index = editor.lines.index(row, column(editor.lines, key))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    widget = editor.table.indexWidget(index)
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def pick_customer(qtbot, editor: QuoteEditor, text: str) -> None:
    editor.customer.setFocus()
    qtbot.keyClicks(editor.customer, text)
    qtbot.waitUntil(lambda: editor.customer.results.rowCount() > 0, timeout=2000)
    editor.customer.pick_row(0)


def fill_two_lines(qtbot, editor: QuoteEditor, catalogue) -> None:
    """3 × 12,90 at 4% (picked from the catalogue) and 2,5 h × 65 at 22% (typed)."""
    model = editor.lines
    editor.add_line()
    model.setData(model.index(0, column(model, "product_id")), catalogue.id)
    model.setData(model.index(0, column(model, "quantity")), "3")
    editor.add_line()
    type_in_cell(qtbot, editor, 1, "description", "Consulenza sul posto")
    type_in_cell(qtbot, editor, 1, "quantity", "2,5")
    type_in_cell(qtbot, editor, 1, "unit", "h")
    type_in_cell(qtbot, editor, 1, "unit_price", "65")


def test_totals_follow_the_typing(ctx, qtbot, shop):
    customer, catalogue, _hour = shop
    editor = QuoteEditor(ctx)
    qtbot.addWidget(editor)
    pick_customer(qtbot, editor, "bar sp")
    assert editor.customer.party_id == customer.id
    fill_two_lines(qtbot, editor, catalogue)
    model = editor.lines
    assert model.data(model.index(0, column(model, "description"))) == "Catalogo 2026"
    assert model.data(model.index(0, column(model, "vat_code"))) == "4%"
    assert model.data(model.index(0, column(model, "amount"))) == "38,70"
    assert model.data(model.index(1, column(model, "amount"))) == "162,50"
    assert editor.totals.taxable_label.text() == formatting.money(Decimal("201.20")) == "201,20\xa0€"
    assert editor.totals.vat_label.text() == "37,30\xa0€"
    assert editor.totals.total_label.text() == "238,50\xa0€"
    rates = [(name.text(), value.text()) for name, value in editor.totals.rate_rows]
    assert rates == [("VAT 4% on 38,70", "1,55\xa0€"), ("VAT 22% on 162,50", "35,75\xa0€")]
    assert editor.status.text() == ""
    # one more keystroke in the open cell editor: the total moves at once, before the editor closes
    index = model.index(1, column(model, "quantity"))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    widget = editor.table.indexWidget(index)
    widget.end(False)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)  # "2,5" -> "2"
    assert widget.text() == "2"
    assert editor.totals.taxable_label.text() == "168,70\xa0€"


def test_product_and_vat_combos_in_the_delegate(ctx, qtbot, shop):
    _customer, _catalogue, hour = shop
    editor = QuoteEditor(ctx)
    qtbot.addWidget(editor)
    editor.add_line()
    model = editor.lines
    index = model.index(0, column(model, "product_id"))
    editor.table.edit(index)
    combo = editor.table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(hour.id))
    combo.activated.emit(combo.currentIndex())
    assert model.lines[0].unit == "h" and model.lines[0].unit_price == "65,00" and model.lines[0].vat_code == "22"
    vat_index = model.index(0, column(model, "vat_code"))
    editor.table.setCurrentIndex(vat_index)  # leaving the product cell closes its editor
    editor.table.edit(vat_index)
    vat = editor.table.indexWidget(vat_index)
    vat.setCurrentIndex(vat.findData("10"))
    vat.activated.emit(vat.currentIndex())
    assert model.data(vat_index) == "10%"
    assert editor.totals.total_label.text() == "71,50\xa0€"
    assert isinstance(editor.table.itemDelegate(), LineDelegate)


def test_preview_renders_a4_pages_after_an_edit(ctx, qtbot, shop):
    customer, catalogue, _hour = shop
    editor = QuoteEditor(ctx)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    assert not editor.preview.images
    assert "customer" in editor.preview.message.text()
    pick_customer(qtbot, editor, "bar")
    fill_two_lines(qtbot, editor, catalogue)
    qtbot.waitUntil(lambda: bool(editor.preview.images), timeout=5000)
    first = editor.preview.images[0]
    assert not first.isNull()
    assert first.height() / first.width() == pytest.approx(A4_RATIO, rel=0.01)
    assert editor.preview.page_labels[0].pixmap() is not None
    editor.lines.setData(editor.lines.index(0, column(editor.lines, "quantity")), "4")
    qtbot.waitUntil(lambda: editor.preview.images[0] is not first, timeout=5000)
    assert not editor.preview.images[0].isNull()


def test_save_creates_the_quote_shown(ctx, qtbot, shop):
    customer, catalogue, _hour = shop
    editor = QuoteEditor(ctx)
    qtbot.addWidget(editor)
    pick_customer(qtbot, editor, "bar")
    editor.title_edit.setText("Fornitura autunno")
    editor.title_edit.textEdited.emit("Fornitura autunno")
    fill_two_lines(qtbot, editor, catalogue)
    with qtbot.waitSignal(ctx.bus.changed) as published:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    [saved] = list_quotes()
    assert published.args[0].quotes == {saved.id}
    view = get_quote(saved.id)
    assert (view.taxable, view.vat, view.total) == (Decimal("201.20"), Decimal("37.30"), Decimal("238.50"))
    assert editor.totals.total_label.text() == formatting.money(view.total)
    assert view.title == "Fornitura autunno" and view.party.id == customer.id
    assert [line.description for line in view.lines] == ["Catalogo 2026", "Consulenza sul posto"]
    assert not editor.dirty and editor.view.id == saved.id and saved.number in editor.heading.text()
    # saving again updates the same quote
    editor.lines.setData(editor.lines.index(1, column(editor.lines, "quantity")), "3")
    editor.save()
    assert len(list_quotes()) == 1
    assert get_quote(saved.id).taxable == Decimal("233.70")


def test_negative_quantity_marks_the_cell_and_saves_nothing(ctx, qtbot, shop):
    _customer, catalogue, _hour = shop
    editor = QuoteEditor(ctx)
    qtbot.addWidget(editor)
    pick_customer(qtbot, editor, "bar")
    fill_two_lines(qtbot, editor, catalogue)
    model = editor.lines
    quantity = model.index(1, column(model, "quantity"))
    model.setData(quantity, "-2")
    assert model.data(quantity, ERROR_ROLE)
    assert model.data(quantity, Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert "Line 2" in editor.status.text() and "Qty" in editor.status.text()
    assert editor.totals.taxable_label.text() == "38,70\xa0€"  # the valid line still counts
    editor.save()
    assert list_quotes() == []
    assert model.data(quantity, ERROR_ROLE)
    assert editor.table.currentIndex() == quantity
    model.setData(quantity, "2")
    assert model.data(quantity, ERROR_ROLE) is None and editor.status.text() == ""


def test_status_changes_and_conversion_to_an_invoice(ctx, qtbot, shop):
    customer, catalogue, _hour = shop
    view = factories.draft_quote(ctx.db, customer.id, [LineDraft(product_id=catalogue.id, quantity=2)])
    editor = open_quote_editor(ctx, view.id)
    qtbot.addWidget(editor)
    assert open_quote_editor(ctx, view.id) is editor  # one window per quote
    assert editor.lines.rowCount() == 1 and not editor.convert_button.isEnabled()
    editor.sent_button.click()
    assert get_quote(view.id).status == "sent"
    assert not editor.save_button.isEnabled() and editor.customer.isReadOnly()
    editor.accepted_button.click()
    assert get_quote(view.id).status == "accepted" and editor.convert_button.isEnabled()
    editor.convert_button.click()
    [invoice] = list_invoices()
    assert invoice.status == "draft" and invoice.total == view.total
    window = open_invoices.open_windows[invoice.id]
    qtbot.addWidget(window)
    assert window.issue_button.isVisible()
    editor.revise_button.click()
    assert editor.view.revision == 2 and editor.view.status == "draft" and editor.save_button.isEnabled()
    editor.duplicate_button.click()
    assert editor.view.number != view.number and len(list_quotes()) == 3


def test_export_and_open_pdf(ctx, qtbot, shop, tmp_path, monkeypatch):
    customer, catalogue, _hour = shop
    view = factories.draft_quote(ctx.db, customer.id, [LineDraft(product_id=catalogue.id)])
    target = tmp_path / "out.pdf"
    opened = []
    monkeypatch.setattr(PdfOutput, "ask_save_path", classmethod(lambda cls, parent, suggested: str(target)))
    monkeypatch.setattr(PdfOutput, "open_path", classmethod(lambda cls, path: opened.append(path)))
    editor = QuoteEditor(ctx, view.id)
    qtbot.addWidget(editor)
    editor.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in editor.status.text()
    editor.open_button.click()
    assert opened and opened[0].endswith(f"{view.number}.pdf")


def test_line_model_passes_qt_model_tester(ctx, qtmodeltester, shop):
    customer, catalogue, hour = shop
    model = LineTableModel()
    model.set_catalog([], [])
    view = factories.draft_quote(ctx.db, customer.id, [LineDraft(product_id=catalogue.id),
                                                       LineDraft(product_id=hour.id, quantity="1,5")])
    model.set_lines(view.lines)
    model.add_line()
    model.move_line(2, -1)
    qtmodeltester.check(model)


def test_open_pdf_without_a_pdf_viewer_shows_the_apps_own_preview(ctx, qtbot, shop, monkeypatch):
    """It used to fail silently when the system had no viewer for PDFs."""
    from PySide6.QtGui import QDesktopServices

    from ui.common.pdf_preview import PdfWindow

    customer, catalogue, _hour = shop
    view = factories.draft_quote(ctx.db, customer.id, [LineDraft(product_id=catalogue.id)])
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    editor = QuoteEditor(ctx, view.id)
    qtbot.addWidget(editor)
    editor.open_button.click()
    [window] = PdfWindow._open
    qtbot.addWidget(window)
    assert window.isVisible() and window.windowTitle() == f"{view.number}.pdf"
    assert len(window.preview.images) == 1 and window.preview.images[0].width() > 500  # the page, rendered
    window.close()
    assert PdfWindow._open == []
