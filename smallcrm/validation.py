"""Checks and normalisation of what people type, with well-kept libraries. Each error names its field."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

import email_validator
import phonenumbers
from stdnum import exceptions as stdnum_errors
from stdnum.eu import vat as eu_vat
from stdnum.it import codicefiscale as it_cf
from stdnum.it import iva as it_iva
from stdnum.ro import cnp as ro_cnp
from stdnum.ro import cui as ro_cui

from smallcrm.domain import ContactKind, PartyKind
from smallcrm.errors import ValidationError
from smallcrm.phone_types import number_type
from smallcrm.text import digits, fold


def required(value: str | None, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, "This field is required", code="required")
    return value


# a plain ASCII local part (dot-atom) that email-validator accepts as it is
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> str | None:
    """The normalised domain if email-validator accepts it (checked once per domain), else None."""
    try:
        return email_validator.validate_email("x@" + domain, check_deliverability=False).domain
    except email_validator.EmailNotValidError:
        return None


def normalize_email(value: str, field: str = "email") -> str:
    text = value.strip()
    local, at, domain = text.rpartition("@")
    if at and text.isascii() and len(local) <= 64 and len(text) <= 254 and _PLAIN_LOCAL.fullmatch(local):
        # the common case, fast (imports check 100k addresses): the same answer as the full check below
        checked = _checked_domain(domain)
        if checked is not None:
            return f"{local}@{checked}"
    try:
        return email_validator.validate_email(value.strip(), check_deliverability=False).normalized
    except email_validator.EmailNotValidError as exc:
        raise ValidationError(field, f"Not a valid e-mail address: {exc}", code="email_invalid",
                              value=value) from exc


def normalize_phone(value: str, region: str = "IT", field: str = "phone") -> str:
    """A phone number in E.164 (+390212345678); national numbers are read in ``region``."""
    return checked_phone(value, region, field)[0]


def checked_phone(value: str, region: str = "IT", field: str = "phone") -> tuple[str, int]:
    """The number in E.164 and its phonenumbers type (mobile, fixed line...): one parse, one type lookup.

    A number is valid exactly when its type is known (``is_valid_number`` asks the same metadata again)."""
    text = value.strip()
    if text.startswith("00"):
        text = "+" + text[2:]
    found = _phone_of(text, region.upper())
    if found == "unreadable":
        raise ValidationError(field, f"Not a phone number: {value}", code="phone_invalid", value=value)
    if found == "invalid":
        raise ValidationError(field, f"Not a valid phone number for {region}: {value}",
                              code="phone_invalid", value=value)
    return found


@lru_cache(maxsize=8192)
def _phone_of(text: str, region: str) -> tuple[str, int] | str:
    """(E.164, type) of a number as typed, or why it is none: cached, since an import's rows often repeat a
    number (a company's switchboard on every employee) and reading one costs ~50 µs."""
    number = _italian_national(text) if region == "IT" else None
    if number is None:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return "unreadable"
    kind = number_type(number)  # phonenumbers' answer, from patterns compiled once
    if kind == phonenumbers.PhoneNumberType.UNKNOWN:
        return "invalid"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), kind


_PLAIN_NATIONAL = re.compile(r"[0-9][0-9 ]{0,20}")  # digits and spaces: no "+", letters, extension or brackets
_IT = phonenumbers.PhoneMetadata.metadata_for_region("IT")


def _italian_national(text: str) -> phonenumbers.PhoneNumber | None:
    """What ``phonenumbers.parse(text, "IT")`` makes of an Italian number typed in the national form with digits
    and spaces only, the common case of an import (~3 µs instead of ~20); None for anything else, which the
    library reads. Italy has no national prefix to strip; a number starting with 39 may be read with the country
    code typed without "+", and one starting with 00 has its international prefix: both left to the library
    (tests/test_validation_fast_paths.py checks that both agree on random numbers)."""
    if not _PLAIN_NATIONAL.fullmatch(text) or _IT.national_prefix_for_parsing is not None \
            or _IT.international_prefix != "00":
        return None
    national = text.replace(" ", "")
    if not 3 <= len(national) <= 17 or national.startswith(("39", "00")):  # 00: the international prefix
        return None
    number = phonenumbers.PhoneNumber(country_code=39, national_number=int(national))
    if national[0] == "0":  # kept in the number as written, as parse does it (one zero: "00" was left above)
        number.italian_leading_zero = True
    return number


