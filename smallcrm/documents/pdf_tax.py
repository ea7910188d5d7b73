"""The rows the tax cases add to a document's totals (``DocumentView.tax``, made by ``smallcrm.tax_cases``): the
pension fund contribution above the taxable, a stamp duty charged above the total, the withholding tax, the VAT
of a split payment and the net to pay below it. Each row is (label, value, font, size, padding, rule below, rule
width[, colour]), as ``pdf_tables.totals`` draws them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING

from smallcrm.documents import formatting as fmt
from smallcrm.documents.pdf_fonts import BOLD, FONT
from smallcrm.documents.pdf_style import ACCENT, MUTED
from smallcrm.domain import PensionFund, WithholdingKind
from smallcrm.tax_cases import FUND_NAMES

if TYPE_CHECKING:
    from smallcrm.services.sales.views import DocumentView

Rows = list[tuple]


def tax_rows(document: DocumentView, labels: dict[str, str], money: Callable[[Decimal], str]
             ) -> tuple[Rows, Rows, Rows]:
    """(rows above the taxable, rows above the total, rows below the total)."""
    tax, setup = document.tax, document.tax_setup
    above_taxable: Rows = []
    above_total: Rows = []
    below_total: Rows = []
    if tax is None or setup is None:
        return above_taxable, above_total, below_total
    language = document.language
    if tax.pension_fund and setup.pension_fund is not None:
        fund = setup.pension_fund
        key = "pension_fund_inps" if fund.fund == PensionFund.INPS else "pension_fund"
        text = labels[key].format(fund=FUND_NAMES[fund.fund], rate=fmt.format_percent(fund.rate, language))
        above_taxable.append((text, money(tax.pension_fund), FONT, 8.5, 3.5, None, 0))
    if tax.stamp_duty_charged:
        above_total.append((labels["stamp_duty"], money(tax.stamp_duty_charged), FONT, 8.5, 3.5, None, 0))
    if tax.withholding and setup.withholding is not None:
        rule = setup.withholding
        key = "withholding" if rule.kind in (WithholdingKind.PERSONS, WithholdingKind.COMPANIES) else "withholding_fund"
        text = labels[key].format(rate=fmt.format_percent(rule.rate, language))
        below_total.append((text, money(-tax.withholding), FONT, 8.5, 3.5, None, 0))
        below_total.append((labels["withholding_base"].format(base=money(tax.withholding_base)), "", FONT, 7, 1, None,
                            0, MUTED))
    if tax.split_vat:
        below_total.append((labels["split_vat"], money(-tax.split_vat), FONT, 8.5, 3.5, None, 0))
    if tax.vat_local is not None and setup.exchange_rate:
        local = setup.local_currency
        below_total.append((labels["vat_local"].format(currency=local),
                            fmt.format_money(tax.vat_local, local, language), FONT, 8.5, 3.5, None, 0))
        rate = fmt.format_number(setup.exchange_rate, language, 4)
        below_total.append((labels["exchange_rate"].format(currency=document.currency, rate=rate, local=local), "",
                            FONT, 7, 1, None, 0, MUTED))
    if tax.payable != tax.total:
        below_total.append((labels["net_to_pay"], money(tax.payable), BOLD, 9.5, 3.5, ACCENT, 0.8))
    return above_taxable, above_total, below_total
