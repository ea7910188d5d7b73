"""A figure of the home page as a card: an icon, the figure large, what it counts under it and where a click
goes. A push button underneath (focus, Enter and Space, the pointing hand, a tooltip) with labels on top that
let the clicks through to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.common.icons import Icon, icon

CARD_STYLE = """
QPushButton#home-figure { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
QPushButton#home-figure:hover, QPushButton#home-figure:focus { border: 1px solid palette(highlight); }
QLabel#figure { font-size: 22px; font-weight: 600; }
QLabel#caption { font-size: 13px; }
QLabel#opens { font-size: 12px; color: palette(link); }
"""

HEIGHT = 94


class FigureCard(QPushButton):
    """One figure; ``clicked`` opens its list (connected by the page)."""

    def __init__(self, name: Icon, opens: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="home-figure")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge = QLabel()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        self.badge.setPixmap(icon(name, highlight).pixmap(30, 30))
        self.badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.figure = QLabel(objectName="figure")
        self.caption = QLabel(objectName="caption")
        self.opens = QLabel(opens + " →", objectName="opens")
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (self.figure, self.caption, self.opens):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            text.addWidget(label)
        text.addStretch(1)
        self.badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.badge)
        layout.addLayout(text, 1)
        self.setFixedHeight(HEIGHT)  # a row of cards, one height: the figure, one line of caption, the link

    def show_figure(self, figure: str, caption: str) -> None:
        self.figure.setText(figure)
        self.caption.setText(caption)
        self.setAccessibleName(f"{figure} {caption}")
