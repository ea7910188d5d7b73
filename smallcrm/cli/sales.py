"""`smallcrm products|quotes|invoices|payments|receivables ...`: selling from the command line."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from smallcrm.cli import einvoicing
from smallcrm.cli.args import count
from smallcrm.cli.issuing import INVOICE_REF, QUOTE_REF, say_missing
from smallcrm.cli.output import emit_json, table
from smallcrm.cli.session import open_db
from smallcrm.cli.tax import tax_lines, terms_lines, yes_no
from smallcrm.domain import DocumentKind, InvoiceStatus, PaymentMethod, QuoteStatus, VatCollectability
from smallcrm.errors import ValidationError
from smallcrm.services.sales import catalog, invoices, payments, printing, quotes
from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note, credit_lines, creditable
from smallcrm.services.sales.document_lines import LineDraft, drafts_from
from smallcrm.services.sales.readiness import IncompleteDocument
from smallcrm.services.sales.references import invoice_ref, quote_ref
from smallcrm.services.sales.views import DocumentView

LINE_HELP = "a line as 'DESCRIPTION|QTY|PRICE|VAT|DISCOUNT%%' (VAT and discount optional), or 'CODE*QTY' of a product"


@dataclass(frozen=True)
class _ProductLine:
    code: str
    quantity: str


def _line(text: str) -> LineDraft | _ProductLine:
    if "|" not in text:
        code, _, qty = text.partition("*")
        return _ProductLine(code.strip().upper(), qty.strip() or "1")
    parts = [p.strip() for p in text.split("|")] + ["", "", "", ""]
    return LineDraft(parts[0], parts[1] or 1, parts[2] or None, parts[4] or 0, parts[3] or None)


def _lines(db, lines: list[LineDraft | _ProductLine] | None) -> list[LineDraft] | None:
    """Product codes become product lines (their name, price and VAT) once the database is open."""
    if lines is None:
        return None
    codes = {p.code: p.id for p in catalog.list_products(include_inactive=True, limit=100_000)}
    resolved = []
    for index, line in enumerate(lines):
        if isinstance(line, _ProductLine):
            if line.code not in codes:
                raise ValidationError(f"lines[{index}]", f"No product with code {line.code}", code="not_found")
            line = LineDraft(quantity=line.quantity, product_id=codes[line.code])
        resolved.append(line)
    return resolved


def register(commands) -> None:
    p = commands.add_parser("products", help="the price list").add_subparsers(dest="action", required=True)
    add = p.add_parser("add", help="add a product or service")
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("price", help="e.g. 65 or 1.234,50")
    add.add_argument("--vat", default="22", help="VAT rate code (22, 10, 5, 4, N4, N3.1, N2.2)")
    add.add_argument("--unit", default="pz")
    add.add_argument("--description", default="")
    add.set_defaults(handler=product_add)
    p.add_parser("list", help="list products").set_defaults(handler=product_list)
    p.add_parser("vat", help="list VAT rates").set_defaults(handler=vat_list)

    q = commands.add_parser("quotes", help="quotes").add_subparsers(dest="action", required=True)
    new = q.add_parser("create", help="write a quote")
    new.add_argument("party", type=int)
    new.add_argument("--line", action="append", default=[], type=_line, help=LINE_HELP)
    new.add_argument("--title", default="")
    new.add_argument("--notes", default="")
    new.add_argument("--valid-until", type=date.fromisoformat)
    new.add_argument("--language", choices=["it", "en", "ro"])
    new.set_defaults(handler=quote_create)
    more = q.add_parser("add-line", help="add lines to a draft quote")
    more.add_argument("quote", help=QUOTE_REF)
    more.add_argument("--line", action="append", required=True, type=_line, help=LINE_HELP)
    more.set_defaults(handler=quote_add_line)
    for name, func, text in (("show", quote_show, "show a quote"), ("duplicate", quote_duplicate, "copy a quote"),
                             ("revise", quote_revise, "new revision of a quote")):
        sub = q.add_parser(name, help=text)
        sub.add_argument("quote", help=QUOTE_REF)
        sub.set_defaults(handler=func)
    status = q.add_parser("status", help="mark a quote sent, accepted, rejected, expired or draft")
    status.add_argument("quote", help=QUOTE_REF)
    status.add_argument("status", choices=[s.value for s in QuoteStatus])
    status.set_defaults(handler=quote_status)
    q.add_parser("list", help="list quotes").set_defaults(handler=quote_list)
    pdf = q.add_parser("pdf", help="write the quote as a PDF")
    pdf.add_argument("quote", help=QUOTE_REF)
    pdf.add_argument("path", type=Path)
    pdf.set_defaults(handler=quote_pdf)

    i = commands.add_parser("invoices", help="invoices and credit notes").add_subparsers(dest="action", required=True)
    sub = i.add_parser("from-quote", help="a draft invoice from an accepted quote (once: --again for another)")
    sub.add_argument("quote", help=QUOTE_REF)
    sub.add_argument("--again", action="store_true",
                     help="make another invoice from a quote already invoiced (an order invoiced in parts)")
    sub.set_defaults(handler=invoice_from_quote)
    sub = i.add_parser("create", help="a draft invoice from scratch")
    sub.add_argument("party", type=int)
    sub.add_argument("--line", action="append", default=[], type=_line, help=LINE_HELP)
    sub.add_argument("--notes", default="")
    sub.add_argument("--terms", help="payment terms: 30 (days), 30 fm (end of month), 30/60/90 fm (instalments), "
                     "30:500/60 (an amount per instalment), 2026-04-30:500/2026-05-31 (days)")
    sub.add_argument("--payment-method", metavar="MPnn", help="how it asks to be paid: MP05 bank transfer, MP12 "
                     "Ri.Ba., MP19-MP21 SEPA direct debit, MP01 cash, MP08 card ... (default: the setting)")
    sub.add_argument("--withholding", type=yes_no, metavar="YES|NO",
                     help="the customer withholds tax on our fees (default: a business does, a private person not)")
    sub.add_argument("--exchange-rate", help="a Romanian company's invoice in euro: lei for one euro (BNR, 4,9750)")
    sub.add_argument("--vat-collectability", choices=[c.value for c in VatCollectability], default="I",
                     help="when the VAT is due: I now, D when paid (deferred), S split payment (a public body pays it "
                          "to the State)")
    sub.set_defaults(handler=invoice_create)
    sub = i.add_parser("issue", help="give a draft its number and freeze it")
    sub.add_argument("invoice", help=INVOICE_REF)
    sub.add_argument("--date", type=date.fromisoformat)
    sub.set_defaults(handler=invoice_issue)
    sub = i.add_parser("credit-note", help="a draft credit note correcting an issued invoice (all of it, or "
                       "--qty / --amount / --line)")
    sub.add_argument("invoice", help=INVOICE_REF)
    sub.add_argument("--line", action="append", type=_credit_line,
                     help="credit the invoice's line N (1 is the first: what is left of it), or add a line "
                          "'DESCRIPTION|QTY|PRICE|VAT' or 'CODE*QTY'")
    sub.add_argument("--qty", action="append", metavar="LINE=QTY", type=_credit_qty,
                     help="credit QTY of the invoice's line LINE (1 is the first); no more than is left")
    sub.add_argument("--amount", help="credit an amount before VAT")
    sub.add_argument("--vat", help="the VAT code of --amount (one of the invoice's)")
    sub.add_argument("--description", default="", help="the line of --amount")
    sub.add_argument("--notes", default="")
    sub.set_defaults(handler=invoice_credit)
    sub = i.add_parser("show", help="show an invoice")
    sub.add_argument("invoice", help=INVOICE_REF)
    sub.set_defaults(handler=invoice_show)
    sub = i.add_parser("list", help="list invoices")
    sub.add_argument("--party", type=int)
    sub.set_defaults(handler=invoice_list)
    sub = i.add_parser("pdf", help="write the invoice as a PDF")
    sub.add_argument("invoice", help=INVOICE_REF)
    sub.add_argument("path", type=Path)
    sub.set_defaults(handler=invoice_pdf)
    einvoicing.add_invoice_commands(i)

    pay = commands.add_parser("pay", help="record a payment against an issued invoice")
    pay.add_argument("invoice", help=INVOICE_REF)
    pay.add_argument("amount")
    pay.add_argument("--date", type=date.fromisoformat)
    pay.add_argument("--method", default="bank_transfer", choices=[m.value for m in PaymentMethod])
    pay.add_argument("--reference", default="")
    pay.add_argument("--on-account", action="store_true",
                     help="accept more than the balance due: the excess stays with us as the customer's credit")
    pay.set_defaults(handler=pay_invoice)

    commands.add_parser("receivables", help="who owes what, aged by days overdue, and what we owe them"
                        ).set_defaults(handler=receivables)


def _print_document(args: argparse.Namespace, doc: DocumentView) -> None:
    if args.json:
        emit_json(doc)
        return
    label = {DocumentKind.QUOTE: "Quote", DocumentKind.INVOICE: "Invoice", DocumentKind.CREDIT_NOTE: "Credit note"}[
        doc.kind]
    print(f"{label} {doc.number or '(draft)'} [{doc.id}] · {doc.status} · {doc.party.name}")
    if doc.issue_date:
        print(f"  date {doc.issue_date}" + (f", valid until {doc.valid_until}" if doc.valid_until else "")
              + (f", due {doc.due_date}" if doc.due_date else ""))
    for text in terms_lines(doc):
        print(text)
    table([[str(line.position), line.description, f"{line.quantity.normalize():f}", line.unit, f"{line.unit_price:f}",
            f"{line.discount_percent.normalize():f}%" if line.discount_percent else "", line.vat_code, f"{line.net}"]
           for line in doc.lines], ["#", "description", "qty", "unit", "price", "disc.", "VAT", "amount"])
    for vat in doc.vat_summary:
        print(f"  VAT {vat.vat_code}: taxable {vat.taxable}, VAT {vat.vat}" + (f" ({vat.exemption})" if vat.exemption
                                                                             else ""))
    print(f"  taxable {doc.taxable} · VAT {doc.vat} · total {doc.total} {doc.currency}")
    for text in tax_lines(doc):
        print(text)
    for note in doc.credit_notes:
        print(f"  credit note {note.number} of {note.issue_date}: {note.total}")
    if doc.payment_status:
        print(f"  paid {doc.paid} · balance due {doc.balance_due} · {doc.payment_status}")
    if doc.credit_balance or (doc.refunded and doc.kind == DocumentKind.INVOICE):
        print(f"  refunded {doc.refunded} · owed to the customer {doc.credit_balance}")
    for refund in doc.refunds:
        print(f"  refund of {refund.refunded_on}: {refund.amount} ({refund.method})")
    if doc.kind == DocumentKind.CREDIT_NOTE and doc.status == InvoiceStatus.ISSUED:
        print(f"  refunded {doc.refunded} · can still be refunded {doc.refundable}")
    if doc.invoices:
        print(f"  invoiced: {_invoiced(doc.invoices)}")


def _invoiced(links) -> str:
    """The invoices made from a quote, as a list prints them: "1/2026, draft [14]"."""
    return ", ".join(link.number or f"draft [{link.id}]" for link in links)


def product_add(args):
    with open_db(args) as db:
        view, _ = catalog.create_product(db, catalog.ProductDraft(args.code, args.name, args.price, args.vat,
                                                                  args.unit, args.description))
    if args.json:
        return emit_json(view)
    print(f"Added product {view.code}: {view.name} {view.price:f} (VAT {view.vat_code})")


def product_list(args):
    with open_db(args, create=False):
        rows = catalog.list_products()
    if args.json:
        return emit_json(rows)
    table([[p.code, p.name, p.unit, f"{p.price:f}", p.vat_code] for p in rows],
          ["code", "name", "unit", "price", "VAT"])


def vat_list(args):
    with open_db(args, create=False):
        rows = catalog.list_vat_rates()
    if args.json:
        return emit_json(rows)
    table([[r.code, f"{r.percent}%", r.description, r.exemption] for r in rows], ["code", "rate", "", "exemption"])


def quote_create(args):
    with open_db(args, create=False) as db:
        view, _ = quotes.create_quote(db, quotes.QuoteDraft(args.party, _lines(db, args.line), args.title, args.notes,
                                                            valid_until=args.valid_until, language=args.language))
    _print_document(args, view)


def quote_add_line(args):
    with open_db(args, create=False) as db:
        quote_id = quote_ref(args.quote)
        current = quotes.get_quote(quote_id)
        draft = quotes.QuoteDraft(current.party.id, drafts_from(current.lines) + _lines(db, args.line), current.title,
                                  current.notes, current.issue_date, current.valid_until, current.language)
        view, _ = quotes.update_quote(db, quote_id, draft)
    _print_document(args, view)


def quote_show(args):
    with open_db(args, create=False):
        _print_document(args, quotes.get_quote(quote_ref(args.quote)))


def quote_duplicate(args):
    with open_db(args, create=False) as db:
        _print_document(args, quotes.duplicate_quote(db, quote_ref(args.quote))[0])


def quote_revise(args):
    with open_db(args, create=False) as db:
        _print_document(args, quotes.revise_quote(db, quote_ref(args.quote))[0])


def quote_status(args):
    with open_db(args, create=False) as db:
        _print_document(args, quotes.set_quote_status(db, quote_ref(args.quote), args.status)[0])


def quote_list(args):
    with open_db(args, create=False):
        rows = quotes.list_quotes()
    if args.json:
        return emit_json(rows)
    table([[str(q.id), q.number, str(q.issue_date), q.party.name, q.status, str(q.total), _invoiced(q.invoices)]
           for q in rows], ["id", "number", "date", "customer", "status", "total", "invoiced"])


def _write_pdf(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    print(f"Wrote {path} ({len(data) / 1024:.0f} KB)")


def quote_pdf(args):
    with open_db(args, create=False):
        _write_pdf(args.path, printing.quote_pdf(quote_ref(args.quote)))


def invoice_from_quote(args):
    with open_db(args, create=False) as db:
        _print_document(args, invoices.invoice_from_quote(db, quote_ref(args.quote), again=args.again)[0])


def invoice_create(args):
    with open_db(args, create=False) as db:
        draft = invoices.InvoiceDraft(args.party, _lines(db, args.line), args.notes,
                                      withholding=args.withholding, vat_collectability=args.vat_collectability,
                                      payment_terms=args.terms, payment_means=args.payment_method,
                                      exchange_rate=args.exchange_rate)
        _print_document(args, invoices.create_invoice(db, draft)[0])


def invoice_issue(args):
    with open_db(args, create=False) as db:
        invoice_id = invoice_ref(args.invoice)
        try:
            view = invoices.issue_invoice(db, invoice_id, args.date)[0]
        except IncompleteDocument as missing:
            return say_missing(missing, f"invoice [{invoice_id}]")
    _print_document(args, view)


def _credit_qty(text: str) -> tuple[int, str]:
    position, _, quantity = text.partition("=")
    if not position.strip().isdigit() or not quantity.strip():
        raise argparse.ArgumentTypeError(f"expected LINE=QTY, e.g. 2=1.5, not {text!r}")
    return count(1, 100_000)(position.strip()), quantity.strip()  # a line's position: 2, not 2^63


def _credit_line(text: str) -> int | LineDraft | _ProductLine:
    """`--line 2` of a credit note is the invoice's second line; a line typed in full is a line of its own."""
    return count(1, 100_000)(text.strip()) if text.strip().isdigit() else _line(text)


