"""Exports for the accountant's periodic work: receivables aged as of a day, VAT per rate and period."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from smallcrm.clock import local_today
from smallcrm.documents.export_labels import Labels
from smallcrm.documents.tables import Column, Sheet
from smallcrm.domain import CellKind
from smallcrm.services.exchange.exports.common import CUSTOMER, ISSUED, SIGN_NOTE, ExportOptions, between
from smallcrm.services.exchange.exports.sales import AMOUNTS, SUMMARY_COLUMNS, per_rate, rate_parts
from smallcrm.services.sales.payments import AGING, receivables
from smallcrm.services.sales.settlement import credit_rows, open_invoice_rows

_BUCKETS = ("Not due", "0-30", "31-60", "61-90", "90+")


def _bucket(row, today: date) -> str:
    if row.due_date is None or row.due_date >= today:
        return _BUCKETS[0]
    return next((_BUCKETS[n] for n, (limit, _) in enumerate(AGING, 1) if row.days_overdue <= limit), _BUCKETS[-1])


def receivable_sheets(options: ExportOptions, labels: Labels) -> list[Sheet]:
    today = options.today or options.date_to or local_today()
    owed = receivables(today)
    columns = [Column("Customer"), Column("Invoices", CellKind.INT, True), Column("Balance due", CellKind.MONEY, True),
               *(Column(h, CellKind.MONEY, True)
                 for h in ("Not due", "0-30 days", "31-60 days", "61-90 days", "90+ days")),
               Column("Oldest days overdue", CellKind.INT), Column("Owed to customer", CellKind.MONEY, True)]
    rows = [(r.party.name, r.invoices, r.balance_due, r.not_due, r.overdue_0_30, r.overdue_31_60, r.overdue_61_90,
             r.overdue_90_plus, r.oldest_days_overdue or None, r.credit_balance) for r in owed]
    invoices = sorted(open_invoice_rows(today), key=lambda r: (r.due_date or today, r.id))
    open_rows = [(r.number, r.party.name, r.issue_date, r.due_date, r.total, r.paid, r.credited, r.balance_due,
                  r.days_overdue or None, _bucket(r, today)) for r in invoices]
    not_due = labels("Not due")  # the other ages are numbers of days, the same in every language
    open_columns = [Column("Number"), Column("Customer"), Column("Date", CellKind.DATE),
                    Column("Due date", CellKind.DATE),
                    Column("Total", CellKind.MONEY, True), Column("Paid", CellKind.MONEY, True),
                    Column("Credited", CellKind.MONEY, True),
                    Column("Balance due", CellKind.MONEY, True), Column("Days overdue", CellKind.INT), Column("Age")]
    per_bucket: dict[str, list] = {b: [0, Decimal("0.00")] for b in _BUCKETS}
    for r in open_rows:
        per_bucket[r[-1]][0] += 1
        per_bucket[r[-1]][1] += r[7]
    summary = [(not_due if b == _BUCKETS[0] else b, n, amount) for b, (n, amount) in per_bucket.items()]
    open_rows = [(*r[:-1], not_due) if r[-1] == _BUCKETS[0] else r for r in open_rows]
    notes = (labels("Aged as of {day}, in days past the due date.", day=today.strftime("%d/%m/%Y")),)
    owing = (labels("Owed to customers as of {day}: paid, then credited and not yet refunded, or paid on account; "
                    "not taken off what they owe.", day=today.strftime("%d/%m/%Y")),)
    credits = [(r.number, r.party.name, r.issue_date, r.total, r.paid, r.credited, r.refunded, r.credit_balance)
               for r in credit_rows(today)]
    credit_columns = [Column("Number"), Column("Customer"), Column("Date", CellKind.DATE),
                      *(Column(h, CellKind.MONEY, True) for h in ("Total", "Paid", "Credited", "Refunded",
                                                                  "Owed to customer"))]
    return [Sheet("Receivables", columns, rows, len(rows), notes + owing),
            Sheet("Open invoices", open_columns, open_rows, len(open_rows), notes),
            Sheet("Owed to customers", credit_columns, credits, len(credits), owing),
            Sheet("Summary", [Column("Age"), Column("Invoices", CellKind.INT, True),
                              Column("Balance due", CellKind.MONEY, True)],
                  summary, len(summary), notes, data=False)]


def _period(day: date, period: str) -> tuple[str, date, date]:
    if period == "month":
        first, months = day.replace(day=1), 1
        label = f"{day.year}-{day.month:02d}"
    else:
        quarter = (day.month - 1) // 3
        first, months = date(day.year, quarter * 3 + 1, 1), 3
        label = f"{day.year} Q{quarter + 1}"
    year, month = divmod(first.month - 1 + months, 12)
    return label, first, date(first.year + year, month + 1, 1) - timedelta(days=1)


def vat_sheets(options: ExportOptions, labels: Labels) -> list[Sheet]:
    end = options.date_to or local_today()
    start = options.date_from or date(end.year, 1, 1)
    chosen = ExportOptions(date_from=start, date_to=end)
    where, params = between("i.issue_date", chosen)
    parts = rate_parts("invoice", "invoice_line", "invoice_id", "i.number_text", "i.kind", f"{ISSUED} {where}",
                       params, customer=CUSTOMER, stored_vat="i.vat_by_rate")
    per_period: dict[tuple, list] = {}
    for part in parts:
        label, first, last = _period(part.issued, options.period)
        entry = per_period.setdefault((first, part.percent, part.code), [label, last, part.exemption, set(),
                                                                          Decimal("0.00"), Decimal("0.00")])
        entry[3].add(part.doc_id)
        entry[4] += part.taxable
        entry[5] += part.vat
    rows = [(label, first, last, code, rate, exemption, len(docs), taxable, vat, taxable + vat)
            for (first, rate, code), (label, last, exemption, docs, taxable, vat) in
            sorted(per_period.items(), key=lambda item: (item[0][0], -item[0][1], item[0][2]))]
    columns = [Column("Period"), Column("From", CellKind.DATE), Column("To", CellKind.DATE), Column("VAT code"),
               Column("VAT %", CellKind.PERCENT), Column("Exemption"), Column("Documents", CellKind.INT), *AMOUNTS]
    documents = [(p.issued, p.number, labels.value(p.kind), p.customer, p.code, p.percent, p.taxable, p.vat,
                  p.taxable + p.vat) for p in parts]
    doc_columns = [Column("Date", CellKind.DATE), Column("Number"), Column("Type"), Column("Customer"),
                   Column("VAT code"),
                   Column("VAT %", CellKind.PERCENT), *AMOUNTS]
    summary = per_rate(parts, labels)
    notes = (labels("Issued invoices minus credit notes dated {start} to {end}, by {period}.",
                    start=start.strftime("%d/%m/%Y"), end=end.strftime("%d/%m/%Y"), period=labels(options.period)),
             labels(SIGN_NOTE))
    return [Sheet("VAT", columns, rows, len(rows), notes), Sheet("Documents", doc_columns, documents, len(documents)),
            Sheet("Summary", SUMMARY_COLUMNS, summary, len(summary), notes, data=False)]
