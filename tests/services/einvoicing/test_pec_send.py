"""Sending e-invoices by PEC through the outbox, against a real SMTP server on loopback: the file's exact bytes
attached, from the PEC mailbox only, once; offline it waits; a crash after the server's acceptance is "maybe sent"."""

from __future__ import annotations

from datetime import timedelta

import pytest

from smallcrm.clock import utcnow
from smallcrm.db.mail_models import OutboxMessage
from smallcrm.domain import EInvoiceStatus, OutboxStatus, ReceiptAction
from smallcrm.errors import Conflict, ValidationError
from smallcrm.services.einvoicing import files, receipts
from smallcrm.services.einvoicing.pec_account import SDI_FIRST_ADDRESS, pec_problem
from smallcrm.services.einvoicing.receipts import import_receipt
from smallcrm.services.einvoicing.sending import send_einvoice, send_pec_due, sending_state, waits_offline
from smallcrm.services.einvoicing.source import EInvoiceOptions
from smallcrm.services.mail import outbox
from smallcrm.services.mail.outgoing import send_due
from smallcrm.services.timeline.communications import list_communications
from tests.services.einvoicing import cases
from tests.services.einvoicing import sdi_messages as sdi
from tests.services.einvoicing.pec import PEC_ADDRESS, attachment, configure_pec, subject
from tests.smtp_test_server import PASSWORD, configure, free_port


class Crash(BaseException):
    """The process dies: nothing after this point runs, no handler catches it."""


def test_the_file_leaves_from_the_pec_mailbox_with_its_exact_bytes_and_becomes_sent(db, smtp_server):
    pec, ordinary = smtp_server(), smtp_server()
    configure(db, ordinary)  # the ordinary mail account is set too: it must never carry an e-invoice
    configure_pec(db, pec.port)
    view = cases.reverse_charge(db)

    sending, changes = send_einvoice(db, view.id)

    assert sending.queued and sending.to == SDI_FIRST_ADDRESS and changes.outbox == {sending.outbox_id}
    assert files.get_file(sending.file.id).status == EInvoiceStatus.TO_SEND and pec.messages == []
    report = send_due(db)  # what the window's background sender and `smallcrm outbox send` call
    assert (report.sent, report.errors) == (1, [])
    [received] = pec.messages
    assert ordinary.messages == []
    assert (received.mail_from, received.rcpt_tos) == (PEC_ADDRESS, [SDI_FIRST_ADDRESS])
    name, data = attachment(received)
    assert name == sending.file.file_name and data == files.file_xml(sending.file.id)
    assert sending.file.file_name in subject(received)
    sent = files.get_file(sending.file.id)
    assert sent.status == EInvoiceStatus.SENT
    assert files.list_files(view.id)[0].status == EInvoiceStatus.SENT
    row = OutboxMessage.get_by_id(sending.outbox_id)
    assert row.status == OutboxStatus.SENT and row.message_id == sending.message_id
    assert files.EInvoiceFile.get_by_id(sent.id).message_id == sending.message_id
    assert list_communications(view.party.id) == []  # a message to the SdI is no mail to the customer
    assert send_pec_due(db).sent == 0 and len(pec.messages) == 1  # never twice
    db.pw.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the PEC password lives in the keyring only
    stored = [p for p in db.path.parent.iterdir() if p.name.startswith(db.path.name)]
    assert stored and all(PASSWORD.encode() not in p.read_bytes() for p in stored)
    with pytest.raises(Conflict) as refused:
        send_einvoice(db, view.id)
    assert refused.value.code == "einvoice_already_sent"


def test_without_a_pec_mailbox_nothing_is_queued_and_the_missing_setting_is_named(db):
    view = cases.reverse_charge(db)
    assert pec_problem().field == "pec_address"
    with pytest.raises(ValidationError) as refused:
        send_einvoice(db, view.id)
    assert refused.value.field == "pec_address"
    assert files.list_files(view.id) == () and outbox.list_outbox() == []


