"""Taxable, VAT per rate, VAT and total, right-aligned in a soft box: under the lines of quotes, invoices and
credit notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from smallcrm.domain import PensionFund
from smallcrm.tax_cases import FUND_NAMES, TaxSetup, TaxTotals
from ui.common import formatting


class TotalsPanel(QFrame):
    """Taxable, VAT per rate, VAT and total, right-aligned in a soft box (quotes and invoices)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totals")
        self.setStyleSheet("#totals { background: palette(alternate-base); border-radius: 6px; }")
        self.setMinimumWidth(290)
        self.grid = QGridLayout(self)
        self.grid.setVerticalSpacing(3)
        self.taxable_label, self.vat_label, self.total_label = QLabel(), QLabel(), QLabel()
        self.names = {"taxable": QLabel(self.tr("Taxable")), "vat": QLabel(self.tr("VAT")),
                      "total": QLabel(self.tr("Total"))}
        for widget in (self.names["total"], self.total_label):
            widget.setStyleSheet("font-size: 15px; font-weight: 700;")
        self.rate_rows: list[tuple[QLabel, QLabel]] = []
        self.extra_rows: list[tuple[QLabel, QLabel]] = []
        self.before_rows: list[tuple[QLabel, QLabel]] = []
        self.top_rows: list[tuple[QLabel, QLabel]] = []
        self._rate_pool: list[tuple[QLabel, QLabel]] = []
        self._extra_pool: list[tuple[QLabel, QLabel]] = []
        self._before_pool: list[tuple[QLabel, QLabel]] = []
        self._top_pool: list[tuple[QLabel, QLabel]] = []

    def tax_rows(self, tax: TaxTotals | None, setup: TaxSetup | None, currency: str) -> tuple[list, list, list]:
        """The rows of the tax cases: above the taxable (the pension fund contribution), above the total (a
        stamp duty charged) and below it (the withholding tax, the net to pay)."""
        top: list[tuple[str, str, str]] = []
        before: list[tuple[str, str, str]] = []
        after: list[tuple[str, str, str]] = []
        if tax is None:
            return top, before, after
        if tax.pension_fund and setup is not None and setup.pension_fund is not None:
            fund = setup.pension_fund
            rate = formatting.editable(fund.rate)
            text = (self.tr("Rivalsa INPS %1%").replace("%1", rate) if fund.fund == PensionFund.INPS else
                    self.tr("Contribution %1 %2%").replace("%1", FUND_NAMES[fund.fund]).replace("%2", rate))
            top.append((text, formatting.money(tax.pension_fund, currency), ""))
        if tax.stamp_duty_charged:
            before.append((self.tr("Stamp duty"), formatting.money(tax.stamp_duty_charged, currency), ""))
        if tax.withholding and setup is not None and setup.withholding is not None:
            after.append((self.tr("Withholding tax %1% on %2").replace("%1", formatting.editable(
                setup.withholding.rate)).replace("%2", formatting.amount(tax.withholding_base)),
                formatting.money(-tax.withholding, currency), ""))
        if tax.split_vat:
            after.append((self.tr("VAT paid by the customer (split payment)"),
                          formatting.money(-tax.split_vat, currency), ""))
        if tax.vat_local is not None and setup is not None and setup.local_currency:
            after.append((self.tr("VAT in %1").replace("%1", setup.local_currency),
                          formatting.money(tax.vat_local, setup.local_currency), ""))
        if tax.payable != tax.total:
            after.append((self.tr("Net to pay"), formatting.money(tax.payable, currency), "font-weight: 700;"))
        return top, before, after

    def set_totals(self, taxable, summary, vat, total, currency: str = "EUR",
                   extra: list[tuple[str, str, str]] = (), tax: TaxTotals | None = None,
                   setup: TaxSetup | None = None) -> None:
        """``summary``: the VAT lines; ``extra``: (name, amount text, style) rows under the total; ``tax`` and
        ``setup``: the document's tax cases (their rows around the total). Labels are reused from one keystroke
        to the next: nothing is created or destroyed while typing."""
        top, before, after = self.tax_rows(tax, setup, currency)
        self.taxable_label.setText(formatting.money(taxable, currency))
        self.vat_label.setText(formatting.money(vat, currency))
        self.total_label.setText(formatting.money(total, currency))
        texts = [(self.tr("VAT %1 on %2").replace("%1", formatting.percent(line.vat_percent) if line.vat_percent
                                                  else line.vat_code).replace("%2", formatting.amount(line.taxable)),
                  formatting.money(line.vat, currency), "color: palette(placeholder-text);") for line in summary]
        self.rate_rows = self._fill(self._rate_pool, texts)
        self.extra_rows = self._fill(self._extra_pool, [*after, *extra])
        self.before_rows = self._fill(self._before_pool, before)
        self.top_rows = self._fill(self._top_pool, top)
        while self.grid.count():
            self.grid.takeAt(0)
        rows = [*self.top_rows, (self.names["taxable"], self.taxable_label), *self.rate_rows,
                (self.names["vat"], self.vat_label), *self.before_rows, (self.names["total"], self.total_label),
                *self.extra_rows]
        for row, (name, value) in enumerate(rows):
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(value, row, 1)

    def _fill(self, pool: list[tuple[QLabel, QLabel]], texts: list[tuple[str, str, str]]
              ) -> list[tuple[QLabel, QLabel]]:
        while len(pool) < len(texts):
            pool.append((QLabel(self), QLabel(self)))
        for index, (name, value) in enumerate(pool):
            shown = index < len(texts)
            if shown:
                name.setText(texts[index][0])
                value.setText(texts[index][1])
                name.setStyleSheet(texts[index][2])
                value.setStyleSheet(texts[index][2])
            name.setVisible(shown)
            value.setVisible(shown)
        return pool[:len(texts)]
