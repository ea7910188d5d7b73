"""Sending over SMTP (smtplib): SSL, STARTTLS or plain, with a timeout; every failure becomes one ``SendError``
with a stable code, a clear English message (never the password) and whether trying later may help."""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from dataclasses import dataclass, field

from smallcrm.domain import MailSecurity
from smallcrm.errors import ServerError

SECURITIES = tuple(MailSecurity)


class SendError(ServerError):
    """The mail could not be handed to the server. ``transient``: the same message may go through later
    (offline, server down or slow); otherwise something must change first (password, address)."""

    code = "smtp_error"

    def __init__(self, message: str, *, code: str, transient: bool, **params) -> None:
        self.transient = transient
        super().__init__(message, code=code, **params)


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int = 587
    security: MailSecurity = MailSecurity.STARTTLS
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = 20.0
    tls_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)  # tests: a private CA


def _server_text(error: smtplib.SMTPResponseException) -> str:
    text = error.smtp_error.decode("utf-8", "replace") if isinstance(error.smtp_error, bytes) else str(
        error.smtp_error)
    return f"{error.smtp_code} {' '.join(text.split())}".strip()


def describe(error: BaseException, account: SmtpAccount) -> SendError:
    """The SendError for whatever smtplib, ssl or the socket raised."""
    where = f"{account.host}:{account.port}"
    if isinstance(error, SendError):
        return error
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return SendError(f"The mail server {where} refused the user name or password ({_server_text(error)})",
                         code="smtp_auth_refused", transient=False, server=where)
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return SendError(f"The mail server {where} does not offer what was asked ({error}); check the security "
                         "setting", code="smtp_not_supported", transient=False, server=where)
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refused = ", ".join(sorted(error.recipients))
        return SendError(f"The mail server refused the recipient {refused}", code="smtp_recipient_refused",
                         transient=False, recipients=refused)
    if isinstance(error, smtplib.SMTPSenderRefused):
        return SendError(f"The mail server refused the sender address ({_server_text(error)})",
                         code="smtp_sender_refused", transient=error.smtp_code < 500)
    if isinstance(error, smtplib.SMTPDataError | smtplib.SMTPResponseException):
        return SendError(f"The mail server refused the message ({_server_text(error)})", code="smtp_refused",
                         transient=error.smtp_code < 500)
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(error.__context__, TimeoutError):
        error = error.__context__  # smtplib reports a reply that never came as a closed connection
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionResetError | BrokenPipeError
                  | ConnectionAbortedError):
        return SendError(f"The mail server {where} closed the connection", code="smtp_dropped", transient=True,
                         server=where)
    if isinstance(error, TimeoutError | socket.timeout):
        return SendError(f"The mail server {where} did not answer within {account.timeout:g} seconds",
                         code="smtp_timeout", transient=True, server=where, seconds=account.timeout)
    if isinstance(error, ConnectionRefusedError):
        return SendError(f"Nothing answers at {where}: the mail server is down or the port is wrong",
                         code="smtp_connection_refused", transient=True, server=where)
    if isinstance(error, socket.gaierror):
        return SendError(f"The mail server {account.host} cannot be found (offline, or a wrong name)",
                         code="smtp_offline", transient=True, server=where)
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return SendError(f"A secure connection to {where} failed ({getattr(error, 'reason', None) or error}); "
                         "check the security setting and the port", code="smtp_tls_failed", transient=False,
                         server=where)
    if isinstance(error, OSError):
        return SendError(f"The mail server {where} cannot be reached ({error.strerror or error})",
                         code="smtp_unreachable", transient=True, server=where)
    if isinstance(error, smtplib.SMTPException):
        return SendError(f"The mail server {where} answered unexpectedly ({error})", code="smtp_error",
                         transient=True, server=where)
    raise error


class SmtpTransport:
    """One connection for a batch: ``with SmtpTransport(account) as t: t.send(...)``."""

    def __init__(self, account: SmtpAccount) -> None:
        if not account.host:
            raise SendError("No outgoing mail server is set: see Settings → Mail", code="smtp_not_configured",
                            transient=False)
        if account.security not in SECURITIES:
            raise SendError(f"Unknown security {account.security!r}", code="smtp_not_configured", transient=False)
        self.account = account
        self._smtp: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        return self.account.tls_context or ssl.create_default_context()

    def __enter__(self) -> SmtpTransport:
        account = self.account
        try:
            if account.security == MailSecurity.SSL:
                smtp = smtplib.SMTP_SSL(account.host, account.port, timeout=account.timeout,
                                        context=self._context())
            else:
                smtp = smtplib.SMTP(account.host, account.port, timeout=account.timeout)
            self._smtp = smtp
            smtp.ehlo()
            if account.security == MailSecurity.STARTTLS:
                smtp.starttls(context=self._context())
                smtp.ehlo()
            if account.user:
                smtp.login(account.user, account.password)
        except BaseException as error:
            self._close()
            if isinstance(error, Exception):
                raise describe(error, account) from None  # no traceback frames holding the password
            raise
        return self

    def send(self, message: bytes, sender: str, recipients: list[str]) -> list[str]:
        """Hand the exact message bytes over; raises SendError when nothing went. Returns the recipients the
        server refused while it accepted the others (the mail is sent: retrying would duplicate it)."""
        if self._smtp is None:
            raise SendError("Not connected", code="smtp_dropped", transient=True)
        try:
            refused = self._smtp.sendmail(sender, recipients, message)
        except Exception as error:
            raise describe(error, self.account) from None
        return sorted(refused)

    def _close(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except Exception:
                with contextlib.suppress(Exception):
                    self._smtp.close()
            self._smtp = None

    def __exit__(self, *exc) -> None:
        self._close()
