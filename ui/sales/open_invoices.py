"""One window per invoice: the editor while it is a draft, the read-only window once issued.

The registry and the opener live here, apart from both windows, so that neither window imports the other:
the editor says it issued (``issued``), the read-only window says a credit note was made (``opened``), and
the opener shows what comes next.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from smallcrm.domain import InvoiceStatus
from smallcrm.services.sales import invoices
from ui.common.context import AppContext
from ui.sales.invoice_editor import InvoiceEditor
from ui.sales.invoice_window import InvoiceWindow

open_windows: dict[int, QWidget] = {}


def register(invoice_id: int, window: QWidget) -> None:
    open_windows[invoice_id] = window


def forget(invoice_id: int, window: QWidget) -> None:
    if open_windows.get(invoice_id) is window:
        del open_windows[invoice_id]


def _issued(ctx: AppContext, invoice_id: int, number: str, parent: QWidget | None) -> None:
    open_invoice(ctx, invoice_id, parent).say_issued(number)


def open_invoice(ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> QWidget:
    """Bring up the window of an invoice (the one already open, if any): the editor for a draft, the read-only
    view for an issued invoice or credit note."""
    window = open_windows.get(invoice_id)
    if window is None or not isValid(window) or window.ctx is not ctx:
        if invoices.get_invoice(invoice_id).status == InvoiceStatus.DRAFT:  # a quick read
            window = InvoiceEditor(ctx, invoice_id, parent)
            window.issued.connect(lambda issued_id, number, p=parent: _issued(ctx, issued_id, number, p))
        else:
            window = InvoiceWindow(ctx, invoice_id, parent)
            window.opened.connect(lambda note_id, p=parent: open_invoice(ctx, note_id, p))
        window.closed.connect(lambda closed_id, w=window: forget(closed_id, w))
        register(invoice_id, window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
