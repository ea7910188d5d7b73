"""A task or a reminder, new or changed, from wherever one is made (the Tasks page, a party's page): what to
do, for whom (any party, picked by name), by when, how urgent. Errors show under their field; Ctrl+Enter
saves."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import Priority
from smallcrm.services.timeline.tasks import TaskDraft, add_task, update_task
from smallcrm.services.views import TaskView
from ui.common.context import AppContext
from ui.common.date_field import dates_ok
from ui.common.date_time_field import DateTimeField
from ui.common.dialog_buttons import save_cancel
from ui.common.field_errors import FieldErrors
from ui.operations import write_op
from ui.parties.party_lookup import PartyLookup
from ui.timeline.task_table import local_time, priority_text


class TaskDialog(QDialog):
    def __init__(self, ctx: AppContext, task: TaskView | None = None, parent: QWidget | None = None,
                 party: tuple[int, str] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = task
        self.saved: TaskView | None = None
        self.setWindowTitle(self.tr("Edit task") if task else self.tr("New task"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()

        self.title = QLineEdit(placeholderText=self.tr("What to do"))
        self.party = PartyLookup(ctx)
        self.has_due = QCheckBox(self.tr("Due"))
        self.due = DateTimeField(datetime.combine(datetime.now().date() + timedelta(days=1), time(9, 0)))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        self.priority = QComboBox()
        for value in (Priority.HIGH, Priority.NORMAL, Priority.LOW):
            self.priority.addItem(priority_text(int(value)), int(value))
        self.priority.setCurrentIndex(self.priority.findData(int(Priority.NORMAL)))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        due_box = QWidget()
        due_row = QHBoxLayout(due_box)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Task"), self.errors.wrap("title", self.title))
        form.addRow(self.tr("For"), self.errors.wrap("party_id", self.party, aliases=("party",)))
        form.addRow(self.tr("When"), self.errors.wrap("due", due_box, aliases=("due_at",)))
        form.addRow(self.tr("Priority"), self.errors.wrap("priority", self.priority))
        form.addRow(self.tr("Notes"), self.errors.wrap("notes", self.notes))

        self.buttons = save_cancel(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        if task is not None:
            self._fill(task)
        elif party is not None:
            self.party.set_party(*party)
        self.title.setFocus()

    def _fill(self, task: TaskView) -> None:
        self.title.setText(task.title)
        if task.party:
            self.party.set_party(task.party.id, task.party.name)
        self.has_due.setChecked(task.due_at is not None)
        if task.due_at is not None:
            self.due.setDateTime(local_time(task.due_at).replace(tzinfo=None))
        self.priority.setCurrentIndex(max(self.priority.findData(task.priority), 0))
        self.notes.setPlainText(task.notes)

    def draft(self) -> TaskDraft:
        due = None
        if self.has_due.isChecked():  # naive local time, as the service expects
            due = self.due.value()
        owner = self.task.owner if self.task is not None else None
        return TaskDraft(self.title.text(), due=due, party_id=self.party.party_id,
                         priority=self.priority.currentData(), notes=self.notes.toPlainText(), owner=owner)

    def save(self) -> None:
        """Write the task in the background; on a mistake, say what is wrong under the field and keep the dialog
        open, else close it (``saved`` holds the task)."""
        self.errors.clear()
        if not dates_ok(self.due):  # a due moment that is not one: said under it (when the task has one)
            return
        if self.party.text().strip() and self.party.party_id is None:
            self.errors.message("party_id", self.tr("Choose someone from the list, or leave it empty"))
            return
        current, draft = self.task, self.draft()
        write_op(self.ctx, lambda db: add_task(db, draft) if current is None else update_task(db, current.id, draft),
                 parent=self, errors=self.errors, busy=(self.save_button,), on_done=self._saved)

    def _saved(self, task: TaskView) -> None:
        self.saved = task
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, task: TaskView | None = None, parent: QWidget | None = None,
            party: tuple[int, str] | None = None) -> TaskView | None:
        """Show the dialog; the task saved, or None when cancelled (tests replace this)."""
        dialog = cls(ctx, task, parent, party)
        dialog.exec()
        return dialog.saved
