"""Errors as people read them: one translated line, never a traceback (that goes to the log)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smallcrm.errors import SmallCrmError, ValidationError

log = logging.getLogger("smallcrm.ui")

# codes with a text of their own; any other code shows the service's English message
_TEXTS = {
    "required": QT_TRANSLATE_NOOP("errors", "This field is required"),
    "email_invalid": QT_TRANSLATE_NOOP("errors", "Not a valid e-mail address"),
    "phone_invalid": QT_TRANSLATE_NOOP("errors", "Not a valid phone number"),
    "website_invalid": QT_TRANSLATE_NOOP("errors", "Not a web address"),
    "number_invalid": QT_TRANSLATE_NOOP("errors", "Not a valid number"),
    "too_many_decimals": QT_TRANSLATE_NOOP("errors", "Too many decimals"),
    "vat_unknown": QT_TRANSLATE_NOOP("errors", "Unknown VAT rate"),
    "exceeds_balance": QT_TRANSLATE_NOOP("errors", "More than the balance due"),
    "invoice_issued": QT_TRANSLATE_NOOP("errors", "An issued invoice cannot be changed: correct it with a credit note"),
    "damaged": QT_TRANSLATE_NOOP("errors", "The database is damaged"),
    "in_use": QT_TRANSLATE_NOOP("errors", "The database is open in another SmallCRM"),
    "disk_full": QT_TRANSLATE_NOOP("errors", "The disk is full: nothing was saved"),
    "needs_key": QT_TRANSLATE_NOOP("errors", "The database is encrypted: its passphrase is needed"),
    "wrong_key": QT_TRANSLATE_NOOP("errors", "That passphrase does not open the database"),
    "too_short": QT_TRANSLATE_NOOP("errors", "A passphrase needs at least 8 characters"),
    "passphrase_needed": QT_TRANSLATE_NOOP("errors", "There is no system keyring here: choose a passphrase"),
    "cipher_unavailable": QT_TRANSLATE_NOOP("errors", "Encryption is not available on this computer"),
    "server_unreachable": QT_TRANSLATE_NOOP("errors", "The mail server cannot be reached"),
    "server_timeout": QT_TRANSLATE_NOOP("errors", "The mail server does not answer"),
    "login_refused": QT_TRANSLATE_NOOP("errors", "The mail server refused the user name or the password"),
    "connection_dropped": QT_TRANSLATE_NOOP("errors", "The mail server closed the connection"),
    "tls_failed": QT_TRANSLATE_NOOP("errors", "No secure connection to the mail server"),
    "folder_missing": QT_TRANSLATE_NOOP("errors", "A mail folder does not exist"),
    "server_error": QT_TRANSLATE_NOOP("errors", "The mail server answered with an error"),
}


def _text(code: str) -> str:
    """The translated text of an error code of ``_TEXTS``."""
    return QCoreApplication.translate("errors", _TEXTS[code])


def message_for(error: BaseException) -> str:
    if isinstance(error, SmallCrmError):
        if error.code in _TEXTS and not isinstance(error, ValidationError):
            return f"{_text(error.code)}: {error.message}"
        return error.message
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate("errors", "Something went wrong ({name}). The details are in the log.").format(
        name=type(error).__name__)


def field_message(error: ValidationError) -> str:
    """The text shown next to a field."""
    return _text(error.code) if error.code in _TEXTS and error.code != "required" else error.message


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "SmallCRM"), message_for(error))
