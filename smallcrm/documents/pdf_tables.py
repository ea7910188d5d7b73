"""The tables of a document drawn on the canvas: its lines, the VAT summary, the totals, and the payment
terms with the EPC QR code.

Each is measured first (a ``Block`` of known height, or ``Rows`` for the lines) and drawn later at the
place ``pdf_flow`` gives it. In a cell, the first baseline is its top padding plus the font size below the
row's top; amounts end at the cell's right padding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.colors import white

from smallcrm.documents import formatting as fmt
from smallcrm.documents.epc_qr import document_epc_payload, draw_qr
from smallcrm.documents.pdf_canvas import CENTER, LEFT, RIGHT, Painter
from smallcrm.documents.pdf_flow import Block, Rows
from smallcrm.documents.pdf_fonts import BOLD, FONT
from smallcrm.documents.pdf_payment import payment_rows
from smallcrm.documents.pdf_style import (
    ACCENT,
    INK,
    MUTED,
    QR_SIZE,
    ROW_LINES,
    RULE,
    TOTALS_WIDTH,
    WIDTH,
    ZEBRA,
    wrap_text,
)
from smallcrm.documents.pdf_tax import tax_rows
from smallcrm.domain import DocumentKind

if TYPE_CHECKING:
    from smallcrm.services.sales.views import CompanyProfile, DocumentView

LINE_SIZE, LINE_LEADING, HEADER_SIZE, PAD_X, PAD_Y = 8.5, 10.6, 7.5, 4, 3.5


def _columns(with_discount: bool) -> tuple[list[str], list[float], list[int]]:
    keys = ["col_description", "col_quantity", "col_unit", "col_unit_price", "col_discount", "col_vat", "col_amount"]
    widths = [0.0, 40, 34, 66, 48, 40, 72]
    aligns = [LEFT, RIGHT, CENTER, RIGHT, RIGHT, RIGHT, RIGHT]
    if not with_discount:
        del keys[4], widths[4], aligns[4]
    widths[0] = WIDTH - sum(widths)
    return keys, widths, aligns


def _anchors(widths: list[float], aligns: list[int]) -> list[float]:
    """Where each column's text is anchored, from the table's left edge: start, centre or end."""
    anchors, left = [], 0.0
    for width, align in zip(widths, aligns, strict=True):
        anchors.append(left + (PAD_X if align == LEFT else width - PAD_X if align == RIGHT else width / 2))
        left += width
    return anchors


def _vat_text(line, language: str) -> str:
    if line.vat_percent or not line.vat_code or line.vat_code.replace(".", "").isdigit():
        return fmt.format_percent(line.vat_percent, language)
    return line.vat_code  # a 0% rate shows its nature code (N2.2, N4, ...)


def _row(cells: list[str], text: list[str], anchors: list[float], aligns: list[int], shade) -> Block:
    height = max(1, len(text)) * LINE_LEADING + 2 * PAD_Y

    def draw(p: Painter, x: float, top: float) -> None:
        if shade is not None:
            p.rect(x, top - height, WIDTH, height, shade)
        baseline = top - PAD_Y - LINE_SIZE
        p.lines(x + anchors[0], top - PAD_Y, text, FONT, LINE_SIZE, LINE_LEADING, INK)
        for cell, anchor, align in zip(cells, anchors[1:], aligns[1:], strict=False):
            p.text(x + anchor, baseline, cell, FONT, LINE_SIZE, INK, align)

    return Block(height, draw)


def lines_table(document: DocumentView, labels: dict[str, str]) -> Rows:
    """The document's lines under a header repeated on each page; a description longer than a page goes on
    in rows of its own (of the same shade), so that no row outgrows a page."""
    language, currency = document.language, document.currency
    with_discount = any(line.discount_percent for line in document.lines)
    keys, widths, aligns = _columns(with_discount)
    anchors = _anchors(widths, aligns)
    description_width = widths[0] - 2 * PAD_X
    titles = [labels[k] for k in keys]
    header_height = HEADER_SIZE * 1.2 + 2 * PAD_Y

    def header(p: Painter, x: float, top: float) -> None:
        p.rect(x, top - header_height, WIDTH, header_height, ACCENT)
        for title, anchor, align in zip(titles, anchors, aligns, strict=True):
            p.text(x + anchor, top - PAD_Y - HEADER_SIZE, title, BOLD, HEADER_SIZE, white, align)

    rows: list[Block] = []
    money = fmt.format_money
    for index, line in enumerate(document.lines):
        text = wrap_text(line.description.strip(), FONT, LINE_SIZE, description_width)
        cells = [fmt.format_quantity(line.quantity, language), line.unit,
                 fmt.format_unit_price(line.unit_price, currency, language),
                 fmt.format_percent(line.discount_percent, language) if line.discount_percent else "",
                 _vat_text(line, language), money(line.net, currency, language)]
        if not with_discount:
            del cells[3]
        shade = ZEBRA if index % 2 else None
        rows.append(_row(cells, text[:ROW_LINES], anchors, aligns, shade))
        rows += [_row([], text[i:i + ROW_LINES], anchors, aligns, shade) for i in range(ROW_LINES, len(text),
                                                                                          ROW_LINES)]

    def rule_below(p: Painter, x: float, top: float) -> None:
        p.rule(x, top, x + WIDTH, top, 0.8, ACCENT)

    return Rows(rows, Block(header_height, header), rule_below)


def vat_summary(document: DocumentView, labels: dict[str, str], width: float) -> Block:
    """Taxable and VAT per rate; a 0% rate's legal reason (exemption) on its own line right below it."""
    language, currency = document.language, document.currency
    right1, right2 = width - 85 - 3, width - 3
    ops: list[tuple] = []  # (baseline below the top, text, font, size, colour, x, align)
    y = 0.0

    def row(cells: list[tuple[str, float, int]], font: str, size: float, color) -> None:
        nonlocal y
        for text, x, align in cells:
            ops.append((y + 2.5 + size, text, font, size, color, x, align))
        y += size * 1.2 + 5

    row([(labels["vat_summary"], 0, LEFT)], BOLD, 7.5, MUTED)
    row([(labels["vat_rate"], 3, LEFT), (labels["taxable"], right1, RIGHT), (labels["vat"], right2, RIGHT)],
        BOLD, 7, MUTED)
    rules = [y]
    for summary in document.vat_summary:
        rate = f"{fmt.format_percent(summary.vat_percent, language)}%"
        if not summary.vat_percent and summary.vat_code and not summary.vat_code.replace(".", "").isdigit():
            rate += f" ({summary.vat_code})"
        row([(rate, 3, LEFT), (fmt.format_money(summary.taxable, currency, language), right1, RIGHT),
             (fmt.format_money(summary.vat, currency, language), right2, RIGHT)], FONT, 8, INK)
        if summary.exemption:
            text = wrap_text(summary.exemption, FONT, 7, width - 16)
            for number, part in enumerate(text):
                ops.append((y + 7 + 8.5 * number, part, FONT, 7, MUTED, 10, LEFT))
            y += len(text) * 8.5 + 2.5
    rules.append(y)
    height = y

    def draw(p: Painter, x: float, top: float) -> None:
        for below, text, font, size, color, at, align in ops:
            p.text(x + at, top - below, text, font, size, color, align)
        for below in rules:
            p.rule(x, top - below, x + width, top - below, 0.5, RULE)

    return Block(height, draw)


