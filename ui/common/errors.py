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
    "country_unknown": QT_TRANSLATE_NOOP("errors", "Not a country SmallCRM knows (IT, ITA, Italia, Italy…)"),
    "photo_invalid": QT_TRANSLATE_NOOP("errors", "Not a picture that can be read (JPEG, PNG, GIF or WebP)"),
    "photo_link": QT_TRANSLATE_NOOP("errors", "The photo is on another server and was not fetched"),
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
    "no_tax_value": QT_TRANSLATE_NOOP("errors", "No value of tax law is known for that day"),
    "exchange_rate_needed": QT_TRANSLATE_NOOP("errors", "Give the exchange rate of the day: the VAT is stated in lei "
                                                        "too"),
    "rea_office": QT_TRANSLATE_NOOP("errors", "The REA office is the province's two letters (MI)"),
    "vat_not_in_force": QT_TRANSLATE_NOOP("errors", "This VAT rate is not in force on the document's date"),
    "natura_required": QT_TRANSLATE_NOOP("errors", "A 0% code starts with its Natura (N1 … N7, e.g. N4 or N4-18)"),
    "terms_invalid": QT_TRANSLATE_NOOP("errors", "Not payment terms: write e.g. 30, 30 fm, 30/60/90 fm or 30:500/60"),
    "terms_order": QT_TRANSLATE_NOOP("errors", "Instalments fall due one after the other"),
    "instalments_total": QT_TRANSLATE_NOOP("errors", "The instalments do not add up to what the invoice asks for"),
    "reverse_charge_needs_vat": QT_TRANSLATE_NOOP("errors", "Reverse charge (N6) needs a customer with a VAT number"),
    "intra_eu_vat_invalid": QT_TRANSLATE_NOOP("errors", "An intra-EU sale (N3.2) needs the customer's valid VAT "
                                                        "number of another EU country"),
    "cancelled": QT_TRANSLATE_NOOP("errors", "Cancelled: no file was written"),
    # e-invoices: the local checks (named after the SdI's rejection codes), the files
    "einvoice_unreadable": QT_TRANSLATE_NOOP("errors", "The e-invoice is not a readable XML file"),
    "einvoice_missing": QT_TRANSLATE_NOOP("errors", "Required in the e-invoice and missing"),
    "einvoice_empty": QT_TRANSLATE_NOOP("errors", "Empty: the e-invoice needs a value here"),
    "einvoice_pattern": QT_TRANSLATE_NOOP("errors", "Not written as the e-invoice wants it (digits, capitals, length)"),
    "einvoice_too_long": QT_TRANSLATE_NOOP("errors", "Too long for the e-invoice"),
    "einvoice_characters": QT_TRANSLATE_NOOP("errors", "Has characters the e-invoice does not allow"),
    "einvoice_code": QT_TRANSLATE_NOOP("errors", "Not a code of the e-invoice's list"),
    "einvoice_date": QT_TRANSLATE_NOOP("errors", "Not a valid date"),
    "einvoice_00400": QT_TRANSLATE_NOOP(
        "errors", "A line at 0% VAT needs its Natura (why it bears no VAT) "
                  "(SdI 00400)"),
    "einvoice_00401": QT_TRANSLATE_NOOP("errors", "A line that bears VAT has no Natura (SdI 00401)"),
    "einvoice_00445": QT_TRANSLATE_NOOP("errors", "Natura N2, N3 and N6 need their sub-code since 2021 (SdI 00445)"),
    "einvoice_00423": QT_TRANSLATE_NOOP(
        "errors", "The line's total is not its price times its quantity, less "
                  "its discount (SdI 00423)"),
    "einvoice_00411": QT_TRANSLATE_NOOP(
        "errors", "Lines are subject to withholding tax but the withholding "
                  "data are missing (SdI 00411)"),
    "einvoice_00415": QT_TRANSLATE_NOOP(
        "errors", "The pension fund contribution is subject to withholding tax "
                  "but the withholding data are missing (SdI 00415)"),
    "einvoice_00417": QT_TRANSLATE_NOOP("errors", "The customer needs a VAT number or a codice fiscale (SdI 00417)"),
    "einvoice_00418": QT_TRANSLATE_NOOP("errors", "The corrected invoice is dated after this document (SdI 00418)"),
    "einvoice_00419": QT_TRANSLATE_NOOP("errors", "Lines at a VAT rate or Natura without their summary (SdI 00419)"),
    "einvoice_00420": QT_TRANSLATE_NOOP("errors", "A reverse charge (N6) is never a split payment (SdI 00420)"),
    "einvoice_00421": QT_TRANSLATE_NOOP("errors", "The VAT of a summary is not its taxable times its rate (SdI 00421)"),
    "einvoice_00422": QT_TRANSLATE_NOOP("errors", "The summary's taxable is not the sum of its lines (SdI 00422)"),
    "einvoice_00429": QT_TRANSLATE_NOOP("errors", "A summary at 0% needs its Natura (SdI 00429)"),
    "einvoice_00430": QT_TRANSLATE_NOOP("errors", "A summary with VAT has no Natura (SdI 00430)"),
    "einvoice_00403": QT_TRANSLATE_NOOP("errors", "The document is dated in the future (SdI 00403)"),
    "einvoice_00425": QT_TRANSLATE_NOOP("errors", "The document number has no digit (SdI 00425)"),
    "einvoice_00426": QT_TRANSLATE_NOOP(
        "errors", "A PEC address goes only with the recipient code 0000000 "
                  "(SdI 00426)"),
    "einvoice_00427": QT_TRANSLATE_NOOP(
        "errors", "A public administration has a 6-character office code, "
                  "anyone else 7 characters (SdI 00427)"),
    "einvoice_00428": QT_TRANSLATE_NOOP(
        "errors", "The transmission format differs from the file's version "
                  "(SdI 00428)"),
    "einvoice_00001": QT_TRANSLATE_NOOP("errors", "The file's name is not as the SdI wants it (SdI 00001)"),
    "einvoice_00002": QT_TRANSLATE_NOOP("errors", "A file with this name was already sent (SdI 00002)"),
    "einvoice_00102": QT_TRANSLATE_NOOP("errors", "The file's signature is not valid (SdI 00102)"),
    "einvoice_00200": QT_TRANSLATE_NOOP("errors", "The file does not follow the FatturaPA format (SdI 00200)"),
    "einvoice_00404": QT_TRANSLATE_NOOP("errors", "This invoice was already sent: same seller, number and date "
                                                  "(SdI 00404)"),
    "einvoice_00301": QT_TRANSLATE_NOOP("errors", "Our VAT number is not valid (SdI 00301)"),
    "einvoice_00305": QT_TRANSLATE_NOOP("errors", "The customer's VAT number is not valid (SdI 00305)"),
    "einvoice_00306": QT_TRANSLATE_NOOP("errors", "The customer's codice fiscale is not valid (SdI 00306)"),
    "einvoice_ddt_missing": QT_TRANSLATE_NOOP("errors", "A deferred invoice (TD24) names its delivery notes (DDT)"),
    "einvoice_corrected_missing": QT_TRANSLATE_NOOP("errors", "A credit note names the invoice it corrects"),
    "einvoice_not_italian": QT_TRANSLATE_NOOP("errors", "A FatturaPA e-invoice is issued by a seller established in "
                                                        "Italy"),
    "einvoice_not_issued": QT_TRANSLATE_NOOP("errors", "Only an issued invoice or credit note has an e-invoice"),
    "einvoice_already_sent": QT_TRANSLATE_NOOP(
        "errors", "This e-invoice has already been sent: it cannot be made "
                  "again"),
    "einvoice_not_ready": QT_TRANSLATE_NOOP("errors", "The e-invoice has problems to correct before it is sent"),
    "einvoice_queued": QT_TRANSLATE_NOOP("errors", "This e-invoice already waits in the outbox"),
    "einvoice_resend_sealed": QT_TRANSLATE_NOOP(
        "errors", "The SdI rejected this invoice for what it holds as issued (the parties, the lines, the amounts): "
                  "a corrected file would be rejected again. Cancel it with a credit note and issue a new invoice"),
    "einvoice_resend_late": QT_TRANSLATE_NOOP(
        "errors", "More than 5 days have passed since the rejection: cancel the invoice with a credit note and "
                  "issue a new one"),
    "einvoice_books_only": QT_TRANSLATE_NOOP(
        "errors", "This credit note is for the books only: the SdI rejected the invoice it corrects, which for the "
                  "tax rules was then not issued"),
    "pec_not_configured": QT_TRANSLATE_NOOP("errors", "The PEC mailbox for e-invoices is not set up"),
    "einvoice_progressives_used_up": QT_TRANSLATE_NOOP(
        "errors", "The e-invoice file numbers of this sender are used "
                  "up"),
    "einvoice_device_part": QT_TRANSLATE_NOOP(
        "errors", "This laptop's device suffix in the team is past what e-invoice file names can tell apart (350 "
                  "devices): it cannot name e-invoice files"),
    "einvoice_status_move": QT_TRANSLATE_NOOP(
        "errors", "The SdI's flow does not allow this change of the "
                  "e-invoice's status"),
    "sdi_code_invalid": QT_TRANSLATE_NOOP(
        "errors", "Not a recipient code: 7 letters or digits (6 for a public "
                  "administration's office)"),
    # storage
    "damaged": QT_TRANSLATE_NOOP("errors", "The database is damaged"),
    "in_use": QT_TRANSLATE_NOOP("errors", "The database is open in another SmallCRM"),
    "disk_full": QT_TRANSLATE_NOOP("errors", "The disk is full: nothing was saved"),
    "needs_key": QT_TRANSLATE_NOOP("errors", "The database is encrypted: its passphrase is needed"),
    "wrong_key": QT_TRANSLATE_NOOP("errors", "That passphrase does not open the database"),
    "too_short": QT_TRANSLATE_NOOP("errors", "A passphrase needs at least 8 characters"),
    "passphrase_needed": QT_TRANSLATE_NOOP("errors", "There is no system keyring here: choose a passphrase"),
    "cipher_unavailable": QT_TRANSLATE_NOOP("errors", "Encryption is not available on this computer"),
    "team_unreachable": QT_TRANSLATE_NOOP("errors", "The team's server cannot be reached: working offline"),
    "team_server_error": QT_TRANSLATE_NOOP("errors", "The team's server answered with an error"),
    "sync_cancelled": QT_TRANSLATE_NOOP("errors", "The sync was cancelled: what it had received is kept"),
    "sync_off": QT_TRANSLATE_NOOP("errors", "This laptop is not in team mode: sign in to the team's server first"),
    "sync_signed_out": QT_TRANSLATE_NOOP("errors", "The team's server does not know this laptop any more: sign in "
                                                   "again"),
    "update_required": QT_TRANSLATE_NOOP("errors", "The team's server is newer than this SmallCRM: update SmallCRM"),
    "team_has_data": QT_TRANSLATE_NOOP("errors", "This database has records of its own and the team's server has "
                                                 "its own: to join the team, sign in from a new, empty database"),
    "server_url": QT_TRANSLATE_NOOP("errors", "Not a server address (https://...)"),
    "server_https": QT_TRANSLATE_NOOP("errors", "Plain http is for this computer only: use https://"),
    "sign_in_refused": QT_TRANSLATE_NOOP("errors", "Wrong user name or password"),
    "sign_in_throttled": QT_TRANSLATE_NOOP("errors", "Too many failed sign-ins: try again in a minute"),
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
    "encoding_unknown": QT_TRANSLATE_NOOP("errors", "Not a known text encoding (e.g. utf-8, cp1252, iso8859_2)"),
    "mapping_empty": QT_TRANSLATE_NOOP("errors", "No column is imported: choose a field for at least one"),
    "file_no_header": QT_TRANSLATE_NOOP(
        "errors", "The file has no line of column names: its first line is a contact. Choose what each column holds"),
    "mapping_invalid": QT_TRANSLATE_NOOP("errors", "The column mapping cannot be read"),
    "mapping_size": QT_TRANSLATE_NOOP("errors", "The column mapping does not fit the file's columns"),
    "mapping_unconfirmed": QT_TRANSLATE_NOOP(
        "errors", "These columns are not a known layout: confirm the mapping first"),
    "date_invalid": QT_TRANSLATE_NOOP("errors", "Not a date (use 17/05/1980 or 1980-05-17)"),
    "date_without_year": QT_TRANSLATE_NOOP("errors", "A day without a year: kept in the notes for review"),
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
    "handle_address_required": QT_TRANSLATE_NOOP("errors", "Write the address: a user name, a number or a "
                                                           "profile's link"),
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
    "sign_in_throttled": ("seconds", QT_TRANSLATE_NOOP("errors", "Too many failed sign-ins: try again in %1 "
                                                                 "seconds")),
    "credit_quantity_too_large": ("left", QT_TRANSLATE_NOOP("errors", "More than is left to credit on this line "
                                                                      "(%1)")),
    "handle_address_required": ("service", QT_TRANSLATE_NOOP("errors", "Write the address on %1: a user name, "
                                                                       "a number or a profile's link")),
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


def message_for_code(code: str) -> str:
    """The translated text of a code alone (e.g. an SdI rejection's ``einvoice_00305``)."""
    return _text(code)


def code_text(error: SmallCrmError) -> str:
    """The translated text of the error's code alone (in English too), for a list that names the field itself
    (the e-invoice's checks); the service's message when the code has no text."""
    return _text(error.code, error) if error.code in _TEXTS else error.message


def field_message(error: ValidationError) -> str:
    """The text shown next to a field."""
    if error.code not in _TEXTS or (error.code in ("required", "invalid") and not _translated(error.code)):
        return error.message
    return _text(error.code, error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "SmallCRM"), message_for(error))
