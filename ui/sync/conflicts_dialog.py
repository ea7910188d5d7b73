"""Sync ▸ Conflicts: a field changed on two laptops since they last synced. The server applied the later change
and kept the other; the user keeps one or the other in two clicks (itself a change that travels). Below them,
the changes the server refused, with its reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smallcrm.sync.client import settle_conflict
from smallcrm.sync.state import ConflictView, list_conflicts, refused_list
from ui.common.context import AppContext
from ui.operations import read_op, write_op


def _shown(value: object) -> str:
    return "—" if value in (None, "") else str(value)


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.resize(760, 420)
        explain = QLabel(self.tr("These fields were changed on two laptops before they synced. The later change "
                                 "is in use; choose the value to keep."))
        explain.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.refused = QLabel()
        self.refused.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explain, scroll, self.refused, buttons):
            layout.addWidget(widget)
        self.reload()

    def reload(self) -> None:
        read_op(self.ctx, self, "conflicts", lambda: (list_conflicts(), refused_list()), self._show)

    def _show(self, found: tuple[list[ConflictView], list[dict]]) -> None:
        conflicts, refused = found
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        headers = (self.tr("Record"), self.tr("Field"), self.tr("In use"), self.tr("The other value"))
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        for row, conflict in enumerate(conflicts, start=1):
            self.grid.addWidget(QLabel(conflict.record), row, 0)
            self.grid.addWidget(QLabel(self.field_name(conflict.field)), row, 1)
            self.grid.addWidget(QLabel(_shown(conflict.kept)), row, 2)
            self.grid.addWidget(QLabel(_shown(conflict.other)), row, 3)
            for column, (text, keep) in enumerate(((self.tr("Keep this"), "kept"),
                                                   (self.tr("Keep the other"), "other")), start=4):
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, c=conflict.id, k=keep: self.settle(c, k))
                self.grid.addWidget(button, row, column)
        if not conflicts:
            self.grid.addWidget(QLabel(self.tr("No conflicts.")), 1, 0, 1, 6)
        self.grid.setRowStretch(len(conflicts) + 2, 1)
        lines = [f"• {r['table']}: {r['message']}" for r in refused]
        self.refused.setText(self.tr("Refused by the server:") + "\n" + "\n".join(lines) if lines else "")

    def field_name(self, column: str) -> str:
        """The field as the forms call it (the column's own name for the rarer ones)."""
        names = {"first_name": self.tr("First name"), "last_name": self.tr("Last name"), "name": self.tr("Name"),
                 "job_title": self.tr("Job title"), "notes": self.tr("Notes"), "stage": self.tr("Stage"),
                 "owner": self.tr("Owner"), "title": self.tr("Title"), "value": self.tr("Value"),
                 "due_at": self.tr("Due"), "subject": self.tr("Subject"), "body": self.tr("Text")}
        return names.get(column, column.replace("_", " "))

    def settle(self, conflict_id: int, keep: str) -> None:
        write_op(self.ctx, lambda db: settle_conflict(db, conflict_id, keep), parent=self,
                 on_done=lambda _answer: self.reload(), title=self.tr("Settling a conflict"))
