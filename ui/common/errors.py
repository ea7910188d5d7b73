"""Errors as people read them: one translated line, never a traceback (that goes to the log).

Every code a service raises has a text here (a test walks ``smallcrm/`` for them), so a user of a translated
window never reads the services' English. In English the services' own messages, more precise, are kept
where they always were shown (``required`` under a field, the detail after a conflict or a storage error)."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smallcrm.errors import SmallCrmError, ValidationError
from ui.common import formatting

log = logging.getLogger("smallcrm.ui")

_TEXTS = {
    # the base codes of smallcrm.errors
    "error": QT_TRANSLATE_NOOP("errors", "Something went wrong"),
    "invalid": QT_TRANSLATE_NOOP("errors", "Not a valid value"),
    "conflict": QT_TRANSLATE_NOOP("errors", "This cannot be done in the record's present state"),
    "storage": QT_TRANSLATE_NOOP("errors", "The database cannot be read or written"),
    "not_found": QT_TRANSLATE_NOOP("errors", "Not found: it may have been deleted or merged"),
    # input
    "required": QT_TRANSLATE_NOOP("errors", "This field is required"),
    "email_invalid": QT_TRANSLATE_NOOP("errors", "Not a valid e-mail address"),
    "phone_invalid": QT_TRANSLATE_NOOP("errors", "Not a valid phone number"),
    "website_invalid": QT_TRANSLATE_NOOP("errors", "Not a web address"),
    "country_invalid": QT_TRANSLATE_NOOP("errors", "Not a two-letter country code (IT, RO, DE…)"),
    "series_invalid": QT_TRANSLATE_NOOP("errors", "Up to 10 letters, digits or dashes, no spaces or slashes"),
    "kind_invalid": QT_TRANSLATE_NOOP("errors", "Not a known kind of contact"),
    "choice_invalid": QT_TRANSLATE_NOOP("errors", "Not one of the values offered"),
    "type_invalid": QT_TRANSLATE_NOOP("errors", "Not the right kind of value"),
    "unknown_setting": QT_TRANSLATE_NOOP("errors", "Not a known setting"),
    "number_invalid": QT_TRANSLATE_NOOP("errors", "Not a valid number"),
    "too_many_decimals": QT_TRANSLATE_NOOP("errors", "Too many decimals"),
    "number_ambiguous": QT_TRANSLATE_NOOP("errors", "This number could be read two ways"),
    "too_small": QT_TRANSLATE_NOOP("errors", "Too small"),
    "too_large": QT_TRANSLATE_NOOP("errors", "Too large"),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "Out of the allowed range"),
    "duplicate": QT_TRANSLATE_NOOP("errors", "Already used by another record"),
    "logo_invalid": QT_TRANSLATE_NOOP("errors", "The logo must be a PNG image"),
    "erased_not_cleared": QT_TRANSLATE_NOOP("errors", "The erasure is saved, but the disk is too full to clear the "
                                                      "space it freed: free some space; SmallCRM clears it at its "
                                                      "next start"),
    "image_too_large": QT_TRANSLATE_NOOP("errors", "The image file is too large"),
    "image_too_many_pixels": QT_TRANSLATE_NOOP("errors", "The image has too many pixels"),
    "folder_missing": QT_TRANSLATE_NOOP("errors", "That folder does not exist"),
    # parties
    "kind_fixed": QT_TRANSLATE_NOOP("errors", "A person cannot become a company, nor a company a person"),
    "not_a_person": QT_TRANSLATE_NOOP("errors", "Only a person can work for a company"),
    "merged": QT_TRANSLATE_NOOP("errors", "This record was merged into another one"),
    "merge_self": QT_TRANSLATE_NOOP("errors", "A record cannot be merged with itself"),
    "merge_kinds": QT_TRANSLATE_NOOP("errors", "A person and a company cannot be merged"),
    # sales
    "vat_unknown": QT_TRANSLATE_NOOP("errors", "Unknown VAT rate"),
    "before_issue": QT_TRANSLATE_NOOP("errors", "Earlier than the document's date"),
    "quote_not_draft": QT_TRANSLATE_NOOP("errors", "Only a draft quote can be changed: make a new revision"),
    "quote_transition": QT_TRANSLATE_NOOP("errors", "The quote cannot go to that status from its present one"),
    "quote_not_accepted": QT_TRANSLATE_NOOP("errors", "Only an accepted quote becomes an invoice"),
    "quote_invoiced": QT_TRANSLATE_NOOP("errors", "This quote was already invoiced"),
    "incomplete_document": QT_TRANSLATE_NOOP("errors", "Some details the law wants on it are missing"),
    "document_ambiguous": QT_TRANSLATE_NOOP("errors", "This could name two documents"),
    "document_unreadable": QT_TRANSLATE_NOOP("errors", "Not a document number"),
    "invoice_issued": QT_TRANSLATE_NOOP("errors", "An issued invoice cannot be changed: correct it with a credit note"),
    "not_issued": QT_TRANSLATE_NOOP("errors", "Only an issued invoice can take payments or credit notes"),
    "empty": QT_TRANSLATE_NOOP("errors", "An invoice needs at least one line"),
    "zero_total": QT_TRANSLATE_NOOP("errors", "The total must be more than zero"),
    "negative_total": QT_TRANSLATE_NOOP("errors", "A line cannot take off more than the document charges at its "
                                                  "VAT rate"),
    "future_date": QT_TRANSLATE_NOOP("errors", "This date is in the future"),
    "out_of_order": QT_TRANSLATE_NOOP("errors", "A later invoice of this series has an earlier date: numbers must "
                                                "follow the dates"),
    "before_invoice": QT_TRANSLATE_NOOP("errors", "A credit note cannot be dated before the invoice it corrects"),
    "credit_quantity_too_large": QT_TRANSLATE_NOOP("errors", "More than is left to credit on this line"),
    "credit_rate_too_large": QT_TRANSLATE_NOOP("errors", "More than is left to credit at this VAT rate"),
    "credit_rate_not_invoiced": QT_TRANSLATE_NOOP("errors", "The invoice has no line at this VAT rate"),
    "exceeds_refundable": QT_TRANSLATE_NOOP("errors", "More than can be refunded"),
    "not_issued_credit_note": QT_TRANSLATE_NOOP("errors", "Refunds are recorded against issued credit notes only"),
    "nothing_to_credit": QT_TRANSLATE_NOOP("errors", "Choose what to credit: a quantity on a line, or an amount"),
    "exceeds_balance": QT_TRANSLATE_NOOP("errors", "More than the balance due"),
    "cancelled": QT_TRANSLATE_NOOP("errors", "Cancelled: no file was written"),
    # storage
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
    "server_error": QT_TRANSLATE_NOOP("errors", "The mail server answered with an error"),
    "read_only": QT_TRANSLATE_NOOP("errors", "The database cannot be written (read-only)"),
    "missing": QT_TRANSLATE_NOOP("errors", "The file is missing"),
    "wrong_extension": QT_TRANSLATE_NOOP("errors", "The file's extension does not match what is written into it"),
    "attachment_sealed": QT_TRANSLATE_NOOP("errors", "An attachment cannot be decrypted (damaged, or its key is "
                                                     "gone)"),
    "wal_missing": QT_TRANSLATE_NOOP("errors", "The database's -wal file is missing: its last changes would be lost. "
                                               "Put it back, or restore a backup"),
    "wal_mismatch": QT_TRANSLATE_NOOP("errors", "The database's -wal file is not its own (another copy's?): opening "
                                                "would mix them. Put the right one back, or restore a backup"),
    "database_lost": QT_TRANSLATE_NOOP("errors", "The database is missing, but backups of it are here: restore one, "
                                                 "or start anew"),
    "same_file": QT_TRANSLATE_NOOP("errors", "That is the database itself: choose a backup"),
    "erasures_unknown": QT_TRANSLATE_NOOP("errors", "The erasures of the damaged database cannot be read: restoring "
                                                    "could bring erased persons back, so nothing was restored"),
    "ledger_unreadable": QT_TRANSLATE_NOOP("errors", "The erasure ledger beside the database is damaged: nothing "
                                                     "was opened, so that no erased person comes back"),
    "missing_folder": QT_TRANSLATE_NOOP("errors", "The database's folder does not exist"),
    "not_a_database": QT_TRANSLATE_NOOP("errors", "This file is not a SmallCRM database"),
    "unreadable": QT_TRANSLATE_NOOP("errors", "The file cannot be read"),
    "unopenable": QT_TRANSLATE_NOOP("errors", "The database cannot be opened"),
    "too_new": QT_TRANSLATE_NOOP("errors", "The database was written by a newer SmallCRM: please update"),
    "backup_bad": QT_TRANSLATE_NOOP("errors", "The backup failed its integrity check"),
    "backup_failed": QT_TRANSLATE_NOOP("errors", "The backup could not be written"),
    # import, export, encryption, privacy, mail
    "already_encrypted": QT_TRANSLATE_NOOP("errors", "The database is already encrypted"),
    "not_encrypted": QT_TRANSLATE_NOOP("errors", "The database is not encrypted"),
    "convert_bad": QT_TRANSLATE_NOOP(
        "errors", "The converted copy failed its integrity check: the database was left as it was"),
    "convert_failed": QT_TRANSLATE_NOOP("errors", "The database could not be converted: it was left as it was"),
    "keyring_failed": QT_TRANSLATE_NOOP(
        "errors", "The system keyring did not accept the key: choose a passphrase instead"),
    "mismatch": QT_TRANSLATE_NOOP("errors", "The two passphrases differ"),
    "already_undone": QT_TRANSLATE_NOOP("errors", "This import was already undone"),
    "stale": QT_TRANSLATE_NOOP("errors", "Some records changed since the preview: preview the import again"),
    "mapping_empty": QT_TRANSLATE_NOOP("errors", "No column is imported: choose a field for at least one"),
    "mapping_invalid": QT_TRANSLATE_NOOP("errors", "The column mapping cannot be read"),
    "mapping_size": QT_TRANSLATE_NOOP("errors", "The column mapping does not fit the file's columns"),
    "mapping_unconfirmed": QT_TRANSLATE_NOOP(
        "errors", "These columns are not a known layout: confirm the mapping first"),
    "date_invalid": QT_TRANSLATE_NOOP("errors", "Not a date (use 17/05/1980 or 1980-05-17)"),
    "file_missing": QT_TRANSLATE_NOOP("errors", "The file does not exist"),
    "file_unreadable": QT_TRANSLATE_NOOP("errors", "The file cannot be read"),
    "file_too_large": QT_TRANSLATE_NOOP("errors", "The file is too large"),
    "file_type": QT_TRANSLATE_NOOP("errors", "Choose a .json or an .xlsx file"),
    "nothing_chosen": QT_TRANSLATE_NOOP("errors", "No contacts to export"),
    "before_given": QT_TRANSLATE_NOOP("errors", "A consent cannot be withdrawn before it was given"),
    "consent_active": QT_TRANSLATE_NOOP(
        "errors", "There is already an active consent for this purpose: withdraw it first"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("errors", "This consent was already withdrawn"),
    "too_long": QT_TRANSLATE_NOOP("errors", "Too long"),
    "erased": QT_TRANSLATE_NOOP("errors", "This record was erased: only what tax law keeps is left of it"),
    "personal_data": QT_TRANSLATE_NOOP("errors", "The reason is kept: it must not repeat the name, e-mail or phone"),
    "invoice_not_issued": QT_TRANSLATE_NOOP("errors", "Issue the invoice before sending it"),
    "mail_not_configured": QT_TRANSLATE_NOOP("errors", "Set the sender's address in Settings → Mail first"),
    "outbox_not_unsure": QT_TRANSLATE_NOOP("errors", "Only a mail that may have been sent can be marked sent"),
    "outbox_sending": QT_TRANSLATE_NOOP("errors", "This mail is being sent right now"),
    "password_missing": QT_TRANSLATE_NOOP("errors", "No password is kept for this account: enter it in the settings"),
    "no_sender": QT_TRANSLATE_NOOP("errors", "This message has no sender to make a contact of"),
    "not_a_message": QT_TRANSLATE_NOOP("errors", "This file is not an e-mail message"),
    "not_mbox": QT_TRANSLATE_NOOP("errors", "This file is not an mbox file"),
    "review_decided": QT_TRANSLATE_NOOP("errors", "This message was already decided"),
}

# codes whose error may carry a useful parameter: its name, and the text its value fills (%1)
_WITH_PARAM = {
    "too_small": ("minimum", QT_TRANSLATE_NOOP("errors", "Too small: at least %1")),
    "number_ambiguous": ("hint", QT_TRANSLATE_NOOP("errors", "Could be read two ways: write %1")),
    "too_large": ("maximum", QT_TRANSLATE_NOOP("errors", "Too large: at most %1")),
    "negative_total": ("vat_code", QT_TRANSLATE_NOOP("errors", "A line cannot take off more than the document "
                                                               "charges at VAT %1")),
    "quote_invoiced": ("invoices", QT_TRANSLATE_NOOP("errors", "This quote was already invoiced (%1)")),
    "document_ambiguous": ("hint", QT_TRANSLATE_NOOP("errors", "This could name two documents: write %1")),
    "image_too_large": ("max_mb", QT_TRANSLATE_NOOP("errors", "The image file is too large (at most %1 MB)")),
    "image_too_many_pixels": ("max_side", QT_TRANSLATE_NOOP("errors", "The image has too many pixels (at most %1 "
                                                                      "on a side)")),
    "credit_quantity_too_large": ("left", QT_TRANSLATE_NOOP("errors", "More than is left to credit on this line "
                                                                      "(%1)")),
    "credit_rate_too_large": ("left", QT_TRANSLATE_NOOP("errors", "More than is left to credit at this VAT rate "
                                                                  "(%1 before VAT)")),
}


def known_codes() -> set[str]:
    return set(_TEXTS)


_MONEY = {("credit_rate_too_large", "left")}  # parameters that are amounts of money, not quantities


def _value(code: str, name: str, value) -> str:
    if (code, name) in _MONEY:
        return formatting.money(value)
    if isinstance(value, Decimal):
        return formatting.editable(value)
    if isinstance(value, date):
        return formatting.day(value)
    return str(value)


def _text(code: str, error: SmallCrmError | None = None) -> str:
    """The translated text of an error code of ``_TEXTS``, with its parameter."""
    name, with_param = _WITH_PARAM.get(code, ("", ""))
    param = error.params.get(name) if error is not None and name else None
    if param is not None:
        return QCoreApplication.translate("errors", with_param).replace("%1", _value(code, name, param))
    return QCoreApplication.translate("errors", _TEXTS[code])


def _translated(code: str) -> bool:
    """Whether the window speaks another language than the services' English."""
    return QCoreApplication.translate("errors", _TEXTS[code]) != _TEXTS[code]


def message_for(error: BaseException) -> str:
    if isinstance(error, SmallCrmError):
        if error.code not in _TEXTS:
            return error.message
        if _translated(error.code):
            return _text(error.code, error)
        if isinstance(error, ValidationError):
            return error.message
        return f"{_text(error.code, error)}: {error.message}"
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate("errors", "Something went wrong ({name}). The details are in the log.").format(
        name=type(error).__name__)


def field_message(error: ValidationError) -> str:
    """The text shown next to a field."""
    if error.code not in _TEXTS or (error.code in ("required", "invalid") and not _translated(error.code)):
        return error.message
    return _text(error.code, error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "SmallCRM"), message_for(error))
