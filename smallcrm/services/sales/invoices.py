"""Invoices and credit notes: drafts, issuing (gapless numbering), immutability, corrections."""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from smallcrm.changes import Changes
from smallcrm.clock import local_today, utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import database
from smallcrm.db.sales_models import Invoice, InvoiceLine, Payment, Quote
from smallcrm.domain import (
    AuditAction,
    DocumentKind,
    InvoiceKind,
    InvoiceStatus,
    PaymentMeans,
    QuoteStatus,
    RecordKind,
    VatCollectability,
    parse_choice,
)
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.money import from_cents, to_cents
from smallcrm.services.admin.company import frozen_profile, get_company_profile, seller_snapshot
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.sales.catalog import check_in_force
from smallcrm.services.sales.credit_room import price_credit, stored_shares, vat_by_rate
from smallcrm.services.sales.document_lines import (
    LineDraft,
    clean_lines,
    customer_block,
    document_language,
    document_tax,
    drafts_from,
    read_lines,
    save_with_lines,
    store_totals,
    vat_summary,
    with_regime,
    write_lines,
)
from smallcrm.services.sales.instalments import draft_instalments, read_instalments, write_instalments
from smallcrm.services.sales.invoice_terms import draft_terms, exchange_rate, invoice_setup
from smallcrm.services.sales.numbering import current_series, next_number, number_text, peek_number
from smallcrm.services.sales.payment_terms import schedule, terms_from_json, terms_json
from smallcrm.services.sales.quotes import quote_view
from smallcrm.services.sales.readiness import IncompleteDocument, document_missing
from smallcrm.services.sales.refunds import refundable, refunds_of
from smallcrm.services.sales.seal import previous_seal, seal_document
from smallcrm.services.sales.settlement import invoice_rows, settlement
from smallcrm.services.sales.tax_checks import check_tax_cases, tax_warnings
from smallcrm.services.sales.tax_setup import setup_json
from smallcrm.services.sales.views import (
    CreditNoteRef,
    CustomerBlock,
    DocumentView,
    InvoiceRow,
    IssuePreview,
    LineView,
    PaymentView,
)
from smallcrm.services.views import PartyRef
from smallcrm.tax_cases import TaxSetup, TaxTotals


@dataclass
class InvoiceDraft:
    party_id: int
    lines: list[LineDraft] = field(default_factory=list)
    notes: str = ""
    payment_terms_days: int | None = None
    language: str | None = None
    withholding: bool | None = None  # the customer withholds tax on our fees (None: as the customer is)
    vat_collectability: VatCollectability = VatCollectability.IMMEDIATE  # split payment for a public body
    payment_terms: object = None  # "30/60/90 fm", a PaymentTerms (None: payment_terms_days, else the settings')
    payment_means: PaymentMeans | str | None = None  # MP05 bank transfer, MP12 Ri.Ba. ... (None: the setting)
    exchange_rate: object = None  # a Romanian company's invoice in euro: lei for one euro (BNR's rate of the day)


def invoice_row(invoice_id: int) -> Invoice:
    # a plain SELECT *: peewee takes longer to build this 25-column query than SQLite takes to run it
    invoice = next(iter(Invoice.raw("SELECT * FROM invoice WHERE id = ? AND deleted_at IS NULL", invoice_id)), None)
    if invoice is None:
        raise NotFound(kind="Invoice", ident=invoice_id)
    return invoice


def _payments(invoice: Invoice, party: PartyRef) -> tuple[PaymentView, ...]:
    from smallcrm.services.sales.payments import payment_view

    rows = Payment.raw("SELECT * FROM payment WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY paid_on, id",
                       invoice.id)
    return tuple(payment_view(p, invoice, party) for p in rows)


def _credit_notes(invoice: Invoice) -> tuple[CreditNoteRef, ...]:
    """The issued credit notes of an invoice, each with what it took off the invoice's balance (its total, less
    a withholding tax or a split payment's VAT as the invoice's: what the customer no longer has to pay us)."""
    rows = database.execute_sql("SELECT id, number_text, issue_date, payable_cents FROM invoice WHERE corrects_id = ? "
                                "AND kind = ? AND status = ? ORDER BY issue_date, number",
                                (invoice.id, InvoiceKind.CREDIT_NOTE, InvoiceStatus.ISSUED))
    return tuple(CreditNoteRef(note_id, number, date.fromisoformat(str(issued)[:10]), from_cents(total))
                 for note_id, number, issued, total in rows)


