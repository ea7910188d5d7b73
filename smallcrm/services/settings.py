"""Business settings kept in the database, each declared here with its default."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.models import Setting
from smallcrm.errors import ValidationError


def _country(value: str) -> str | None:
    return None if len(value) == 2 and value.isalpha() and value.isupper() else "a two-letter country code (IT)"


def _upper(value: str) -> str:
    return value.strip().upper()


def _one_of(*allowed: str) -> Callable[[Any], str | None]:
    return lambda value: None if value in allowed else "one of " + ", ".join(allowed)


def _between(low: int, high: int) -> Callable[[Any], str | None]:
    return lambda value: None if low <= value <= high else f"a number from {low} to {high}"


def _series(value: str) -> str | None:
    return None if len(value) <= 10 and all(c.isalnum() or c == "-" for c in value) else (
        "up to 10 letters or digits (it goes into the invoice number)")


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


OPTIONS = {
    option.key: option
    for option in (
        Option("default_region", "IT", "Region for phone numbers typed without a country code", _country, _upper),
        Option("default_country", "IT", "Country of new contacts and addresses", _country, _upper),
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
        Option("payment_terms_days", 30, "Days to pay an invoice", _between(0, 365)),
        Option("currency", "EUR", "Currency of documents", _one_of("EUR", "RON", "CHF", "USD", "GBP")),
        Option("quote_validity_days", 30, "Days a quote stays valid", _between(1, 365)),
        Option("invoice_series", "", "Series of invoice numbers (e.g. A); empty for the main series", _series),
        Option("device_suffix", "", "Suffix of this device's numbers, so two laptops never collide (12/2026/B)",
               _series),
        Option("imap_host", "", "Incoming mail server (IMAP)", clean=str.strip),
        Option("imap_port", 993, "Port of the IMAP server", _between(1, 65535)),
        Option("imap_security", "ssl", "Security of the IMAP connection", _one_of("ssl", "starttls", "none")),
        Option("imap_user", "", "User name on the IMAP server", clean=str.strip),
        Option("imap_folders", "INBOX", "IMAP folders to read, separated by commas", _folders, _folder_list),
        Option("attachment_max_mb", 25, "Largest attachment kept from received mail (MB)", _between(1, 500)),
    )
}


def _option(key: str) -> Option:
    if key not in OPTIONS:
        raise ValidationError("key", f"Unknown setting: {key}", code="unknown_setting", key=key)
    return OPTIONS[key]


def get_setting(key: str) -> Any:
    option = _option(key)
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else option.default


def set_setting(db, key: str, value: Any) -> Changes:
    option = _option(key)
    # bool is an int to isinstance: True must not pass for a number of backups
    if not isinstance(value, type(option.default)) or isinstance(value, bool) != isinstance(option.default, bool):
        raise ValidationError(key, f"Expected a {type(option.default).__name__}", code="type_invalid")
    if option.clean:
        value = option.clean(value)
    problem = option.check(value) if option.check else None
    if problem:
        raise ValidationError(key, f"Expected {problem}, not {value!r}", code="invalid", value=value)
    with db.atomic():
        Setting.insert(key=key, value=json.dumps(value), updated_at=utcnow()).on_conflict_replace().execute()
    return Changes(settings={key})


def all_settings() -> dict[str, Any]:
    return {key: get_setting(key) for key in OPTIONS}
