"""Exports of the sales documents: quotes, invoices and credit notes (with their lines), payments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from smallcrm.clock import local_today
from smallcrm.db.models import database
from smallcrm.documents.export_labels import Labels
from smallcrm.documents.tables import Column, Sheet
from smallcrm.domain import CellKind, InvoiceKind, PaymentStatus
from smallcrm.money import from_cents, round_cents
from smallcrm.services.exchange.exports.common import (
    CUSTOMER,
    ISSUED,
    SIGN_NOTE,
    ExportOptions,
    SqlRows,
    as_date,
    between,
    label_case,
    money,
    query,
    sign_of,
)
from smallcrm.services.sales.catalog import percent_of
from smallcrm.services.sales.settlement import issued_settled

# lines go from the cursor to the file as stored (cents, 1e-8 of unit prices, thousandths, basis points, ISO dates):
# 100k lines and more
_LINE_COLUMNS = [Column("Position", CellKind.INT), Column("Description"), Column("Quantity", CellKind.THOUSANDTHS),
                 Column("Unit"), Column("Unit price", CellKind.HUNDRED_MILLIONTHS),
                 Column("Discount %", CellKind.BASIS_POINTS), Column("VAT code"),
                 Column("VAT %", CellKind.BASIS_POINTS), Column("Net", CellKind.CENTS, total=True, note=SIGN_NOTE)]
_LINE_CELLS = ("l.position", "l.description", "l.quantity_milli", "l.unit", "l.unit_price_e8", "l.discount_bp",
               "l.vat_code", "l.vat_rate_bp")  # and the net
_SIGNED = "CASE WHEN {kind} = 'credit_note' THEN -{cents} ELSE {cents} END"  # credit notes count negative


@dataclass(frozen=True)
class RatePart:
    """The part of one document at one VAT rate: its taxable and the VAT on it (signed)."""

    doc_id: int
    number: str
    kind: str
    issued: date
    customer: str
    code: str
    percent: Decimal
    exemption: str
    taxable: Decimal
    vat: Decimal


def rate_parts(doc: str, lines: str, fk: str, number: str, kind: str, where: str, params: list,
               customer: str = "p.name", stored_vat: str = "''") -> list[RatePart]:
    """Each document's taxable and VAT per rate: the VAT is the taxable times the rate, rounded once, unless the
    document stores it (``stored_vat``: a credit note's ``vat_by_rate``, its share of its invoice's)."""
    sql = (f"SELECT i.id, {number}, {kind}, i.issue_date, {customer}, l.vat_code, MAX(l.vat_rate_bp), "
           f"MAX(l.vat_exemption), SUM(l.net_cents), {stored_vat} FROM {lines} l JOIN {doc} i ON i.id = l.{fk} "
           f"JOIN party p ON p.id = i.party_id WHERE l.deleted_at IS NULL AND {where} "
           f"GROUP BY i.id, l.vat_code ORDER BY i.issue_date, i.id, MIN(l.position)")
    parts = []
    for doc_id, num, kind_, issued, name, code, bp, exemption, cents, stored in database.execute_sql(sql, params):
        sign, taxable, rate = sign_of(kind_), from_cents(cents), percent_of(bp)
        vat = from_cents(json.loads(stored)[code]) if stored else round_cents(taxable * rate / 100)
        parts.append(RatePart(doc_id, num, kind_, as_date(issued), name, code, rate, exemption, sign * taxable,
                              sign * vat))
    return parts


AMOUNTS = (Column("Taxable", CellKind.MONEY, True, SIGN_NOTE), Column("VAT", CellKind.MONEY, True),
           Column("Total", CellKind.MONEY, True))
_CENT_AMOUNTS = tuple(Column(c.header, CellKind.CENTS, c.total, c.note) for c in AMOUNTS)
SUMMARY_COLUMNS = [Column("Section"), Column("Item"), Column("VAT %", CellKind.PERCENT),
                   Column("Documents", CellKind.INT),
                   Column("Taxable", CellKind.MONEY, note=SIGN_NOTE), Column("VAT", CellKind.MONEY),
                   Column("Total", CellKind.MONEY)]


def per_rate(parts: list[RatePart], labels: Labels) -> list[tuple]:
    sums: dict[str, list] = {}
    for part in parts:
        entry = sums.setdefault(part.code, [part.percent, set(), Decimal("0.00"), Decimal("0.00")])
        entry[1].add(part.doc_id)
        entry[2] += part.taxable
        entry[3] += part.vat
    section = labels("VAT rate")
    return [(section, code, rate, len(docs), taxable, vat, taxable + vat)
            for code, (rate, docs, taxable, vat) in sums.items()]


def quote_sheets(options: ExportOptions, labels: Labels) -> list[Sheet]:
    where, params = between("i.issue_date", options)
    body = f"FROM quote i JOIN party p ON p.id = i.party_id WHERE i.deleted_at IS NULL {where}"
    rows, count = query("i.number, i.revision, i.status, i.issue_date, i.valid_until, p.name, i.title, "
                        "i.taxable_cents, i.vat_cents, i.total_cents, i.currency", body, "i.issue_date, i.id", params)
    quotes = ((n, rev, labels.value(status), as_date(issued), as_date(until), name, title, money(t), money(v),
               money(tot), cur) for n, rev, status, issued, until, name, title, t, v, tot, cur in rows)
    columns = [Column("Number"), Column("Revision", CellKind.INT), Column("Status"), Column("Date", CellKind.DATE),
               Column("Valid until", CellKind.DATE), Column("Customer"), Column("Title"),
               Column("Taxable", CellKind.MONEY, True),
               Column("VAT", CellKind.MONEY, True), Column("Total", CellKind.MONEY, True), Column("Currency")]
    line_body = (f"FROM quote_line l JOIN quote i ON i.id = l.quote_id JOIN party p ON p.id = i.party_id "
                 f"WHERE l.deleted_at IS NULL AND i.deleted_at IS NULL {where}")
    line_rows, line_count = query(("i.number", "i.revision", "i.issue_date", "p.name", *_LINE_CELLS, "l.net_cents"),
                                  line_body, "i.issue_date, i.id, l.position", params)
    line_columns = [Column("Quote"), Column("Revision", CellKind.INT), Column("Date", CellKind.ISO_DATE),
                    Column("Customer"),
                    *_LINE_COLUMNS]
    status_section = labels("Status")
    summary = [(status_section, labels.value(status), None, n, money(t), money(v), money(tot))
               for status, n, t, v, tot in
               database.execute_sql(f"SELECT i.status, COUNT(*), SUM(i.taxable_cents), SUM(i.vat_cents), "
                                    f"SUM(i.total_cents) {body} GROUP BY i.status ORDER BY i.status", params)]
    summary += per_rate(rate_parts("quote", "quote_line", "quote_id", "i.number", "'quote'",
                                   f"i.deleted_at IS NULL {where}", params), labels)
    return [Sheet("Quotes", columns, quotes, count), Sheet("Lines", line_columns, line_rows, line_count),
            Sheet("Summary", SUMMARY_COLUMNS, summary, len(summary), data=False)]


def invoice_sheets(options: ExportOptions, labels: Labels) -> list[Sheet]:
    today = options.today or local_today()
    where, params = between("i.issue_date", options)
    settled, settled_params = issued_settled(today, options.date_from,
                                             options.date_to + timedelta(days=1) if options.date_to else None)
    kind_label, kind_params = label_case("kind", tuple(InvoiceKind), labels)
    state_label, state_params = label_case("state", tuple(PaymentStatus), labels)
    snapshot = "json_extract(NULLIF(customer_snapshot, ''), '$.{}')"
    signed = {name: _SIGNED.format(kind="kind", cents=f"{name}_cents")
              for name in ("taxable", "vat", "total", "pension_fund", "stamp_duty", "withholding", "payable")}
    invoices = SqlRows(
        ("number_text", kind_label, "issue_date", "due_date", f"COALESCE({snapshot.format('name')}, party_name)",
         f"COALESCE({snapshot.format('vat_number')}, '')",
         "(SELECT c.number_text FROM invoice c WHERE c.id = settled.corrects_id)", signed["taxable"], signed["vat"],
         signed["total"], signed["pension_fund"], signed["stamp_duty"], signed["withholding"], signed["payable"],
         "paid", "credited", "refunded", "MAX(balance, 0)", "MAX(-balance, 0)", state_label, "NULLIF(overdue, 0)"),
        lambda cells: f"{settled} SELECT {cells} FROM settled ORDER BY issue_date, id",
        (*settled_params, *kind_params, *state_params))  # the text's numbered parameters first, then the cells' ?
    count = database.execute_sql(f"SELECT COUNT(*) FROM invoice i WHERE {ISSUED} {where}", params).fetchone()[0]
    columns = [Column("Number"), Column("Type"), Column("Date", CellKind.ISO_DATE),
               Column("Due date", CellKind.ISO_DATE),
               Column("Customer"), Column("VAT number"), Column("Corrects"), *_CENT_AMOUNTS,
               Column("Pension fund", CellKind.CENTS, True), Column("Stamp duty", CellKind.CENTS, True),
               Column("Withholding tax", CellKind.CENTS, True), Column("Net to pay", CellKind.CENTS, True),
               Column("Paid", CellKind.CENTS, True), Column("Credited", CellKind.CENTS),
               Column("Refunded", CellKind.CENTS), Column("Balance due", CellKind.CENTS, True),
               Column("Owed to customer", CellKind.CENTS, True),
               Column("Payment status"), Column("Days overdue", CellKind.INT)]
    lines, of_issued = "FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id", \
        f"WHERE l.deleted_at IS NULL AND {ISSUED} {where}"
    line_kind, _ = label_case("i.kind", tuple(InvoiceKind), labels)
    line_rows, line_count = query(
        ("i.number_text", line_kind, "i.issue_date", CUSTOMER, *_LINE_CELLS,
         _SIGNED.format(kind="i.kind", cents="l.net_cents")),
        f"{lines} JOIN party p ON p.id = i.party_id {of_issued}", "i.issue_date, i.id, l.position", params,
        kind_params, count_body=f"{lines} {of_issued}")  # an invoice's party stays (RESTRICT): no join to count
    line_columns = [Column("Document"), Column("Type"), Column("Date", CellKind.ISO_DATE), Column("Customer"),
                    *_LINE_COLUMNS]
    notes = (labels(SIGN_NOTE), labels("Only issued invoices and credit notes; drafts are not documents yet."),
             labels("Paid, balance due and payment status as of {day}.", day=today.strftime("%d/%m/%Y")))
    sheets = [Sheet("Invoices", columns, invoices, count, notes), Sheet("Lines", line_columns, line_rows, line_count)]
    if options.csv:  # CSV holds the data tables only: no summary to compute
        return sheets
    summary = []
    for kind, n, t, v, tot in database.execute_sql(
            f"SELECT i.kind, COUNT(*), SUM(i.taxable_cents), SUM(i.vat_cents), SUM(i.total_cents) FROM invoice i "
            f"WHERE {ISSUED} {where} GROUP BY i.kind ORDER BY i.kind DESC", params):
        sign = sign_of(kind)
        summary.append((labels("Type"), labels.value(kind), None, n, money(t, sign), money(v, sign), money(tot, sign)))
    summary += per_rate(rate_parts("invoice", "invoice_line", "invoice_id", "i.number_text", "i.kind",
                                   f"{ISSUED} {where}", params, stored_vat="i.vat_by_rate"), labels)
    return [*sheets, Sheet("Summary", SUMMARY_COLUMNS, summary, len(summary), notes, data=False)]


def _refund_sheet(options: ExportOptions, labels: Labels) -> Sheet:
    """Money paid back against credit notes, by day: what the bank statement shows going out."""
    where, params = between("r.refunded_on", options)
    body = (f"FROM refund r JOIN invoice i ON i.id = r.credit_note_id JOIN invoice c ON c.id = i.corrects_id "
            f"JOIN party p ON p.id = i.party_id WHERE r.deleted_at IS NULL {where}")
    rows, count = query(f"r.refunded_on, i.number_text, c.number_text, {CUSTOMER}, r.amount_cents, r.method, "
                        "r.reference, r.notes", body, "r.refunded_on, r.id", params)
    data = ((as_date(on), note, invoice, name, money(cents), labels.value(method), reference, notes)
            for on, note, invoice, name, cents, method, reference, notes in rows)
    columns = [Column("Date", CellKind.DATE), Column("Credit note"), Column("Invoice"), Column("Customer"),
               Column("Amount", CellKind.MONEY, True), Column("Method"), Column("Reference"), Column("Notes")]
    return Sheet("Refunds", columns, data, count)


def payment_sheets(options: ExportOptions, labels: Labels) -> list[Sheet]:
    where, params = between("y.paid_on", options)
    body = (f"FROM payment y JOIN invoice i ON i.id = y.invoice_id JOIN party p ON p.id = i.party_id "
            f"WHERE y.deleted_at IS NULL {where}")
    rows, count = query(f"y.paid_on, i.number_text, {CUSTOMER}, y.amount_cents, y.method, y.reference, y.notes",
                        body, "y.paid_on, y.id", params)
    data = ((as_date(on), number, name, money(cents), labels.value(method), reference, notes)
            for on, number, name, cents, method, reference, notes in rows)
    columns = [Column("Date", CellKind.DATE), Column("Invoice"), Column("Customer"),
               Column("Amount", CellKind.MONEY, True),
               Column("Method"), Column("Reference"), Column("Notes")]
    summary = [(labels.value(method), n, money(cents)) for method, n, cents in database.execute_sql(
        f"SELECT y.method, COUNT(*), SUM(y.amount_cents) {body} GROUP BY y.method ORDER BY y.method", params)]
    return [Sheet("Payments", columns, data, count), _refund_sheet(options, labels),
            Sheet("Summary", [Column("Method"), Column("Payments", CellKind.INT, True),
                              Column("Amount", CellKind.MONEY, True)],
                  summary, len(summary), data=False)]
