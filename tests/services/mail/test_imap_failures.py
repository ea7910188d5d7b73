"""Servers that misbehave, each a real socket on loopback: a clear error with a stable code, nothing logged."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import pytest

from smallcrm.db.models import Communication
from smallcrm.errors import ServerError
from smallcrm.mailwire.imap import ImapAccount
from smallcrm.services.mail.incoming import fetch_mail
from tests.services.mail.dovecot import free_port


class Misbehaving:
    """Accepts connections on 127.0.0.1 and hands each to ``serve`` in a thread; closed at the end of the test."""

    def __init__(self, serve: Callable[[socket.socket, threading.Event], None]) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._serve = serve
        self.stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        self.listener.settimeout(0.05)  # a blocked accept() does not notice the listener closing
        while not self.stop.is_set():
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            connection.settimeout(None)
            with connection:
                self._serve(connection, self.stop)

    def close(self) -> None:
        self.stop.set()
        self._thread.join(5)
        self.listener.close()


@pytest.fixture
def server():
    made: list[Misbehaving] = []

    def make(serve: Callable[[socket.socket, threading.Event], None]) -> Misbehaving:
        made.append(Misbehaving(serve))
        return made[-1]

    yield make
    for one in made:
        one.close()


def account(port: int, security: str = "none", timeout: float = 1.0) -> ImapAccount:
    return ImapAccount("127.0.0.1", port, security, "anna@ourshop.it", "s3cret-password", ("INBOX",), timeout)


def _fails(db, port: int, code: str, **kwargs) -> ServerError:
    with pytest.raises(ServerError) as failure:
        fetch_mail(db, account(port, **kwargs))
    assert failure.value.code == code
    assert "s3cret-password" not in str(failure.value)
    assert "s3cret-password" not in repr(account(port))
    assert Communication.select().count() == 0
    return failure.value


def test_nobody_listening_is_named(db):
    error = _fails(db, free_port(), "server_unreachable")
    assert "refused the connection" in str(error)


def test_a_server_that_never_greets_times_out(db, server):
    silent = server(lambda line, stop: stop.wait(3))
    started = time.monotonic()
    error = _fails(db, silent.port, "server_timeout", timeout=0.5)
    assert time.monotonic() - started < 2.5
    assert "did not answer in 0.5 seconds" in str(error)


def test_a_server_that_drops_the_line_after_the_login(db, server):
    def greet_then_hang_up(line: socket.socket, stop: threading.Event) -> None:
        line.sendall(b"* OK IMAP4rev1 ready\r\n")
        line.recv(1000)  # the CAPABILITY or LOGIN command
        line.shutdown(socket.SHUT_RDWR)

    error = _fails(db, server(greet_then_hang_up).port, "connection_dropped")
    assert "closed the connection" in str(error)


def test_a_server_that_answers_slowly_after_the_greeting(db, server):
    def greet_then_stall(line: socket.socket, stop: threading.Event) -> None:
        line.sendall(b"* OK IMAP4rev1 ready\r\n")
        line.recv(1000)
        stop.wait(3)

    _fails(db, server(greet_then_stall).port, "server_timeout", timeout=0.5)


def test_ssl_against_a_plain_server_is_a_tls_error(db, server):
    def plain(line: socket.socket, stop: threading.Event) -> None:
        line.sendall(b"* OK IMAP4rev1 ready\r\n")
        stop.wait(0.5)

    error = _fails(db, server(plain).port, "tls_failed", security="ssl")
    assert "security setting" in str(error)
