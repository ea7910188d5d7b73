"""The first page's heading of a quote, invoice or credit note: logo and our company, title and number, dates,
the customer's box and the subject, drawn straight on the canvas from pre-wrapped lines of text."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader

from smallcrm.documents import formatting as fmt
from smallcrm.documents.pdf_canvas import LEFT, RIGHT, Painter
from smallcrm.documents.pdf_fonts import BOLD, FONT
from smallcrm.documents.pdf_style import (
    ACCENT,
    INK,
    LOGO_MAX_HEIGHT,
    LOGO_MAX_WIDTH,
    MUTED,
    TINT,
    WIDTH,
    wrap_text,
)
from smallcrm.domain import DocumentKind, InvoiceStatus

if TYPE_CHECKING:
    from smallcrm.services.sales.views import CompanyProfile, DocumentView


def party_ids(vat_number: str, tax_code: str, labels: dict[str, str]) -> list[str]:
    """ "P.IVA IT…" and "C.F. …", the tax code left out when it only repeats the VAT number."""
    out = [f"{labels['vat_number']} {vat_number}"] if vat_number else []
    digits = "".join(ch for ch in vat_number if ch.isdigit())
    if tax_code and (not vat_number or (tax_code.upper() != vat_number.upper() and tax_code != digits)):
        out.append(f"{labels['tax_code']} {tax_code}")
    return out


@lru_cache(maxsize=4)
def logo(png: bytes) -> tuple[ImageReader, float, float] | None:
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


def registry_line(company: CompanyProfile, labels: dict[str, str], language: str) -> str:
    """Our company's register data, as the civil code (art. 2250) asks every document of a company to show them:
    "REA MI-1234567 · Cap. soc. 10.000,00 € · Socio unico · In liquidazione"; Romania's Nr. Reg. Com."""
    parts = []
    if company.rea_number:
        parts.append(f"REA {company.rea_office}-{company.rea_number}")
    if company.trade_register:
        parts.append(f"Nr. Reg. Com. {company.trade_register}")
    if company.share_capital:
        currency = "RON" if (company.country or "").upper() == "RO" else "EUR"
        amount = fmt.format_money(Decimal(company.share_capital), currency, language)
        parts.append(labels["share_capital"].format(amount=amount))
    if company.sole_shareholder == "SU":
        parts.append(labels["sole_shareholder"])
    if company.liquidation == "LS":
        parts.append(labels["in_liquidation"])
    return " · ".join(parts)


class TextBlock:
    """Lines of text wrapped to a width, drawn top-down from a point: (text, font, size, colour) each."""

    def __init__(self, width: float):
        self.width, self.lines, self.height = width, [], 0.0

    def add(self, text: str, font: str = FONT, size: float = 8.5, color=INK, gap: float = 0.0,
            max_lines: int = 3) -> TextBlock:
        parts = wrap_text(" ".join(text.split()), font, size, self.width) if text.strip() else []
        if len(parts) > max_lines:
            parts = [*parts[:max_lines - 1], parts[max_lines - 1][:-1] + "…"]
        for i, part in enumerate(parts):
            self.lines.append((part, font, size, color, size * 1.3 + (gap if i == 0 else 0)))
            self.height += self.lines[-1][4]
        return self

    def draw(self, p: Painter, x: float, top: float, right: bool = False) -> None:
        y = top
        for text, font, size, color, leading in self.lines:
            y -= leading
            p.text(x + self.width if right else x, y + size * 0.25, text, font, size, color, RIGHT if right else LEFT)


def customer_block(document: DocumentView, labels: dict[str, str], width: float, foreign: bool) -> TextBlock:
    customer = document.customer
    block = TextBlock(width).add(labels["bill_to"].upper(), BOLD, 7, MUTED)
    block.add(customer.name, BOLD, 10.5, INK, gap=2)
    for line in (customer.street, fmt.format_place(customer.postal_code, customer.city, customer.province),
                 fmt.country_name(customer.country, document.language) if foreign else "",
                 *party_ids(customer.vat_number, customer.tax_code, labels)):
        block.add(line, size=8.5)
    return block


