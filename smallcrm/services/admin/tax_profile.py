"""How our company taxes its documents beyond the regime of its profile: the stamp duty charged to customers or
not. Each is a declared setting (admin/settings.py); a draft reads them through ``services/sales/tax_setup``,
an issued document keeps what they were when it was issued."""

from __future__ import annotations

from dataclasses import dataclass, fields

from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.services.admin.settings import get_settings, save_settings


@dataclass(frozen=True)
class TaxProfile:
    """Each field is the setting of its name (so a refused value names the field)."""

    stamp_duty_charged: bool = True  # the marca da bollo added to the customer's total


def get_tax_profile() -> TaxProfile:
    return TaxProfile(**get_settings(*(f.name for f in fields(TaxProfile))))


def update_tax_profile(db: Database, profile: TaxProfile) -> tuple[TaxProfile, Changes]:
    """Save the tax settings as one change (a refused value names its field, nothing is saved)."""
    changes = save_settings(db, {f.name: getattr(profile, f.name) for f in fields(TaxProfile)})
    return get_tax_profile(), changes
