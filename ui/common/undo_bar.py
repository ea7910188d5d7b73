"""A thin bar that says what just happened ("Call moved to the trash") with an Undo button; it goes away by
itself after a while, or when something else is said."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SHOWN_MS = 15_000


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo-bar")
        self.setStyleSheet("#undo-bar { background: #fff4d6; border: 1px solid #f0d68a; border-radius: 6px; }"
                           " #undo-bar QLabel { background: transparent; }")
        self.text = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QPushButton("✕")
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(28)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """Say ``text``; the Undo button calls ``undo`` (once)."""
        self.text.setText(text)
        self._undo = undo
        self.undo_button.setEnabled(True)
        self.show()
        self._timer.start()

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()
