"""Quotes, invoices and credit notes as A4 PDF pages (reportlab): a pure function of plain values.

``render_document_pdf(document, company) -> bytes``. Labels come from ``pdf_labels`` in the document's
language, amounts and dates from ``formatting``. Fonts, styles and colours are made once per process;
the page heading is drawn straight on the canvas, and a description becomes a wrapping Paragraph only
when it does not fit its column on one line, so a one-page invoice renders in a few milliseconds.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table

import smallcrm
from smallcrm.documents.epc_qr import QrFlowable, document_epc_payload
from smallcrm.documents.formatting import country_name, format_date, format_money, format_percent, format_quantity
from smallcrm.documents.pdf_labels import labels_for

if TYPE_CHECKING:
    from smallcrm.services.sales_views import CompanyProfile, CustomerBlock, DocumentView

FONT_DIR = Path(smallcrm.__file__).resolve().parent.parent / "resources" / "fonts"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 14 * mm, 18 * mm
CONTINUATION_BAND = 12 * mm  # room for the small heading of pages 2, 3, ...
WIDTH = PAGE_WIDTH - 2 * MARGIN_X
INK, ACCENT, MUTED = HexColor("#1E2630"), HexColor("#1F4E79"), HexColor("#5E6B7A")
RULE, ZEBRA, TINT = HexColor("#C5CFDA"), HexColor("#F4F6F9"), HexColor("#EAF0F6")
LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT = 55 * mm, 20 * mm
QR_SIZE = 30 * mm
TOTALS_WIDTH = 72 * mm


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once per process: à è ì ò ù ș ț ă î â € all print."""
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
    return FONT, BOLD


def _style(name: str, size: float = 8.5, font: str = FONT, color=INK, leading: float | None = None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color, **kw)


CELL = _style("cell")
SMALL = _style("small", 7.5, color=MUTED)
CAPTION = _style("caption", 7.5, BOLD, MUTED, spaceAfter=2)
TEXT = _style("text", 8.5, leading=11.5)
QR_CAPTION = _style("qr", 6.5, color=MUTED, alignment=1)


def _place(postal_code: str, city: str, province: str) -> str:
    place = " ".join(p for p in (postal_code, city) if p)
    return f"{place} ({province})" if province else place


def _digits(code: str) -> str:
    return "".join(ch for ch in code if ch.isdigit())


def _ids(vat_number: str, tax_code: str, labels: dict[str, str]) -> list[str]:
    """ "P.IVA IT…" and "C.F. …", the tax code left out when it only repeats the VAT number."""
    out = [f"{labels['vat_number']} {vat_number}"] if vat_number else []
    if tax_code and (not vat_number or (tax_code.upper() != vat_number.upper() and tax_code != _digits(vat_number))):
        out.append(f"{labels['tax_code']} {tax_code}")
    return out


def _iban(iban: str) -> str:
    compact = "".join(iban.split()).upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


@lru_cache(maxsize=4)
def _logo(png: bytes) -> tuple[ImageReader, float, float]:
    """The logo scaled to fit its box, kept across a batch (the same company heads every document)."""
    reader = ImageReader(BytesIO(png))
    w, h = reader.getSize()
    scale = min(LOGO_MAX_WIDTH / w, LOGO_MAX_HEIGHT / h)
    return reader, w * scale, h * scale


class _Block:
    """Lines of text wrapped to a width, drawn top-down from a point: (text, font, size, colour) each."""

    def __init__(self, width: float):
        self.width, self.lines, self.height = width, [], 0.0

    def add(self, text: str, font: str = FONT, size: float = 8.5, color=INK, gap: float = 0.0) -> _Block:
        for i, part in enumerate(simpleSplit(text, font, size, self.width) if text else []):
            self.lines.append((part, font, size, color, size * 1.3 + (gap if i == 0 else 0)))
            self.height += self.lines[-1][4]
        return self

    def draw(self, canvas, x: float, top: float, right: bool = False) -> None:
        y = top
        for text, font, size, color, leading in self.lines:
            y -= leading
            canvas.setFont(font, size)
            canvas.setFillColor(color)
            if right:
                canvas.drawRightString(x + self.width, y + size * 0.25, text)
            else:
                canvas.drawString(x, y + size * 0.25, text)