def _settlement_rows(document: DocumentView, labels: dict[str, str]) -> list[tuple]:
    """Under an issued invoice's total: its credit notes (number and date), what was paid and refunded, and
    what is left: the balance due, or what we owe the customer. Nothing when none of these happened."""
    if document.kind != DocumentKind.INVOICE or not (document.paid or document.credit_notes):
        return []
    money = lambda amount: fmt.format_money(amount, document.currency, document.language)  # noqa: E731
    rows = [(f"{note.number} {labels['of_date']} {fmt.format_date(note.issue_date, document.language)}",
             money(-note.total), FONT, 8.5, 3.5, RULE, 0.4) for note in document.credit_notes]
    if document.paid:
        rows.append((labels["paid"], money(-document.paid), FONT, 8.5, 3.5, RULE, 0.4))
    if document.refunded:
        rows.append((labels["refunded"], "+" + money(document.refunded), FONT, 8.5, 3.5, RULE, 0.4))
    if document.credit_balance:
        rows.append((labels["credit_balance"], money(document.credit_balance), BOLD, 9.5, 3.5, ACCENT, 0.8))
    else:
        rows.append((labels["balance_due"], money(document.balance_due), BOLD, 9.5, 3.5, ACCENT, 0.8))
    return rows


def totals(document: DocumentView, labels: dict[str, str]) -> Block:
    """Taxable, VAT and the total on an accent band; then the credit notes, what was paid and refunded, and the
    balance, if any of it happened."""
    money = lambda amount: fmt.format_money(amount, document.currency, document.language)  # noqa: E731
    above_taxable, above_total, below_total = tax_rows(document, labels, money)
    rows = [*above_taxable, (labels["total_taxable"], money(document.taxable), FONT, 8.5, 3.5, RULE, 0.4),
            (labels["total_vat"], money(document.vat), FONT, 8.5, 3.5, None, 0), *above_total,
            (labels["total"], money(document.total), BOLD, 10.5, 5, "band", 0), *below_total,
            *_settlement_rows(document, labels)]
    height = sum(row[3] * 1.2 + 2 * row[4] for row in rows)

    def draw(p: Painter, x: float, top: float) -> None:
        y = top
        for label, value, font, size, pad, below, width, *muted in rows:
            row_height = size * 1.2 + 2 * pad
            color = muted[0] if muted else INK
            if below == "band":
                p.rect(x, y - row_height, TOTALS_WIDTH, row_height, ACCENT)
                color = white
            p.text(x + 6, y - pad - size, label, font, size, color)
            p.text(x + TOTALS_WIDTH - 6, y - pad - size, value, font, size, color, RIGHT)
            y -= row_height
            if below not in (None, "band"):
                p.rule(x, y, x + TOTALS_WIDTH, y, width, below)

    return Block(height, draw)


