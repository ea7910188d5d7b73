"""Exports for the accountant and for other programs: one xlsx workbook (or CSV files) per table.

Read-only and transaction-free: each table is one SQL query streamed row by row (100k invoice lines are one
query, not one per invoice); summaries are computed from the same rows by separate aggregate queries, with
the rounding rule of ``smallcrm.money`` (VAT rounded once per rate and document).

Credit notes are negative (taxable, VAT, total, line net) in every sheet, so that any column sums to the net
invoiced; drafts are not exported (they are not documents yet).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from smallcrm.clock import local_today, to_local, to_utc
from smallcrm.db.models import database
from smallcrm.documents.csv_export import dialect_named, write_csv
from smallcrm.documents.xlsx import Column, Progress, Sheet, ShouldStop, write_workbook
from smallcrm.domain import Stage
from smallcrm.errors import ValidationError
from smallcrm.money import from_cents, round_cents
from smallcrm.services.catalog import percent_of
from smallcrm.services.payments import AGING, receivables
from smallcrm.services.settlement import invoice_rows, open_invoice_rows

EXPORTS = ("contacts", "communications", "quotes", "invoices", "payments", "receivables", "vat")
PERIODS = ("month", "quarter")
SIGN_NOTE = "Credit notes are negative (taxable, VAT, total, net), so that column sums are net of credits."
_CUSTOMER = "COALESCE(json_extract(NULLIF(i.customer_snapshot, ''), '$.name'), p.name)"
_ISSUED = "i.deleted_at IS NULL AND i.status = 'issued'"


@dataclass
class ExportOptions:
    date_from: date | None = None  # dates are local; both ends included
    date_to: date | None = None
    period: str = "month"  # the VAT summary: month | quarter
    csv: bool = False
    dialect: str = "plain"  # CSV: plain | it
    bom: bool | None = None  # CSV: None = the dialect's default (on for it)
    today: date | None = None  # receivables: aged as of this day
    write_only: bool | None = None  # xlsx: None = stream when the rows are many
    progress: Progress | None = None
    should_stop: ShouldStop | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int  # data rows written (all tables, without headers, totals and summaries)
    files: tuple[Path, ...] = ()
    sheets: dict[str, int] = field(default_factory=dict)
    write_only: bool = False


def export_data(db, what: str, path: Path | str, options: ExportOptions | None = None) -> ExportResult:
    """Write the ``what`` export (one of EXPORTS) to ``path``: an xlsx workbook, or CSV with ``options.csv``."""
    options = options or ExportOptions()
    if what not in EXPORTS:
        raise ValidationError("what", f"Unknown export {what}; expected one of: {', '.join(EXPORTS)}",
                              code="choice_invalid", value=what, allowed=", ".join(EXPORTS))
    if options.period not in PERIODS:
        raise ValidationError("period", f"A period is a month or a quarter, not {options.period}",
                              code="choice_invalid", value=options.period, allowed=", ".join(PERIODS))
    if options.date_from and options.date_to and options.date_from > options.date_to:
        raise ValidationError("date_to", "The end of the period comes before its start", code="out_of_range")
    if options.csv:
        dialect_named(options.dialect)
    path = Path(path)
    if not path.parent.is_dir():
        raise ValidationError("path", f"No folder {path.parent}", code="folder_missing", folder=str(path.parent))
    sheets = _BUILDERS[what](db, options)
    if not options.csv:
        written = write_workbook(path, sheets, progress=options.progress, should_stop=options.should_stop,
                                 write_only=options.write_only)
        rows = sum(written.rows[s.title] for s in sheets if s.data)
        return ExportResult(path, rows, (path,), dict(written.rows), written.write_only)
    data = [s for s in sheets if s.data]
    targets = [(path if n == 0 else path.with_name(f"{path.stem}-{_slug(s.title)}{path.suffix}"), s)
               for n, s in enumerate(data)]
    counts = write_csv(targets, dialect=options.dialect, bom=options.bom, progress=options.progress,
                       should_stop=options.should_stop)
    return ExportResult(path, sum(counts.values()), tuple(counts), {s.title: counts[p] for p, s in targets})


def _slug(title: str) -> str:
    return "-".join(title.lower().split())


# -- reading ------------------------------------------------------------------------------------------------

def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _local(value) -> datetime | None:
    """A stored UTC time as a naive local time (what a spreadsheet cell can hold)."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(str(value))
    return to_local(value).replace(tzinfo=None)


