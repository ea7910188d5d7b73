"""Quotes, invoices and credit notes as A4 PDF pages (reportlab): a pure function of plain values.

``render_document_pdf(document, company) -> bytes``. Labels come from ``pdf_labels`` in the document's
language, amounts and dates from ``formatting``. Fonts (and their subsets), styles and the logo are made
once per process; the page heading is drawn straight on the canvas and table cells are pre-wrapped plain
text (no Paragraph markup to parse), so a one-page invoice renders in about 10 ms.
"""

from __future__ import annotations

from functools import lru_cache
from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table

from smallcrm.documents import formatting as fmt
from smallcrm.documents.epc_qr import QrFlowable, document_epc_payload
from smallcrm.documents.pdf_fonts import BOLD, FONT, register_fonts
from smallcrm.documents.pdf_labels import labels_for

if TYPE_CHECKING:
    from smallcrm.services.sales_views import CompanyProfile, DocumentView


PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 14 * mm, 18 * mm
CONTINUATION_BAND = 12 * mm  # room for the small heading of pages 2, 3, ...
WIDTH = PAGE_WIDTH - 2 * MARGIN_X
INK, ACCENT, MUTED = HexColor("#1E2630"), HexColor("#1F4E79"), HexColor("#5E6B7A")
RULE, ZEBRA, TINT = HexColor("#C5CFDA"), HexColor("#F4F6F9"), HexColor("#EAF0F6")
LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT = 55 * mm, 20 * mm
QR_SIZE = 30 * mm
TOTALS_WIDTH = 72 * mm
ROW_LINES = 40  # description lines in one row of the lines table (a page holds about 65)


# Characters beyond ASCII that our documents print most: each document assigns them the same codes first,
# so its font subsets are nearly always the same ones, cut from the TrueType file and compressed only once.
_SEED = "€·—–’“”«»°àèéìòùÀÈÉÌÒÙăâîșțĂÂÎȘȚ"


def _style(name: str, size: float = 8.5, font: str = FONT, color=INK, leading: float | None = None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color, **kw)


CAPTION = _style("caption", 7.5, BOLD, MUTED, spaceAfter=2)
TEXT = _style("text", 8.5, leading=11.5)
QR_CAPTION = _style("qr", 6.5, color=MUTED, alignment=1)