def summary(document: DocumentView, labels: dict[str, str]) -> Block:
    """The VAT summary on the left, the totals on the right, tops aligned."""
    left = WIDTH - TOTALS_WIDTH - 14
    vat, total = vat_summary(document, labels, left), totals(document, labels)

    def draw(p: Painter, x: float, top: float) -> None:
        vat.draw(p, x, top)
        total.draw(p, x + WIDTH - TOTALS_WIDTH, top)

    return Block(max(vat.height, total.height), draw)


def payment(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> Block | None:
    """Terms, due date and bank account as label / value rows; the EPC QR code to their right."""
    if document.kind == DocumentKind.CREDIT_NOTE:
        return None
    rows = payment_rows(document, company, labels)
    row_height = 8.5 * 1.2 + 3
    payload = document_epc_payload(document, company)
    caption = wrap_text(labels["scan_to_pay"], FONT, 6.5, QR_SIZE + 20) if payload else []
    height = max(row_height * len(rows), QR_SIZE + len(caption) * 6.5 * 1.25 if payload else 0)

    def draw(p: Painter, x: float, top: float) -> None:
        y = top
        for label, value, font in rows:
            y -= row_height
            p.text(x, y + 1.5 + 0.2 * 7.5, label, BOLD, 7.5, MUTED)
            p.text(x + 76, y + 1.5 + 0.2 * 8.5, value, font, 8.5, INK)
        if payload:
            qr_x = x + WIDTH - 10 - QR_SIZE
            draw_qr(p.canvas_call(), payload, qr_x, top - QR_SIZE, QR_SIZE)
            p.lines(qr_x + QR_SIZE / 2, top - QR_SIZE, caption, FONT, 6.5, 6.5 * 1.25, MUTED, CENTER)

    return Block(height, draw)
