"""The tax setup of a document (``smallcrm.tax_cases.TaxSetup``): made from our company's settings and the dated
values of the document's day while it is a draft, frozen on it (JSON) when it is issued, read back from there
ever after, so that a change of regime or of the stamp duty's amount never alters an issued document."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from decimal import Decimal

from smallcrm.db.models import database
from smallcrm.domain import PartyKind, PensionFund, TaxRegime, VatCollectability, WithholdingKind
from smallcrm.services.admin.settings import get_settings
from smallcrm.services.sales.tax_values import STAMP_DUTY_AMOUNT, STAMP_DUTY_THRESHOLD, values_on
from smallcrm.tax_cases import (
    PensionFundRule,
    StampDutyRule,
    TaxSetup,
    WithholdingRule,
    charges_no_vat,
)

LOCAL_CURRENCIES = {"RO": "RON"}  # where the VAT of an invoice in another currency is also stated in this one
_SETTINGS = ("company_country", "company_tax_regime", "stamp_duty_charged", "withholding_kind", "withholding_rate",
             "withholding_base", "withholding_reason", "pension_fund", "pension_fund_rate", "pension_fund_withheld")


def withholds(party_id: int) -> bool:
    """Whether a customer withholds tax on our fees: a business (a company, or anyone with a VAT number) is a
    withholding agent (sostituto d'imposta); a private person is not."""
    row = database.execute_sql("SELECT kind, vat_number FROM party WHERE id = ?", (party_id,)).fetchone()
    return row is not None and (row[0] == PartyKind.COMPANY or bool(row[1].strip()))


def company_setup(day: date, party_id: int | None = None, withholding: bool | None = None,
                  collectability: VatCollectability = VatCollectability.IMMEDIATE,
                  exchange_rate: Decimal | None = None) -> TaxSetup:
    """The setup our company's settings give a document dated ``day`` for the customer ``party_id``:
    ``withholding`` says whether they withhold tax (None: as ``withholds`` decides; with no customer yet, yes).
    A company that charges no VAT (forfettario) is never withheld on. The stamp duty is Italian: a company of
    another country bears none. A Romanian company states the VAT in lei, at ``exchange_rate``."""
    settings = get_settings(*_SETTINGS)
    regime = TaxRegime(settings["company_tax_regime"])
    values = values_on(day)
    italian = settings["company_country"] == "IT"
    stamp = StampDutyRule(values.get(STAMP_DUTY_THRESHOLD, StampDutyRule.threshold),
                          values.get(STAMP_DUTY_AMOUNT, StampDutyRule.amount) if italian else Decimal("0.00"),
                          settings["stamp_duty_charged"])
    rule = None
    if settings["withholding_kind"] and not charges_no_vat(regime):
        applies = withholding if withholding is not None else (party_id is None or withholds(party_id))
        if applies:
            rule = WithholdingRule(WithholdingKind(settings["withholding_kind"]), Decimal(settings["withholding_rate"]),
                                   Decimal(settings["withholding_base"]), settings["withholding_reason"])
    fund = None
    if settings["pension_fund"]:
        fund = PensionFundRule(PensionFund(settings["pension_fund"]), Decimal(settings["pension_fund_rate"]),
                               settings["pension_fund_withheld"])
    local = LOCAL_CURRENCIES.get(settings["company_country"], "")
    return TaxSetup(regime=regime, stamp_duty=stamp, withholding=rule, pension_fund=fund,
                    collectability=collectability, local_currency=local,
                    exchange_rate=exchange_rate if local else None)


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
    withholding, fund = values.get("withholding"), values.get("pension_fund")
    return TaxSetup(
        regime=TaxRegime(values.get("regime", TaxRegime.ORDINARY)),
        stamp_duty=StampDutyRule(Decimal(stamp.get("threshold", "77.47")), Decimal(stamp.get("amount", "0.00")),
                                 bool(stamp.get("charged", False))),
        withholding=WithholdingRule(WithholdingKind(withholding["kind"]), Decimal(withholding["rate"]),
                                    Decimal(withholding["base_percent"]), withholding["reason"])
        if withholding else None,
        pension_fund=PensionFundRule(PensionFund(fund["fund"]), Decimal(fund["rate"]), bool(fund["withheld"]))
        if fund else None,
        collectability=VatCollectability(values.get("collectability", VatCollectability.IMMEDIATE)),
        local_currency=values.get("local_currency", ""),
        exchange_rate=Decimal(values["exchange_rate"]) if values.get("exchange_rate") else None)
