"""The tax setup of a document (``smallcrm.tax_cases.TaxSetup``): made from our company's settings and the dated
values of the document's day while it is a draft, frozen on it (JSON) when it is issued, read back from there
ever after, so that a change of regime or of the stamp duty's amount never alters an issued document."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from decimal import Decimal

from smallcrm.domain import TaxRegime
from smallcrm.services.admin.settings import get_settings
from smallcrm.services.sales.tax_values import STAMP_DUTY_AMOUNT, STAMP_DUTY_THRESHOLD, values_on
from smallcrm.tax_cases import StampDutyRule, TaxSetup


def company_setup(day: date) -> TaxSetup:
    """The setup our company's settings give a document dated ``day``."""
    settings = get_settings("company_tax_regime", "stamp_duty_charged")
    values = values_on(day)
    stamp = StampDutyRule(values.get(STAMP_DUTY_THRESHOLD, StampDutyRule.threshold),
                          values.get(STAMP_DUTY_AMOUNT, StampDutyRule.amount), settings["stamp_duty_charged"])
    return TaxSetup(regime=TaxRegime(settings["company_tax_regime"]), stamp_duty=stamp)


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def setup_json(setup: TaxSetup) -> str:
    """The setup as it is frozen on an issued document: plain JSON, decimals as text, codes as stored."""
    return json.dumps(_plain(asdict(setup)), sort_keys=True, ensure_ascii=False)


def setup_from_json(text: str) -> TaxSetup:
    """The setup frozen on a document; an empty text (a document issued before tax setups) is the ordinary
    regime with no stamp duty, as such documents were printed."""
    if not text:
        return TaxSetup(stamp_duty=StampDutyRule(amount=Decimal("0.00")))
    values = json.loads(text)
    stamp = values.get("stamp_duty", {})
    return TaxSetup(
        regime=TaxRegime(values.get("regime", TaxRegime.ORDINARY)),
        stamp_duty=StampDutyRule(Decimal(stamp.get("threshold", "77.47")), Decimal(stamp.get("amount", "0.00")),
                                 bool(stamp.get("charged", False))))