def _settled(invoice: Invoice, party: PartyRef, today: date | None) -> dict:
    """What was paid, credited and refunded: on an invoice its payments and credit notes, on a credit note the
    money paid back against it."""
    row = settlement(invoice.id, today)
    found = dict(paid=row.paid, balance_due=row.balance_due, payment_status=row.payment_status,
                 credited=row.credited, refunded=row.refunded, credit_balance=row.credit_balance)
    if invoice.kind == InvoiceKind.INVOICE:
        return {**found, "payments": _payments(invoice, party), "credit_notes": _credit_notes(invoice)}
    return {**found, "refunds": refunds_of(invoice, party), "refundable": refundable(invoice)}


def invoice_view(invoice: Invoice, today: date | None = None) -> DocumentView:
    setup = invoice_setup(invoice)
    lines = read_lines(InvoiceLine, "invoice", invoice.id)
    if invoice.status == InvoiceStatus.DRAFT:
        lines = with_regime(lines, setup.regime)  # as it will be issued
    totals = document_tax(lines, setup, stored_shares(invoice) if invoice.kind == InvoiceKind.CREDIT_NOTE else None)
    if invoice.customer_snapshot:
        customer = CustomerBlock(**json.loads(invoice.customer_snapshot))
    else:
        customer = customer_block(invoice.party_id)
    party = store.ref_by_id(invoice.party_id)
    settled = _settled(invoice, party, today)
    warnings, instalments = (), ()
    terms = terms_from_json(invoice.payment_terms, invoice.payment_terms_days)
    if invoice.status == InvoiceStatus.DRAFT and invoice.kind == InvoiceKind.INVOICE:
        warnings = tax_warnings(lines, customer, get_setting("company_country"), setup.regime)
        instalments = draft_instalments(terms, local_today(), totals.payable)
    elif invoice.kind == InvoiceKind.INVOICE:  # what was paid and credited (less what went back) covers them
        instalments = read_instalments(invoice.id, settled["paid"] + settled["credited"] - settled["refunded"])
    corrects = invoice.corrects if invoice.corrects_id else None
    return DocumentView(
        kind=DocumentKind(invoice.kind), id=invoice.id, uid=invoice.uid, number=invoice.number_text,
        status=InvoiceStatus(invoice.status),
        party=party, customer=customer, issue_date=invoice.issue_date, valid_until=None,
        due_date=invoice.due_date, title="", notes=invoice.notes, language=invoice.language,
        currency=invoice.currency, lines=lines, vat_summary=vat_summary(lines, totals), taxable=totals.taxable,
        vat=totals.vat, total=totals.total, payment_terms_days=invoice.payment_terms_days,
        corrects_number=corrects.number_text if corrects else "",
        corrects_date=corrects.issue_date if corrects else None,
        quote_number=invoice.quote.number if invoice.quote_id else "",
        seller=frozen_profile(invoice.seller_snapshot, get_company_profile()) if invoice.seller_snapshot else None,
        tax=totals, tax_setup=setup, warnings=warnings, payment_means=invoice.payment_means, payment_terms=terms,
        instalments=instalments, created_at=invoice.created_at, updated_at=invoice.updated_at, **settled)


def _draft(invoice_id: int) -> Invoice:
    invoice = invoice_row(invoice_id)
    if invoice.status != InvoiceStatus.DRAFT:
        raise Conflict(f"Invoice {invoice.number_text} is issued: it cannot be changed; correct it with a credit "
                       "note", code="invoice_issued")
    return invoice


def _fill(invoice: Invoice, draft: InvoiceDraft) -> None:
    with audit.tracked(RecordKind.INVOICE, invoice):
        _fill_fields(invoice, draft)


def _fill_fields(invoice: Invoice, draft: InvoiceDraft) -> None:
    store.get_live(draft.party_id)
    invoice.party, invoice.withholding = draft.party_id, draft.withholding
    invoice.vat_collectability = parse_choice(VatCollectability, draft.vat_collectability, "vat_collectability")
    invoice.exchange_rate = exchange_rate(draft.exchange_rate)
    setup = invoice_setup(invoice)
    lines = clean_lines(draft.lines, setup.regime)
    language = document_language(draft.language, invoice.language)
    terms = draft_terms(draft)
    invoice.payment_means = parse_choice(PaymentMeans, draft.payment_means or get_setting("payment_means"),
                                         "payment_means")
    invoice.payment_terms, invoice.payment_terms_days = terms_json(terms), terms.first_days
    invoice.party, invoice.notes, invoice.language = draft.party_id, draft.notes.strip(), language
    _save_lines(invoice, lines, setup)


