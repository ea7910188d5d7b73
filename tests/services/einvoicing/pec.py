"""The PEC mailbox of the e-invoice tests pointed at the loopback servers: SMTP from tests/smtp_test_server.py,
IMAP a Dovecot mailbox of tests/services/mail/fixtures.py (or a closed port when a test only sends)."""

from __future__ import annotations

from email import message_from_bytes, policy

from smallcrm.services.einvoicing.pec_account import PecSettings, save_pec_settings
from tests.smtp_test_server import PASSWORD, USER, Received, free_port

PEC_ADDRESS = "bottega@pec.bottega.example"


def configure_pec(db, smtp_port: int, mailbox=None) -> None:
    """Save the PEC mailbox: SMTP on ``smtp_port``, IMAP on the Dovecot ``mailbox`` (one user and password for
    both, as a PEC provider gives them: the SMTP server is started with the mailbox's, ``credentials=``), or a
    closed IMAP port when a test only sends."""
    if mailbox is None:
        save_pec_settings(db, PecSettings(PEC_ADDRESS, USER, "127.0.0.1", smtp_port, "none", "127.0.0.1", free_port(),
                                          "none"), PASSWORD)
        return
    save_pec_settings(db, PecSettings(PEC_ADDRESS, mailbox.user, "127.0.0.1", smtp_port, "none", "127.0.0.1",
                                      mailbox.server.port, "none"), mailbox.password)


def attachment(received: Received) -> tuple[str, bytes]:
    """The one file a message carries: its name and its exact bytes."""
    message = message_from_bytes(received.data, policy=policy.default)
    [part] = list(message.iter_attachments())
    return part.get_filename(), part.get_payload(decode=True)


def subject(received: Received) -> str:
    return str(message_from_bytes(received.data, policy=policy.default)["Subject"])