def _ids(vat_number: str, tax_code: str, labels: dict[str, str]) -> list[str]:
    """ "P.IVA IT…" and "C.F. …", the tax code left out when it only repeats the VAT number."""
    out = [f"{labels['vat_number']} {vat_number}"] if vat_number else []
    digits = "".join(ch for ch in vat_number if ch.isdigit())
    if tax_code and (not vat_number or (tax_code.upper() != vat_number.upper() and tax_code != digits)):
        out.append(f"{labels['tax_code']} {tax_code}")
    return out


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Text broken into lines that fit ``width``: at spaces, at the text's own line breaks, and inside a word
    too long for a line (a pasted URL or code)."""
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        for line in simpleSplit(part, font, size, width) or [""]:
            while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > width:
                    cut = max(1, cut * 9 // 10 if cut > 20 else cut - 1)
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return lines


def _paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


@lru_cache(maxsize=4)
def _logo(png: bytes) -> tuple[ImageReader, float, float] | None:
    """The logo and its size in its box, made once per batch (the same company heads every document).

    It is flattened on white and kept as a high-quality JPEG, which reportlab embeds as it is: a PNG would
    be decoded and compressed again for every document. A file that is not an image prints no logo.
    """
    from PIL import Image

    try:
        with Image.open(BytesIO(png)) as image:
            image.load()
            rgba = image.convert("RGBA")
        rgba.thumbnail((round(LOGO_MAX_WIDTH * 300 / 72), round(LOGO_MAX_HEIGHT * 300 / 72)))  # 300 dpi at most
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        jpeg = BytesIO()
        flat.save(jpeg, "JPEG", quality=92, subsampling=0)
        reader = ImageReader(BytesIO(jpeg.getvalue()))
    except (OSError, ValueError):  # not an image: the document still prints, without the logo
        return None
    w, h = reader.getSize()
    scale = min(LOGO_MAX_WIDTH / w, LOGO_MAX_HEIGHT / h)
    return reader, w * scale, h * scale


def _draw(canvas, x: float, y: float, text: str, font: str, size: float, color, right: bool = False) -> None:
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    (canvas.drawRightString if right else canvas.drawString)(x, y, text)


def _padding(left: float, right: float, top: float, bottom: float, cells=((0, 0), (-1, -1))) -> list[tuple]:
    return [(f"{side}PADDING", *cells, value) for side, value in
            (("LEFT", left), ("RIGHT", right), ("TOP", top), ("BOTTOM", bottom))]


class _Block:
    """Lines of text wrapped to a width, drawn top-down from a point: (text, font, size, colour) each."""

    def __init__(self, width: float):
        self.width, self.lines, self.height = width, [], 0.0

    def add(self, text: str, font: str = FONT, size: float = 8.5, color=INK, gap: float = 0.0,
            max_lines: int = 3) -> _Block:
        parts = _wrap(" ".join(text.split()), font, size, self.width) if text.strip() else []
        if len(parts) > max_lines:
            parts = [*parts[:max_lines - 1], parts[max_lines - 1][:-1] + "…"]
        for i, part in enumerate(parts):
            self.lines.append((part, font, size, color, size * 1.3 + (gap if i == 0 else 0)))
            self.height += self.lines[-1][4]
        return self

    def draw(self, canvas, x: float, top: float, right: bool = False) -> None:
        y = top
        for text, font, size, color, leading in self.lines:
            y -= leading
            _draw(canvas, x + self.width if right else x, y + size * 0.25, text, font, size, color, right)


def _customer(document: DocumentView, labels: dict[str, str], width: float, foreign: bool) -> _Block:
    customer = document.customer
    block = _Block(width).add(labels["bill_to"].upper(), BOLD, 7, MUTED)
    block.add(customer.name, BOLD, 10.5, INK, gap=2)
    for line in (customer.street, fmt.format_place(customer.postal_code, customer.city, customer.province),
                 fmt.country_name(customer.country, document.language) if foreign else "",
                 *_ids(customer.vat_number, customer.tax_code, labels)):
        block.add(line, size=8.5)
    return block


class _Heading(Flowable):
    """The first page's top: logo and our company; title and number; dates; the customer's box; subject."""

    def __init__(self, document: DocumentView, company: CompanyProfile, labels: dict[str, str]):
        super().__init__()
        self.logo = _logo(company.logo_png) if company.logo_png else None
        left_width, box_width = WIDTH * 0.56, WIDTH * 0.44
        self.ours = _Block(left_width).add(company.name, BOLD, 12.5, ACCENT, gap=3 if self.logo else 0)
        foreign = (document.customer.country or "IT").upper() != (company.country or "IT").upper()
        for line in (company.street, fmt.format_place(company.postal_code, company.city, company.province),
                     fmt.country_name(company.country, document.language) if foreign else "",
                     " · ".join(_ids(company.vat_number, company.tax_code, labels)),
                     " · ".join(p for p in (company.email, f"{labels['phone']} {company.phone}" if company.phone
                                            else "") if p), company.website):
            self.ours.add(line, size=8, color=MUTED)
        self.title = _Block(WIDTH - left_width).add(labels[document.kind], BOLD, 19, ACCENT)
        self.title.add(f"{labels['number_short']} {document.number or '—'}", BOLD, 11.5, INK, gap=2)
        if document.status == "draft" and document.kind != "quote":  # a quote is sent while still a draft
            self.title.add(labels["draft"], BOLD, 9, HexColor("#B03A2E"), gap=3)
        self.meta = self._meta(document, labels)
        self.box, self.box_width = _customer(document, labels, box_width - 20, foreign), box_width
        self.subject = _Block(WIDTH)
        if document.title:
            self.subject.add(f"{labels['subject']}: {document.title}", BOLD, 9.5, INK)
        logo_height = self.logo[2] if self.logo else 0
        self.top_height = max(logo_height + self.ours.height, self.title.height)
        self.row_height = max(self.meta_height, self.box.height + 18)
        self.height = self.top_height + 16 + self.row_height + (10 + self.subject.height if document.title else 0) + 8

    def _meta(self, document: DocumentView, labels: dict[str, str]) -> list[tuple[str, str]]:
        language, kind = document.language, document.kind
        rows = [(labels["issue_date"], fmt.format_date(document.issue_date, language)),
                (labels["valid_until"], fmt.format_date(document.valid_until, language) if kind == "quote" else ""),
                (labels["due_date"], fmt.format_date(document.due_date, language) if kind == "invoice" else ""),
                (labels["corrects"], document.corrects_number), (labels["from_quote"], document.quote_number)]
        rows = [(k, v) for k, v in rows if v]
        self.meta_height = 13.0 * len(rows)
        return rows

    def wrap(self, available_width, available_height):
        return WIDTH, self.height

    def draw(self):
        canvas, top = self.canv, self.height
        if self.logo:
            reader, w, h = self.logo
            canvas.drawImage(reader, 0, top - h, w, h)
            self.ours.draw(canvas, 0, top - h)
        else:
            self.ours.draw(canvas, 0, top)
        self.title.draw(canvas, WIDTH - self.title.width, top, right=True)
        row_top = top - self.top_height - 16
        for index, (label, value) in enumerate(self.meta, start=1):
            _draw(canvas, 0, row_top - 13 * index + 3, label, FONT, 8, MUTED)
            _draw(canvas, 78, row_top - 13 * index + 3, value, BOLD, 9, INK)
        box_x = WIDTH - self.box_width
        box_y, box_height = row_top - self.box.height - 18, self.box.height + 18
        canvas.setFillColor(TINT)
        canvas.roundRect(box_x, box_y, self.box_width, box_height, 4, 0, 1)
        canvas.setFillColor(ACCENT)
        canvas.rect(box_x, box_y, 2.5, box_height, 0, 1)
        self.box.draw(canvas, box_x + 11, row_top - 8)
        if self.subject.lines:
            self.subject.draw(canvas, 0, row_top - self.row_height - 10)


def _lines_table(document: DocumentView, labels: dict[str, str]) -> Table:
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
        text = _wrap(line.description.strip(), FONT, 8.5, text_width)
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
             *_padding(4, 4, 3.5, 3.5)]
    return Table(rows, colWidths=widths, repeatRows=1, style=style, hAlign="LEFT")


def _vat_summary(document: DocumentView, labels: dict[str, str], width: float) -> Table:
    """Taxable and VAT per rate; a 0% rate's legal reason (exemption) on its own line right below it."""
    language, currency = document.language, document.currency
    rows: list[list] = [[labels["vat_summary"], "", ""], [labels["vat_rate"], labels["taxable"], labels["vat"]]]
    style = [("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 0), (-1, 0), BOLD, 7.5), ("FONT", (0, 1), (-1, 1), BOLD, 7),
             ("TEXTCOLOR", (0, 0), (-1, 1), MUTED), ("FONT", (0, 2), (-1, -1), FONT, 8),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 1), (2, -1), "RIGHT"),
             ("LINEBELOW", (0, 1), (-1, 1), 0.5, RULE), ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
             *_padding(3, 3, 2.5, 2.5), ("LEFTPADDING", (0, 0), (-1, 0), 0)]
    for row in document.vat_summary:
        rate = f"{fmt.format_percent(row.vat_percent, language)}%"
        if not row.vat_percent and row.vat_code and not row.vat_code.replace(".", "").isdigit():
            rate += f" ({row.vat_code})"
        rows.append([rate, fmt.format_money(row.taxable, currency, language),
                     fmt.format_money(row.vat, currency, language)])
        if row.exemption:
            rows.append(["\n".join(_wrap(row.exemption, FONT, 7, width - 16)), "", ""])
            at = len(rows) - 1
            style += [("SPAN", (0, at), (-1, at)), ("FONT", (0, at), (-1, at), FONT, 7, 8.5),
                      ("TEXTCOLOR", (0, at), (-1, at), MUTED), ("TOPPADDING", (0, at), (-1, at), 0),
                      ("LEFTPADDING", (0, at), (-1, at), 10)]
    return Table(rows, colWidths=[width - 170, 85, 85], style=style, hAlign="LEFT")