def _save_lines(invoice: Invoice, lines: list[LineView] | tuple[LineView, ...], setup: TaxSetup) -> TaxTotals:
    """An invoice's lines as they are; a credit note's checked against what is left of its invoice and priced
    so that the credit notes add up to it (``credit_room``), its VAT per rate and other shares stored with it.
    The totals stored."""
    if invoice.kind != InvoiceKind.CREDIT_NOTE:
        tax = document_tax(lines, setup)
        save_with_lines(invoice, InvoiceLine, "invoice", lines, setup, tax)
        return tax
    priced, tax = price_credit(invoice.corrects, lines, exclude_id=invoice.id)
    invoice.vat_by_rate = vat_by_rate(tax)
    save_with_lines(invoice, InvoiceLine, "invoice", priced, setup, tax)
    return tax


def _changes(invoice: Invoice) -> Changes:
    return Changes(invoices={invoice.id}, parties={invoice.party_id})


def create_invoice(db: Database, draft: InvoiceDraft) -> tuple[DocumentView, Changes]:
    """A draft invoice (no number until it is issued)."""
    with db.atomic():
        invoice = Invoice(kind=InvoiceKind.INVOICE, currency=get_setting("currency"))
        _fill(invoice, draft)
    return invoice_view(invoice), _changes(invoice)


def update_invoice(db: Database, invoice_id: int, draft: InvoiceDraft) -> tuple[DocumentView, Changes]:
    with db.atomic():
        invoice = _draft(invoice_id)
        _fill(invoice, draft)
    return invoice_view(invoice), _changes(invoice)


def draft_invoice_view(invoice_id: int, draft: InvoiceDraft) -> DocumentView:
    """What a draft invoice or credit note being edited would look like, saving nothing (the live preview)."""
    invoice = _draft(invoice_id)
    invoice.party, invoice.withholding = draft.party_id, draft.withholding  # not saved
    invoice.vat_collectability = parse_choice(VatCollectability, draft.vat_collectability, "vat_collectability")
    invoice.exchange_rate = exchange_rate(draft.exchange_rate)
    setup = invoice_setup(invoice)
    lines = tuple(clean_lines(draft.lines, setup.regime))
    totals = document_tax(lines, setup)
    if invoice.kind == InvoiceKind.CREDIT_NOTE:
        with suppress(ValidationError):  # priced as saving would; what saving refuses shows as typed (and why)
            lines, totals = price_credit(invoice.corrects, lines, exclude_id=invoice.id)
    terms = draft_terms(replace(draft, payment_terms_days=draft.payment_terms_days if draft.payment_terms_days
                                is not None else invoice.payment_terms_days))
    means = parse_choice(PaymentMeans, draft.payment_means or invoice.payment_means, "payment_means")
    customer = customer_block(draft.party_id)
    warnings = tax_warnings(lines, customer, get_setting("company_country"), setup.regime) if (
        invoice.kind == InvoiceKind.INVOICE) else ()
    return replace(invoice_view(invoice), party=store.ref(store.get_live(draft.party_id)),
                   customer=customer, notes=draft.notes.strip(), warnings=warnings,
                   language=document_language(draft.language, invoice.language), lines=lines,
                   vat_summary=vat_summary(lines, totals), taxable=totals.taxable, vat=totals.vat, total=totals.total,
                   payment_terms_days=terms.first_days, tax=totals, tax_setup=setup, payment_terms=terms,
                   payment_means=means, instalments=draft_instalments(terms, local_today(), totals.payable)
                   if invoice.kind == InvoiceKind.INVOICE else ())


def trash_invoice(db: Database, invoice_id: int) -> Changes:
    """Only a draft can go: an issued invoice is a legal document."""
    with db.atomic():
        invoice = _draft(invoice_id)
        store.trash_rows(Invoice, Invoice.id == invoice.id)
        audit.record(RecordKind.INVOICE, invoice, AuditAction.TRASH)
    return _changes(invoice)


