"""What a list says when it has no rows: what the list would hold, and what to do next, with the buttons that
do it ("No contacts yet. Import an address book or add a contact" [Import…] [New person]). When the page's
filter hides every row it says that instead, with a button that clears it: an empty list is never a dead end.

It lies over the list's viewport (the header stays, so the columns still say what the list is), and follows the
model: rows in, it hides; the last row out, it shows. A page of several lists (the deals board's columns) gives
the widget holding them and their models: it covers them while every one is empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.icons import Icon, icon, set_icon
from ui.common.read_only_guard import writes

TEXT_WIDTH = 640  # a line across a whole wide list is hard to read
Action = tuple  # (button text, its icon, what it does[, True when it writes: disabled on a read-only database])


class EmptyState(QWidget):
    """The note over an empty ``view``. ``filtered()`` says whether the page's filter is what empties it;
    ``clear_filter`` resets that filter. ``view`` may be a plain widget holding several lists, with ``models``
    their models: the note then covers the widget (its own background hides the empty lists)."""

    def __init__(self, view: QWidget, name: Icon, title: str, text: str, actions: list[Action],
                 filtered: Callable[[], bool] | None = None, clear_filter: Callable[[], object] | None = None,
                 models: Sequence[QAbstractItemModel] = ()) -> None:
        list_view = isinstance(view, QAbstractItemView)
        host = view.viewport() if list_view else view
        super().__init__(host)
        self.host = host
        self.setObjectName("empty-state")
        self.setAutoFillBackground(not list_view)
        self.view, self._filtered = view, filtered
        self.models = list(models) or [view.model()]
        self._texts = (title, text)
        self.badge = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.badge.setPixmap(icon(name, self.palette().color(QPalette.ColorRole.PlaceholderText)).pixmap(48, 48))
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for caption, glyph, slot, *writing in actions:
            self.buttons.append(self._button(row, caption, glyph, slot))
            if writing and writing[0]:
                writes(self.buttons[-1])
        self.clear_button = None
        if clear_filter is not None:
            self.clear_button = self._button(row, self.tr("Clear the filter"), Icon.REMOVE, clear_filter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text.setMaximumWidth(TEXT_WIDTH)
        text = QHBoxLayout()  # the text in the middle, stretches on its sides
        text.addStretch(1)
        text.addWidget(self.text, 100)
        text.addStretch(1)
        layout.addWidget(self.badge)
        layout.addWidget(self.title)
        layout.addLayout(text)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(2)
        for model in self.models:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
                signal.connect(self.update_state)
        self.host.installEventFilter(self)
        self.update_state()

    def _button(self, row: QHBoxLayout, caption: str, glyph: Icon, slot) -> QPushButton:
        button = QPushButton(caption)
        set_icon(button, glyph)
        button.clicked.connect(lambda _checked=False: slot())
        row.addWidget(button)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False

    def update_state(self, *_args) -> None:
        """Shown when the list has no rows; its words depend on whether the filter is the reason."""
        empty = all(model.rowCount() == 0 for model in self.models)
        filtered = empty and self._filtered is not None and bool(self._filtered())
        if filtered:
            self.title.setText(self.tr("Nothing matches the filter"))
            self.text.setText(self.tr("Change the filter or clear it to see the whole list."))
        else:
            self.title.setText(self._texts[0])
            self.text.setText(self._texts[1])
        for button in self.buttons:
            button.setVisible(not filtered)
        if self.clear_button is not None:
            self.clear_button.setVisible(filtered)
        self.setGeometry(self.host.rect())
        self.setVisible(empty)
        self.raise_()
