"""How our company taxes its documents beyond the regime of its profile: the stamp duty charged to customers or
not, the withholding tax customers keep on our fees and the pension fund contribution we add to them. Each is a
declared setting (admin/settings.py); a draft reads them through ``services/sales/tax_setup``, an issued document
keeps what they were when it was issued."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.money import parse_decimal
from smallcrm.services.admin.settings import get_settings, save_settings

_PERCENTS = ("withholding_rate", "withholding_base", "pension_fund_rate")


@dataclass(frozen=True)
class TaxProfile:
    """Each field is the setting of its name (so a refused value names the field)."""

    stamp_duty_charged: bool = True  # the marca da bollo added to the customer's total
    withholding_kind: str = ""  # a WithholdingKind code (RT01 a professional), "" for none
    withholding_rate: Decimal = Decimal("20")
    withholding_base: Decimal = Decimal("100")  # the share of the fees it is on
    withholding_reason: str = "A"  # CausalePagamento
    pension_fund: str = ""  # a PensionFund code (TC22 rivalsa INPS), "" for none
    pension_fund_rate: Decimal = Decimal("4")
    pension_fund_withheld: bool = True  # the contribution is in the withholding tax's base


def get_tax_profile() -> TaxProfile:
    stored = get_settings(*(f.name for f in fields(TaxProfile)))
    return TaxProfile(**{**stored, **{name: Decimal(stored[name]) for name in _PERCENTS}})


def update_tax_profile(db: Database, profile: TaxProfile) -> tuple[TaxProfile, Changes]:
    """Save the tax settings as one change (a refused value names its field, nothing is saved). Rates may be
    typed as the user's language writes them ("4,5")."""
    percents = {name: parse_decimal(getattr(profile, name), name, 2, minimum=Decimal(0), maximum=Decimal(100),
                                    what="percentage") for name in _PERCENTS}
    clean = replace(profile, **percents)
    values = {f.name: getattr(clean, f.name) for f in fields(TaxProfile)}
    changes = save_settings(db, {**values, **{name: _text(value) for name, value in percents.items()}})
    return get_tax_profile(), changes


def _text(percent: Decimal) -> str:
    """22 for 22.00, 2.5 for 2.50: the stored text of a rate."""
    return f"{percent.normalize():f}"
