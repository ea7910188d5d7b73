"""Quotes, invoices and credit notes as A4 PDF pages (reportlab): a pure function of plain values.

``render_document_pdf(document, company) -> bytes``. Labels come from ``pdf_labels`` in the document's
language, amounts and dates from ``formatting``. Fonts (and their subsets), styles and the logo are made
once per process; the page heading is drawn straight on the canvas and table cells are pre-wrapped plain
text (no Paragraph markup to parse), so a one-page invoice renders in about 10 ms.

Here: the story and the pages (footer, "Page X of Y"); the heading is in ``pdf_heading``, the tables in
``pdf_tables``, geometry, colours and text helpers in ``pdf_style``.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table

from smallcrm.documents.pdf_fonts import BOLD, FONT, register_fonts
from smallcrm.documents.pdf_heading import Heading, party_ids
from smallcrm.documents.pdf_labels import labels_for
from smallcrm.documents.pdf_style import (
    ACCENT,
    CAPTION,
    CONTINUATION_BAND,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SEED,
    TEXT,
    TOTALS_WIDTH,
    WIDTH,
    draw_text,
    padding,
    paragraph,
)
from smallcrm.documents.pdf_tables import lines_table, payment_table, totals_table, vat_summary_table

if TYPE_CHECKING:
    from smallcrm.services.sales_views import CompanyProfile, DocumentView


def _story(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> list:
    story: list = [Heading(document, company, labels), lines_table(document, labels), Spacer(1, 12)]
    left = WIDTH - TOTALS_WIDTH - 14
    summary = Table([[vat_summary_table(document, labels, left), totals_table(document, labels)]],
                    colWidths=[left + 14, TOTALS_WIDTH], hAlign="LEFT",
                    style=[("VALIGN", (0, 0), (-1, -1), "TOP"), *padding(0, 0, 0, 0)])
    tail: list = [summary]
    payment = payment_table(document, company, labels)
    if payment is not None:
        tail += [Spacer(1, 14), payment]
    story.append(KeepTogether(tail))
    if document.notes.strip():
        story.append(KeepTogether([Spacer(1, 12), Paragraph(escape(labels["notes"]), CAPTION),
                                   paragraph(document.notes.strip(), TEXT)]))
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
            pdfmetrics.getFont(name).splitString(SEED, self._doc)

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
            draw_text(self, MARGIN_X, 9 * mm, left, FONT, 7, MUTED)
            draw_text(self, PAGE_WIDTH - MARGIN_X, 9 * mm, page_label.format(page=number, pages=count), FONT, 7, MUTED,
                  right=True)
            if number > 1:  # the short heading of a continuation page
                top = PAGE_HEIGHT - MARGIN_TOP
                draw_text(self, MARGIN_X, top - 9, company, BOLD, 9, ACCENT)
                draw_text(self, PAGE_WIDTH - MARGIN_X, top - 9, continued, FONT, 8, MUTED, right=True)
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
    footer_left = " · ".join(p for p in (company.name, *party_ids(company.vat_number, "", labels), name) if p)
    footer_left = simpleSplit(footer_left, FONT, 7, WIDTH - 90)[0]  # clear of "Page X of Y"
    footer = (company.name, footer_left, labels["page"], f"{name} ({labels['continued']})")
    template.build(_story(document, company, labels),
                   canvasmaker=lambda *args, **kw: _NumberedCanvas(*args, footer=footer, **kw))
    return buffer.getvalue()

