"""Errors as people read them: one translated line, never a traceback (that goes to the log)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smallcrm.errors import SmallCrmError, ValidationError

log = logging.getLogger("smallcrm.ui")

# codes with a text of their own; any other code shows the service's English message
_TEXTS = {
    "required": "This field is required",
    "email_invalid": "Not a valid e-mail address",
    "phone_invalid": "Not a valid phone number",
    "website_invalid": "Not a web address",
    "number_invalid": "Not a valid number",
    "too_many_decimals": "Too many decimals",
    "vat_unknown": "Unknown VAT rate",
    "exceeds_balance": "More than the balance due",
    "invoice_issued": "An issued invoice cannot be changed: correct it with a credit note",
    "damaged": "The database is damaged",
    "in_use": "The database is open in another SmallCRM",
    "disk_full": "The disk is full: nothing was saved",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def message_for(error: BaseException) -> str:
    if isinstance(error, SmallCrmError):
        if error.code in _TEXTS and not isinstance(error, ValidationError):
            return f"{tr(_TEXTS[error.code])}: {error.message}"
        return error.message
    log.error("unexpected error", exc_info=error)
    return tr("Something went wrong ({name}). The details are in the log.").format(name=type(error).__name__)


def field_message(error: ValidationError) -> str:
    """The text shown next to a field."""
    return tr(_TEXTS[error.code]) if error.code in _TEXTS and error.code != "required" else error.message


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or tr("SmallCRM"), message_for(error))
