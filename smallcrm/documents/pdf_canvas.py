"""Drawing on a reportlab canvas with the PDF operators written by hand: text, rules and filled boxes.

reportlab's ``drawString`` makes a text object, looks the font up and re-encodes every string through its
subset machinery, which was most of the time of a document of many lines. Here a string costs one
``str.translate`` (the characters' codes in the document's font subset, kept in a table per document and
font) and one formatted operator. Fill colour and font are written only when they change. Each string
is still its own BT/ET text object placed at an absolute position and ended by a move to the next
line (as reportlab's own ``drawString`` does), so text extractors read every string as a line of its own,
in the order it is drawn.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

LEFT, RIGHT, CENTER = 0, 1, 2


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points (reportlab's C accelerator, from the font's character widths)."""
    return pdfmetrics.getFont(font).stringWidth(text, size)


@lru_cache(maxsize=256)
def _font_operators(name: str, size: float) -> str:
    return f"{name} {fp_str(size)} Tf {fp_str(size * 1.2)} TL"


@lru_cache(maxsize=64)
def _rgb(color) -> str:
    return fp_str(color.red, color.green, color.blue)


_FIRST_CODES: dict[tuple, tuple[dict[int, str], set[str]]] = {}  # a font's first codes: once per process


class _FontCodes:
    """The codes a document's subset 0 of one TrueType font gives to characters, as a translate table."""

    def __init__(self, font, doc):
        self.font, self.doc = font, doc
        font.splitString(" ", doc)  # makes the font's state in this document
        key = (font.fontName, tuple(font.state[doc].subsets[0]))  # nearly always ASCII and the SEED
        first = _FIRST_CODES.get(key)
        if first is None:
            self.table, self.known = {}, set()
            self._learn({"\xa0", *map(chr, font.state[doc].assignments)})
            if len(_FIRST_CODES) < 64:
                _FIRST_CODES[key] = dict(self.table), set(self.known)
        else:
            self.table, self.known = dict(first[0]), set(first[1])
        self.name = font.getSubsetInternalName(0, doc)

    def _learn(self, chars: set[str]) -> None:
        assignments = self.font.state[self.doc].assignments
        for char in chars:
            code = assignments.get(32 if char == "\xa0" else ord(char))
            if code is not None and 0 < code < 256:
                self.table[ord(char)] = chr(code)
                self.known.add(char)

    def encode(self, text: str) -> list[tuple[str, bytes]]:
        """(subset's PDF name, bytes) runs of ``text``: one run unless it reaches beyond the first 256 codes."""
        chars = set(text)
        if chars <= self.known:  # nearly always: the characters of the first subset, one translate
            return [(self.name, text.translate(self.table).encode("latin-1"))]
        runs = self.font.splitString(text, self.doc)  # gives the new characters their codes
        self._learn(chars - self.known)
        return [(self.font.getSubsetInternalName(subset, self.doc), data) for subset, data in runs]


class Painter:
    """Draws on the current page of a reportlab canvas; call ``new_page`` after each ``showPage``."""

    def __init__(self, canvas):
        self.canvas = canvas
        self._codes: dict[str, _FontCodes] = {}
        self.new_page()

    def new_page(self) -> None:
        self._font: tuple[str, float] | None = None
        self._fill = self._stroke = None
        self._width = None

    def _emit(self, operator: str) -> None:
        self.canvas._code.append(operator)

    def _set_fill(self, color) -> None:
        if color is not self._fill:
            self._fill = color
            self._emit(f"{_rgb(color)} rg")

    def _set_stroke(self, color, width: float) -> None:
        if color is not self._stroke:
            self._stroke = color
            self._emit(f"{_rgb(color)} RG")
        if width != self._width:
            self._width = width
            self._emit(f"{fp_str(width)} w")

    def text(self, x: float, y: float, text: str, font: str, size: float, color, align: int = LEFT) -> None:
        """One line of text with its baseline at ``y``, starting (LEFT), ending (RIGHT) or centred at ``x``."""
        if not text:
            return
        codes = self._codes.get(font)
        if codes is None:
            codes = self._codes[font] = _FontCodes(pdfmetrics.getFont(font), self.canvas._doc)
        if align:
            width = codes.font.stringWidth(text, size)
            x -= width if align == RIGHT else width / 2
        if color is not self._fill:
            self._fill = color
            self._emit(f"{_rgb(color)} rg")
        runs = codes.encode(text)
        if len(runs) == 1 and (runs[0][0], size) == self._font:  # the common case: no change of font
            self._emit(f"BT {fp_str(x, y)} Td ({escapePDF(runs[0][1])}) Tj T* ET")
            return
        parts = [f"BT {fp_str(x, y)} Td"]
        for name, data in runs:
            if (name, size) != self._font:
                self._font = (name, size)
                parts.append(_font_operators(name, size))
            parts.append(f"({escapePDF(data)}) Tj")
        parts.append("T* ET")  # the next line: extractors end the string's line there
        self._emit(" ".join(parts))

    def lines(self, x: float, top: float, lines: list[str], font: str, size: float, leading: float, color,
              align: int = LEFT) -> None:
        """Lines of text, the first baseline ``size`` below ``top`` and each next one ``leading`` lower."""
        y = top - size
        for line in lines:
            self.text(x, y, line, font, size, color, align)
            y -= leading

    def rect(self, x: float, y: float, width: float, height: float, color) -> None:
        self._set_fill(color)
        self._emit(f"{fp_str(x, y, width, height)} re f")

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float, color) -> None:
        self._set_stroke(color, width)
        self._emit(f"{fp_str(x1, y1)} m {fp_str(x2, y2)} l S")

    def canvas_call(self):
        """The canvas, for what reportlab draws itself (images, rounded boxes): our colour state is forgotten."""
        self._fill = self._stroke = self._width = None
        return self.canvas