class Heading:
    """The first page's top: logo and our company; title and number; dates; the customer's box; subject."""

    def __init__(self, document: DocumentView, company: CompanyProfile, labels: dict[str, str]):
        self.logo = logo(company.logo_png) if company.logo_png else None
        left_width, box_width = WIDTH * 0.56, WIDTH * 0.44
        self.ours = TextBlock(left_width).add(company.name, BOLD, 12.5, ACCENT, gap=3 if self.logo else 0)
        foreign = (document.customer.country or "IT").upper() != (company.country or "IT").upper()
        for line in (company.street, fmt.format_place(company.postal_code, company.city, company.province),
                     fmt.country_name(company.country, document.language) if foreign else "",
                     " · ".join(party_ids(company.vat_number, company.tax_code, labels)),
                     registry_line(company, labels, document.language),
                     " · ".join(p for p in (company.email, f"{labels['phone']} {company.phone}" if company.phone
                                            else "") if p), company.website):
            self.ours.add(line, size=8, color=MUTED)
        self.title = TextBlock(WIDTH - left_width).add(labels[document.kind], BOLD, 19, ACCENT)
        self.title.add(f"{labels['number_short']} {document.number or '—'}", BOLD, 11.5, INK, gap=2)
        # a quote is sent while still a draft; an invoice is not a document until it is issued
        if document.status == InvoiceStatus.DRAFT and document.kind != DocumentKind.QUOTE:
            self.title.add(labels["draft"], BOLD, 9, HexColor("#B03A2E"), gap=3)
        self.meta = self._meta(document, labels)
        self.box, self.box_width = customer_block(document, labels, box_width - 20, foreign), box_width
        self.subject = TextBlock(WIDTH)
        if document.title:
            self.subject.add(f"{labels['subject']}: {document.title}", BOLD, 9.5, INK)
        logo_height = self.logo[2] if self.logo else 0
        self.top_height = max(logo_height + self.ours.height, self.title.height)
        self.row_height = max(self.meta_height, self.box.height + 18)
        self.height = self.top_height + 16 + self.row_height + (10 + self.subject.height if document.title else 0) + 8

    def _meta(self, document: DocumentView, labels: dict[str, str]) -> list[tuple[str, str]]:
        language, kind = document.language, document.kind
        rows = [(labels["issue_date"], fmt.format_date(document.issue_date, language)),
                (labels["valid_until"],
                 fmt.format_date(document.valid_until, language) if kind == DocumentKind.QUOTE else ""),
                (labels["due_date"],
                 fmt.format_date(document.due_date, language) if kind == DocumentKind.INVOICE else ""),
                (labels["corrects"], self._corrects(document, labels)), (labels["from_quote"], document.quote_number)]
        rows = [(k, v) for k, v in rows if v]
        self.meta_height = 13.0 * len(rows)
        return rows

    @staticmethod
    def _corrects(document: DocumentView, labels: dict[str, str]) -> str:
        """A credit note names the invoice it corrects by its number and date: "12/2026 del 02/03/2026"."""
        if not document.corrects_number or document.corrects_date is None:
            return document.corrects_number
        return (f"{document.corrects_number} {labels['of_date']} "
                f"{fmt.format_date(document.corrects_date, document.language)}")

    def draw(self, p: Painter, x: float, top: float) -> None:
        if self.logo:
            reader, w, h = self.logo
            p.canvas_call().drawImage(reader, x, top - h, w, h)
            self.ours.draw(p, x, top - h)
        else:
            self.ours.draw(p, x, top)
        self.title.draw(p, x + WIDTH - self.title.width, top, right=True)
        row_top = top - self.top_height - 16
        for index, (label, value) in enumerate(self.meta, start=1):
            p.text(x, row_top - 13 * index + 3, label, FONT, 8, MUTED)
            p.text(x + 78, row_top - 13 * index + 3, value, BOLD, 9, INK)
        box_x = x + WIDTH - self.box_width
        box_y, box_height = row_top - self.box.height - 18, self.box.height + 18
        canvas = p.canvas_call()
        canvas.setFillColor(TINT)
        canvas.roundRect(box_x, box_y, self.box_width, box_height, 4, 0, 1)
        p.rect(box_x, box_y, 2.5, box_height, ACCENT)
        self.box.draw(p, box_x + 11, row_top - 8)
        if self.subject.lines:
            self.subject.draw(p, x, row_top - self.row_height - 10)