def test_a_file_with_problems_is_refused_naming_its_fields(db, smtp_server):
    configure_pec(db, smtp_server().port)
    view = cases.reverse_charge(db)
    with pytest.raises(ValidationError) as refused:  # a deferred invoice that names no delivery note
        send_einvoice(db, view.id, EInvoiceOptions(document_type="TD24"))
    error = refused.value
    assert error.code == "einvoice_not_ready" and error.params["problems"]
    assert error.field == error.params["problems"][0].field and "DatiDDT" in str(error)
    assert outbox.list_outbox() == []


def test_a_queued_file_is_sent_once_and_not_rebuilt_under_the_outbox(db, smtp_server):
    server = smtp_server()
    configure_pec(db, server.port)
    view = cases.instalments(db)
    sending, _ = send_einvoice(db, view.id)
    with pytest.raises(Conflict) as twice:
        send_einvoice(db, view.id)
    assert twice.value.code == "einvoice_queued"
    with pytest.raises(Conflict):  # other options would change bytes already in the outbox
        files.prepare_file(db, view.id, EInvoiceOptions(document_type="TD24"))
    assert files.prepare_file(db, view.id)[0].id == sending.file.id  # "Save as…" gets the queued file as it is
    assert send_pec_due(db).sent == 1
    assert attachment(server.messages[0])[1] == files.file_xml(sending.file.id)


def test_offline_the_e_invoice_waits_then_leaves_once_when_the_server_is_back(db, smtp_server):
    port = free_port()
    configure_pec(db, port)  # nothing listens there yet
    view = cases.forfettario_with_stamp_duty(db)
    sending, _ = send_einvoice(db, view.id)

    report = send_pec_due(db)

    assert (report.sent, report.waiting, report.errors[0].code) == (0, 1, "smtp_connection_refused")
    state = sending_state(view.id)
    assert waits_offline(state) and state.file.status == EInvoiceStatus.TO_SEND
    server = smtp_server(port=port)
    assert send_pec_due(db).sent == 0  # it waits for its pause (BACKOFF) to pass...
    later = utcnow() + timedelta(minutes=2)
    assert outbox.send_outbox(db, _transport(), now=later, einvoices=True).sent == 1  # ...then leaves
    assert outbox.send_outbox(db, _transport(), now=later + timedelta(hours=1), einvoices=True).sent == 0
    assert len(server.messages) == 1 and files.get_file(sending.file.id).status == EInvoiceStatus.SENT
    assert sending_state(view.id).waiting is None


