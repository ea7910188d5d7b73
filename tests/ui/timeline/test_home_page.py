"""The home page is the first page; its figures say what the database holds and each opens its list; an empty
database gets a line on how to start instead of zeros."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests import factories


def test_the_window_opens_on_home_and_each_figure_opens_its_list(ctx, window, qtbot, english):
    home = window.show_section("home")
    assert window.sidebar.currentRow() == 0 and home.empty.isVisible()
    customer = factories.customer(ctx.db)
    home.reload()
    assert not home.empty.isVisible()  # a shop with contacts is not new, even with nothing due today
    factories.issued_invoice(ctx.db, customer.id)  # due 31 March 2026: overdue
    factories.deal(ctx.db, customer.id, value="1000")
    home.reload()
    assert not home.empty.isVisible()
    overdue = home.cards["overdue"]
    assert (overdue.figure.text(), overdue.caption.text()) == ("€122.00", "left on 1 invoice past due")
    assert overdue.opens.text() == "Open the receivables →"
    stage = home.pipeline.itemAt(0).widget()
    assert (stage.figure.text(), stage.caption.text()) == ("€1,000.00", "1 deal: New")
    assert home.figures.pipeline[0].deals == 1
    for key, section in (("overdue", "receivables"), ("tasks", "tasks"), ("invoiced", "invoices"),
                         ("quotes", "quotes")):
        window.show_section("home")
        qtbot.mouseClick(home.cards[key], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.page(section), key


def test_a_change_elsewhere_moves_the_figures(ctx, window, qtbot, english):
    home = window.show_section("home")
    customer = factories.customer(ctx.db)
    view = factories.issued_invoice(ctx.db, customer.id)
    home.reload()
    assert home.figures.overdue_invoices == 1
    from smallcrm.services.sales.payments import PaymentDraft, record_payment

    _payment, changes = record_payment(ctx.db, PaymentDraft(view.id, "122", view.issue_date, "cash", ""))
    ctx.bus.publish(changes)  # as write_op does
    assert home.figures.overdue_invoices == 0


def test_an_empty_database_offers_the_import_and_a_new_contact(ctx, window, qtbot, english, monkeypatch):
    home = window.show_section("home")
    assert home.empty.isVisible()
    asked = []
    monkeypatch.setattr(type(window), "new_party", lambda self, kind: asked.append(kind))
    monkeypatch.setattr(type(window.file_menu), "import_contacts", lambda self: asked.append("import"))
    qtbot.mouseClick(home.person_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["person", "import"]
