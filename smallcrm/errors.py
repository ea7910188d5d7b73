"""The one family of errors that services raise.

Each error carries a stable ``code`` and its ``params`` so that the UI can show a translated text and
the CLI the English default (``str(error)``).
"""

from __future__ import annotations

from typing import Any


class SmallCrmError(Exception):
    """Base of every error a service raises on purpose."""

    code = "error"
    default = "Something went wrong"

    def __init__(self, message: str | None = None, *, code: str | None = None, **params: Any) -> None:
        self.code = code or self.code
        self.params = params
        self.message = message or self.default.format(**params)
        super().__init__(self.message)


class ValidationError(SmallCrmError):
    """Bad input for one field: ``field`` names it, ``code`` says what is wrong."""

    code = "invalid"

    def __init__(self, field: str, message: str, *, code: str = "invalid", **params: Any) -> None:
        self.field = field
        super().__init__(message, code=code, **params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class NotFound(SmallCrmError):
    code = "not_found"
    default = "{kind} {ident} not found"


class Conflict(SmallCrmError):
    """The request is well-formed but clashes with the current state (issued invoice, merge into itself)."""

    code = "conflict"


class StorageError(SmallCrmError):
    """The database cannot be opened or written: corrupt, locked, read-only, missing folder, full disk."""

    code = "storage"


class ServerError(SmallCrmError):
    """A mail server could not be reached, refused the login, dropped the line or did not answer in time.

    ``code`` says which (server_unreachable, server_timeout, login_refused, connection_dropped, tls_failed,
    folder_missing, server_error); the message names the server, never the password."""

    code = "server_error"
