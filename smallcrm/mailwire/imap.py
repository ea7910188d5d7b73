"""Reading folders of an IMAP mailbox with imapclient: SSL, STARTTLS or plain, with a timeout; every failure
becomes a ``ServerError`` with a stable code and a message that names the server (never the password)."""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import SENT

from smallcrm.domain import MailSecurity
from smallcrm.errors import ServerError

SECURITY = tuple(MailSecurity)
FETCH_BATCH = 25  # messages per FETCH: few round trips...
FETCH_BYTES = 16 * 1024 * 1024  # ...and a bounded amount of mail in memory (one bigger message goes alone)


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    security: MailSecurity
    user: str
    password: str
    folders: tuple[str, ...] = ("INBOX",)
    timeout: float = 20.0

    @property
    def key(self) -> str:
        """The account as folder states remember it (and the keyring names its password)."""
        return f"{self.user}@{self.host}"

    def __repr__(self) -> str:  # never the password, even in a traceback
        return f"ImapAccount({self.user!r}@{self.host}:{self.port}, {self.security})"


@dataclass(frozen=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    exists: int


def _failure(error: BaseException, account: ImapAccount, doing: str) -> ServerError:
    where = f"{account.host}:{account.port}"
    if isinstance(error, ServerError):
        return error
    if isinstance(error, LoginError):
        return ServerError(f"The mail server {where} refused the login of {account.user}: check the user name "
                           "and the password", code="login_refused", server=where, user=account.user)
    if isinstance(error, TimeoutError | socket.timeout):
        return ServerError(f"The mail server {where} did not answer in {account.timeout:g} seconds while "
                           f"{doing}", code="server_timeout", server=where, seconds=account.timeout)
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return ServerError(f"No secure connection to {where} ({error.__class__.__name__}): check the port and "
                           "the security setting", code="tls_failed", server=where)
    if isinstance(error, socket.gaierror):
        return ServerError(f"Unknown mail server {account.host}", code="server_unreachable", server=where)
    if isinstance(error, ConnectionRefusedError):
        return ServerError(f"The mail server {where} refused the connection: check the host and the port",
                           code="server_unreachable", server=where)
    if isinstance(error, imaplib.IMAP4.abort | ConnectionError | EOFError):
        return ServerError(f"The mail server {where} closed the connection while {doing}",
                           code="connection_dropped", server=where)
    if isinstance(error, OSError):
        return ServerError(f"Cannot reach the mail server {where}: {error.strerror or error}",
                           code="server_unreachable", server=where)
    return ServerError(f"The mail server {where} answered with an error while {doing}", code="server_error",
                       server=where)


class ImapMailbox:
    """One logged-in session; use as a context manager (logs out and closes, whatever happened)."""

    def __init__(self, account: ImapAccount) -> None:
        if account.security not in SECURITY:
            raise ValueError(f"unknown IMAP security {account.security}")
        self.account = account
        self._client: IMAPClient | None = None

    def __enter__(self) -> ImapMailbox:
        account = self.account
        try:
            context = ssl.create_default_context()
            client = IMAPClient(account.host, port=account.port, ssl=account.security == MailSecurity.SSL,
                                ssl_context=context if account.security == MailSecurity.SSL else None,
                                timeout=account.timeout)
        except Exception as exc:
            raise _failure(exc, account, "connecting") from None
        self._client = client
        try:
            if account.security == MailSecurity.STARTTLS:
                client.starttls(context)
            client.login(account.user, account.password)
        except Exception as exc:
            self._close()
            raise _failure(exc, account, "logging in") from None
        return self

    def __exit__(self, *exc_info) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # the line may already be gone: closing is all that is left
                self._client.logout()
            self._close()

    def _close(self) -> None:
        with contextlib.suppress(Exception):
            if self._client is not None:
                self._client.shutdown()
        self._client = None

    def _call(self, doing: str, function, *args, **kwargs):
        try:
            return function(*args, **kwargs)
        except (IMAPClientError, imaplib.IMAP4.error) as exc:
            if isinstance(exc, imaplib.IMAP4.abort):
                raise _failure(exc, self.account, doing) from None
            raise ServerError(f"The mail server {self.account.host}:{self.account.port} answered with an error "
                              f"while {doing}", code="server_error", server=self.account.host) from None
        except Exception as exc:
            raise _failure(exc, self.account, doing) from None

    def open_folder(self, folder: str) -> FolderStatus:
        """Select ``folder`` read-only (fetching must not change flags on the server)."""
        client = self._client
        if not self._call(f"looking for folder {folder}", client.folder_exists, folder):
            raise ServerError(f"There is no folder {folder!r} on {self.account.host}", code="folder_missing",
                              folder=folder, server=self.account.host)
        status = self._call(f"opening folder {folder}", client.select_folder, folder, readonly=True)
        return FolderStatus(int(status.get(b"UIDVALIDITY", 0)), int(status.get(b"UIDNEXT", 0) or 0),
                            int(status.get(b"EXISTS", 0)))

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above ``last_uid`` in the open folder, in order (n:* also answers the highest UID: filtered)."""
        found = self._call("listing new messages", self._client.search, ["UID", f"{last_uid + 1}:*"])
        return sorted(uid for uid in found if uid > last_uid)

    def sizes(self, uids: list[int]) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for start in range(0, len(uids), 500):
            answer = self._call("listing new messages", self._client.fetch, uids[start:start + 500], ["RFC822.SIZE"])
            sizes.update({uid: int(data.get(b"RFC822.SIZE", 0)) for uid, data in answer.items()})
        return sizes

    def message_batches(self, uids: list[int]) -> Iterator[list[tuple[int, bytes]]]:
        """Lists of (uid, raw bytes) of the open folder, in UID order, without marking them as read; each list
        holds at most FETCH_BATCH messages and FETCH_BYTES (unless one message alone is bigger)."""
        sizes = self.sizes(uids)
        batch: list[int] = []
        held = 0
        for uid in [*uids, None]:
            size = sizes.get(uid, 0) if uid is not None else 0
            if batch and (uid is None or len(batch) == FETCH_BATCH or held + size > FETCH_BYTES):
                answer = self._call("downloading messages", self._client.fetch, batch, ["BODY.PEEK[]"])
                yield [(u, bytes(answer[u][b"BODY[]"])) for u in batch if b"BODY[]" in answer.get(u, {})]
                batch, held = [], 0
            if uid is not None:
                batch.append(uid)
                held += size

    def sent_folder(self, create: str = "Sent") -> str:
        """The account's Sent folder: the one the server flags \\Sent, else one with a usual name, else ``create``
        made (as mail programs do)."""
        client = self._client
        found = self._call("looking for the Sent folder", client.find_special_folder, SENT)
        if found:
            return found
        self._call(f"creating folder {create}", client.create_folder, create)
        return create

    def append(self, folder: str, raw: bytes, seen: bool = True) -> None:
        """Store a message in ``folder`` (a copy of one we sent: already read)."""
        self._call(f"saving a copy in folder {folder}", self._client.append, folder, raw,
                   flags=(b"\\Seen",) if seen else ())
