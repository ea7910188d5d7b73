"""The SMTP transport against real servers on 127.0.0.1: every failure is one SendError with a stable code."""

import time

import pytest

from smallcrm.mailwire.compose import address, compose_message
from smallcrm.mailwire.smtp import SendError, SmtpAccount, SmtpTransport
from tests.smtp_test_server import PASSWORD, USER, free_port


def _message(to: list[str]) -> bytes:
    return compose_message(sender=address("Anna", "anna@bottega.example"), to=[address("", a) for a in to],
                           subject="Prova", body="Ciao").as_bytes()


def _account(port: int, password: str = PASSWORD, timeout: float = 5) -> SmtpAccount:
    return SmtpAccount("127.0.0.1", port, "none", USER, password, timeout)


def test_a_message_is_delivered_byte_for_byte_after_the_login(smtp_server):
    server = smtp_server()
    data = _message(["mario@rossi.example"])
    with SmtpTransport(_account(server.port)) as transport:
        assert transport.send(data, "anna@bottega.example", ["mario@rossi.example"]) == []
    assert server.logins == [(USER, PASSWORD)]
    (received,) = server.messages
    assert received.mail_from == "anna@bottega.example" and received.rcpt_tos == ["mario@rossi.example"]
    assert received.data.replace(b"\r\n", b"\n") == data.replace(b"\r\n", b"\n")


def test_a_refused_login_says_so_without_the_password(smtp_server):
    server = smtp_server(accept_login=False)
    with pytest.raises(SendError) as caught, SmtpTransport(_account(server.port)):
        pass
    assert caught.value.code == "smtp_auth_refused" and not caught.value.transient
    assert "refused the user name or password" in str(caught.value) and PASSWORD not in str(caught.value)
    assert server.messages == []


def test_nothing_listening_is_a_transient_connection_refused():
    port = free_port()
    with pytest.raises(SendError) as caught, SmtpTransport(_account(port)):
        pass
    assert caught.value.code == "smtp_connection_refused" and caught.value.transient
    assert f"127.0.0.1:{port}" in str(caught.value)


def test_a_dropped_connection_is_transient(smtp_server):
    server = smtp_server("drop")
    with pytest.raises(SendError) as caught, SmtpTransport(_account(server.port)) as transport:
        transport.send(_message(["a@b.example"]), "anna@bottega.example", ["a@b.example"])
    assert caught.value.code == "smtp_dropped" and caught.value.transient
    assert server.messages == []


def test_a_slow_server_times_out_after_the_timeout(smtp_server):
    server = smtp_server("slow", delay=3)
    started = time.monotonic()
    with pytest.raises(SendError) as caught, SmtpTransport(_account(server.port, timeout=1)):
        pass
    assert caught.value.code == "smtp_timeout" and caught.value.transient
    assert "did not answer within 1 seconds" in str(caught.value)
    assert time.monotonic() - started < 2.5


def test_a_refused_recipient_is_reported_and_the_others_get_it(smtp_server):
    server = smtp_server("refuse_rcpt")
    with SmtpTransport(_account(server.port)) as transport:
        refused = transport.send(_message(["nobody@x.example", "ok@x.example"]), "anna@bottega.example",
                                 ["nobody@x.example", "ok@x.example"])
        assert refused == ["nobody@x.example"]
        with pytest.raises(SendError) as caught:
            transport.send(_message(["nobody@x.example"]), "anna@bottega.example", ["nobody@x.example"])
    assert caught.value.code == "smtp_recipient_refused" and not caught.value.transient
    assert [m.rcpt_tos for m in server.messages] == [["ok@x.example"]]


def test_no_server_set_is_a_clear_error():
    with pytest.raises(SendError) as caught:
        SmtpTransport(SmtpAccount(""))
    assert caught.value.code == "smtp_not_configured"


@pytest.fixture
def certificate(tmp_path):
    from tests.smtp_test_server import self_signed

    return self_signed(tmp_path)


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_starttls_and_ssl_deliver_over_a_verified_connection(smtp_server, certificate, security):
    import ssl

    server = smtp_server(security=security, cert=certificate)
    trusted = ssl.create_default_context(cafile=str(certificate[0]))
    account = SmtpAccount("127.0.0.1", server.port, security, USER, PASSWORD, 5, tls_context=trusted)
    with SmtpTransport(account) as transport:
        transport.send(_message(["a@b.example"]), "anna@bottega.example", ["a@b.example"])
    assert len(server.messages) == 1 and server.logins == [(USER, PASSWORD)]


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_an_untrusted_certificate_is_refused(smtp_server, certificate, security):
    server = smtp_server(security=security, cert=certificate)
    with pytest.raises(SendError) as caught, SmtpTransport(SmtpAccount("127.0.0.1", server.port, security, USER,
                                                                       PASSWORD, 5)):
        pass
    assert caught.value.code == "smtp_tls_failed" and server.logins == []


def test_ssl_against_a_plain_server_is_a_clear_tls_error(smtp_server):
    server = smtp_server()
    with pytest.raises(SendError) as caught, SmtpTransport(SmtpAccount("127.0.0.1", server.port, "ssl", USER,
                                                                       PASSWORD, 3)):
        pass
    assert caught.value.code == "smtp_tls_failed" and "security setting" in str(caught.value)


def test_a_server_that_requires_starttls_refuses_a_plain_login(smtp_server, certificate):
    server = smtp_server(security="starttls", cert=certificate)
    with pytest.raises(SendError) as caught, SmtpTransport(_account(server.port)):
        pass
    assert not caught.value.transient and server.logins == []
