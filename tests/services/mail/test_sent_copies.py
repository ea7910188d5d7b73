"""A mail sent from SmallCRM also lands in the IMAP Sent folder (real aiosmtpd + real Dovecot), read, byte for byte
what went out; a copy that cannot be kept never stops the sending."""

from __future__ import annotations

from email import message_from_bytes, policy

from smallcrm.db.mail_models import OutboxMessage
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.mail.account import ImapSettings, save_imap_settings
from smallcrm.services.mail.incoming import fetch_mail
from smallcrm.services.mail.outgoing import queue_document_mail, send_due
from tests.smtp_test_server import configure


def _imap(db, mailbox, password=None) -> None:
    save_imap_settings(db, ImapSettings(mailbox.server.host, mailbox.server.port, "none", mailbox.user),
                       password=password or mailbox.password)


def _queue(db, quote) -> int:
    return queue_document_mail(db, "quote", quote.id, "ufficio@rossi-impianti.example", "Preventivo", "Ecco.")[0]


def _folder(mailbox, name: str) -> list[tuple[bytes, tuple]]:
    with mailbox.client() as client:
        if not client.folder_exists(name):
            return []
        client.select_folder(name, readonly=True)
        found = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]", "FLAGS"])
        return [(bytes(data[b"BODY[]"]), data[b"FLAGS"]) for data in found.values()]


def test_the_sent_mail_is_kept_in_the_sent_folder_as_it_went_out(db, quote, smtp_server, mailbox):
    server = smtp_server()
    configure(db, server)
    _imap(db, mailbox)
    with mailbox.client() as client:  # a folder no mail program would take for the Sent one: left alone
        client.create_folder("Posta inviata")
    outbox_id = _queue(db, quote)

    report = send_due(db)

    assert report.sent == 1 and report.copy_problem is None
    (sent,) = server.messages
    (kept, flags) = _folder(mailbox, "Sent")[0]  # no folder flagged \Sent: the usual name is made
    assert kept.replace(b"\r\n", b"\n") == bytes(OutboxMessage.get_by_id(outbox_id).message).replace(b"\r\n", b"\n")
    assert message_from_bytes(kept, policy=policy.default)["Message-ID"] == \
        message_from_bytes(sent.data, policy=policy.default)["Message-ID"]
    assert b"\\Seen" in flags
    assert _folder(mailbox, "Posta inviata") == []

    set_setting(db, "imap_folders", "INBOX, Sent")
    again = fetch_mail(db)  # reading the Sent folder back logs nothing twice
    assert (again.logged, again.already_known) == (0, 1)


def test_a_copy_that_cannot_be_kept_does_not_stop_the_mail(db, quote, smtp_server, mailbox):
    server = smtp_server()
    configure(db, server)
    _imap(db, mailbox, password="wrong")
    first, second = _queue(db, quote), _queue(db, quote)

    report = send_due(db)

    assert report.sent == 2 and len(server.messages) == 2
    assert report.copy_problem is not None and "refused" in str(report.copy_problem)
    assert {OutboxMessage.get_by_id(i).status for i in (first, second)} == {"sent"}
    assert _folder(mailbox, "Sent") == []


def test_no_copy_when_the_setting_is_off_or_there_is_no_account(db, quote, smtp_server, mailbox):
    server = smtp_server()
    configure(db, server)
    _queue(db, quote)
    assert send_due(db).sent == 1  # no IMAP account: nothing to copy to, nothing said

    _imap(db, mailbox)
    set_setting(db, "imap_copy_sent", False)
    _queue(db, quote)
    report = send_due(db)
    assert report.sent == 1 and report.copy_problem is None and _folder(mailbox, "Sent") == []
