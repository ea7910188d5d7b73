"""Real SMTP servers on 127.0.0.1 for the mail tests (aiosmtpd in a thread): one that accepts and keeps every
message, one that refuses the login, one that drops the connection, one that answers too slowly."""

from __future__ import annotations

import asyncio
import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

USER, PASSWORD = "agent@example.com", "s3cret-Pa55word!"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Handler:
    behaviour: str = "ok"  # ok | drop | slow | refuse_rcpt
    delay: float = 0.0
    messages: list[Received] = field(default_factory=list)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        if self.behaviour == "slow":
            await asyncio.sleep(self.delay)
        session.host_name = hostname
        return responses

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.behaviour == "drop":
            server.transport.close()
            return "421 closing"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.behaviour == "refuse_rcpt" and address.startswith("nobody"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key, made with the openssl command."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


class Server:
    def __init__(self, behaviour: str = "ok", accept_login: bool = True, delay: float = 0.0,
                 port: int | None = None, security: str = "none", cert: tuple[Path, Path] | None = None,
                 credentials: tuple[str, str] = (USER, PASSWORD)) -> None:
        self.handler = Handler(behaviour, delay)
        self.port = port or free_port()
        self.logins: list[tuple[str, str]] = []
        tls: dict = {}
        if security != "none":
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*cert)
            tls = {"ssl_context": context} if security == "ssl" else {"tls_context": context,
                                                                       "require_starttls": True}

        def authenticate(server, session, envelope, mechanism, auth_data):
            self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
            ok = accept_login and (auth_data.login.decode(), auth_data.password.decode()) == credentials
            return AuthResult(success=ok, handled=False)

        # aiosmtpd counts only STARTTLS as TLS for AUTH; with implicit SSL the whole connection is encrypted
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, authenticator=authenticate,
                                     auth_require_tls=security == "starttls", ready_timeout=10, **tls)
        self.controller.start()

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def smtp_server():
    """``smtp_server("ok" | "drop" | "slow" | "refuse_rcpt", accept_login=, delay=, port=)`` → a running Server."""
    started: list[Server] = []

    def start(behaviour: str = "ok", **options) -> Server:
        server = Server(behaviour, **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def configure(db, server: Server | None, *, port: int | None = None, password: str = PASSWORD,
              timeout: int = 5) -> None:
    """Point the mail settings at a test server (or at a closed port) and keep the password in the keyring."""
    from smallcrm.services.admin.settings import set_setting
    from smallcrm.services.mail.outgoing import save_smtp_password

    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", port or (server.port if server else free_port())),
                       ("smtp_security", "none"), ("smtp_user", USER), ("smtp_timeout_seconds", timeout),
                       ("mail_sender_name", "Anna Bianchi"), ("mail_sender_address", "anna@bottega.example")):
        set_setting(db, key, value)
    save_smtp_password(password)
