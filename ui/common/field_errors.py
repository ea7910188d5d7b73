"""Validation messages where they belong: a red line under the field a ValidationError names, and the
cursor moved there. Forms register their fields once; ``show(error)`` does the rest."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smallcrm.errors import ValidationError
from ui.common.errors import field_message

ERROR_COLOR = "#c62828"
_INVALID_STYLE = f"border: 1px solid {ERROR_COLOR}; border-radius: 3px; padding: 2px;"
_FIELD = re.compile(r"^(?P<key>[\w.]+?)(?:\[(?P<index>\d+)\])?$")


def split_field(field: str) -> tuple[str, int | None]:
    """``"emails[1]"`` → ``("emails", 1)``; ``"name"`` → ``("name", None)``."""
    match = _FIELD.match(field or "")
    if not match:
        return field, None
    index = match.group("index")
    return match.group("key"), None if index is None else int(index)


@dataclass
class _Entry:
    widget: QWidget
    label: QLabel
    focus: Callable[[int | None], QWidget] | None


class FieldErrors:
    """The error labels of one form, by field name (the service's names, without the list index)."""

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._marked: list[QWidget] = []

    def wrap(self, key: str, widget: QWidget, focus: Callable[[int | None], QWidget] | None = None,
             aliases: tuple[str, ...] = ()) -> QWidget:
        """``widget`` with a hidden error line under it; ``focus(index)`` picks the widget to mark."""
        box, label = _with_line(widget)
        self.add(key, widget, label, focus, aliases)
        return box

    def wrap_row(self, row: QWidget, fields: dict[str, QWidget]) -> QWidget:
        """``row`` holding several fields, with one error line under it: each field's message marks its own part
        (the label is named after the first field)."""
        box, label = _with_line(row)
        for key, widget in reversed(fields.items()):
            self.add(key, widget, label)
        return box

    def add(self, key: str, widget: QWidget, label: QLabel,
            focus: Callable[[int | None], QWidget] | None = None, aliases: tuple[str, ...] = ()) -> None:
        """Register a field whose error label the form placed itself."""
        label.setObjectName(f"error-{key}")
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {ERROR_COLOR};")
        label.hide()
        entry = _Entry(widget, label, focus)
        for name in (key, *aliases):
            self._entries[name] = entry

    def label(self, key: str) -> QLabel:
        return self._entries[key].label

    def show(self, error: ValidationError) -> bool:
        """Show ``error`` under its field and move the cursor there; False when no field here has its name."""
        key, index = split_field(error.field)
        entry = self._entries.get(key) or self._entries.get(key.rsplit(".", 1)[-1])
        if entry is None:
            return False
        self.clear()
        entry.label.setText(field_message(error))
        entry.label.show()
        target = entry.focus(index) if entry.focus else entry.widget
        self.mark(target)
        target.setFocus()
        return True

    def message(self, key: str, text: str) -> None:
        """A message of the form's own (not from a service) under a field."""
        entry = self._entries[key]
        self.clear()
        entry.label.setText(text)
        entry.label.show()
        self.mark(entry.widget)
        entry.widget.setFocus()

    def mark(self, widget: QWidget) -> None:
        widget.setProperty("_plain_style", widget.styleSheet())
        widget.setStyleSheet(_INVALID_STYLE)
        self._marked.append(widget)

    def clear(self) -> None:
        for entry in self._entries.values():
            entry.label.hide()
            entry.label.clear()
        for widget in self._marked:
            widget.setStyleSheet(widget.property("_plain_style") or "")
        self._marked.clear()

    def visible(self) -> dict[str, str]:
        """The messages shown now, by field (for tests and for screen readers)."""
        return {key: e.label.text() for key, e in self._entries.items() if not e.label.isHidden()}



def _with_line(widget: QWidget) -> tuple[QWidget, QLabel]:
    """``widget`` in a box with an error line under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    label = QLabel()
    layout.addWidget(label)
    return box, label
