"""A new task, or one changed, from the Tasks page: what, for whom (any party, picked by name), by when,
how urgent. Errors show under their field."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from smallcrm.services.tasks import TaskDraft, add_task, update_task
from smallcrm.services.views import TaskView
from ui.context import AppContext
from ui.models.task_table import local_time, priority_text
from ui.widgets.field_errors import FieldErrors, save_in_dialog
from ui.widgets.party_lookup import PartyLookup


class TaskForm(QDialog):
    def __init__(self, ctx: AppContext, task: TaskView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task = task
        self.saved: TaskView | None = None
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.title = QLineEdit()
        self.party = PartyLookup(ctx)
        self.has_due = QCheckBox(self.tr("Due"))
        self.due = QDateTimeEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy HH:mm")
        tomorrow = datetime.combine(datetime.now().date() + timedelta(days=1), time(9, 0))
        self.due.setDateTime(QDateTime(tomorrow))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        self.priority = QComboBox()
        for value in (1, 2, 3):
            self.priority.addItem(priority_text(value), value)
        self.priority.setCurrentIndex(1)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(80)

        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        due_box = QWidget()
        due_box.setLayout(due_row)
        due_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout(self)
        form.addRow(self.tr("Task"), self.errors.wrap("title", self.title))
        form.addRow(self.tr("For"), self.errors.wrap("party_id", self.party))
        form.addRow(self.tr("When"), self.errors.wrap("due", due_box))
        form.addRow(self.tr("Priority"), self.errors.wrap("priority", self.priority))
        form.addRow(self.tr("Notes"), self.errors.wrap("notes", self.notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if task is not None:
            self._fill(task)

    def _fill(self, task: TaskView) -> None:
        self.title.setText(task.title)
        if task.party:
            self.party.set_party(task.party.id, task.party.name)
        self.has_due.setChecked(task.due_at is not None)
        if task.due_at is not None:
            self.due.setDateTime(QDateTime(local_time(task.due_at).replace(tzinfo=None)))
        self.priority.setCurrentIndex(max(self.priority.findData(task.priority), 0))
        self.notes.setPlainText(task.notes)

    def draft(self) -> TaskDraft:
        due = None
        if self.has_due.isChecked():
            # naive local time, as the service expects
            due = self.due.dateTime().toPython().replace(second=0, microsecond=0)
        return TaskDraft(self.title.text(), due=due, party_id=self.party.party_id,
                         priority=self.priority.currentData(), notes=self.notes.toPlainText())

    def save(self) -> bool:
        """Write the task; on a mistake, say what is wrong under the field and keep the dialog open."""
        self.errors.clear()
        if self.party.text().strip() and self.party.party_id is None:
            self.errors.message("party_id", self.tr("Choose someone from the list, or leave it empty"))
            return False
        db, current = self._ctx.db, self._task
        return save_in_dialog(self, self.errors, lambda: add_task(db, self.draft()) if current is None else
                              update_task(db, current.id, self.draft()), self._ctx.bus)

    @classmethod
    def ask(cls, ctx: AppContext, task: TaskView | None = None, parent: QWidget | None = None,
            party: tuple[int, str] | None = None) -> TaskView | None:
        """Show the dialog; the task saved, or None when cancelled (tests replace this)."""
        dialog = cls(ctx, task, parent)
        if party is not None:
            dialog.party.set_party(*party)
        dialog.exec()
        return dialog.saved
