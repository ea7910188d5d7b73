"""The to-do list as a table: done box, title, party, when it is due (local time), priority; overdue in red."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from smallcrm.services.views import TaskView
from ui.common.formatting import day
from ui.common.rows_model import RowsTableModel

OVERDUE_COLOR = QColor("#c62828")
DONE_COLOR = QColor("#8a8a8a")
END_OF_DAY = (23, 59)
PRIORITIES = {
    1: QT_TRANSLATE_NOOP("TaskTableModel", "High"),
    2: QT_TRANSLATE_NOOP("TaskTableModel", "Normal"),
    3: QT_TRANSLATE_NOOP("TaskTableModel", "Low"),
}


def local_time(utc: datetime) -> datetime:
    """A stored (naive UTC) moment in the computer's time zone."""
    return utc.replace(tzinfo=UTC).astimezone()


def due_text(due_at: datetime | None, today: date | None = None) -> str:
    """"Today 15:30", "Tomorrow", "4 mar 2026 09:00"; a task due by the end of a day shows only the day."""
    if due_at is None:
        return ""
    local = local_time(due_at)
    today = today or datetime.now().astimezone().date()
    if local.date() == today:
        when = QCoreApplication.translate("TaskTableModel", "Today")
    elif local.date() == today + timedelta(days=1):
        when = QCoreApplication.translate("TaskTableModel", "Tomorrow")
    elif local.date() == today - timedelta(days=1):
        when = QCoreApplication.translate("TaskTableModel", "Yesterday")
    else:
        when = day(local.date())
    return when if (local.hour, local.minute) == END_OF_DAY else f"{when} {local:%H:%M}"


def priority_text(priority: int) -> str:
    text = PRIORITIES.get(priority)
    return QCoreApplication.translate("TaskTableModel", text) if text else str(priority)


class TaskTableModel(RowsTableModel):
    DONE, TITLE, PARTY, DUE, PRIORITY = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("TaskTableModel", "Done"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Task"),
        QT_TRANSLATE_NOOP("TaskTableModel", "For"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Due"),
        QT_TRANSLATE_NOOP("TaskTableModel", "Priority"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[TaskView] = []
        self._now = datetime.now(UTC).replace(tzinfo=None)

    def set_tasks(self, tasks: list[TaskView]) -> None:
        self.beginResetModel()
        self._rows = list(tasks)
        self._now = datetime.now(UTC).replace(tzinfo=None)
        self.endResetModel()

    def task(self, row: int) -> TaskView:
        return self._rows[row]

    def row_of(self, task_id: int) -> int:
        return next((row for row, t in enumerate(self._rows) if t.id == task_id), -1)

    def is_overdue(self, task: TaskView) -> bool:
        return not task.done and task.due_at is not None and task.due_at < self._now

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return task.id
        if column == self.DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                if task.done:
                    return QCoreApplication.translate("TaskTableModel", "Click to open the task again")
                return QCoreApplication.translate("TaskTableModel", "Click to mark it done")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE and task.notes:
            return task.notes
        if role == Qt.ItemDataRole.ForegroundRole and (task.done or self.is_overdue(task)):
            return QBrush(DONE_COLOR if task.done else OVERDUE_COLOR)
        if role == Qt.ItemDataRole.FontRole and (task.done or (column == self.PRIORITY and task.priority == 1)):
            font = QFont()
            font.setStrikeOut(task.done and column == self.TITLE)
            font.setBold(not task.done)
            return font
        return None

    def _text(self, task: TaskView, column: int) -> str:
        if column == self.TITLE:
            return task.title
        if column == self.PARTY:
            return task.party.name if task.party else ""
        if column == self.DUE:
            return due_text(task.due_at)
        return priority_text(task.priority)
