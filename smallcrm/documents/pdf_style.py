"""The look of our PDF documents: page geometry, colours, text styles and the small drawing helpers the
heading, the tables and the page footer share."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from smallcrm.documents.pdf_fonts import BOLD, FONT

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
SEED = "€·—–’“”«»°àèéìòùÀÈÉÌÒÙăâîșțĂÂÎȘȚ"


def make_style(name: str, size: float = 8.5, font: str = FONT, color=INK, leading: float | None = None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, textColor=color, **kw)


CAPTION = make_style("caption", 7.5, BOLD, MUTED, spaceAfter=2)
TEXT = make_style("text", 8.5, leading=11.5)
QR_CAPTION = make_style("qr", 6.5, color=MUTED, alignment=1)


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
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


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, color, right: bool = False) -> None:
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    (canvas.drawRightString if right else canvas.drawString)(x, y, text)


def padding(left: float, right: float, top: float, bottom: float, cells=((0, 0), (-1, -1))) -> list[tuple]:
    return [(f"{side}PADDING", *cells, value) for side, value in
            (("LEFT", left), ("RIGHT", right), ("TOP", top), ("BOTTOM", bottom))]
