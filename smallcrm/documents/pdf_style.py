"""The look of our PDF documents: page geometry, colours, and breaking text into lines that fit a width."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

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


def _words_in_lines(words: list[str], measure, size: float, width: float) -> list[str]:
    """As many words on each line as fit (reportlab's simpleSplit rule); a word wider than a line alone."""
    space = measure(" ", size)
    lines, line, used = [], [words[0]], measure(words[0], size)
    for word in words[1:]:
        wide = measure(word, size)
        if used + space + wide <= width:
            line.append(word)
            used += space + wide
        else:
            lines.append(" ".join(line))
            line, used = [word], wide
    lines.append(" ".join(line))
    return lines


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Text broken into lines that fit ``width``: at spaces, at the text's own line breaks, and inside a word
    too long for a line (a pasted URL or code)."""
    measure = pdfmetrics.getFont(font).stringWidth  # (text, size): the registered font's public method
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        words = part.split()
        whole = " ".join(words)
        if measure(whole, size) <= width:  # most texts: one line, one measure
            lines.append(whole)
            continue
        for line in _words_in_lines(words, measure, size, width):
            while measure(line, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and measure(line[:cut], size) > width:
                    cut = max(1, cut * 9 // 10 if cut > 20 else cut - 1)
                lines.append(line[:cut])
                line = line[cut:]
            lines.append(line)
    return lines