class _Heading(Flowable):
    """The first page's top: logo and our company; title and number; dates; the customer's box; subject."""

    def __init__(self, document: DocumentView, company: CompanyProfile, labels: dict[str, str]):
        super().__init__()
        self.document, self.company, self.labels = document, company, labels
        self.logo = _logo(company.logo_png) if company.logo_png else None
        left_width, box_width = WIDTH * 0.56, WIDTH * 0.44
        self.ours = _Block(left_width).add(company.name, BOLD, 12.5, ACCENT, gap=3 if self.logo else 0)
        foreign = (document.customer.country or "IT").upper() != (company.country or "IT").upper()
        for line in (company.street, _place(company.postal_code, company.city, company.province),
                     country_name(company.country, document.language) if foreign else "",
                     " · ".join(_ids(company.vat_number, company.tax_code, labels)),
                     " · ".join(p for p in (company.email, f"{labels['phone']} {company.phone}" if company.phone
                                            else "") if p), company.website):
            self.ours.add(line, size=8, color=MUTED)
        self.title = _Block(WIDTH - left_width).add(labels[document.kind], BOLD, 19, ACCENT)
        self.title.add(f"{labels['number_short']} {document.number or '—'}", BOLD, 11.5, INK, gap=2)
        if document.status == "draft":
            self.title.add(labels["draft"], BOLD, 9, HexColor("#B03A2E"), gap=3)
        self.meta = self._meta(document, labels)
        self.box = self._customer(document.customer, labels, box_width - 20, foreign, document.language)
        self.box_width = box_width
        self.subject = _Block(WIDTH)
        if document.title:
            self.subject.add(f"{labels['subject']}: {document.title}", BOLD, 9.5, INK)
        logo_height = self.logo[2] if self.logo else 0
        self.top_height = max(logo_height + self.ours.height, self.title.height)
        self.row_height = max(self.meta_height, self.box.height + 18)
        self.height = self.top_height + 16 + self.row_height + (10 + self.subject.height if document.title else 0) + 8

    def _meta(self, document: DocumentView, labels: dict[str, str]) -> list[tuple[str, str]]:
        language = document.language
        rows = [(labels["issue_date"], format_date(document.issue_date, language))]
        if document.kind == "quote" and document.valid_until:
            rows.append((labels["valid_until"], format_date(document.valid_until, language)))
        if document.kind == "invoice" and document.due_date:
            rows.append((labels["due_date"], format_date(document.due_date, language)))
        if document.corrects_number:
            rows.append((labels["corrects"], document.corrects_number))
        if document.quote_number:
            rows.append((labels["from_quote"], document.quote_number))
        rows = [(k, v) for k, v in rows if v]
        self.meta_height = 13.0 * len(rows)
        return rows

    @staticmethod
    def _customer(customer: CustomerBlock, labels: dict[str, str], width: float, foreign: bool,
                  language: str) -> _Block:
        block = _Block(width).add(labels["bill_to"].upper(), BOLD, 7, MUTED)
        block.add(customer.name, BOLD, 10.5, INK, gap=2)
        for line in (customer.street, _place(customer.postal_code, customer.city, customer.province),
                     country_name(customer.country, language) if foreign else "", *_ids(customer.vat_number,
                                                                                      customer.tax_code, labels)):
            block.add(line, size=8.5)
        return block

    def wrap(self, available_width, available_height):
        return WIDTH, self.height

    def draw(self):
        canvas, top = self.canv, self.height
        if self.logo:
            reader, w, h = self.logo
            canvas.drawImage(reader, 0, top - h, w, h, mask="auto")
            self.ours.draw(canvas, 0, top - h)
        else:
            self.ours.draw(canvas, 0, top)
        self.title.draw(canvas, WIDTH - self.title.width, top, right=True)
        row_top = top - self.top_height - 16
        y = row_top
        for label, value in self.meta:
            y -= 13
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(0, y + 3, label)
            canvas.setFont(BOLD, 9)
            canvas.setFillColor(INK)
            canvas.drawString(78, y + 3, value)
        box_x = WIDTH - self.box_width
        canvas.setFillColor(TINT)
        canvas.roundRect(box_x, row_top - self.box.height - 18, self.box_width, self.box.height + 18, 4, 0, 1)
        canvas.setFillColor(ACCENT)
        canvas.rect(box_x, row_top - self.box.height - 18, 2.5, self.box.height + 18, 0, 1)
        self.box.draw(canvas, box_x + 11, row_top - 8)
        if self.subject.lines:
            self.subject.draw(canvas, 0, row_top - self.row_height - 10)


