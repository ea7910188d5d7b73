"""Sales: a 100-line quote and draft invoice, issuing, PDFs one by one and in a batch, receivables."""

from __future__ import annotations

from bench import floor
from bench.context import Context
from bench.timing import Peer, Row, measure, series, under
from smallcrm.clock import local_today
from smallcrm.documents.pdf import render_document_pdf
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.invoices import InvoiceDraft, create_invoice, get_invoice, issue_invoice
from smallcrm.services.sales.payments import receivables
from smallcrm.services.sales.printing import invoice_pdf, quote_pdf
from smallcrm.services.sales.quotes import QuoteDraft, create_quote
from smallcrm.services.sales.views import CompanyProfile

LINES = 100
PEER_PDF = Peer("157", 157)
PEER_DRAFT = Peer("120", 120)
COMPANY = CompanyProfile(name="Rossi Impianti S.r.l.", street="Via Roma 1", postal_code="20121", city="Milano",
                         province="MI", vat_number="IT00743110157", iban="IT60X0542811101000000123456",
                         email="info@rossi-impianti.it", phone="+39 02 1234567", website="www.rossi-impianti.it")


def _customer(ctx: Context) -> int:
    return ctx.nth("SELECT id FROM party WHERE kind = 'company' ORDER BY id", 321)


def _lines(ctx: Context, count: int = LINES) -> list[LineDraft]:
    """Typed lines: every third from the price list (looked up), the rest free text, a few discounted."""
    products = [r[0] for r in ctx.conn.execute("SELECT id FROM product ORDER BY id")]
    lines = []
    for n in range(count):
        if n % 3 == 0 and products:
            lines.append(LineDraft(quantity=1 + n % 4, product_id=products[n % len(products)]))
        else:
            lines.append(LineDraft(f"Intervento tecnico n. {n + 1}: sopralluogo, materiali e posa in opera",
                                   quantity=f"{1 + n % 7},5", unit_price=f"{35 + n},90",
                                   discount_percent=10 if n % 5 == 0 else 0, vat_code="22" if n % 4 else "10"))
    return lines


def ensure_profile(ctx: Context) -> None:
    """Our company on the documents (with an IBAN, so invoices carry the payment QR code)."""
    db = ctx.db  # opened first: the services reach the database through the models' proxy
    if get_company_profile().name != COMPANY.name:
        update_company_profile(db, COMPANY)


def drafts(ctx: Context) -> list[Row]:
    """Creating a 100-line quote, and a 100-line draft invoice (the peer's figure), durable commit."""
    db, conn, party = ctx.db, ctx.conn, _customer(ctx)
    lines = _lines(ctx)
    quote = measure(lambda: create_quote(db, QuoteDraft(party, lines, title="Impianto completo")), ctx.reps)
    invoice = measure(lambda: create_invoice(db, InvoiceDraft(party, lines)), ctx.reps)
    bare_quote = measure(lambda: floor.insert_document(conn, "quote", party, LINES), ctx.reps)
    bare_invoice = measure(lambda: floor.insert_document(conn, "invoice", party, LINES), ctx.reps)
    return [
        Row("drafts", f"Create a {LINES}-line quote (checked, priced, saved, read back)", ctx.scale, quote,
            bare_quote),
        Row("drafts", f"Create a {LINES}-line draft invoice", ctx.scale, invoice, bare_invoice, peer=PEER_DRAFT,
            target="≥ 5x peer", work=lambda: create_invoice(ctx.db, InvoiceDraft(party, lines))),
    ]


def issuing(ctx: Context) -> list[Row]:
    """Issue a draft invoice: next number of the series, checks, customer snapshot, one durable commit."""
    db, conn, party = ctx.db, ctx.conn, _customer(ctx)
    lines = _lines(ctx, 3)
    made: list[int] = []
    ours = measure(lambda: issue_invoice(db, made[-1]), ctx.reps * 3,
                   setup=lambda: made.append(create_invoice(db, InvoiceDraft(party, lines))[0].id))
    bare = measure(lambda: floor.issue(conn, made[-1]), ctx.reps * 3,
                   setup=lambda: made.append(floor.insert_document(conn, "invoice", party, 3)))
    row = Row("issue", "Issue an invoice (numbering, durable commit), p95", ctx.scale, ours, bare,
              target="p95 < 20 ms", stat="p95",
              work=lambda: issue_invoice(ctx.db, create_invoice(ctx.db, InvoiceDraft(party, lines))[0].id),
              note="the profile (if any) includes creating the draft")
    return [under(row, 20)]


