"""A task or a reminder: what to do, by when, how urgent."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
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
    QVBoxLayout,
    QWidget,
)

from smallcrm.clock import to_local
from smallcrm.domain import Priority
from smallcrm.errors import ValidationError
from smallcrm.services.tasks import TaskDraft, add_task, update_task
from smallcrm.services.views import TaskView
from ui.context import AppContext
from ui.errors import show_error
from ui.widgets.field_errors import FieldErrors


class TaskDialog(QDialog):
    def __init__(self, ctx: AppContext, party_id: int | None = None, task: TaskView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = task
        self.party_id = task.party.id if task is not None and task.party else party_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New task") if task is None else self.tr("Edit task"))
        self.errors = FieldErrors()

        self.title = QLineEdit(placeholderText=self.tr("What to do"))
        self.has_due = QCheckBox(self.tr("Due"))
        self.has_due.setChecked(True)
        tomorrow = QDateTime(QDateTime.currentDateTime().date().addDays(1), QTime(9, 0))
        self.due = QDateTimeEdit(tomorrow)
        self.due.setCalendarPopup(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.priority = QComboBox()
        for value, text in ((Priority.HIGH, self.tr("High")), (Priority.NORMAL, self.tr("Normal")),
                            (Priority.LOW, self.tr("Low"))):
            self.priority.addItem(text, int(value))
        self.priority.setCurrentIndex(self.priority.findData(int(Priority.NORMAL)))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(80)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Task"), self.errors.wrap("title", self.title))
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.errors.wrap("due", self.due, aliases=("due_at",)), 1)
        form.addRow(self.tr("When"), due_row)
        form.addRow(self.tr("Priority"), self.errors.wrap("priority", self.priority))
        form.addRow(self.tr("Notes"), self.errors.wrap("notes", self.notes))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(440, 0)
        if task is not None:
            self._load(task)
        self.title.setFocus()

    def _load(self, task: TaskView) -> None:
        self.title.setText(task.title)
        self.notes.setPlainText(task.notes)
        self.priority.setCurrentIndex(max(self.priority.findData(task.priority), 0))
        self.has_due.setChecked(task.due_at is not None)
        if task.due_at is not None:
            self.due.setDateTime(to_local(task.due_at).replace(tzinfo=None))

    def draft(self) -> TaskDraft:
        due = self.due.dateTime().toPython() if self.has_due.isChecked() else None  # naive local time
        owner = self.task.owner if self.task is not None else None
        return TaskDraft(title=self.title.text(), due=due, party_id=self.party_id,
                         priority=self.priority.currentData(), notes=self.notes.toPlainText(), owner=owner)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        db, draft, task = self.ctx.db, self.draft(), self.task

        def body(control):
            return add_task(db, draft) if task is None else update_task(db, task.id, draft)

        self.save_button.setEnabled(False)
        self.ctx.runner.submit(body, write=True, on_done=self._saved, on_error=self._failed)

    def _saved(self, result) -> None:
        view, changes = result
        self.saved_id = view.id
        self.ctx.bus.publish(changes)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError) and self.errors.show(error):
            return
        show_error(self, error)

    @classmethod
    def add(cls, ctx: AppContext, party_id: int | None = None, parent: QWidget | None = None) -> bool:
        return cls(ctx, party_id, None, parent).exec() == QDialog.DialogCode.Accepted

    @classmethod
    def edit(cls, ctx: AppContext, task: TaskView, parent: QWidget | None = None) -> bool:
        return cls(ctx, None, task, parent).exec() == QDialog.DialogCode.Accepted