def _totals(document: DocumentView, labels: dict[str, str]) -> Table:
    money = lambda amount: fmt.format_money(amount, document.currency, document.language)  # noqa: E731
    rows = [[labels["total_taxable"], money(document.taxable)], [labels["total_vat"], money(document.vat)],
            [labels["total"], money(document.total)]]
    style = [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
             ("FONT", (0, 2), (-1, 2), BOLD, 10.5), ("BACKGROUND", (0, 2), (-1, 2), ACCENT),
             ("TEXTCOLOR", (0, 2), (-1, 2), white), *_padding(6, 6, 3.5, 3.5), *_padding(6, 6, 5, 5, ((0, 2), (-1, 2)))]
    if document.kind == "invoice" and document.paid:
        rows += [[labels["paid"], money(document.paid)], [labels["balance_due"], money(document.balance_due)]]
        style += [("FONT", (0, 4), (-1, 4), BOLD, 9.5), ("LINEBELOW", (0, 3), (-1, 3), 0.4, RULE),
                  ("LINEBELOW", (0, 4), (-1, 4), 0.8, ACCENT)]
    return Table(rows, colWidths=[TOTALS_WIDTH * 0.55, TOTALS_WIDTH * 0.45], style=style, hAlign="RIGHT")


def _payment(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> Table | None:
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
             ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *_padding(6, 6, 1.5, 1.5), ("LEFTPADDING", (0, 0), (0, -1), 0)]
    if len(rows) > 2 and rows[2][0] == "IBAN":
        style.append(("FONT", (1, 2), (1, 2), BOLD, 8.5))
    payload = document_epc_payload(document, company)
    if payload is None:
        return Table(rows, colWidths=[70, WIDTH - 70], style=style, hAlign="LEFT")
    terms_table = Table(rows, colWidths=[70, WIDTH - 90 - QR_SIZE], style=style, hAlign="LEFT")
    qr = [QrFlowable(payload, QR_SIZE), _paragraph(labels["scan_to_pay"], QR_CAPTION)]
    return Table([[terms_table, qr]], colWidths=[WIDTH - 20 - QR_SIZE, QR_SIZE + 20], hAlign="LEFT",
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *_padding(0, 0, 0, 0)])


