"""Several values of one kind (e-mails, phones, websites): a line each, a button to add one more.

``values()`` keeps blank lines in place, so a service error on ``emails[2]`` points at the third line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget


class ValueListEditor(QWidget):
    edited = Signal()

    def __init__(self, placeholder: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = placeholder
        self._rows: list[tuple[QWidget, QLineEdit, QToolButton]] = []
        self._lines = QVBoxLayout()
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.setFlat(True)
        self.add_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.add_button.setStyleSheet("QPushButton { text-align: left; padding: 0 2px; } "
                                      "QPushButton:enabled { color: palette(link); }")
        self.add_button.clicked.connect(lambda: self.add_line("").setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._lines)
        self.error = QLabel()  # a form's error line, under the values and above the add button
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_line("")

    def add_line(self, text: str) -> QLineEdit:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        edit = QLineEdit(text, placeholderText=self._placeholder)
        remove = QToolButton(text="×")
        remove.setAutoRaise(True)
        remove.setToolTip(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(row))
        edit.textEdited.connect(self.edited)
        box.addWidget(edit)
        box.addWidget(remove)
        self._rows.append((row, edit, remove))
        self._lines.addWidget(row)
        self._update_buttons()
        return edit

    def _remove(self, row: QWidget) -> None:
        if len(self._rows) == 1:
            self._rows[0][1].clear()
            return
        index = next(i for i, (r, _, _) in enumerate(self._rows) if r is row)
        self._rows.pop(index)
        row.hide()
        row.deleteLater()
        self._update_buttons()
        self.edited.emit()

    def _update_buttons(self) -> None:
        single = len(self._rows) == 1
        for _, _, remove in self._rows:
            remove.setVisible(not single)

    def set_values(self, values: list[str]) -> None:
        for row, _, _ in self._rows:
            row.hide()
            row.deleteLater()
        self._rows.clear()
        for value in values or [""]:
            self.add_line(value)

    def values(self) -> list[str]:
        return [edit.text() for _, edit, _ in self._rows]

    def line(self, index: int | None = None) -> QLineEdit:
        """The line at ``index`` (the first when None or out of range)."""
        if index is None or not 0 <= index < len(self._rows):
            index = 0
        return self._rows[index][1]

    def count(self) -> int:
        return len(self._rows)
