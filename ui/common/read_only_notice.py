"""The main window over a database open read-only (a damaged file): the title says so, a bar across the top
says why nothing can be changed and leads to the backups, and nothing writes behind the user's back
(the outbox sender and the mail fetcher would send or fetch and then fail to record it: a mail sent twice)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from ui.common.field_errors import ERROR_COLOR
from ui.common.icons import Icon, set_icon


class ReadOnlyNotice(QToolBar):
    """"Read-only: the database is damaged…" and a button to the backups (Settings → Data and backups), on a
    bar the full width of the window (the status line is too narrow for it in Romanian)."""

    def __init__(self, show_backups: Callable[[], None], damaged: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read-only-notice")
        self.setMovable(False)
        self.setFloatable(False)
        self.label = QLabel(self.tr("Read-only: the database is damaged, nothing can be changed. Export what you "
                                    "need, then restore a backup.") if damaged else
                            self.tr("Read-only: this database cannot be written (a write-protected file or "
                                    "folder, read-only media). Copy it to a writable folder to work on it."))
        self.label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: 600;")
        self.button = QPushButton(self.tr("Backups…"))
        set_icon(self.button, Icon.RESTORE)
        self.button.clicked.connect(show_backups)
        inside = QWidget()
        row = QHBoxLayout(inside)
        row.setContentsMargins(8, 2, 8, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.button.setVisible(damaged)  # read-only media: a restore could not write there either
        self.addWidget(inside)