def _lines_table(document: DocumentView, labels: dict[str, str]) -> Table:
    language, currency = document.language, document.currency
    with_discount = any(line.discount_percent for line in document.lines)
    keys = ["col_description", "col_quantity", "col_unit", "col_unit_price", "col_discount", "col_vat", "col_amount"]
    widths = [0, 40, 34, 64, 42, 40, 72]
    if not with_discount:
        del keys[4], widths[4]
    widths[0] = WIDTH - sum(widths)
    text_width = widths[0] - 8
    rows: list[list] = [[labels[k] for k in keys]]
    for line in document.lines:
        text = line.description
        if "\n" in text or pdfmetrics.stringWidth(text, FONT, CELL.fontSize) > text_width:
            text = _paragraph(text, CELL)
        if line.vat_percent or not line.vat_code or line.vat_code.replace(".", "").isdigit():
            vat = format_percent(line.vat_percent, language)
        else:
            vat = line.vat_code  # a 0% rate shows its nature code (N2.2, N4, ...)
        row = [text, format_quantity(line.quantity, language), line.unit,
               format_money(line.unit_price, currency, language), format_percent(line.discount_percent, language)
               if line.discount_percent else "", vat, format_money(line.net, currency, language)]
        if not with_discount:
            del row[4]
        rows.append(row)
    style = [("FONT", (0, 0), (-1, 0), BOLD, 7.5), ("TEXTCOLOR", (0, 0), (-1, 0), white),
             ("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("FONT", (0, 1), (-1, -1), FONT, 8.5, 10.6),
             ("TEXTCOLOR", (0, 1), (-1, -1), INK), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("ALIGN", (2, 0), (2, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, ZEBRA]), ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
             ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    return Table(rows, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")


def _vat_summary(document: DocumentView, labels: dict[str, str], width: float) -> list:
    language, currency = document.language, document.currency
    with_exemption = any(row.exemption for row in document.vat_summary)
    widths = [62, 70, 62] + ([width - 194] if with_exemption else [])
    rows: list[list] = [[labels["vat_rate"], labels["taxable"], labels["vat"]]
                        + ([labels["exemption"]] if with_exemption else [])]
    for row in document.vat_summary:
        rate = f"{format_percent(row.vat_percent, language)}%"
        if not row.vat_percent and row.vat_code and not row.vat_code.replace(".", "").isdigit():
            rate += f" {row.vat_code}"
        cells = [rate, format_money(row.taxable, currency, language), format_money(row.vat, currency, language)]
        rows.append(cells + ([_paragraph(row.exemption, SMALL)] if with_exemption else []))
    style = [("FONT", (0, 0), (-1, 0), BOLD, 7), ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
             ("FONT", (0, 1), (-1, -1), FONT, 8), ("ALIGN", (1, 0), (2, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
             ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (3, 0), (3, -1), 10)]
    return [Paragraph(escape(labels["vat_summary"]), CAPTION), Table(rows, colWidths=widths, style=style,
                                                                     hAlign="LEFT")]


def _totals(document: DocumentView, labels: dict[str, str]) -> Table:
    money = lambda amount: format_money(amount, document.currency, document.language)  # noqa: E731
    rows = [[labels["total_taxable"], money(document.taxable)], [labels["total_vat"], money(document.vat)],
            [labels["total"], money(document.total)]]
    style = [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
             ("FONT", (0, 2), (-1, 2), BOLD, 10.5), ("BACKGROUND", (0, 2), (-1, 2), ACCENT),
             ("TEXTCOLOR", (0, 2), (-1, 2), white), ("TOPPADDING", (0, 0), (-1, -1), 3.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5), ("TOPPADDING", (0, 2), (-1, 2), 5),
             ("BOTTOMPADDING", (0, 2), (-1, 2), 5), ("LEFTPADDING", (0, 0), (-1, -1), 6),
             ("RIGHTPADDING", (0, 0), (-1, -1), 6)]
    if document.kind == "invoice" and document.paid:
        rows += [[labels["paid"], money(document.paid)], [labels["balance_due"], money(document.balance_due)]]
        style += [("FONT", (0, 4), (-1, 4), BOLD, 9.5), ("LINEBELOW", (0, 3), (-1, 3), 0.4, RULE),
                  ("LINEBELOW", (0, 4), (-1, 4), 0.8, ACCENT)]
    return Table(rows, colWidths=[TOTALS_WIDTH * 0.55, TOTALS_WIDTH * 0.45], style=style, hAlign="RIGHT")


def _payment(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> Table | None:
    if document.kind == "credit_note":
        return None
    days = document.payment_terms_days or (company.payment_terms_days if document.kind == "quote" else 0)
    terms = labels["bank_transfer_days"].format(days=days) if days else labels["bank_transfer_now"]
    text = f"<b>{escape(labels['payment'])}:</b> {escape(terms)}"
    if document.kind == "invoice" and document.due_date:
        text += f" — {escape(labels['due_date'])} {format_date(document.due_date, document.language)}"
    parts = [Paragraph(text, TEXT)]
    if document.kind == "invoice" and company.iban.strip():
        bank = f"<b>IBAN:</b> {escape(_iban(company.iban))}"
        if company.bic.strip():
            bank += f"  ·  <b>BIC:</b> {escape(company.bic.strip().upper())}"
        parts += [Paragraph(bank, TEXT), _paragraph(f"{labels['account_holder']}: {company.name}", TEXT)]
    payload = document_epc_payload(document, company)
    if payload is None:
        return Table([[parts]], colWidths=[WIDTH], style=[("LEFTPADDING", (0, 0), (-1, -1), 0)], hAlign="LEFT")
    qr = [QrFlowable(payload, QR_SIZE), _paragraph(labels["scan_to_pay"], QR_CAPTION)]
    return Table([[parts, qr]], colWidths=[WIDTH - QR_SIZE - 20, QR_SIZE + 20], hAlign="LEFT",
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
                        ("RIGHTPADDING", (1, 0), (1, 0), 0), ("LEFTPADDING", (1, 0), (1, 0), 0)])


def _story(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> list:
    story: list = [_Heading(document, company, labels), _lines_table(document, labels), Spacer(1, 12)]
    left = WIDTH - TOTALS_WIDTH - 14
    summary = Table([[_vat_summary(document, labels, left), _totals(document, labels)]],
                    colWidths=[left + 14, TOTALS_WIDTH], hAlign="LEFT",
                    style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)])
    tail: list = [summary]
    payment = _payment(document, company, labels)
    if payment is not None:
        tail += [Spacer(1, 14), payment]
    story.append(KeepTogether(tail))
    if document.notes.strip():
        story.append(KeepTogether([Spacer(1, 12), Paragraph(escape(labels["notes"]), CAPTION),
                                   _paragraph(document.notes.strip(), TEXT)]))
    if document.kind == "quote":
        sign = Table([["", ""], ["", labels["acceptance"]]], colWidths=[WIDTH - 80 * mm, 80 * mm], rowHeights=[34, None],
                     style=[("LINEBELOW", (1, 0), (1, 0), 0.6, INK), ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                            ("TEXTCOLOR", (0, 0), (-1, -1), MUTED), ("ALIGN", (1, 1), (1, 1), "CENTER")])
        story += [Spacer(1, 18), sign]
    return story


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then writes "Page X of Y" and the footer on each."""

    def __init__(self, *args, footer: tuple[str, str, str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self._footer, self._pages = footer, []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        company, left, page_label, continued = self._footer
        count = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, 13 * mm, PAGE_WIDTH - MARGIN_X, 13 * mm)
            self.setFont(FONT, 7)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, 9 * mm, left)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, 9 * mm, page_label.format(page=number, pages=count))
            if number > 1:  # the short heading of a continuation page
                top = PAGE_HEIGHT - MARGIN_TOP
                self.setFont(BOLD, 9)
                self.setFillColor(ACCENT)
                self.drawString(MARGIN_X, top - 9, company)
                self.setFont(FONT, 8)
                self.setFillColor(MUTED)
                self.drawRightString(PAGE_WIDTH - MARGIN_X, top - 9, continued)
                self.line(MARGIN_X, top - 15, PAGE_WIDTH - MARGIN_X, top - 15)
            super().showPage()
        super().save()


def render_document_pdf(document: DocumentView, company: CompanyProfile) -> bytes:
    """One quote, invoice or credit note as the bytes of an A4 PDF in the document's language."""
    register_fonts()
    labels = labels_for(document.language)
    name = f"{labels[document.kind]} {labels['number_short']} {document.number}".strip()
    buffer = BytesIO()
    template = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                               bottomMargin=MARGIN_BOTTOM, title=name, author=company.name, subject=document.title,
                               creator="SmallCRM", invariant=1, pageCompression=1, lang=document.language)
    frame_height = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    first = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, frame_height, 0, 0, 0, 0, id="first")
    later = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, frame_height - CONTINUATION_BAND, 0, 0, 0, 0, id="later")
    template.addPageTemplates([PageTemplate("first", [first], autoNextPageTemplate="later"),
                               PageTemplate("later", [later])])
    footer_left = " · ".join(p for p in (company.name, *_ids(company.vat_number, "", labels), name) if p)
    continued = f"{name} ({labels['continued']})"
    template.build(_story(document, company, labels),
                   canvasmaker=lambda *a, **kw: _NumberedCanvas(*a, footer=(company.name, footer_left, labels["page"], continued),
                                                                **kw))
    return buffer.getvalue()


__all__ = ["register_fonts", "render_document_pdf"]
