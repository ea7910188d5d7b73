"""A credit note made after the SdI rejected its invoice is kept in the books only: after an NS the invoice is not
issued for the tax rules, so the note has nothing to correct at the SdI (circolare 13/E of 2 July 2018). Sending it
is refused, nothing made or queued, unless asked for all the same; a credit note of a delivered invoice, or of a
rejected one whose corrected file was then delivered, is sent as any other."""

from __future__ import annotations

import pytest

from smallcrm.db.mail_models import OutboxMessage
from smallcrm.domain import EInvoiceStatus
from smallcrm.errors import Conflict
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.incoming import books_only
from smallcrm.services.einvoicing.receipts import import_receipt
from smallcrm.services.einvoicing.sending import send_einvoice, sending_state
from tests import factories
from tests.services.einvoicing import sdi_messages as sdi
from tests.services.einvoicing.pec import configure_pec
from tests.smtp_test_server import free_port


def _sent(db, invoice_id: int, answer: str) -> files.EInvoiceFileView:
    """The invoice's file made, sent, and answered by the SdI (NS or RC)."""
    made = files.prepare_file(db, invoice_id)[0]
    files.set_status(db, made.id, EInvoiceStatus.SENT)
    receipt = sdi.ns(made.file_name, "4711") if answer == "NS" else sdi.rc(made.file_name, "4712")
    import_receipt(db, f"{answer}.xml", receipt)
    return made


def _credited(db, answer: str):
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    rejected = _sent(db, invoice.id, answer)
    note = factories.credit_note(db, invoice.id, on=invoice.issue_date)
    return invoice, rejected, note


def test_a_credit_note_after_a_rejection_is_not_sent(db):
    configure_pec(db, free_port())
    invoice, rejected, note = _credited(db, "NS")

    with pytest.raises(Conflict) as refused:
        send_einvoice(db, note.id)

    assert refused.value.code == "einvoice_books_only"
    assert refused.value.params == {"invoice": invoice.number, "file": rejected.file_name}
    assert files.list_files(note.id) == () and OutboxMessage.select().count() == 0
    kept = sending_state(note.id).books_only
    assert (kept.invoice_number, kept.rejected_file) == (invoice.number, rejected.file_name)


def test_asked_all_the_same_it_is_queued(db):
    configure_pec(db, free_port())
    _invoice, _rejected, note = _credited(db, "NS")
    sending, _ = send_einvoice(db, note.id, anyway=True)
    assert sending.queued and files.list_files(note.id)[0].file_name == sending.file.file_name
    assert b"<TipoDocumento>TD04</TipoDocumento>" in files.file_xml(sending.file.id)


def test_a_credit_note_of_a_delivered_invoice_is_sent_as_any_other(db):
    configure_pec(db, free_port())
    _invoice, _made, note = _credited(db, "RC")
    assert books_only(note.id) is None and sending_state(note.id).books_only is None
    assert send_einvoice(db, note.id)[0].queued


def test_once_the_corrected_file_is_delivered_the_credit_note_is_an_ordinary_one(db):
    invoice, _rejected, note = _credited(db, "NS")
    assert books_only(note.id) is not None
    _sent(db, invoice.id, "RC")  # the corrected file (a new progressive), delivered
    assert books_only(note.id) is None
    assert books_only(invoice.id) is None  # an invoice is never one