def _crash_after_acceptance(db, smtp_server, monkeypatch):
    """An e-invoice the PEC server accepted, the process dead before the mark, and the program started again:
    (the server, the invoice, the sending)."""
    server = smtp_server()
    configure_pec(db, server.port)
    view = cases.intra_eu(db)
    sending, _ = send_einvoice(db, view.id)
    monkeypatch.setattr(outbox, "log_sent", lambda *a, **k: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        send_pec_due(db)
    monkeypatch.undo()
    assert len(server.messages) == 1 and files.get_file(sending.file.id).status == EInvoiceStatus.TO_SEND
    outbox.settle_interrupted(db)  # the next start
    return server, view, sending


def test_a_crash_between_acceptance_and_the_mark_is_maybe_sent_never_resent_on_its_own(db, smtp_server,
                                                                                          monkeypatch):
    server, view, sending = _crash_after_acceptance(db, smtp_server, monkeypatch)
    view_row = outbox.get_outbox_message(sending.outbox_id)
    assert view_row.maybe_sent and view_row.einvoice_file_id == sending.file.id
    assert send_pec_due(db).sent == 0 and outbox.retry_now(db).outbox == set()
    assert len(server.messages) == 1
    with pytest.raises(Conflict):  # while it may have gone, it is not sent as another message either
        send_einvoice(db, view.id)

    changes = outbox.confirm_sent(db, sending.outbox_id)  # the user saw it among the PEC mailbox's sent mail
    assert view.id in changes.invoices
    assert files.get_file(sending.file.id).status == EInvoiceStatus.SENT and len(server.messages) == 1


def test_a_maybe_sent_e_invoice_sent_again_is_the_same_message(db, smtp_server, monkeypatch):
    server, _, sending = _crash_after_acceptance(db, smtp_server, monkeypatch)
    outbox.retry_now(db, [sending.outbox_id], resend_unsure=True)
    assert send_pec_due(db).sent == 1
    first, second = server.messages
    assert first.data == second.data and files.get_file(sending.file.id).status == EInvoiceStatus.SENT


def _transport():
    from smallcrm.services.einvoicing.pec_account import pec_transport

    return pec_transport()


@pytest.mark.parametrize("kind", ["RC", "NS"])
def test_the_sdi_answer_to_a_maybe_sent_file_settles_its_message_as_sent_and_applies(db, smtp_server, monkeypatch,
                                                                                     kind):
    """The SdI answered: the message left. The outbox row becomes sent (as confirm_sent would), the file moves."""

    server, view, sending = _crash_after_acceptance(db, smtp_server, monkeypatch)
    name = sending.file.file_name
    answer = sdi.rc(name, "4242") if kind == "RC" else sdi.ns(name, "4242")

    outcome, changes = import_receipt(db, sdi.receipt_name(name, kind), answer)

    expected = {"RC": (ReceiptAction.DELIVERED, EInvoiceStatus.DELIVERED),
                "NS": (ReceiptAction.REJECTED, EInvoiceStatus.REJECTED)}[kind]
    assert (outcome.action, files.get_file(sending.file.id).status) == expected
    row = OutboxMessage.get_by_id(sending.outbox_id)
    assert row.status == OutboxStatus.SENT and not outbox.get_outbox_message(sending.outbox_id).maybe_sent
    assert files.EInvoiceFile.get_by_id(sending.file.id).message_id == sending.message_id
    assert sending.outbox_id in changes.outbox and view.id in changes.invoices
    assert send_pec_due(db).sent == 0 and outbox.retry_now(db, resend_unsure=True).outbox == set()
    assert len(server.messages) == 1


def test_a_receipt_that_fails_leaves_the_maybe_sent_message_as_it_was(db, smtp_server, monkeypatch):
    """An answer that cannot be applied settles nothing: the sent mark and the receipt go together."""

    _, _, sending = _crash_after_acceptance(db, smtp_server, monkeypatch)
    name = sending.file.file_name

    def broken(*_args, **_kwargs):
        raise Conflict("the status moved under us", code="einvoice_status_move")

    monkeypatch.setattr(receipts.files, "set_status", broken)
    outcome, _ = receipts.import_receipt(db, sdi.receipt_name(name, "RC"), sdi.rc(name, "4242"))
    assert outcome.action == ReceiptAction.NOT_ALLOWED
    assert outbox.get_outbox_message(sending.outbox_id).maybe_sent
    assert files.get_file(sending.file.id).status == EInvoiceStatus.TO_SEND


def test_the_pec_providers_acceptance_of_a_maybe_sent_file_settles_it_as_sent(db, smtp_server, monkeypatch):

    server, view, sending = _crash_after_acceptance(db, smtp_server, monkeypatch)
    outcome, changes = import_receipt(db, "acc.eml", sdi.pec_receipt("accettazione", subject=sending.file.file_name))
    assert outcome.action == ReceiptAction.PEC_ACCEPTED and sending.outbox_id in changes.outbox
    assert OutboxMessage.get_by_id(sending.outbox_id).status == OutboxStatus.SENT
    assert files.get_file(sending.file.id).status == EInvoiceStatus.SENT
    assert send_pec_due(db).sent == 0 and len(server.messages) == 1