def invoice_from_quote(db: Database, quote_id: int, again: bool = False) -> tuple[DocumentView, Changes]:
    """A draft invoice with the lines of an accepted quote, linked to it. A quote is invoiced once: another invoice
    from it (an order invoiced in parts) only when asked for with ``again``, since a second click would otherwise
    bill the customer twice."""
    with db.atomic():
        quote = Quote.get_or_none(Quote.id == quote_id, Quote.deleted_at.is_null())
        if quote is None:
            raise NotFound(kind="Quote", ident=quote_id)
        if quote.status != QuoteStatus.ACCEPTED:
            raise Conflict(f"Quote {quote.number} is {quote.status}: only an accepted quote becomes an invoice",
                           code="quote_not_accepted")
        source = quote_view(quote)
        if source.invoices and not again:
            made = ", ".join(link.number or f"draft #{link.id}" for link in source.invoices)
            raise Conflict(f"Quote {quote.number} was already invoiced ({made}): make another invoice from it only "
                           "for an order invoiced in parts", code="quote_invoiced", invoices=made)
        invoice = Invoice(kind=InvoiceKind.INVOICE, quote=quote.id, currency=quote.currency)
        _fill(invoice, InvoiceDraft(quote.party_id, drafts_from(source.lines), quote.notes, None, quote.language))
    changes = _changes(invoice)
    changes.quotes.add(quote_id)
    return invoice_view(invoice), changes


def create_credit_note(db: Database, invoice_id: int, lines: list[LineDraft] | None = None, notes: str = ""
                       ) -> tuple[DocumentView, Changes]:
    """A draft credit note correcting an issued invoice: all of it by default, or the lines given."""
    with db.atomic():
        invoice = invoice_row(invoice_id)
        if invoice.kind != InvoiceKind.INVOICE or invoice.status != InvoiceStatus.ISSUED:
            raise Conflict("Only an issued invoice can be corrected by a credit note", code="not_issued")
        drafts = lines if lines is not None else drafts_from(invoice_view(invoice).lines)
        note = Invoice(kind=InvoiceKind.CREDIT_NOTE, corrects=invoice.id, currency=invoice.currency)
        _fill(note, InvoiceDraft(invoice.party_id, drafts, notes, 0, invoice.language))
    changes = _changes(note)
    changes.invoices.add(invoice_id)
    return invoice_view(note), changes


