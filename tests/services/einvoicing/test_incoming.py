"""The incoming list and an invoice's e-invoice history as the window reads them, and the way to correct a
rejection: a corrected re-send within 5 days of it, otherwise a credit note and a new invoice."""

from __future__ import annotations

from datetime import date, datetime

from smallcrm.domain import EInvoiceStatus, ReceiptAction, ReceiptKind
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.incoming import correction, file_history, list_incoming, message_bytes
from smallcrm.services.einvoicing.receipts import import_receipt
from tests import factories
from tests.services.einvoicing import sdi_messages as sdi

REJECTED_AT = datetime(2026, 3, 2, 10, 15, 30, tzinfo=sdi.WHEN.tzinfo)


def test_a_rejected_file_its_history_and_the_corrected_resend(db):
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    first = files.prepare_file(db, invoice.id)[0]
    files.set_status(db, first.id, EInvoiceStatus.SENT)
    assert correction(invoice.id) is None
    import_receipt(db, "acc.eml", sdi.pec_receipt("accettazione", subject=first.file_name))
    import_receipt(db, "ns.eml", sdi.pec_envelope("x_NS_001.xml", sdi.ns(first.file_name, "11",
                                                                          received=REJECTED_AT)))
    fix = correction(invoice.id, today=date(2026, 3, 7))
    assert (fix.file.file_name, fix.rejected_on, fix.resend_until, fix.resend) == (
        first.file_name, date(2026, 3, 2), date(2026, 3, 7), True)
    assert [e.code for e in fix.errors] == ["00002", "00200"]
    assert correction(invoice.id, today=date(2026, 3, 8)).resend is False
    again = files.prepare_file(db, invoice.id)[0]
    assert again.progressive != first.progressive and correction(invoice.id) is None
    history = file_history(invoice.id)
    assert [(h.file.file_name, [m.kind for m in h.messages]) for h in history] == [
        (first.file_name, [ReceiptKind.PEC_ACCEPTANCE, ReceiptKind.NS]), (again.file_name, [])]
    listed = list_incoming()
    assert [(m.kind, m.action) for m in listed] == [(ReceiptKind.NS, ReceiptAction.REJECTED),
                                                    (ReceiptKind.PEC_ACCEPTANCE, ReceiptAction.PEC_ACCEPTED)]
    assert message_bytes(listed[0].id).startswith(b"Return-Path:")


def test_a_rejection_for_the_customers_data_cannot_be_corrected_by_a_resend(db, smtp_server):
    """The corrected file is rebuilt from the sealed customer block: the same wrong VAT number again. Even within
    the 5 days the way out is a credit note and a new invoice, and sending again is refused."""
    import pytest

    from smallcrm.errors import Conflict
    from smallcrm.services.einvoicing.sending import send_einvoice
    from tests.services.einvoicing.pec import configure_pec

    configure_pec(db, smtp_server().port)
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    first = files.prepare_file(db, invoice.id)[0]
    files.set_status(db, first.id, EInvoiceStatus.SENT)
    errors = (sdi.CUSTOMER_VAT_ERROR, ("00002", "Nome file duplicato"))
    import_receipt(db, "ns.xml", sdi.ns(first.file_name, "11", errors, received=REJECTED_AT))

    fix = correction(invoice.id, today=date(2026, 3, 3))

    assert fix.in_time and not fix.resend
    assert [e.code for e in fix.sealed] == ["00305"]
    with pytest.raises(Conflict) as refused:
        send_einvoice(db, invoice.id)
    assert refused.value.code == "einvoice_resend_sealed" and "00305" in str(refused.value)
    assert [f.file_name for f in files.list_files(invoice.id)] == [first.file_name]
    recipient = (("00311", "1.1.4 <CodiceDestinatario> non valido"),)
    assert [e.code for e in _sealed_of(db, recipient)] == ["00311"]
    assert _sealed_of(db, (("00999", "1.4.4.1 <Indirizzo> non valorizzato"),))  # the customer block, by its path
    assert [e.code for e in _sealed_of(db, (("00423", "2.2.1.11 <PrezzoTotale> non calcolato"),))] == ["00423"]
    assert _sealed_of(db, (("00002", "Nome file duplicato"),)) == ()  # a new file name is what a re-send changes


def _sealed_of(db, errors):
    invoice = factories.issued_invoice(db, factories.customer(db).id)
    made = files.prepare_file(db, invoice.id)[0]
    files.set_status(db, made.id, EInvoiceStatus.SENT)
    import_receipt(db, f"ns-{made.file_name}", sdi.ns(made.file_name, f"9{invoice.id}", errors))
    return correction(invoice.id).sealed
