"""The e-invoice screens of ``dev.screenshots``: on a few of the demo's issued invoices, a ready file, a file
sent and delivered with its history, one rejected with errors a corrected file can fix (the re-send path) and one
rejected for the customer's codice fiscale (the credit-note path) with its credit note, kept in the books only
(not sent), and the "E-invoice messages" list. The SdI's
answers are the ones the tests build from the specification (``tests.services.einvoicing.sdi_messages``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

SIZE = (1366, 768)


def prepare(db) -> list[tuple[str, int, str]]:
    """The invoices to show, as (screen, invoice id, number), their files and answers stored first."""
    from smallcrm.clock import utcnow
    from smallcrm.domain import EInvoiceStatus, InvoiceKind, InvoiceStatus
    from smallcrm.services.einvoicing import files
    from smallcrm.services.einvoicing.receipts import import_receipt
    from smallcrm.services.sales.invoices import create_credit_note, issue_invoice, list_invoices
    from tests.services.einvoicing import sdi_messages as sdi

    issued = list_invoices(kind=InvoiceKind.INVOICE, status=InvoiceStatus.ISSUED)[:4]
    ready, delivered, rejected, sealed = issued
    files.prepare_file(db, ready.id)
    now = utcnow().astimezone(sdi.WHEN.tzinfo)
    customer_code = (("00306", "1.4.1.2 <CodiceFiscale> non valido"),)  # the customer's codice fiscale
    answers = {delivered.id: ("RC", sdi.rc), rejected.id: ("NS", sdi.ns),
               sealed.id: ("NS", lambda name, sdi_id, **kw: sdi.ns(name, sdi_id, customer_code, **kw))}
    for number, (invoice_id, (kind, answer)) in enumerate(answers.items(), start=1):
        made = files.prepare_file(db, invoice_id)[0]
        files.set_status(db, made.id, EInvoiceStatus.SENT)
        import_receipt(db, f"acc-{number}.eml", sdi.pec_receipt("accettazione", subject=made.file_name))
        import_receipt(db, f"cons-{number}.eml", sdi.pec_receipt("avvenuta-consegna", subject=made.file_name))
        import_receipt(db, f"answer-{number}.eml", sdi.pec_envelope(
            sdi.receipt_name(made.file_name, kind), answer(made.file_name, f"90{number}", received=now),
            sender="sdi27@pec.fatturapa.it"))
    import_receipt(db, "inoltro.eml", sdi.plain_mail())  # a forwarded mail: not PEC, listed with its reason
    note = issue_invoice(db, create_credit_note(db, sealed.id, None, "")[0].id, None)[0]  # for the books only
    return [("einvoice-ready", ready.id, ready.number), ("einvoice-delivered", delivered.id, delivered.number),
            ("einvoice-rejected", rejected.id, rejected.number),
            ("einvoice-rejected-customer", sealed.id, sealed.number), ("einvoice-books-only", note.id, note.number)]


def shoot_all(ctx, parent: QWidget, shown: list[tuple[str, int, str]],
              shoot: Callable[[str, QWidget], None]) -> None:
    """Each e-invoice window, then the list of messages read."""
    from ui.einvoicing.einvoice_window import EInvoiceWindow
    from ui.einvoicing.messages_window import EInvoiceMessagesWindow

    for name, invoice_id, number in shown:
        window = EInvoiceWindow(ctx, invoice_id, number, parent)
        window.resize(*SIZE)
        window.show()
        shoot(name, window)
        window.close()
        window.deleteLater()
    messages = EInvoiceMessagesWindow(ctx, parent)
    messages.resize(*SIZE)
    messages.show()
    shoot("einvoice-messages", messages)
    messages.close()
    messages.deleteLater()
