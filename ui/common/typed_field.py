"""What the typed date and date-and-time fields share (``date_field.py``, ``date_time_field.py``): the parts typed
on one row with one error line under them, ``check()`` before saving, and while typing, a readable value clears
the message and is announced once (a form reacting to a new day should not hear of each key that keeps it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.common.field_errors import ERROR_COLOR


class TypedField(QWidget):
    """A field whose text typed is its value. Subclasses give ``read()`` (the value, None while it is not
    readable), ``is_valid()``, ``show_error(shown)``, ``focus_target()`` and ``announce(value)`` (their signal)."""

    def __init__(self, parent: QWidget | None = None, *, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.hide()
        self._last: Any = None

    def _stack(self, row: QHBoxLayout) -> None:
        """The typed parts' row, and the error line under it."""
        row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def read(self) -> Any:
        raise NotImplementedError

    def is_valid(self) -> bool:
        raise NotImplementedError

    def show_error(self, shown: bool) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        raise NotImplementedError

    def announce(self, value: Any) -> None:
        raise NotImplementedError

    def check(self) -> bool:
        """True when the text is acceptable; else the reason is shown under the field, and a check asked by the
        form (not by the field's own editing) puts the cursor there."""
        ok = self.is_valid()
        self.show_error(not ok)
        target = self.focus_target()
        if not ok and not target.hasFocus() and self.isVisible() and self.sender() is None:
            target.setFocus()
        return ok

    def _typed(self, _text: str) -> None:
        value = self.read()
        if value is not None:
            self.show_error(False)
            if value != self._last:
                self._last = value
                self.announce(value)