def format_phone(e164: str) -> str:
    """A stored E.164 number as people read it: +39 02 1234 5678."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalize_website(value: str, field: str = "website") -> str:
    text = value.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or "." not in host or " " in text:
        raise ValidationError(field, f"Not a web address: {value}", code="website_invalid", value=value)
    return text


def contact_match_key(kind: ContactKind, value: str) -> str:
    """What two contact points must share to be the same: folded e-mail, phone digits, bare host+path."""
    if kind == ContactKind.PHONE:
        return digits(value)
    if kind == ContactKind.WEB:
        parts = urlsplit(value.lower())
        host = (parts.hostname or "").removeprefix("www.")
        return host + parts.path.rstrip("/")
    return fold(value)


def normalize_contact(kind: ContactKind, value: str, region: str, field: str) -> str:
    if kind == ContactKind.EMAIL:
        return normalize_email(value, field)
    if kind == ContactKind.PHONE:
        return normalize_phone(value, region, field)
    if kind == ContactKind.WEB:
        return normalize_website(value, field)
    raise ValidationError(field, f"Unknown kind of contact point: {kind}", code="kind_invalid")


def _stdnum_check(module, value: str, field: str, what: str) -> str:
    try:
        return module.validate(value)
    except stdnum_errors.ValidationError as exc:
        raise ValidationError(field, f"Not a valid {what}: {value} ({exc.message})", code="number_invalid",
                              value=value, what=what) from exc


def normalize_vat_number(value: str, country: str = "IT", field: str = "vat_number") -> str:
    """A VAT number, checked by checksum: Italian partita IVA, Romanian CUI, or any EU VAT number.

    A bare number is read in ``country``; the stored form carries the country prefix (IT01234567897).
    """
    text = value.strip().upper().replace(" ", "").replace(".", "").replace("-", "")
    if not text:
        return ""
    prefix = text[:2] if text[:2].isalpha() else ""
    country = (prefix or country).upper()
    bare = text[2:] if prefix else text
    if country == "IT":
        return "IT" + _stdnum_check(it_iva, bare, field, "partita IVA")
    if country == "RO":
        return "RO" + _stdnum_check(ro_cui, bare, field, "CUI")
    return _stdnum_check(eu_vat, country + bare, field, "EU VAT number")


def normalize_tax_code(value: str, country: str = "IT", kind: PartyKind = PartyKind.PERSON,
                       field: str = "tax_code") -> str:
    """Italian codice fiscale (16 characters for a person, 11 digits for a company), Romanian CNP/CUI."""
    text = value.strip().upper().replace(" ", "")
    if not text:
        return ""
    country = country.upper()
    if country == "IT":
        if kind == PartyKind.COMPANY and text.isdigit():
            return _stdnum_check(it_iva, text, field, "codice fiscale")
        return _stdnum_check(it_cf, text, field, "codice fiscale")
    if country == "RO":
        if kind == PartyKind.COMPANY:
            return _stdnum_check(ro_cui, text.removeprefix("RO"), field, "CUI")
        return _stdnum_check(ro_cnp, text, field, "CNP")
    return text


SDI_CODE = re.compile(r"[A-Z0-9]{6,7}")


def normalize_sdi_code(value: str, field: str = "sdi_code") -> str:
    """The Codice Destinatario the SdI delivers e-invoices to: 7 letters or digits (a business's channel,
    "0000000" for none, "XXXXXXX" for a customer abroad), 6 for a public administration's office (IPA)."""
    text = value.strip().upper().replace(" ", "")
    if text and not SDI_CODE.fullmatch(text):
        raise ValidationError(field, f"Not a recipient code: {value.strip()} (7 letters or digits, 6 for a public "
                              "administration's office)", code="sdi_code_invalid", value=value)
    return text


def normalize_sdi_pec(value: str, field: str = "sdi_pec") -> str:
    """The PEC address the SdI delivers e-invoices to (used with the code 0000000): an e-mail address."""
    return normalize_email(value, field) if value.strip() else ""
