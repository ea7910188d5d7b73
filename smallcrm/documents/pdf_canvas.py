"""Drawing on a reportlab canvas through its public calls only: text, rules and filled boxes.

The blocks of a document draw through a ``Painter`` rather than the canvas, for three reasons.

- Speed: ``Canvas.drawString`` makes a text object for every string and measures the string (for its bidi
  and shaping step) before drawing it: a 100-line document took ~30% longer that way. The painter writes
  all the text of a page into one text object instead (``beginText``, then ``setTextOrigin`` and
  ``textLine`` for each string), drawn over the page's boxes and rules when the page is shown. Nothing we
  print is covered by a box drawn later, so the page looks the same as with the boxes and strings in
  drawing order; a block that must paint over text would need the page's text drawn first.
- The canvas writes a colour, a font or a line width every time it is set, and a document sets the same
  few thousands of times: the painter sets them only when they change.
- The blocks need only a handful of calls (text aligned at a point, a rule, a box), so the layout does not
  depend on how they are drawn.

Each string still ends with a move to the next line (``textLine``), so text extractors read every string
as a line of its own, in the order it is drawn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

LEFT, RIGHT, CENTER = 0, 1, 2


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points, from the registered font's character widths."""
    return pdfmetrics.stringWidth(text, font, size)


class Painter:
    """Draws on the current page of a reportlab canvas; ``show_page`` ends each page."""

    def __init__(self, canvas: Canvas):
        self.canvas = canvas
        self._start_page()

    def _start_page(self) -> None:
        self._text: PDFTextObject = self.canvas.beginText()
        self._font: tuple[str, float] | None = None
        self._text_fill: Color | None = None  # the text object's own: it is drawn after the boxes
        self._forget()

    def _forget(self) -> None:
        self._fill: Color | None = None
        self._stroke: Color | None = None
        self._width: float | None = None

    def show_page(self) -> None:
        """The page's text over its boxes and rules, then the next page (``Canvas.showPage``)."""
        self.canvas.drawText(self._text)
        self.canvas.showPage()
        self._start_page()

    def text(self, x: float, y: float, text: str, font: str, size: float, color: Color, align: int = LEFT) -> None:
        """One line of text with its baseline at ``y``, starting (LEFT), ending (RIGHT) or centred at ``x``."""
        if not text:
            return
        out = self._text
        if (font, size) != self._font:
            self._font = (font, size)
            out.setFont(font, size)
        if color is not self._text_fill:
            self._text_fill = color
            out.setFillColor(color)
        if align:
            width = pdfmetrics.stringWidth(text, font, size)
            x -= width if align == RIGHT else width / 2
        out.setTextOrigin(x, y)
        out.textLine(text)

    def lines(self, x: float, top: float, lines: list[str], font: str, size: float, leading: float, color: Color,
              align: int = LEFT) -> None:
        """Lines of text, the first baseline ``size`` below ``top`` and each next one ``leading`` lower."""
        y = top - size
        for line in lines:
            self.text(x, y, line, font, size, color, align)
            y -= leading

    def rect(self, x: float, y: float, width: float, height: float, color: Color) -> None:
        """A box filled with ``color``, no outline; (x, y) is its lower-left corner."""
        if color is not self._fill:
            self._fill = color
            self.canvas.setFillColor(color)
        self.canvas.rect(x, y, width, height, stroke=0, fill=1)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float, color: Color) -> None:
        """A straight line ``width`` points thick."""
        if color is not self._stroke:
            self._stroke = color
            self.canvas.setStrokeColor(color)
        if width != self._width:
            self._width = width
            self.canvas.setLineWidth(width)
        self.canvas.line(x1, y1, x2, y2)

    def canvas_call(self) -> Canvas:
        """The canvas, for what reportlab draws itself (images, rounded boxes): the colours and line width we
        set are forgotten, as the caller may change them. (Text goes on in the page's own text object.)"""
        self._forget()
        return self.canvas
