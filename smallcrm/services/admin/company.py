"""Our own company's profile: the header of every quote and invoice."""

from __future__ import annotations

import base64
import json
from dataclasses import replace

from stdnum import bic as std_bic
from stdnum import exceptions as stdnum_errors
from stdnum import iban as std_iban

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.domain import PartyKind, TaxRegime, parse_choice
from smallcrm.errors import ValidationError
from smallcrm.images import check_png
from smallcrm.money import parse_money
from smallcrm.services.admin.settings import get_settings, save_settings, set_setting
from smallcrm.services.sales.views import CompanyProfile
from smallcrm.validation import normalize_email, normalize_tax_code, normalize_vat_number

_TEXT = ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code", "iban", "bic",
         "email", "phone", "website", "tax_regime", "rea_office", "rea_number", "share_capital", "sole_shareholder",
         "liquidation", "trade_register")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def get_company_profile() -> CompanyProfile:
    stored = get_settings(*(f"company_{name}" for name in _TEXT), "company_logo_png", "payment_terms_days",
                          "currency", "language")
    logo = stored["company_logo_png"]
    return CompanyProfile(**{name: stored[f"company_{name}"] for name in _TEXT},
                          logo_png=base64.b64decode(logo) if logo else b"",
                          payment_terms_days=stored["payment_terms_days"], currency=stored["currency"],
                          language=stored["language"])


def seller_snapshot(profile: CompanyProfile) -> str:
    """Our company's block as an issued document freezes it: every text field (the logo is not a legal datum
    and stays the current one)."""
    return json.dumps({name: getattr(profile, name) for name in _TEXT} | {"extra": profile.extra},
                      ensure_ascii=False)


def frozen_profile(snapshot: str, current: CompanyProfile) -> CompanyProfile:
    """The profile an issued document prints: the frozen block over the current logo and defaults."""
    values = json.loads(snapshot)
    return replace(current, **{name: values[name] for name in (*_TEXT, "extra") if name in values})


def _checked(profile: CompanyProfile) -> CompanyProfile:
    country = (profile.country or "IT").upper()
    try:
        iban = std_iban.validate(profile.iban) if profile.iban.strip() else ""
        bic = std_bic.validate(profile.bic) if profile.bic.strip() else ""
    except stdnum_errors.ValidationError as exc:
        field = "iban" if profile.iban.strip() and not std_iban.is_valid(profile.iban) else "bic"
        raise ValidationError(field, f"Not a valid {field.upper()}: {exc.message}", code="number_invalid") from exc
    if profile.logo_png:
        check_png(profile.logo_png)
    regime = parse_choice(TaxRegime, (profile.tax_regime or "").strip().upper() or TaxRegime.ORDINARY, "tax_regime")
    return replace(
        profile, country=country, iban=iban, bic=bic, tax_regime=regime.value, **_registry(profile),
        vat_number=normalize_vat_number(profile.vat_number, country),
        tax_code=normalize_tax_code(profile.tax_code, country, PartyKind.COMPANY),
        email=normalize_email(profile.email) if profile.email.strip() else "",
    )


def _registry(profile: CompanyProfile) -> dict[str, str]:
    """The companies register's data, checked: a REA number needs its office (a province), the share capital is
    an amount, sole shareholder SU/SM, liquidation LS/LN (FatturaPA IscrizioneREA's values)."""
    office, number = profile.rea_office.strip().upper(), profile.rea_number.strip().upper()
    if office and not (len(office) == 2 and office.isalpha()):
        raise ValidationError("rea_office", "The REA office is a province's two letters (MI)", code="rea_office")
    if number and not office:
        raise ValidationError("rea_office", "A REA number needs its office (MI)", code="rea_office")
    if len(number) > 20:
        raise ValidationError("rea_number", "At most 20 characters", code="too_large", maximum=20)
    capital = str(parse_money(profile.share_capital, "share_capital")) if str(profile.share_capital).strip() else ""
    sole = profile.sole_shareholder.strip().upper()
    if sole not in ("", "SU", "SM"):
        raise ValidationError("sole_shareholder", "SU (one shareholder), SM (several) or nothing",
                              code="choice_invalid", value=sole, allowed="SU, SM")
    liquidation = profile.liquidation.strip().upper() or "LN"
    if liquidation not in ("LN", "LS"):
        raise ValidationError("liquidation", "LS (in liquidation) or LN (not)", code="choice_invalid",
                              value=liquidation, allowed="LS, LN")
    register = " ".join(profile.trade_register.split()).upper()
    if len(register) > 40:
        raise ValidationError("trade_register", "At most 40 characters", code="too_large", maximum=40)
    return {"rea_office": office, "rea_number": number, "share_capital": capital, "sole_shareholder": sole,
            "liquidation": liquidation, "trade_register": register}


def update_company_profile(db: Database, profile: CompanyProfile) -> tuple[CompanyProfile, Changes]:
    if not 0 <= profile.payment_terms_days <= 365:
        raise ValidationError("payment_terms_days", "Payment terms are between 0 and 365 days", code="out_of_range")
    clean = _checked(profile)
    changes = Changes()
    with db.atomic():
        for name in _TEXT:
            changes.merge(set_setting(db, f"company_{name}", getattr(clean, name).strip()))
        logo = base64.b64encode(clean.logo_png).decode("ascii") if clean.logo_png else ""
        changes.merge(set_setting(db, "company_logo_png", logo))
        changes.merge(set_setting(db, "payment_terms_days", clean.payment_terms_days))
        changes.merge(set_setting(db, "currency", clean.currency.upper()))
        changes.merge(set_setting(db, "language", clean.language))
    return get_company_profile(), changes



def set_up_business(db: Database, profile: CompanyProfile, invoice_series: str, language: str
                    ) -> tuple[CompanyProfile, Changes]:
    """The first start's setup, in one transaction: our company (what Settings → Company edits), the invoice
    series and the language of documents (what Settings → Numbering and languages edits). A refused value names
    its field and nothing is saved."""
    with db.atomic():
        saved, changes = update_company_profile(db, replace(profile, language=language))
        changes.merge(save_settings(db, {"invoice_series": invoice_series.strip()}))
    return saved, changes