def _issued_with_lines(ctx: Context) -> int:
    view, _ = create_invoice(ctx.db, InvoiceDraft(_customer(ctx), _lines(ctx)))
    return issue_invoice(ctx.db, view.id)[0].id


def pdfs(ctx: Context) -> list[Row]:
    ensure_profile(ctx)
    db, conn, party = ctx.db, ctx.conn, _customer(ctx)
    quote_id = create_quote(db, QuoteDraft(party, _lines(ctx), title="Impianto completo"))[0].id
    invoice_id = _issued_with_lines(ctx)
    quote = measure(lambda: quote_pdf(quote_id), ctx.reps, memory=True)
    invoice = measure(lambda: invoice_pdf(invoice_id), ctx.reps, memory=True)
    view, company = get_invoice(invoice_id), get_company_profile()
    render = measure(lambda: render_document_pdf(view, company), ctx.reps)
    profile = measure(get_company_profile, ctx.reps)
    bare_quote = measure(lambda: floor.document_pdf(conn, "quote", quote_id), ctx.reps)
    bare_invoice = measure(lambda: floor.document_pdf(conn, "invoice", invoice_id), ctx.reps)
    pages = len(quote_pdf(quote_id).split(b"/Type /Page\n")) - 1 or "?"
    return [
        under(Row("pdf", f"A {LINES}-line quote to PDF", ctx.scale, quote, bare_quote, target="< 100 ms",
                  note=f"{pages} pages; floor: bare reportlab Table, built-in Helvetica",
                  work=lambda: quote_pdf(quote_id)), 100),
        Row("pdf", f"A {LINES}-line invoice to PDF (with payment QR)", ctx.scale, invoice, bare_invoice,
            peer=PEER_PDF, target="≥ 5x peer", work=lambda: invoice_pdf(invoice_id)),
        Row("pdf", f"  of which rendering only (render_document_pdf of the {LINES}-line invoice)", ctx.scale, render,
            bare_invoice),
        Row("pdf", "  of which reading our company profile (get_company_profile)", ctx.scale, profile,
            note="one query for all its settings"),
    ]


def pdf_batch(ctx: Context) -> list[Row]:
    """1,000 one-page invoices of the demo history to PDF, one after the other (as a batch export would)."""
    ensure_profile(ctx)
    conn = ctx.conn
    count = 20 * ctx.reps if ctx.quick else 1000
    ids = [r[0] for r in conn.execute("SELECT id FROM invoice WHERE status = 'issued' AND kind = 'invoice' "
                                      "ORDER BY id LIMIT ?", (count,))]
    invoice_pdf(ids[0])
    ours = series([lambda i=i: invoice_pdf(i) for i in ids])
    bare = series([lambda i=i: floor.document_pdf(conn, "invoice", i) for i in ids])
    rate, bare_rate = len(ids) / ours.total * 1000, len(ids) / bare.total * 1000
    return [Row("pdf", f"{len(ids):,} one-page invoices to PDF in a batch (mean per invoice)", ctx.scale, ours,
                bare, target="≥ 100/s (mean < 10 ms)", limit_ms=10, stat="mean",
                extra={"rate": f"{rate:.0f}/s (floor {bare_rate:.0f}/s)"},
                work=lambda: [invoice_pdf(i) for i in ids[:20]])]


def receivables_aging(ctx: Context) -> list[Row]:
    conn, today = ctx.conn, local_today()
    issued = ctx.scalar("SELECT COUNT(*) FROM invoice WHERE status = 'issued' AND kind = 'invoice'")
    ours = measure(lambda: receivables(today), ctx.reps, memory=True)
    bare = measure(lambda: floor.receivables(conn, today), ctx.reps)
    customers = len(receivables(today))
    row = Row("receivables", f"Receivables aging over {issued:,} issued invoices", ctx.scale, ours, bare,
              target="< 300 ms", note=f"{customers:,} customers owing", work=lambda: receivables(today))
    return [under(row, 300)]


def home(ctx: Context) -> list[Row]:
    """The home page's figures (tasks due, quotes to follow up, overdue invoices, the month, the pipeline): what
    the window reads when it opens. No floor: it is five small aggregates, judged on their own."""
    from smallcrm.services.timeline.home import home_figures

    today = local_today()
    ours = measure(lambda: home_figures(today), ctx.reps, memory=True)
    figures = home_figures(today)
    row = Row("home", "Home page figures", ctx.scale, ours, target="< 100 ms",
              note=f"{figures.overdue_invoices:,} invoices past due, {sum(f.deals for f in figures.pipeline):,} "
                   "open deals", work=lambda: home_figures(today))
    return [under(row, 100)]
