"""Business settings kept in the database, each declared here with its default."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import Setting
from smallcrm.errors import ValidationError


def _country(value: str) -> str | None:
    return None if len(value) == 2 and value.isalpha() and value.isupper() else "a two-letter country code (IT)"


_SERIES_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def _upper(value: str) -> str:
    return value.strip().upper()


def _one_of(*allowed: str) -> Callable[[Any], str | None]:
    return lambda value: None if value in allowed else "one of " + ", ".join(allowed)


def _between(low: int, high: int) -> Callable[[Any], str | None]:
    return lambda value: None if low <= value <= high else f"a number from {low} to {high}"


def _yes_or_no(value: Any) -> str | None:
    return None if isinstance(value, bool) else "yes or no (true or false)"


def _series(value: str) -> str | None:
    return None if len(value) <= 10 and all(c in _SERIES_CHARACTERS for c in value) else (
        "up to 10 letters, digits or dashes, no spaces or slashes (it goes into the invoice number)")


def _email_or_empty(value: str) -> str | None:
    from smallcrm.validation import normalize_email

    if not value:
        return None
    try:
        normalize_email(value)
    except ValidationError:
        return "an e-mail address (name@example.com)"
    return None


def _host(value: str) -> str | None:
    return None if all(c.isalnum() or c in ".-:[]" for c in value) else "a host name (smtp.example.com)"


def _mail_templates(value: dict) -> str | None:
    from smallcrm.mailwire.compose import template_problem

    return template_problem(value)
def _tax_regime(value: str) -> str | None:
    from smallcrm.domain import TaxRegime

    return None if value in TaxRegime._value2member_map_ else "a tax regime code, RF01 to RF19"


def _code_of(enum_name: str, what: str) -> Callable[[Any], str | None]:
    def check(value: str) -> str | None:
        from smallcrm import domain

        return None if value == "" or value in getattr(domain, enum_name)._value2member_map_ else what
    return check


PAYMENT_REASONS = ("A", "B", "C", "D", "E", "G", "H", "I", "L", "L1", "M", "M1", "M2", "N", "O", "O1", "P", "Q", "R",
                   "S", "T", "U", "V", "V1", "W", "X", "Y", "ZO")  # FatturaPA CausalePagamento (the CU form's codes)


def _percent_text(value: str) -> str | None:
    from decimal import Decimal, InvalidOperation

    try:
        return None if 0 <= Decimal(value) <= 100 and Decimal(value) == Decimal(value).quantize(Decimal("0.01")) \
            else "a percentage from 0 to 100"
    except InvalidOperation:
        return "a percentage from 0 to 100"


def _folder_list(value: str) -> str:
    return ", ".join(dict.fromkeys(f.strip() for f in value.split(",") if f.strip()))


def _folders(value: str) -> str | None:
    return None if value else "at least one folder name (INBOX)"


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    label: str
    check: Callable[[Any], str | None] | None = None  # what is wrong with a value, or None
    clean: Callable[[Any], Any] | None = None  # the stored form of a value ("ro" -> "RO")
    code: str = "invalid"  # the error code of a refused value (the window words it)


OPTIONS = {
    option.key: option
    for option in (
        Option("default_region", "IT", "Region for phone numbers typed without a country code", _country, _upper,
               "country_invalid"),
        Option("default_country", "IT", "Country of new contacts and addresses", _country, _upper, "country_invalid"),
        Option("default_owner", "", "Owner given to new records"),
        Option("language", "it", "Language of documents", _one_of("it", "en", "ro")),
        Option("backups_kept", 10, "How many automatic backups to keep", _between(1, 1000)),
        Option("company_name", "", "Our company's legal name"),
        Option("company_street", "", "Street and number"),
        Option("company_postal_code", "", "Postal code"),
        Option("company_city", "", "City"),
        Option("company_province", "", "Province"),
        Option("company_country", "IT", "Country", _country, _upper),
        Option("company_vat_number", "", "VAT number (partita IVA)"),
        Option("company_tax_code", "", "Tax code (codice fiscale)"),
        Option("company_iban", "", "IBAN for payments"),
        Option("company_bic", "", "BIC of the bank"),
        Option("company_email", "", "E-mail shown on documents"),
        Option("company_phone", "", "Phone shown on documents"),
        Option("company_website", "", "Web site shown on documents"),
        Option("company_logo_png", "", "Logo (PNG, base64)"),
        Option("company_rea_office", "", "Companies register (REA): office, a province (MI)"),
        Option("company_rea_number", "", "Companies register (REA): number"),
        Option("company_share_capital", "", "Share capital (capitale sociale)"),
        Option("company_sole_shareholder", "", "One shareholder (SU), several (SM), or unsaid"),
        Option("company_liquidation", "LN", "In liquidation (LS) or not (LN)"),
        Option("company_trade_register", "", "Romania: trade register number (Nr. Reg. Com.)"),
        Option("company_tax_regime", "RF01", "Tax regime (RF01 ordinary, RF19 forfettario ...)", _tax_regime, _upper,
               "choice_invalid"),
        Option("stamp_duty_charged", True, "Charge the stamp duty (marca da bollo) to the customer", _yes_or_no),
        Option("withholding_kind", "", "Withholding tax customers keep on our fees (RT01 ... RT06; empty: none)",
               _code_of("WithholdingKind", "RT01 to RT06, or empty"), _upper, "choice_invalid"),
        Option("withholding_rate", "20", "Rate of the withholding tax (%)", _percent_text, str.strip, "out_of_range"),
        Option("withholding_base", "100", "Share of the fees the withholding tax is on (%)", _percent_text, str.strip,
               "out_of_range"),
        Option("withholding_reason", "A", "Reason of the payment for the CU form (CausalePagamento)",
               _one_of(*PAYMENT_REASONS), _upper, "choice_invalid"),
        Option("pension_fund", "", "Pension fund whose contribution is added to our fees (TC01 ... TC22; empty: none)",
               _code_of("PensionFund", "TC01 to TC22, or empty"), _upper, "choice_invalid"),
        Option("pension_fund_rate", "4", "Rate of the pension fund contribution (%)", _percent_text, str.strip,
               "out_of_range"),
        Option("pension_fund_withheld", True, "The contribution is subject to the withholding tax (rivalsa INPS)",
               _yes_or_no),
        Option("payment_terms_days", 30, "Days to pay an invoice", _between(0, 365)),
        Option("payment_end_of_month", False, "Invoices fall due at the end of the month (30 days end of month)",
               _yes_or_no),
        Option("payment_means", "MP05", "How invoices ask to be paid (MP05 bank transfer, MP12 Ri.Ba. ...)",
               _code_of("PaymentMeans", "a payment method code, MP01 to MP23"), _upper, "choice_invalid"),
        Option("currency", "EUR", "Currency of documents", _one_of("EUR", "RON", "CHF", "USD", "GBP")),
        Option("quote_validity_days", 30, "Days a quote stays valid", _between(1, 365)),
        Option("invoice_series", "", "Series of invoice numbers (e.g. A); empty for the main series", _series,
               _upper, "series_invalid"),
        Option("import_mappings", {}, "Column mappings confirmed for imported files, by their headers"),
        Option("device_suffix", "", "Suffix of this device's numbers, so two laptops never collide (12/2026/B)",
               _series, _upper, "series_invalid"),
        Option("retention_months_lead", 24, "Months a lead is kept after the last activity", _between(1, 600)),
        Option("retention_months_prospect", 24, "Months a prospect is kept after the last activity", _between(1, 600)),
        Option("retention_months_lost", 12, "Months a lost contact is kept after the last activity", _between(1, 600)),
        Option("retention_months_dormant", 36, "Months a dormant contact is kept after the last activity",
               _between(1, 600)),
        Option("retention_months_customer", 120, "Months a customer is kept after the last activity",
               _between(1, 600)),
        Option("retention_years_invoices", 10, "Years invoices are kept after they are issued (tax law)",
               _between(1, 50)),
        # sending mail (the password lives in the system keyring: smallcrm.keychain, "smtp:{user}@{host}")
        Option("mail_sender_name", "", "Name shown as the sender of mails"),
        Option("mail_sender_address", "", "Address mails are sent from", _email_or_empty, str.strip),
        Option("smtp_host", "", "Outgoing mail server (SMTP)", _host, str.strip),
        Option("smtp_port", 587, "Port of the outgoing mail server", _between(1, 65535)),
        Option("smtp_security", "starttls", "Security of the outgoing mail server",
               _one_of("starttls", "ssl", "none")),
        Option("smtp_user", "", "User name on the outgoing mail server", None, str.strip),
        Option("smtp_timeout_seconds", 20, "Seconds to wait for the mail server", _between(3, 300)),
        Option("mail_templates", {}, "Mail texts changed from the built-in ones, by document and language",
               _mail_templates),
        Option("follow_up_after_days", 7, "Days after which an unanswered quote suggests a call", _between(1, 90)),
        Option("expiring_within_days", 7, "Days ahead to list quotes about to expire", _between(1, 90)),
        Option("imap_host", "", "Incoming mail server (IMAP)", clean=str.strip),
        Option("imap_port", 993, "Port of the IMAP server", _between(1, 65535)),
        Option("imap_security", "ssl", "Security of the IMAP connection", _one_of("ssl", "starttls", "none")),
        Option("imap_user", "", "User name on the IMAP server", clean=str.strip),
        Option("imap_folders", "INBOX", "IMAP folders to read, separated by commas", _folders, _folder_list),
        Option("imap_fetch_minutes", 15, "Minutes between automatic fetches of new mail (0: only when asked)",
               _between(0, 1440)),
        Option("imap_copy_sent", True, "Keep a copy of the mail sent from SmallCRM in the IMAP Sent folder",
               _yes_or_no),
        Option("attachment_max_mb", 25, "Largest attachment kept from received mail (MB)", _between(1, 500)),
        # the PEC mailbox e-invoices go to the SdI from (password in the keyring: "pec:{user}@{smtp host}")
        Option("pec_address", "", "PEC address e-invoices are sent from", _email_or_empty, str.strip),
        Option("pec_user", "", "User name of the PEC mailbox (usually its address)", clean=str.strip),
        Option("pec_smtp_host", "", "Outgoing server of the PEC mailbox (SMTP)", _host, str.strip),
        Option("pec_smtp_port", 465, "Port of the PEC outgoing server", _between(1, 65535)),
        Option("pec_smtp_security", "ssl", "Security of the PEC outgoing server", _one_of("ssl", "starttls", "none")),
        Option("pec_imap_host", "", "Incoming server of the PEC mailbox (IMAP)", _host, str.strip),
        Option("pec_imap_port", 993, "Port of the PEC incoming server", _between(1, 65535)),
        Option("pec_imap_security", "ssl", "Security of the PEC incoming server", _one_of("ssl", "starttls", "none")),
        Option("pec_imap_folders", "INBOX", "PEC folders the SdI's receipts are read from", _folders, _folder_list),
        Option("pec_sdi_address", "", "The SdI's PEC address assigned by its first answer (empty: not yet)",
               _email_or_empty, str.strip),
    )
}


def _option(key: str) -> Option:
    if key not in OPTIONS:
        raise ValidationError("key", f"Unknown setting: {key}", code="unknown_setting", key=key)
    return OPTIONS[key]


def get_settings(*keys: str) -> dict[str, Any]:
    """Several settings in one query (a document's header needs seventeen), defaults where none is saved."""
    options = [_option(key) for key in keys]
    table = Setting._meta.table_name
    stored = dict(Setting._meta.database.execute_sql(
        f'SELECT "key", "value" FROM "{table}" WHERE "key" IN ({", ".join("?" * len(keys))})', keys))
    return {o.key: json.loads(stored[o.key]) if o.key in stored else o.default for o in options}


def get_setting(key: str) -> Any:
    return get_settings(key)[key]


def _checked(key: str, value: Any) -> Any:
    """``value`` as it would be stored under ``key``; ValidationError naming the key when it cannot be."""
    option = _option(key)
    # bool is an int to isinstance: True must not pass for a number of backups
    if not isinstance(value, type(option.default)) or isinstance(value, bool) != isinstance(option.default, bool):
        raise ValidationError(key, f"Expected a {type(option.default).__name__}", code="type_invalid")
    if option.clean:
        value = option.clean(value)
    problem = option.check(value) if option.check else None
    if problem:
        raise ValidationError(key, f"Expected {problem}, not {value!r}", code=option.code, value=value)
    return value


def _store(key: str, value: Any) -> Changes:
    Setting.insert(key=key, value=json.dumps(value), updated_at=utcnow()).on_conflict_replace().execute()
    return Changes(settings={key})


def set_setting(db: Database, key: str, value: Any) -> Changes:
    value = _checked(key, value)
    with db.atomic():
        return _store(key, value)


def save_settings(db: Database, values: dict[str, Any]) -> Changes:
    """Save several settings as one change: each is checked (the first refused one names its key and nothing is
    saved), and only those whose stored form differs from what is stored are written."""
    checked = {key: _checked(key, value) for key, value in values.items()}
    changes = Changes()
    with db.atomic():
        current = get_settings(*checked)
        for key, value in checked.items():
            if value != current[key]:
                changes.merge(_store(key, value))
    return changes


def all_settings() -> dict[str, Any]:
    return get_settings(*OPTIONS)