def _credited_lines(db, invoice_id: int, typed: list | None) -> list[LineDraft] | None:
    """The credit note's lines: the invoice's lines named by position (what is left of each), then those typed."""
    if typed is None:
        return None
    positions = [entry for entry in typed if isinstance(entry, int)]
    drafts: list[LineDraft] = []
    if positions:
        found = creditable(invoice_id)
        left = {entry.line.position: entry.left for entry in found.lines}
        drafts = credit_lines(found, CreditRequest({position: left.get(position, 0) for position in positions}))
    return drafts + (_lines(db, [entry for entry in typed if not isinstance(entry, int)]) or [])


def invoice_credit(args):
    with open_db(args, create=False) as db:
        invoice_id = invoice_ref(args.invoice)
        if args.qty or args.amount:
            request = CreditRequest(dict(args.qty or ()), args.amount, args.vat, args.description)
            _print_document(args, create_partial_credit_note(db, invoice_id, request, args.notes)[0])
        else:
            lines = _credited_lines(db, invoice_id, args.line)
            _print_document(args, invoices.create_credit_note(db, invoice_id, lines, args.notes)[0])


def invoice_show(args):
    with open_db(args, create=False):
        _print_document(args, invoices.get_invoice(invoice_ref(args.invoice)))


def invoice_list(args):
    with open_db(args, create=False):
        rows = invoices.list_invoices(party_id=args.party)
    if args.json:
        return emit_json(rows)
    table([[str(r.id), r.number or "(draft)", str(r.issue_date or ""), r.party.name, str(r.total),
            str(r.balance_due), r.payment_status or r.status] for r in rows],
          ["id", "number", "date", "customer", "total", "due", "status"])


def invoice_pdf(args):
    with open_db(args, create=False):
        _write_pdf(args.path, printing.invoice_pdf(invoice_ref(args.invoice)))


def pay_invoice(args):
    with open_db(args, create=False) as db:
        invoice_id = invoice_ref(args.invoice)
        view, _ = payments.record_payment(db, payments.PaymentDraft(invoice_id, args.amount, args.date, args.method,
                                                                    args.reference, on_account=args.on_account))
        left = invoices.get_invoice(invoice_id)
    if args.json:
        return emit_json(view)
    print(f"Recorded {view.amount} on invoice {view.invoice_number}; balance due {left.balance_due} "
          f"({left.payment_status})" + (f"; {left.credit_balance} on account" if left.credit_balance else ""))


def receivables(args):
    with open_db(args, create=False):
        rows = payments.receivables()
    if args.json:
        return emit_json(rows)
    table([[r.party.name, str(r.invoices), str(r.balance_due), str(r.not_due), str(r.overdue_0_30),
            str(r.overdue_31_60), str(r.overdue_61_90), str(r.overdue_90_plus), str(r.credit_balance)] for r in rows],
          ["customer", "invoices", "due", "not yet due", "0-30", "31-60", "61-90", "90+", "we owe them"])
