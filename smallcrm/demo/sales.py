"""Demo sales history: a price list, quotes, invoices issued in number order, credit notes, payments.

The issued invoices are what issuing makes: each carries our company's block and its customer's as they are,
and its seal, chained in number order, so that ``smallcrm check`` finds the demo sound."""

from __future__ import annotations

import json
import random
from dataclasses import asdict
from datetime import datetime, timedelta
from decimal import Decimal

from smallcrm.db.bulk import bulk_insert
from smallcrm.db.models import database
from smallcrm.db.sales_models import (
    Invoice,
    InvoiceCounter,
    InvoiceInstalment,
    InvoiceLine,
    Payment,
    Product,
    Quote,
    QuoteLine,
    VatRate,
)
from smallcrm.domain import DocumentKind, InvoiceKind, InvoiceStatus, PaymentMethod, QuoteStatus
from smallcrm.money import from_e8, to_cents, to_e8
from smallcrm.services.admin.company import get_company_profile, seller_snapshot
from smallcrm.services.sales.document_lines import customer_block
from smallcrm.services.sales.seal import seal_document
from smallcrm.totals import LineAmounts, compute_totals

PRODUCTS = (
    ("CONS-H", "Consulenza oraria", "h", "65.00", "22"),
    ("INST", "Installazione impianto", "pz", "450.00", "22"),
    ("MANUT", "Manutenzione annuale", "pz", "280.00", "22"),
    ("SOPR", "Sopralluogo tecnico", "pz", "90.00", "22"),
    ("TRASP", "Trasporto e consegna", "pz", "35.00", "22"),
    ("CAT-24", "Catalogo stampato 2026", "pz", "12.90", "4"),
    ("PANE-KG", "Pane di grano duro", "kg", "3.80", "4"),
    ("OLIO-L", "Olio extravergine d'oliva", "l", "11.50", "4"),
    ("VINO-BT", "Vino rosso Montepulciano", "bt", "8.90", "22"),
    ("PELLET", "Pellet di abete (sacco 15 kg)", "pz", "6.20", "22"),
    ("CORSO", "Corso di formazione sulla sicurezza", "pz", "180.00", "N4"),
    ("RIST", "Ristrutturazione bagno", "pz", "3900.00", "10"),
    ("SITO", "Sito web vetrina", "pz", "1200.00", "22"),
    ("HOST", "Hosting annuale", "pz", "99.00", "22"),
    ("STAMPA", "Stampa biglietti da visita (500)", "pz", "39.00", "22"),
    ("CAFFE", "Caffè in grani (1 kg)", "kg", "18.50", "10"),
)
OWNED = ("uid", "created_at", "updated_at")
_METHODS = (PaymentMethod.BANK_TRANSFER, PaymentMethod.CARD, PaymentMethod.CASH)
LINE = (
    "position",
    "product",
    "description",
    "quantity_milli",
    "unit",
    "unit_price_e8",
    "discount_bp",
    "vat_code",
    "vat_rate_bp",
    "vat_exemption",
    "net_cents",
)
DOC_TOTALS = ("taxable_cents", "vat_cents", "total_cents")


def _lines(rng: random.Random, catalog: list[tuple]) -> tuple[list[tuple], tuple[int, int, int]]:
    chosen = []
    for position in range(1, rng.choice((1, 1, 2, 2, 3, 4, 6)) + 1):
        pid, name, unit, price, code, rate_bp, exemption = rng.choice(catalog)
        qty = Decimal(rng.choice((1, 1, 1, 2, 3, 5, 10))) if unit != "h" else Decimal(rng.randrange(1, 17)) / 2
        discount = Decimal(rng.choice((0, 0, 0, 5, 10)))
        amounts = LineAmounts(qty, from_e8(price), discount, Decimal(rate_bp) / 100, code)
        net = compute_totals([amounts]).lines[0]
        chosen.append(
            (
                amounts,
                (
                    position,
                    pid,
                    name,
                    int(qty * 1000),
                    unit,
                    price,
                    int(discount * 100),
                    code,
                    rate_bp,
                    exemption,
                    to_cents(net),
                ),
            )
        )
    totals = compute_totals(a for a, _ in chosen)
    return [row for _, row in chosen], (to_cents(totals.taxable), to_cents(totals.vat), to_cents(totals.total))


