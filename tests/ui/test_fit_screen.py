"""Every window and dialog fits a 1280x720 screen (and so a 1366x768 laptop) in the longest languages: its
minimum size, the smallest Qt lets the user make it, leaves room for the title bar and a task bar. The quote
editor once needed 1,436 pixels in Italian; visiting Deals widened the main window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from smallcrm.domain import Channel, PartyKind
from smallcrm.services.parties.parties import get_party
from smallcrm.services.sales.invoices import get_invoice
from tests import factories

SCREEN = QSize(1280, 720)
ROOM = QSize(0, 60)  # a title bar and a task bar


def windows(ctx, main) -> dict[str, Callable[[], QWidget]]:
    """How to open each window and dialog, on data that fills them."""
    from ui.about import AboutDialog
    from ui.exchange.export_dialog import ExportDialog
    from ui.exchange.import_dialog import ImportDialog
    from ui.page_keys import ShortcutsDialog
    from ui.parties.party_form import PartyForm
    from ui.privacy.consent_dialog import ConsentDialog
    from ui.privacy.erase_dialog import EraseDialog
    from ui.sales.credit_note_dialog import CreditNoteDialog
    from ui.sales.deal_dialog import DealDialog
    from ui.sales.invoice_editor import InvoiceEditor
    from ui.sales.invoice_window import InvoiceWindow
    from ui.sales.payment_dialog import PaymentDialog
    from ui.sales.quote_editor import QuoteEditor
    from ui.settings.company import CompanyDialog
    from ui.timeline.log_dialog import LogDialog
    from ui.timeline.task_dialog import TaskDialog

    customer = factories.customer(ctx.db)
    person = factories.person(ctx.db)
    quote = factories.draft_quote(ctx.db, customer.id, factories.boiler_lines())
    draft = factories.draft_invoice(ctx.db, customer.id, factories.boiler_lines())
    issued = factories.issued_invoice(ctx.db, customer.id, factories.boiler_lines())
    return {
        "quote editor": lambda: QuoteEditor(ctx, quote.id),
        "invoice editor": lambda: InvoiceEditor(ctx, draft.id),
        "invoice window": lambda: InvoiceWindow(ctx, issued.id),
        "new person": lambda: PartyForm(ctx, PartyKind.PERSON),
        "new company": lambda: PartyForm(ctx, PartyKind.COMPANY),
        "log a call": lambda: LogDialog(ctx, person.id, Channel.CALL),
        "task": lambda: TaskDialog(ctx),
        "deal": lambda: DealDialog(ctx),
        "payment": lambda: PaymentDialog(ctx, get_invoice(issued.id)),
        "credit note": lambda: CreditNoteDialog(ctx, issued.id),
        "consent": lambda: ConsentDialog(ctx, person.id),
        "erase": lambda: EraseDialog(ctx, get_party(person.id)),
        "export": lambda: ExportDialog(ctx),
        "import": lambda: ImportDialog(ctx),
        "company profile": lambda: CompanyDialog(ctx),
        "about": lambda: AboutDialog("/home/someone/.local/share/SmallCRM/smallcrm.sqlite3"),
        "shortcuts": lambda: ShortcutsDialog(),
    }


def too_big(widget: QWidget) -> str:
    widget.ensurePolished()
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if widget.layout() is not None:
        need = need.expandedTo(widget.layout().totalMinimumSize())
    room = SCREEN - ROOM
    return "" if need.width() <= room.width() and need.height() <= room.height() else \
        f"needs {need.width()}x{need.height()}"


@pytest.mark.parametrize("language", ["it", "ro"], indirect=True)  # the longest of the three
def test_every_window_and_dialog_fits(ctx, qtbot, language, monkeypatch):
    from ui.main_window import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    failures = []
    for name, make in windows(ctx, main).items():
        widget = make()
        qtbot.addWidget(widget)
        widget.show()
        problem = too_big(widget)
        if problem:
            failures.append(f"{name}: {problem}")
        widget.hide()
    main.resize(SCREEN)
    main.show()
    for spec in main._specs:
        main.show_section(spec.key)
        problem = too_big(main)
        if problem:
            failures.append(f"main window on {spec.key}: {problem}")
    assert failures == [], f"{language}: " + "; ".join(failures)
