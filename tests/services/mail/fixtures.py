"""Fixtures for the tests that read mail: a real Dovecot on loopback (one per session, one mailbox per test).

Imported by tests/mail/conftest.py and by the window tests that fetch mail."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from imapclient import IMAPClient

from smallcrm.mailwire.imap import ImapAccount
from tests.services.mail.dovecot import Dovecot, dovecot_binary


@pytest.fixture(scope="session")
def dovecot():
    binary = dovecot_binary()
    if binary is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd; .ci/run installs it as root)")
    server = Dovecot(binary)
    try:
        server.start()
    except Exception:
        server.stop()
        raise
    yield server
    server.stop()


@dataclass
class Mailbox:
    server: Dovecot
    user: str
    password: str

    def account(self, *folders: str, password: str | None = None, timeout: float = 10) -> ImapAccount:
        return ImapAccount(self.server.host, self.server.port, "none", self.user,
                           self.password if password is None else password, folders or ("INBOX",), timeout)

    def deliver(self, *messages: bytes, folder: str = "INBOX") -> None:
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                client.append(folder, raw)

    def client(self) -> IMAPClient:
        return self.server.client(self.user, self.password)


@pytest.fixture
def mailbox(dovecot) -> Mailbox:
    return Mailbox(dovecot, *dovecot.add_user())
