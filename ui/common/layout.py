"""Small layout helpers the editors share: a button calling a slot, a row of widgets with stretches and gaps."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton


def button(text: str, slot, tip: str = "") -> QPushButton:
    """A push button calling ``slot()``; with a tip, a narrow one (the arrows: an icon, no text)."""
    widget = QPushButton(text)
    widget.clicked.connect(lambda _checked=False: slot())
    if tip:
        widget.setToolTip(tip)
        widget.setFixedWidth(36)
    return widget


def row(*items) -> QHBoxLayout:
    """Widgets left to right; None stretches, a number is a gap."""
    layout = QHBoxLayout()
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        else:
            layout.addWidget(item)
    return layout