def _story(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> list:
    story: list = [_Heading(document, company, labels), _lines_table(document, labels), Spacer(1, 12)]
    left = WIDTH - TOTALS_WIDTH - 14
    summary = Table([[_vat_summary(document, labels, left), _totals(document, labels)]],
                    colWidths=[left + 14, TOTALS_WIDTH], hAlign="LEFT",
                    style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *_padding(0, 0, 0, 0)])
    tail: list = [summary]
    payment = _payment(document, company, labels)
    if payment is not None:
        tail += [Spacer(1, 14), payment]
    story.append(KeepTogether(tail))
    if document.notes.strip():
        story.append(KeepTogether([Spacer(1, 12), Paragraph(escape(labels["notes"]), CAPTION),
                                   _paragraph(document.notes.strip(), TEXT)]))
    if document.kind == "quote":
        style = [("LINEBELOW", (1, 0), (1, 0), 0.6, INK), ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                 ("TEXTCOLOR", (0, 0), (-1, -1), MUTED), ("ALIGN", (1, 1), (1, 1), "CENTER")]
        sign = Table([["", ""], ["", labels["acceptance"]]], colWidths=[WIDTH - 80 * mm, 80 * mm],
                     rowHeights=[34, None], style=style)
        story += [Spacer(1, 18), sign]
    return story


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then writes "Page X of Y" and the footer on each."""

    def __init__(self, *args, footer: tuple[str, str, str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self._footer, self._pages = footer, []
        for name in (FONT, BOLD):
            pdfmetrics.getFont(name).splitString(_SEED, self._doc)

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
            _draw(self, MARGIN_X, 9 * mm, left, FONT, 7, MUTED)
            _draw(self, PAGE_WIDTH - MARGIN_X, 9 * mm, page_label.format(page=number, pages=count), FONT, 7, MUTED,
                  right=True)
            if number > 1:  # the short heading of a continuation page
                top = PAGE_HEIGHT - MARGIN_TOP
                _draw(self, MARGIN_X, top - 9, company, BOLD, 9, ACCENT)
                _draw(self, PAGE_WIDTH - MARGIN_X, top - 9, continued, FONT, 8, MUTED, right=True)
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
    footer_left = simpleSplit(footer_left, FONT, 7, WIDTH - 90)[0]  # clear of "Page X of Y"
    footer = (company.name, footer_left, labels["page"], f"{name} ({labels['continued']})")
    template.build(_story(document, company, labels),
                   canvasmaker=lambda *args, **kw: _NumberedCanvas(*args, footer=footer, **kw))
    return buffer.getvalue()

