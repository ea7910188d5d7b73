"""`smallcrm invoices pec setup|show|test`, `invoices send-einvoice`, `invoices receipts fetch`: the PEC mailbox set
from the command line, an e-invoice sent to the SdI through it (or left waiting when offline), its answers read."""

from __future__ import annotations

import json

from smallcrm.db.connection import open_database
from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing.files import file_xml, list_files, prepare_file, set_status
from smallcrm.services.einvoicing.receipts import import_receipt
from smallcrm.services.sales.invoices import issue_invoice
from tests import factories
from tests.cli.test_sales import document_id
from tests.cli_run import ok
from tests.services.einvoicing import sdi_messages as sdi
from tests.services.einvoicing.fake_sdi import FakeSdi
from tests.services.einvoicing.pec import PEC_ADDRESS
from tests.smtp_test_server import free_port


def _issued(crm, acme_id) -> int:
    invoice_id = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Caldaia|1|500|22"))
    ok(crm, "invoices", "issue", str(invoice_id), "--date", "2026-03-02")
    return invoice_id


def _setup(crm, smtp_port: int, imap_port: int, user: str, password: str) -> None:
    code, out, err = crm("invoices", "pec", "setup", "--address", PEC_ADDRESS, "--user", user, "--smtp-host",
                         "127.0.0.1", "--smtp-port", str(smtp_port), "--smtp-security", "none", "--imap-host",
                         "127.0.0.1", "--imap-port", str(imap_port), "--imap-security", "none", "--password",
                         stdin=password + "\n")
    assert code == 0 and "PEC mailbox saved" in out, err


def test_sent_from_the_pec_mailbox_and_the_answer_fetched(crm, acme_id, mailbox, smtp_server):
    server = smtp_server(credentials=(mailbox.user, mailbox.password))
    _setup(crm, server.port, mailbox.server.port, mailbox.user, mailbox.password)
    assert "SdI address:   sdi01@pec.fatturapa.it (until the SdI's first answer)" in ok(crm, "invoices", "pec",
                                                                                         "show")
    assert "took the login; incoming: INBOX (0 messages)" in ok(crm, "invoices", "pec", "test")
    invoice_id = _issued(crm, acme_id)

    out = ok(crm, "invoices", "send-einvoice", "1/2026")

    [taken] = FakeSdi(server, mailbox).take_new()
    assert out.startswith(f"Sent {taken.file_name} to sdi01@pec.fatturapa.it")
    with open_database(crm.db):
        [file] = list_files(invoice_id)
        assert (file.status, file_xml(file.id)) == (EInvoiceStatus.SENT, taken.xml)
    FakeSdi(server, mailbox).answer(taken, "RC")

    fetched = json.loads(ok(crm, "--json", "invoices", "receipts", "fetch"))

    assert fetched == [{"kind": "RC", "file": taken.file_name, "invoice": invoice_id, "action": "delivered"}]
    assert "sdi23@pec.fatturapa.it (assigned by the SdI)" in ok(crm, "invoices", "pec", "show")
    assert "0 message(s) read" in ok(crm, "invoices", "receipts", "fetch")


def test_offline_it_waits_in_the_outbox_and_a_second_send_is_refused(crm, acme_id):
    _setup(crm, free_port(), free_port(), "bottega", "segreta")
    _issued(crm, acme_id)

    code, out, err = crm("invoices", "send-einvoice", "1/2026")

    assert code == 7 and "waits in the outbox" in out and "Nothing answers at 127.0.0.1" in err
    assert "Invio file IT" in ok(crm, "outbox", "list")
    code, _, err = crm("invoices", "send-einvoice", "1/2026")
    assert code == 5 and "already waits in the outbox" in err


def test_without_a_pec_mailbox_the_missing_setting_is_named(crm, acme_id):
    _issued(crm, acme_id)
    code, _, err = crm("invoices", "send-einvoice", "1/2026")
    assert code == 3 and "pec_address" in err


def test_a_credit_note_after_a_rejection_is_refused_unless_sent_anyway(crm, acme_id):
    _setup(crm, free_port(), free_port(), "bottega", "segreta")
    invoice_id = _issued(crm, acme_id)
    with open_database(crm.db) as db:
        made = prepare_file(db, invoice_id)[0]
        set_status(db, made.id, EInvoiceStatus.SENT)
        import_receipt(db, "ns.xml", sdi.ns(made.file_name, "4711"))
        note = factories.credit_note(db, invoice_id)
        number = issue_invoice(db, note.id, None)[0].number

    code, _, err = crm("invoices", "send-einvoice", number)

    assert code == 5 and "for the books only: the SdI rejected invoice 1/2026" in err
    with open_database(crm.db):
        assert list_files(note.id) == ()
    code, out, _ = crm("invoices", "send-einvoice", number, "--anyway")
    assert code == 7 and "waits in the outbox" in out