def _seal_in_number_order(first_invoice: int) -> None:
    """Each demo invoice sealed as issuing seals it, chained in number order per year (the demo numbers a fresh
    database from 1), so that ``smallcrm check`` finds the demo's chains whole."""
    execute = database.execute_sql
    previous: dict[int, str] = {}
    rows = list(execute("SELECT id, year FROM invoice WHERE id >= ? ORDER BY year, number", (first_invoice,)))
    for invoice_id, year in rows:
        previous[year] = seal_document(execute, invoice_id, previous.get(year, ""))
        execute("UPDATE invoice SET chain_hash = ? WHERE id = ?", (previous[year], invoice_id))


def generate_sales(make, persons_and_companies: list[int], count: int) -> tuple[int, int]:
    """``count`` quotes and about as many invoices over the last two years; returns (quotes, invoices)."""
    rng: random.Random = make.rng
    rates = {r.code: r for r in VatRate.select()}
    catalog = []
    for code, name, unit, price, vat in PRODUCTS:
        product = Product.get_or_none(Product.code == code) or Product.create(
            code=code, name=name, unit=unit, price_e8=to_e8(Decimal(price)), vat_rate=rates[vat].id
        )
        rate = rates[vat]
        catalog.append((product.id, name, unit, product.price_e8, rate.code, rate.rate_bp, rate.exemption))
    customers = rng.sample(persons_and_companies, min(len(persons_and_companies), max(1, count // 3)))
    blocks = {party: json.dumps(asdict(customer_block(party)), ensure_ascii=False) for party in customers}
    seller = seller_snapshot(get_company_profile())
    today = make.now.date()
    first_quote = (Quote.select(Quote.id).order_by(Quote.id.desc()).scalar() or 0) + 1
    quote_rows, quote_lines, accepted = [], [], []
    quote_numbers: dict[int, int] = dict(
        InvoiceCounter.select(InvoiceCounter.year, InvoiceCounter.last_number)
        .where(InvoiceCounter.kind == DocumentKind.QUOTE, InvoiceCounter.series == "")
        .tuples()
    )
    for n, issued in enumerate(sorted(today - timedelta(days=rng.randrange(730)) for _ in range(count))):
        qid = first_quote + n
        valid_until = issued + timedelta(days=30)
        if valid_until < today:  # an old quote was answered, or left to expire
            status = rng.choice((QuoteStatus.ACCEPTED, QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED))
        else:
            status = rng.choice((QuoteStatus.DRAFT, QuoteStatus.SENT, QuoteStatus.SENT, QuoteStatus.ACCEPTED))
        lines, totals = _lines(rng, catalog)
        party = rng.choice(customers)
        quote_numbers[issued.year] = quote_numbers.get(issued.year, 0) + 1
        number = f"P-{issued.year}-{quote_numbers[issued.year]:04d}"
        quote_rows.append((qid, *make.stamps(), party, number, status, issued, valid_until, "it", *totals))
        quote_lines.extend((*make.stamps(), qid, *line) for line in lines)
        if status == QuoteStatus.ACCEPTED:
            accepted.append((qid, party, issued, lines, totals))
    for year, last in quote_numbers.items():
        InvoiceCounter.insert(kind=DocumentKind.QUOTE, series="", year=year,
                              last_number=last).on_conflict_replace().execute()
    bulk_insert(
        Quote,
        ("id", *OWNED, "party", "number", "status", "issue_date", "valid_until", "language", *DOC_TOTALS),
        quote_rows,
    )
    bulk_insert(QuoteLine, (*OWNED, "quote", *LINE), quote_lines)

    # invoices: from accepted quotes and some from scratch, issued in date order with gapless numbers
    plans = [
        (issued + timedelta(days=rng.randrange(1, 20)), party, qid, lines, totals)
        for qid, party, issued, lines, totals in accepted
    ]
    while len(plans) < count:
        lines, totals = _lines(rng, catalog)
        plans.append((today - timedelta(days=rng.randrange(730)), rng.choice(customers), None, lines, totals))
    plans = sorted((p for p in plans if p[0] <= today), key=lambda p: p[0])
    first_invoice = (Invoice.select(Invoice.id).order_by(Invoice.id.desc()).scalar() or 0) + 1
    numbers: dict[int, int] = dict(
        InvoiceCounter.select(InvoiceCounter.year, InvoiceCounter.last_number)
        .where(InvoiceCounter.kind == DocumentKind.INVOICE, InvoiceCounter.series == "")
        .tuples()
    )
    invoice_rows, invoice_lines, pays = [], [], []
    for offset, (issued, party, qid, lines, totals) in enumerate(plans):
        iid = first_invoice + offset
        numbers[issued.year] = numbers.get(issued.year, 0) + 1
        number = numbers[issued.year]
        due = issued + timedelta(days=30)
        stamp = datetime.combine(issued, datetime.min.time()) + timedelta(hours=10)
        invoice_rows.append(
            (
                iid,
                make.uid(),
                stamp,
                stamp,
                InvoiceKind.INVOICE,
                party,
                qid,
                InvoiceStatus.DRAFT,
                "",
                issued.year,
                number,
                f"{number}/{issued.year}",
                issued,
                due,
                30,
                "it",
                blocks[party],
                seller,
                *totals,
                totals[2],  # payable: no withholding tax, no split payment in the demo
                stamp,
            )
        )
        invoice_lines.extend((*make.stamps(), iid, *line) for line in lines)
        # most customers pay, some in two instalments, some late, some not yet
        luck = rng.random()
        total = totals[2]
        if luck < 0.75 and due - timedelta(days=20) <= today:
            paid_on = min(today, due + timedelta(days=rng.randrange(-25, 40)))
            paid_on = max(paid_on, issued)
            if luck < 0.15 and total > 100:
                half = total // 2
                pays.append(
                    (
                        make.uid(),
                        stamp,
                        stamp,
                        iid,
                        half,
                        max(issued, paid_on - timedelta(days=20)),
                        PaymentMethod.BANK_TRANSFER,
                        "",
                    )
                )
                total -= half
            pays.append(
                (make.uid(), stamp, stamp, iid, total, paid_on, rng.choice(_METHODS), "")
            )
    bulk_insert(
        Invoice,
        (
            "id",
            "uid",
            "created_at",
            "updated_at",
            "kind",
            "party",
            "quote",
            "status",
            "series",
            "year",
            "number",
            "number_text",
            "issue_date",
            "due_date",
            "payment_terms_days",
            "language",
            "customer_snapshot",
            "seller_snapshot",
            *DOC_TOTALS,
            "payable_cents",
            "issued_at",
        ),
        invoice_rows,
    )
    bulk_insert(InvoiceLine, (*OWNED, "invoice", *LINE), invoice_lines)
    bulk_insert(InvoiceInstalment, ("invoice", "position", "due_date", "amount_cents", "cumulative_cents"),
                ((row[0], 1, row[13], row[-2], row[-2]) for row in invoice_rows))  # one each: all of it, when due
    if invoice_rows:  # lines go in while drafts; then they are sealed in number order and become issued
        _seal_in_number_order(first_invoice)
        Invoice.update(status=InvoiceStatus.ISSUED).where(Invoice.id >= first_invoice).execute()
    bulk_insert(Payment, (*OWNED, "invoice", "amount_cents", "paid_on", "method", "reference"), pays)
    for year, last in numbers.items():
        InvoiceCounter.insert(kind=DocumentKind.INVOICE, series="", year=year,
                              last_number=last).on_conflict_replace().execute()
    return len(quote_rows), len(invoice_rows)

