"""Quotes, invoices and credit notes as A4 PDF pages (reportlab): a pure function of plain values.

``render_document_pdf(document, company) -> bytes``. Labels come from ``pdf_labels`` in the document's
language, amounts and dates from ``formatting``. Everything is drawn straight on the canvas through the
``pdf_canvas`` painter, with reportlab's public canvas calls only (no platypus: its tables and paragraphs
were most of the time): the blocks are measured first, ``pdf_flow`` puts them on pages (the lines table's
header repeated on each), and each page is then drawn once with its footer and "Page X of Y".

Here: the order of the blocks and the pages' footer; the heading is in ``pdf_heading``, the tables in
``pdf_tables``, geometry, colours and text wrapping in ``pdf_style``.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from smallcrm.documents.legal_notes import legal_note_texts
from smallcrm.documents.pdf_canvas import CENTER, RIGHT, Painter
from smallcrm.documents.pdf_flow import Block, Flow, Gap, Rows
from smallcrm.documents.pdf_fonts import BOLD, FONT, register_fonts
from smallcrm.documents.pdf_heading import Heading, party_ids
from smallcrm.documents.pdf_labels import labels_for
from smallcrm.documents.pdf_style import (
    ACCENT,
    CONTINUATION_BAND,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    WIDTH,
    wrap_text,
)
from smallcrm.documents.pdf_tables import lines_table, payment, summary
from smallcrm.domain import DocumentKind

if TYPE_CHECKING:
    from smallcrm.services.sales.views import CompanyProfile, DocumentView

NOTE_SIZE, NOTE_LEADING = 8.5, 11.5


def _notes(text: str, title: str, size: float = NOTE_SIZE) -> Rows:
    """A caption and its text's lines (paragraphs apart): kept together on a page unless longer than one."""
    lines = [line for paragraph in text.split("\n") for line in wrap_text(paragraph, FONT, size, WIDTH)]
    caption = 7.5 * 1.25 + 2
    leading = size * NOTE_LEADING / NOTE_SIZE

    def first(p: Painter, x: float, top: float) -> None:
        p.text(x, top - 7.5, title, BOLD, 7.5, MUTED)
        p.text(x, top - caption - size, lines[0], FONT, size, INK)

    def line(text: str) -> Block:
        return Block(leading, lambda p, x, top: p.text(x, top - size, text, FONT, size, INK))

    return Rows([Block(caption + leading, first), *map(line, lines[1:])], keep_together=True)


def _legal_notes(document: DocumentView, labels: dict[str, str]) -> Rows | None:
    """The legal wordings of the document's tax cases (regime, stamp duty ...), under their caption."""
    tax = document.tax
    if tax is None or not tax.notes:
        return None
    texts = legal_note_texts(tax.notes, document.language, document.currency, {"stamp_duty": tax.stamp_duty})
    return _notes("\n".join(texts), labels["legal_notes"], 7.5)


def _signature(labels: dict[str, str]) -> Block:
    """Where the customer signs a quote to accept it: a rule and its caption, on the right."""
    left = WIDTH - 80 * mm

    def draw(p: Painter, x: float, top: float) -> None:
        p.rule(x + left, top - 34, x + WIDTH, top - 34, 0.6, INK)
        p.text(x + left + 40 * mm, top - 34 - 3 - 7.5, labels["acceptance"], FONT, 7.5, MUTED, CENTER)

    return Block(34 + 7.5 * 1.2 + 6, draw)


def _blocks(document: DocumentView, company: CompanyProfile, labels: dict[str, str]) -> list:
    heading = Heading(document, company, labels)
    blocks: list = [Block(heading.height, heading.draw), lines_table(document, labels), Gap(12)]
    totals, pay = summary(document, labels), payment(document, company, labels)
    blocks.append(totals if pay is None else _stacked(totals, 14, pay))  # kept together on a page
    legal = _legal_notes(document, labels)
    if legal is not None:
        blocks += [Gap(12), legal]
    if document.notes.strip():
        blocks += [Gap(12), _notes(document.notes.strip(), labels["notes"])]
    if document.kind == DocumentKind.QUOTE:
        blocks += [Gap(18), _signature(labels)]
    return blocks


def _stacked(upper: Block, gap: float, lower: Block) -> Block:
    def draw(p: Painter, x: float, top: float) -> None:
        upper.draw(p, x, top)
        lower.draw(p, x, top - upper.height - gap)

    return Block(upper.height + gap + lower.height, draw)


def _footer(p: Painter, number: int, count: int, footer: tuple[str, str, str, str]) -> None:
    company, left, page_label, continued = footer
    p.rule(MARGIN_X, 13 * mm, PAGE_WIDTH - MARGIN_X, 13 * mm, 0.5, RULE)
    p.text(MARGIN_X, 9 * mm, left, FONT, 7, MUTED)
    p.text(PAGE_WIDTH - MARGIN_X, 9 * mm, page_label.format(page=number, pages=count), FONT, 7, MUTED, RIGHT)
    if number > 1:  # the short heading of a continuation page
        top = PAGE_HEIGHT - MARGIN_TOP
        p.text(MARGIN_X, top - 9, company, BOLD, 9, ACCENT)
        p.text(PAGE_WIDTH - MARGIN_X, top - 9, continued, FONT, 8, MUTED, RIGHT)
        p.rule(MARGIN_X, top - 15, PAGE_WIDTH - MARGIN_X, top - 15, 0.5, RULE)


def render_document_pdf(document: DocumentView, company: CompanyProfile) -> bytes:
    """One quote, invoice or credit note as the bytes of an A4 PDF in the document's language."""
    register_fonts()
    labels = labels_for(document.language)
    name = f"{labels[document.kind]} {labels['number_short']} {document.number}".strip()
    top = PAGE_HEIGHT - MARGIN_TOP
    flow = Flow((MARGIN_BOTTOM, top), (MARGIN_BOTTOM, top - CONTINUATION_BAND))
    for block in _blocks(document, company, labels):
        flow.add(block)

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, lang=document.language,
                    initialFontName=FONT)  # no unused Helvetica in every document
    canvas.setTitle(name)
    canvas.setAuthor(company.name)
    canvas.setSubject(document.title)
    canvas.setCreator("SmallCRM")
    footer_left = " · ".join(p for p in (company.name, *party_ids(company.vat_number, "", labels), name) if p)
    footer_left = wrap_text(footer_left, FONT, 7, WIDTH - 90)[0]  # clear of "Page X of Y"
    footer = (company.name, footer_left, labels["page"], f"{name} ({labels['continued']})")
    painter = Painter(canvas)
    for number, page in enumerate(flow.pages, start=1):
        for draw, at in page.placed:
            draw(painter, MARGIN_X, at)
        _footer(painter, number, len(flow.pages), footer)
        painter.show_page()
    canvas.save()
    return buffer.getvalue()
