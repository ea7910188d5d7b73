"""Laying blocks of a document out on pages: what goes on which page and how far down.

A document is a list of items: a ``Block`` (drawn whole, moved to the next page when it does not fit), a
``Gap`` (left out at the top of a page), and ``Rows`` (a table: each row whole, the header repeated at the
top of every page the table reaches). The heights are known before anything is drawn, so the pages are
counted first and each page is then drawn once, with its "Page X of Y".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from smallcrm.documents.pdf_canvas import Painter

Draw = Callable[[Painter, float, float], None]  # (painter, left x, top y)


@dataclass
class Block:
    height: float
    draw: Draw


@dataclass
class Gap:
    height: float


@dataclass
class Rows:
    """A table's rows under a header drawn again on each page; ``after`` draws below the last row (a rule).

    With ``keep_together``, the whole table goes to the next page when it does not fit but would fit there.
    """

    rows: list[Block]
    header: Block | None = None
    after: Draw | None = None
    keep_together: bool = False

    @property
    def height(self) -> float:
        return sum(row.height for row in self.rows) + (self.header.height if self.header else 0)


@dataclass
class Page:
    placed: list[tuple[Draw, float]] = field(default_factory=list)  # what to draw and its top


class Flow:
    """Places items top-down on pages of frames ``first`` and then ``later``: (bottom y, top y) each."""

    def __init__(self, first: tuple[float, float], later: tuple[float, float]):
        self.later = later
        self.pages: list[Page] = []
        self._open(first)

    def _open(self, frame: tuple[float, float]) -> None:
        self.pages.append(Page())
        self.bottom, self.top = frame
        self.y = self.top

    @property
    def at_top(self) -> bool:
        return self.y == self.top

    def _room(self) -> float:
        return self.y - self.bottom

    def _place(self, draw: Draw, height: float) -> None:
        self.pages[-1].placed.append((draw, self.y))
        self.y -= height

    def add(self, item: Block | Gap | Rows) -> None:
        if isinstance(item, Gap):
            if not self.at_top:
                self.y -= min(item.height, self._room())
        elif isinstance(item, Block):
            if item.height > self._room() and not self.at_top:
                self._open(self.later)
            self._place(item.draw, item.height)
        else:
            self._add_rows(item)

    def _add_rows(self, table: Rows) -> None:
        header = table.header.height if table.header else 0
        first = table.rows[0].height if table.rows else 0
        full = self.later[1] - self.later[0]
        if not self.at_top and (header + first > self._room()
                                or (table.keep_together and self._room() < table.height <= full)):
            self._open(self.later)
        if table.header:
            self._place(table.header.draw, header)
        for row in table.rows:
            if row.height > self._room() and not self.at_top:
                self._open(self.later)
                if table.header:
                    self._place(table.header.draw, header)
            self._place(row.draw, row.height)
        if table.after:
            self._place(table.after, 0)