def _between(column: str, options: ExportOptions, utc_times: bool = False) -> tuple[str, list]:
    """SQL conditions (and their parameters) for a local date range on a date or a UTC timestamp column."""
    where, params = "", []
    for bound, op, shift in ((options.date_from, ">=", 0), (options.date_to, "<", 1)):
        if bound is not None:  # a local day starts at local midnight: UTC times need converting
            value = to_utc(datetime.combine(bound + timedelta(days=shift), time())) if utc_times else bound + \
                timedelta(days=shift)
            where += f" AND {column} {op} ?"
            params.append(str(value))
    return where, params


def _query(select: str, body: str, order: str, params: list) -> tuple[Iterator[tuple], int]:
    """The rows of ``SELECT select body ORDER BY order`` as a lazy cursor, and how many there are."""
    count = database.execute_sql(f"SELECT COUNT(*) {body}", params).fetchone()[0]
    return iter(database.execute_sql(f"SELECT {select} {body} ORDER BY {order}", params)), count


def _money(cents: int | None, sign: int = 1) -> Decimal | None:
    return None if cents is None else from_cents(sign * cents)


def _sign(kind: str) -> int:
    return -1 if kind == "credit_note" else 1


def _kind_label(kind: str) -> str:
    return "Credit note" if kind == "credit_note" else "Invoice"


# -- contacts and communications -----------------------------------------------------------------------------

def _points(kind: str) -> str:
    return (f"(SELECT group_concat(value, '; ') FROM (SELECT value FROM contact_point WHERE party_id = p.id "
            f"AND kind = '{kind}' AND deleted_at IS NULL ORDER BY is_primary DESC, id))")


_CONTACTS = f"""p.id, p.kind, p.name, p.first_name, p.last_name,
  (SELECT c.name FROM affiliation a JOIN party c ON c.id = a.company_id WHERE a.person_id = p.id
     AND a.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY a.is_primary DESC, a.id LIMIT 1),
  p.job_title, {_points('email')}, {_points('phone')}, {_points('web')},
  ad.street, ad.postal_code, ad.city, ad.province, COALESCE(ad.country, p.country), p.vat_number, p.tax_code,
  p.stage, (SELECT group_concat(name, ', ') FROM (SELECT t.name FROM party_tag pt JOIN tag t ON t.id = pt.tag_id
     WHERE pt.party_id = p.id AND pt.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.key)),
  p.owner, p.source, p.created_at"""


def _contacts(db, options: ExportOptions) -> list[Sheet]:
    where, params = _between("p.created_at", options, utc_times=True)
    body = (f"FROM party p LEFT JOIN address ad ON ad.id = (SELECT id FROM address WHERE party_id = p.id AND "
            f"deleted_at IS NULL ORDER BY is_primary DESC, id LIMIT 1) WHERE p.deleted_at IS NULL {where}")
    rows, count = _query(_CONTACTS, body, "p.sort_key, p.id", params)
    columns = [Column("ID", "int"), *(Column(h) for h in (
        "Kind", "Name", "First name", "Last name", "Company", "Job title", "E-mails", "Phones", "Web", "Street",
        "Postal code", "City", "Province", "Country", "VAT number", "Tax code", "Stage", "Tags", "Owner",
        "Source")), Column("Created", "datetime")]
    data = ((*r[:-1], _local(r[-1])) for r in rows)
    per_stage = {stage: (p, c) for stage, p, c in database.execute_sql(
        "SELECT stage, SUM(kind = 'person'), SUM(kind = 'company') FROM party p "
        f"WHERE p.deleted_at IS NULL {where} GROUP BY stage", params)}
    order = [str(s) for s in Stage] + sorted(set(per_stage) - {str(s) for s in Stage})
    summary = [(s, *per_stage[s], sum(per_stage[s])) for s in order if s in per_stage]
    return [Sheet("Contacts", columns, data, count),
            Sheet("Summary", [Column("Stage"), *(Column(h, "int", total=True) for h in ("Persons", "Companies",
                                                                                       "All"))],
                  summary, len(summary), data=False)]


