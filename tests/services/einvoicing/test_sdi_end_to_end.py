"""Every path with the SdI end to end, on loopback: e-invoices leave by SMTP from the PEC mailbox, a fake SdI
reads each file and answers with PEC envelopes into a real Dovecot, the fetch takes them in and the files move.
Skipped without Dovecot (as the mail tests)."""

from __future__ import annotations

import pytest

from smallcrm.domain import EInvoiceStatus, ReceiptAction, ReceiptKind
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.fetching import fetch_receipts
from smallcrm.services.einvoicing.pec_account import SDI_FIRST_ADDRESS, pec_settings
from smallcrm.services.einvoicing.sending import send_einvoice, send_pec_due
from smallcrm.services.parties.parties import AddressDraft
from tests import factories
from tests.factories import line
from tests.services.einvoicing import cases
from tests.services.einvoicing.fake_sdi import FakeSdi, received_to
from tests.services.einvoicing.pec import configure_pec


@pytest.fixture
def sdi(db, mailbox, smtp_server):
    """The PEC mailbox on loopback (SMTP taking the Dovecot mailbox's login) and the fake SdI behind it."""
    server = smtp_server(credentials=(mailbox.user, mailbox.password))
    configure_pec(db, server.port, mailbox)
    return FakeSdi(server, mailbox)


def _send(db, sdi: FakeSdi, invoice_id: int):
    """Send one e-invoice and let the fake SdI take it: (the file, what the SdI took)."""
    sending, _ = send_einvoice(db, invoice_id)
    assert send_pec_due(db).sent == 1
    [taken] = sdi.take_new()
    assert taken.xml == files.file_xml(sending.file.id)  # byte for byte what is kept with the invoice
    return sending.file, taken


def _status(file) -> EInvoiceStatus:
    return files.get_file(file.id).status


def test_delivered_and_the_address_the_sdi_assigns_is_kept_for_the_next_file(db, sdi):
    first = cases.reverse_charge(db)
    file, taken = _send(db, sdi, first.id)
    assert taken.to == SDI_FIRST_ADDRESS and _status(file) == EInvoiceStatus.SENT

    sdi.answer(taken, "RC")
    fetched = fetch_receipts(db)

    [outcome] = fetched.outcomes
    assert (outcome.kind, outcome.action, outcome.file) == (ReceiptKind.RC, ReceiptAction.DELIVERED, file.file_name)
    assert _status(file) == EInvoiceStatus.DELIVERED and files.get_file(file.id).sdi_id == taken.sdi_id
    assert fetched.sdi_address == "sdi23@pec.fatturapa.it" == pec_settings().sdi_address

    second = factories.issued_invoice(db, first.party.id, [line("Ripristino intonaco", 1, "800", 0, "N6.7")])
    _, taken = _send(db, sdi, second.id)
    assert taken.to == "sdi23@pec.fatturapa.it" and received_to(sdi.smtp) == [SDI_FIRST_ADDRESS, taken.to]
    assert fetch_receipts(db).outcomes == []  # nothing read twice


def test_rejected_then_corrected_and_sent_again_with_a_new_progressive_then_delivered(db, sdi):
    view = cases.instalments(db)
    rejected, taken = _send(db, sdi, view.id)
    sdi.answer(taken, "NS")
    [outcome] = fetch_receipts(db).outcomes
    assert outcome.action == ReceiptAction.REJECTED and _status(rejected) == EInvoiceStatus.REJECTED
    assert "00002" in files.get_file(rejected.id).detail

    again, taken_again = _send(db, sdi, view.id)  # the re-send: a new file, to the address the SdI assigned

    assert again.id != rejected.id and again.progressive != rejected.progressive
    assert taken_again.to == "sdi23@pec.fatturapa.it"
    assert taken_again.element("Numero") == taken.element("Numero") == view.number
    assert taken_again.element("ProgressivoInvio") == again.progressive
    sdi.answer(taken_again, "RC")
    fetch_receipts(db)
    assert [f.status for f in files.list_files(view.id)] == [EInvoiceStatus.REJECTED, EInvoiceStatus.DELIVERED]


def test_not_delivered_answered_as_a_signed_p7m(db, sdi):
    view = cases.intra_eu(db)
    file, taken = _send(db, sdi, view.id)
    sdi.answer(taken, "MC.p7m")
    [outcome] = fetch_receipts(db).outcomes
    assert (outcome.kind, outcome.action) == (ReceiptKind.MC, ReceiptAction.NOT_DELIVERED)
    assert _status(file) == EInvoiceStatus.NOT_DELIVERED


def test_a_public_administration_accepts_one_and_refuses_another(db, sdi):
    accepted = cases.split_payment_to_a_public_body(db)
    refused = factories.issued_invoice(db, accepted.party.id, [line("Sostituzione bruciatore", 1, "900")],
                                       vat_collectability="S")
    file_a, taken_a = _send(db, sdi, accepted.id)
    file_r, taken_r = _send(db, sdi, refused.id)
    assert taken_a.element("FormatoTrasmissione") == "FPA12"
    sdi.answer(taken_a, "RC", "NE:EC01")
    sdi.answer(taken_r, "RC", "NE:EC02")

    outcomes = fetch_receipts(db).outcomes

    assert [(o.kind, o.action) for o in outcomes] == [
        (ReceiptKind.RC, ReceiptAction.DELIVERED), (ReceiptKind.NE, ReceiptAction.ACCEPTED),
        (ReceiptKind.RC, ReceiptAction.DELIVERED), (ReceiptKind.NE, ReceiptAction.REFUSED)]
    assert (_status(file_a), _status(file_r)) == (EInvoiceStatus.ACCEPTED, EInvoiceStatus.REFUSED)


def test_a_broken_answer_is_listed_and_changes_nothing_and_the_fetch_goes_on(db, sdi):
    view = cases.forfettario_with_stamp_duty(db)
    file, taken = _send(db, sdi, view.id)
    sdi.answer(taken, "broken")
    sdi.mailbox.deliver(b"this is not a mail at all\r\n")
    sdi.answer(taken, "RC")

    fetched = fetch_receipts(db)

    assert [o.action for o in fetched.outcomes] == [ReceiptAction.UNREADABLE, ReceiptAction.NOT_PEC,
                                                    ReceiptAction.DELIVERED]
    assert all(o.entry for o in fetched.outcomes)  # each one is on the incoming list, none lost
    assert fetched.stopped is None and _status(file) == EInvoiceStatus.DELIVERED


def test_a_customer_abroad_is_sent_too(db, sdi):
    """A foreign customer (XXXXXXX) goes through the SdI like any other: delivered."""
    cases.our_company(db, iban=cases.IBAN)
    buyer = factories.company(db, "Dupont SARL", vat_number="FR40303265045", country="FR",
                              addresses=[AddressDraft("1 rue de la Paix", "75002", "Paris", "", "FR")])
    view = factories.issued_invoice(db, buyer.id, [line("Consulenza", 1, "500", 0, "N2.1")])
    file, taken = _send(db, sdi, view.id)
    assert taken.element("CodiceDestinatario") == "XXXXXXX"
    sdi.answer(taken, "RC")
    fetch_receipts(db)
    assert _status(file) == EInvoiceStatus.DELIVERED