def issue_invoice(db: Database, invoice_id: int, issue_date: date | None = None) -> tuple[DocumentView, Changes]:
    """Give a draft the next number of its series and year and freeze it, in one transaction."""
    with db.atomic():
        invoice = _draft(invoice_id)
        lines = read_lines(InvoiceLine, "invoice", invoice.id)
        if not lines:
            raise ValidationError("lines", "An invoice needs at least one line", code="empty")
        when = issue_date or local_today()
        setup = invoice_setup(invoice, when)
        if lines != (priced := with_regime(lines, setup.regime)):  # the regime changed since the draft was saved
            lines = priced
            write_lines(InvoiceLine, "invoice", invoice.id, list(lines))
        if invoice.kind == InvoiceKind.INVOICE:  # a credit note keeps the rates of the invoice it corrects
            check_in_force([line.vat_code for line in lines], when)
            check_tax_cases(lines, customer_block(invoice.party_id), get_setting("company_country"))
        if setup.local_currency and invoice.currency != setup.local_currency and not setup.exchange_rate:
            raise ValidationError("exchange_rate", f"An invoice in {invoice.currency} states its VAT in "
                                  f"{setup.local_currency} too: give the exchange rate of the day",
                                  code="exchange_rate_needed", currency=invoice.currency)
        if invoice.kind == InvoiceKind.CREDIT_NOTE:  # priced again: other credit notes may have come or gone
            tax = _save_lines(invoice, lines, setup)
        else:
            tax = document_tax(lines, setup)
        if to_cents(tax.total) <= 0:
            raise ValidationError("lines", "The total must be more than zero", code="zero_total")
        if when > local_today():
            raise ValidationError("issue_date", f"An invoice cannot be dated in the future ({when})",
                                  code="future_date")
        profile, customer = get_company_profile(), customer_block(invoice.party_id)  # checked, then frozen
        missing = document_missing(InvoiceKind(invoice.kind), invoice.party_id, profile, customer,
                                   PaymentMeans(invoice.payment_means))
        if missing:
            raise IncompleteDocument(missing)
        series = current_series()
        later = (Invoice.select(Invoice.number_text, Invoice.issue_date)
                 .where(Invoice.kind == invoice.kind, Invoice.series == series, Invoice.year == when.year,
                        Invoice.status == InvoiceStatus.ISSUED, Invoice.issue_date > when).first())
        if later:
            raise ValidationError("issue_date", f"{later.number_text} was issued on {later.issue_date}: numbers "
                                  "must follow the dates", code="out_of_order")
        if invoice.kind == InvoiceKind.CREDIT_NOTE and when < invoice.corrects.issue_date:
            raise ValidationError("issue_date", f"{invoice.corrects.number_text} was issued on "
                                  f"{invoice.corrects.issue_date}: a credit note cannot come before it",
                                  code="before_invoice")
        before = audit.row_values(invoice)
        number = next_number(invoice.kind, series, when.year)
        invoice.series, invoice.year, invoice.number = series, when.year, number
        invoice.number_text = number_text(invoice.kind, number, when.year, series)
        invoice.issue_date = when
        if invoice.kind == InvoiceKind.INVOICE:
            plan = schedule(terms_from_json(invoice.payment_terms, invoice.payment_terms_days), when, tax.payable)
            write_instalments(invoice.id, plan)
            invoice.due_date, invoice.instalment_count = plan[-1][0], len(plan)
        invoice.customer_snapshot = json.dumps(asdict(customer), ensure_ascii=False)
        invoice.seller_snapshot = seller_snapshot(profile)
        invoice.tax_setup = setup_json(setup)
        store_totals(invoice, tax)
        invoice.save()  # still a draft: the seal reads the stored rows, as the check will
        invoice.chain_hash = seal_document(database.execute_sql, invoice.id,
                                           previous_seal(database.execute_sql, invoice.kind, series, when.year, number))
        invoice.status, invoice.issued_at = InvoiceStatus.ISSUED, utcnow()
        invoice.save()
        audit.write_diff(RecordKind.INVOICE, invoice, before, audit.row_values(invoice), action=AuditAction.ISSUE)
    return invoice_view(invoice), _changes(invoice)


def issue_preview(invoice_id: int, issue_date: date | None = None) -> IssuePreview:
    """What issuing a draft would give it (its number, if nobody issues one first), for a confirmation; and what
    is still missing before it can be issued."""
    invoice = _draft(invoice_id)
    when = issue_date or local_today()
    kind = InvoiceKind(invoice.kind)
    series = current_series()
    view = invoice_view(invoice)
    return IssuePreview(number_text(kind, peek_number(kind, series, when.year), when.year, series), when,
                        customer_block(invoice.party_id).name, view.total, view.currency,
                        document_missing(kind, invoice.party_id, means=PaymentMeans(invoice.payment_means)))


def get_invoice(invoice_id: int, today: date | None = None) -> DocumentView:
    return invoice_view(invoice_row(invoice_id), today)


# Which invoices a list shows, newest first (drafts, undated, last): all of them, or one customer's (read through
# its index), perhaps only of one kind and status. Parameters: ?1 the kind, ?2 the status (NULL: any), ?3 how many,
# ?4 the customer.
_LISTED = ("SELECT id FROM invoice WHERE deleted_at IS NULL AND (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR "
           "status = ?2) ORDER BY issue_date DESC, id DESC LIMIT ?3")
_LISTED_OF_PARTY = ("SELECT id FROM invoice WHERE deleted_at IS NULL AND party_id = ?4 AND (?1 IS NULL OR kind = ?1) "
                    "AND (?2 IS NULL OR status = ?2) ORDER BY issue_date DESC, id DESC LIMIT ?3")


def list_invoices(party_id: int | None = None, kind: InvoiceKind | None = None, status: InvoiceStatus | None = None,
                  today: date | None = None, limit: int = 500) -> list[InvoiceRow]:
    """Live invoices and credit notes, newest first (drafts, undated, last), with what is paid and due."""
    params = (kind, status, limit) if party_id is None else (kind, status, limit, party_id)
    ids = [invoice_id for (invoice_id,) in database.execute_sql(_LISTED if party_id is None else _LISTED_OF_PARTY,
                                                                  params)]
    return invoice_rows(today or local_today(), ids)
