"""The tables of a document: its lines, the VAT summary, the totals, and the payment terms with the EPC QR code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.colors import white
from reportlab.platypus import Table

from smallcrm.documents import formatting as fmt
from smallcrm.documents.epc_qr import QrFlowable, document_epc_payload
from smallcrm.documents.pdf_fonts import BOLD, FONT
from smallcrm.documents.pdf_style import (
    ACCENT,
    INK,
    MUTED,
    QR_CAPTION,
    QR_SIZE,
    ROW_LINES,
    RULE,
    TOTALS_WIDTH,
    WIDTH,
    ZEBRA,
    padding,
    paragraph,
    wrap_text,
)

if TYPE_CHECKING:
    from smallcrm.services.sales_views import CompanyProfile, DocumentView


def lines_table(document: DocumentView, labels: dict[str, str]) -> Table:
    language, currency = document.language, document.currency
    with_discount = any(line.discount_percent for line in document.lines)
    keys = ["col_description", "col_quantity", "col_unit", "col_unit_price", "col_discount", "col_vat", "col_amount"]
    widths = [0, 40, 34, 66, 48, 40, 72]
    if not with_discount:
        del keys[4], widths[4]
    widths[0] = WIDTH - sum(widths)
    text_width = widths[0] - 8
    rows: list[list] = [[labels[k] for k in keys]]
    for line in document.lines:
        if line.vat_percent or not line.vat_code or line.vat_code.replace(".", "").isdigit():
            vat = fmt.format_percent(line.vat_percent, language)
        else:
            vat = line.vat_code  # a 0% rate shows its nature code (N2.2, N4, ...)
        text = wrap_text(line.description.strip(), FONT, 8.5, text_width)
        discount = fmt.format_percent(line.discount_percent, language) if line.discount_percent else ""
        row = ["\n".join(text[:ROW_LINES]), fmt.format_quantity(line.quantity, language), line.unit,
               fmt.format_money(line.unit_price, currency, language), discount, vat,
               fmt.format_money(line.net, currency, language)]
        if not with_discount:
            del row[4]
        rows.append(row)
        # a description longer than a page goes on in rows of its own, so that no row outgrows a page
        rows += [["\n".join(text[i:i + ROW_LINES])] + [""] * (len(row) - 1) for i in range(ROW_LINES, len(text),
                                                                                           ROW_LINES)]
    style = [("FONT", (0, 0), (-1, 0), BOLD, 7.5), ("TEXTCOLOR", (0, 0), (-1, 0), white),
             ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("FONT", (0, 1), (-1, -1), FONT, 8.5, 10.6),
             ("TEXTCOLOR", (0, 1), (-1, -1), INK), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("ALIGN", (2, 0), (2, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, ZEBRA]), ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
             *padding(4, 4, 3.5, 3.5)]
    return Table(rows, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")


def vat_summary_table(document: DocumentView, labels: dict[str, str], width: float) -> Table:
    """Taxable and VAT per rate; a 0% rate's legal reason (exemption) on its own line right below it."""
    language, currency = document.language, document.currency
    rows: list[list] = [[labels["vat_summary"], "", ""], [labels["vat_rate"], labels["taxable"], labels["vat"]]]
    style = [("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 0), (-1, 0), BOLD, 7.5), ("FONT", (0, 1), (-1, 1), BOLD, 7),
             ("TEXTCOLOR", (0, 0), (-1, 1), MUTED), ("FONT", (0, 2), (-1, -1), FONT, 8),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (2, -1), "RIGHT"),
             ("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE), ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
             *padding(3, 3, 2.5, 2.5), ("LEFTPADDING", (0, 0), (-1, 0), 0)]
    for row in document.vat_summary:
        rate = f"{fmt.format_percent(row.vat_percent, language)}%"
        if not row.vat_percent and row.vat_code and not row.vat_code.replace(".", "").isdigit():
            rate += f" ({row.vat_code})"
        rows.append([rate, fmt.format_money(row.taxable, currency, language),
                     fmt.format_money(row.vat, currency, language)])
        if row.exemption:
            rows.append(["\n".join(wrap_text(row.exemption, FONT, 7, width - 16)), "", ""])
            at = len(rows) - 1
            style += [("SPAN", (0, at), (-1, at)), ("FONT", (0, at), (-1, at), FONT, 7, 8.5),
                      ("TEXTCOLOR", (0, at), (-1, at), MUTED), ("TOPPADDING", (0, at), (-1, at), 0),
                      ("LEFTPADDING", (0, at), (-1, at), 10)]
    return Table(rows, colWidths=[width - 170, 85, 85], style=style, hAlign="LEFT")


def totals_table(document: DocumentView, labels: dict[str, str]) -> Table:
    money = lambda amount: fmt.format_money(amount, document.currency, document.language)  # noqa: E731
    rows = [[labels["total_taxable"], money(document.taxable)], [labels["total_vat"], money(document.vat)],
            [labels["total"], money(document.total)]]
    style = [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
             ("FONT", (0, 2), (-1, 2), BOLD, 10.5), ("BACKGROUND", (0, 2), (-1, 2), ACCENT),
             ("TEXTCOLOR", (0, 2), (-1, 2), white), *padding(6, 6, 3.5, 3.5), *padding(6, 6, 5, 5, ((0, 2), (-1, 2)))]
    if document.kind == "invoice" and document.paid:
        rows += [[labels["paid"], money(document.paid)], [labels["balance_due"], money(document.balance_due)]]
        style += [("FONT", (0, 4), (-1, 4), BOLD, 9.5), ("LINEBELOW", (0, 3), (-1, 3), 0.4, RULE),
                  ("LINEBELOW", (0, 4), (-1, 4), 0.8, ACCENT)]
    return Table(rows, colWidths=[TOTALS_WIDTH * 0.55, TOTALS_WIDTH * 0.45], style=style, hAlign="RIGHT")


def payment_table(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> Table | None:
    """Terms, due date and bank account as label / value rows; the EPC QR code to their right."""
    if document.kind == "credit_note":
        return None
    days = document.payment_terms_days
    if not days and document.kind == "invoice" and document.due_date and document.issue_date:
        days = (document.due_date - document.issue_date).days
    elif not days and document.kind == "quote":
        days = company.payment_terms_days
    terms = labels["bank_transfer_days"].format(days=days) if days else labels["bank_transfer_now"]
    rows = [[labels["payment"], terms]]
    if document.kind == "invoice" and document.due_date:
        rows.append([labels["due_date"], fmt.format_date(document.due_date, document.language)])
    if document.kind == "invoice" and company.iban.strip():
        rows.append(["IBAN", fmt.format_iban(company.iban)])
        if company.bic.strip():
            rows.append(["BIC", company.bic.strip().upper()])
        rows.append([labels["account_holder"], company.name])
    style = [("FONT", (0, 0), (0, -1), BOLD, 7.5), ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
             ("FONT", (1, 0), (1, -1), FONT, 8.5), ("TEXTCOLOR", (1, 0), (1, -1), INK),
             ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *padding(6, 6, 1.5, 1.5), ("LEFTPADDING", (0, 0), (0, -1), 0)]
    if len(rows) > 2 and rows[2][0] == "IBAN":
        style.append(("FONT", (1, 2), (1, 2), BOLD, 8.5))
    payload = document_epc_payload(document, company)
    if payload is None:
        return Table(rows, colWidths=[70, WIDTH - 70], style=style, hAlign="LEFT")
    terms_table = Table(rows, colWidths=[70, WIDTH - 90 - QR_SIZE], style=style, hAlign="LEFT")
    qr = [QrFlowable(payload, QR_SIZE), paragraph(labels["scan_to_pay"], QR_CAPTION)]
    return Table([[terms_table, qr]], colWidths=[WIDTH - 20 - QR_SIZE, QR_SIZE + 20], hAlign="LEFT",
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *padding(0, 0, 0, 0)])