def _communications(db, options: ExportOptions) -> list[Sheet]:
    where, params = _between("c.occurred_at", options, utc_times=True)
    body = (f"FROM communication c JOIN party p ON p.id = c.party_id LEFT JOIN party w ON w.id = c.person_id "
            f"WHERE c.deleted_at IS NULL AND p.deleted_at IS NULL {where}")
    rows, count = _query("c.occurred_at, p.name, w.name, c.kind, c.direction, c.subject, c.duration_seconds, "
                         "c.outcome, c.owner", body, "c.occurred_at, c.id", params)

    def data():
        for at, party, person, kind, direction, subject, seconds, outcome, owner in rows:
            minutes = None if seconds is None else (seconds // 60 if seconds % 60 == 0 else round(seconds / 60, 2))
            yield _local(at), party, person, kind, direction, subject, minutes, outcome, owner

    columns = [Column("Date and time", "datetime"), Column("Party"), Column("Person"), Column("Channel"),
               Column("Direction"), Column("Subject"), Column("Duration (min)", "number", total=True),
               Column("Outcome"), Column("Owner")]
    summary = [(kind, n, n_in, n_out, Decimal(seconds or 0) / 60) for kind, n, n_in, n_out, seconds in
               database.execute_sql(f"SELECT c.kind, COUNT(*), SUM(c.direction = 'in'), SUM(c.direction = 'out'), "
                                    f"SUM(c.duration_seconds) {body} GROUP BY c.kind ORDER BY c.kind", params)]
    summary_columns = [Column("Channel"), Column("Count", "int", total=True), Column("Incoming", "int", total=True),
                       Column("Outgoing", "int", total=True), Column("Minutes", "number", total=True)]
    return [Sheet("Communications", columns, data(), count),
            Sheet("Summary", summary_columns, [(*r[:4], round(r[4], 2)) for r in summary], len(summary),
                  data=False)]


# -- quotes, invoices and credit notes -----------------------------------------------------------------------

_LINE_COLUMNS = [Column("Position", "int"), Column("Description"), Column("Quantity", "number"), Column("Unit"),
                 Column("Unit price", "money"), Column("Discount %", "percent"), Column("VAT code"),
                 Column("VAT %", "percent"), Column("Net", "money", total=True, note=SIGN_NOTE)]
_LINE_SELECT = ("l.position, l.description, l.quantity_milli, l.unit, l.unit_price_cents, l.discount_bp, "
                "l.vat_code, l.vat_rate_bp, l.net_cents")


def _line_values(line: tuple, sign: int = 1) -> tuple:
    position, description, milli, unit, price, discount, code, rate, net = line
    return (position, description, Decimal(milli) / 1000, unit, from_cents(price), percent_of(discount), code,
            percent_of(rate), from_cents(sign * net))


@dataclass(frozen=True)
class _RatePart:
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


def _rate_parts(doc: str, lines: str, fk: str, number: str, kind: str, where: str, params: list,
                customer: str = "p.name") -> list[_RatePart]:
    sql = (f"SELECT i.id, {number}, {kind}, i.issue_date, {customer}, l.vat_code, MAX(l.vat_rate_bp), "
           f"MAX(l.vat_exemption), SUM(l.net_cents) FROM {lines} l JOIN {doc} i ON i.id = l.{fk} "
           f"JOIN party p ON p.id = i.party_id WHERE l.deleted_at IS NULL AND {where} "
           f"GROUP BY i.id, l.vat_code ORDER BY i.issue_date, i.id, MIN(l.position)")
    parts = []
    for doc_id, num, kind_, issued, name, code, bp, exemption, cents in database.execute_sql(sql, params):
        sign, taxable, rate = _sign(kind_), from_cents(cents), percent_of(bp)
        vat = round_cents(taxable * rate / 100)
        parts.append(_RatePart(doc_id, num, kind_, _date(issued), name, code, rate, exemption, sign * taxable,
                               sign * vat))
    return parts


_AMOUNTS = (Column("Taxable", "money", True, SIGN_NOTE), Column("VAT", "money", True), Column("Total", "money", True))
_SUMMARY_COLUMNS = [Column("Section"), Column("Item"), Column("VAT %", "percent"), Column("Documents", "int"),
                    Column("Taxable", "money", note=SIGN_NOTE), Column("VAT", "money"), Column("Total", "money")]


def _per_rate(parts: list[_RatePart]) -> list[tuple]:
    sums: dict[str, list] = {}
    for part in parts:
        entry = sums.setdefault(part.code, [part.percent, set(), Decimal("0.00"), Decimal("0.00")])
        entry[1].add(part.doc_id)
        entry[2] += part.taxable
        entry[3] += part.vat
    return [("VAT rate", code, rate, len(docs), taxable, vat, taxable + vat)
            for code, (rate, docs, taxable, vat) in sums.items()]


def _quotes(db, options: ExportOptions) -> list[Sheet]:
    where, params = _between("i.issue_date", options)
    body = f"FROM quote i JOIN party p ON p.id = i.party_id WHERE i.deleted_at IS NULL {where}"
    rows, count = _query("i.number, i.revision, i.status, i.issue_date, i.valid_until, p.name, i.title, "
                         "i.taxable_cents, i.vat_cents, i.total_cents, i.currency", body, "i.issue_date, i.id", params)
    quotes = ((n, rev, status, _date(issued), _date(until), name, title, _money(t), _money(v), _money(tot), cur)
              for n, rev, status, issued, until, name, title, t, v, tot, cur in rows)
    columns = [Column("Number"), Column("Revision", "int"), Column("Status"), Column("Date", "date"),
               Column("Valid until", "date"), Column("Customer"), Column("Title"), Column("Taxable", "money", True),
               Column("VAT", "money", True), Column("Total", "money", True), Column("Currency")]
    line_body = (f"FROM quote_line l JOIN quote i ON i.id = l.quote_id JOIN party p ON p.id = i.party_id "
                 f"WHERE l.deleted_at IS NULL AND i.deleted_at IS NULL {where}")
    lines, line_count = _query(f"i.number, i.revision, i.issue_date, p.name, {_LINE_SELECT}", line_body,
                               "i.issue_date, i.id, l.position", params)
    line_rows = ((n, rev, _date(issued), name, *_line_values(rest)) for n, rev, issued, name, *rest in lines)
    line_columns = [Column("Quote"), Column("Revision", "int"), Column("Date", "date"), Column("Customer"),
                    *_LINE_COLUMNS]
    summary = [("Status", status, None, n, _money(t), _money(v), _money(tot)) for status, n, t, v, tot in
               database.execute_sql(f"SELECT i.status, COUNT(*), SUM(i.taxable_cents), SUM(i.vat_cents), "
                                    f"SUM(i.total_cents) {body} GROUP BY i.status ORDER BY i.status", params)]
    summary += _per_rate(_rate_parts("quote", "quote_line", "quote_id", "i.number", "'quote'",
                                     f"i.deleted_at IS NULL {where}", params))
    return [Sheet("Quotes", columns, quotes, count), Sheet("Lines", line_columns, line_rows, line_count),
            Sheet("Summary", _SUMMARY_COLUMNS, summary, len(summary), data=False)]


def _invoices(db, options: ExportOptions) -> list[Sheet]:
    today = options.today or local_today()
    where, params = _between("i.issue_date", options)
    extra = {r[0]: r[1:] for r in database.execute_sql(
        f"SELECT i.id, {_CUSTOMER}, json_extract(NULLIF(i.customer_snapshot, ''), '$.vat_number'), "
        f"i.taxable_cents, i.vat_cents, c.number_text FROM invoice i JOIN party p ON p.id = i.party_id "
        f"LEFT JOIN invoice c ON c.id = i.corrects_id WHERE {_ISSUED} {where}", params)}
    rows = invoice_rows(today, f"AND i.status = 'issued' {where}", tuple(params))
    rows.reverse()  # oldest first, as the registers go

    def data():
        for r in rows:
            customer, vat_number, taxable, vat, corrects = extra[r.id]
            sign = _sign(r.kind)
            yield (r.number, _kind_label(r.kind), r.issue_date, r.due_date, customer, vat_number or "", corrects,
                   _money(taxable, sign), _money(vat, sign), sign * r.total, r.paid, r.credited, r.balance_due,
                   r.payment_status, r.days_overdue or None)

    columns = [Column("Number"), Column("Type"), Column("Date", "date"), Column("Due date", "date"),
               Column("Customer"), Column("VAT number"), Column("Corrects"), *_AMOUNTS, Column("Paid", "money", True),
               Column("Credited", "money"), Column("Balance due", "money", True), Column("Payment status"),
               Column("Days overdue", "int")]
    line_body = (f"FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id JOIN party p ON p.id = i.party_id "
                 f"WHERE l.deleted_at IS NULL AND {_ISSUED} {where}")
    lines, line_count = _query(f"i.number_text, i.kind, i.issue_date, {_CUSTOMER}, {_LINE_SELECT}", line_body,
                               "i.issue_date, i.id, l.position", params)
    line_rows = ((n, _kind_label(kind), _date(issued), name, *_line_values(rest, _sign(kind)))
                 for n, kind, issued, name, *rest in lines)
    line_columns = [Column("Document"), Column("Type"), Column("Date", "date"), Column("Customer"), *_LINE_COLUMNS]
    summary = []
    for kind, n, t, v, tot in database.execute_sql(
            f"SELECT i.kind, COUNT(*), SUM(i.taxable_cents), SUM(i.vat_cents), SUM(i.total_cents) FROM invoice i "
            f"WHERE {_ISSUED} {where} GROUP BY i.kind ORDER BY i.kind DESC", params):
        sign = _sign(kind)
        summary.append(("Type", _kind_label(kind), None, n, _money(t, sign), _money(v, sign), _money(tot, sign)))
    summary += _per_rate(_rate_parts("invoice", "invoice_line", "invoice_id", "i.number_text", "i.kind",
                                     f"{_ISSUED} {where}", params))
    notes = (SIGN_NOTE, "Only issued invoices and credit notes; drafts are not documents yet.",
             f"Paid, balance due and payment status as of {today.strftime('%d/%m/%Y')}.")
    return [Sheet("Invoices", columns, data(), len(rows), notes), Sheet("Lines", line_columns, line_rows, line_count),
            Sheet("Summary", _SUMMARY_COLUMNS, summary, len(summary), notes, data=False)]


# -- payments, receivables, VAT -----------------------------------------------------------------------------

def _payments(db, options: ExportOptions) -> list[Sheet]:
    where, params = _between("y.paid_on", options)
    body = (f"FROM payment y JOIN invoice i ON i.id = y.invoice_id JOIN party p ON p.id = i.party_id "
            f"WHERE y.deleted_at IS NULL {where}")
    rows, count = _query(f"y.paid_on, i.number_text, {_CUSTOMER}, y.amount_cents, y.method, y.reference, y.notes",
                         body, "y.paid_on, y.id", params)
    data = ((_date(on), number, name, _money(cents), *rest) for on, number, name, cents, *rest in rows)
    columns = [Column("Date", "date"), Column("Invoice"), Column("Customer"), Column("Amount", "money", True),
               Column("Method"), Column("Reference"), Column("Notes")]
    summary = [(method, n, _money(cents)) for method, n, cents in database.execute_sql(
        f"SELECT y.method, COUNT(*), SUM(y.amount_cents) {body} GROUP BY y.method ORDER BY y.method", params)]
    return [Sheet("Payments", columns, data, count),
            Sheet("Summary", [Column("Method"), Column("Payments", "int", True), Column("Amount", "money", True)],
                  summary, len(summary), data=False)]


_BUCKETS = ("Not due", "0-30", "31-60", "61-90", "90+")


def _bucket(row, today: date) -> str:
    if row.due_date is None or row.due_date >= today:
        return _BUCKETS[0]
    return next((_BUCKETS[n] for n, (limit, _) in enumerate(AGING, 1) if row.days_overdue <= limit), _BUCKETS[-1])


def _receivables(db, options: ExportOptions) -> list[Sheet]:
    today = options.today or options.date_to or local_today()
    owed = receivables(db, today)
    columns = [Column("Customer"), Column("Invoices", "int", True), Column("Balance due", "money", True),
               *(Column(f"{b}" if n == 0 else f"{b} days", "money", True) for n, b in enumerate(_BUCKETS)),
               Column("Oldest days overdue", "int")]
    rows = [(r.party.name, r.invoices, r.balance_due, r.not_due, r.overdue_0_30, r.overdue_31_60, r.overdue_61_90,
             r.overdue_90_plus, r.oldest_days_overdue or None) for r in owed]
    invoices = sorted(open_invoice_rows(today), key=lambda r: (r.due_date or today, r.id))
    open_rows = [(r.number, r.party.name, r.issue_date, r.due_date, r.total, r.paid, r.credited, r.balance_due,
                  r.days_overdue or None, _bucket(r, today)) for r in invoices]
    open_columns = [Column("Number"), Column("Customer"), Column("Date", "date"), Column("Due date", "date"),
                    Column("Total", "money", True), Column("Paid", "money", True), Column("Credited", "money", True),
                    Column("Balance due", "money", True), Column("Days overdue", "int"), Column("Age")]
    per_bucket: dict[str, list] = {b: [0, Decimal("0.00")] for b in _BUCKETS}
    for r in open_rows:
        per_bucket[r[-1]][0] += 1
        per_bucket[r[-1]][1] += r[7]
    summary = [(b, n, amount) for b, (n, amount) in per_bucket.items()]
    notes = (f"Aged as of {today.strftime('%d/%m/%Y')}, in days past the due date.",)
    return [Sheet("Receivables", columns, rows, len(rows), notes),
            Sheet("Open invoices", open_columns, open_rows, len(open_rows), notes),
            Sheet("Summary", [Column("Age"), Column("Invoices", "int", True), Column("Balance due", "money", True)],
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


def _vat(db, options: ExportOptions) -> list[Sheet]:
    end = options.date_to or local_today()
    start = options.date_from or date(end.year, 1, 1)
    chosen = ExportOptions(date_from=start, date_to=end)
    where, params = _between("i.issue_date", chosen)
    parts = _rate_parts("invoice", "invoice_line", "invoice_id", "i.number_text", "i.kind", f"{_ISSUED} {where}",
                        params, customer=_CUSTOMER)
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
    columns = [Column("Period"), Column("From", "date"), Column("To", "date"), Column("VAT code"),
               Column("VAT %", "percent"), Column("Exemption"), Column("Documents", "int"), *_AMOUNTS]
    documents = [(p.issued, p.number, _kind_label(p.kind), p.customer, p.code, p.percent, p.taxable, p.vat,
                  p.taxable + p.vat) for p in parts]
    doc_columns = [Column("Date", "date"), Column("Number"), Column("Type"), Column("Customer"), Column("VAT code"),
                   Column("VAT %", "percent"), *_AMOUNTS]
    summary = _per_rate(parts)
    notes = (f"Issued invoices minus credit notes dated {start.strftime('%d/%m/%Y')} to "
             f"{end.strftime('%d/%m/%Y')}, by {options.period}.", SIGN_NOTE)
    return [Sheet("VAT", columns, rows, len(rows), notes), Sheet("Documents", doc_columns, documents, len(documents)),
            Sheet("Summary", _SUMMARY_COLUMNS, summary, len(summary), notes, data=False)]


_BUILDERS = {"contacts": _contacts, "communications": _communications, "quotes": _quotes, "invoices": _invoices,
             "payments": _payments, "receivables": _receivables, "vat": _vat}
