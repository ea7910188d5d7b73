"""The open tasks of the party shown: tick one to complete it, double-click to edit it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout, QWidget

from smallcrm.clock import to_local, utcnow
from smallcrm.services.timeline.tasks import complete_task
from smallcrm.services.views import TaskView
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.tables import open_on_enter
from ui.operations import write_op
from ui.parties.party_details import OVERDUE_COLOR, fit_rows, heading, mute, short_list
from ui.timeline.task_dialog import TaskDialog

TASK_ID = Qt.ItemDataRole.UserRole + 1


class OpenTasks(QWidget):
    write_failed = Signal(object)  # the page shows the error and reloads

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open: dict[int, TaskView] = {}
        self.title = heading(self.tr("Open tasks"))
        self.list = short_list()
        self.list.itemChanged.connect(self._ticked)
        self.list.itemDoubleClicked.connect(self._edit)
        open_on_enter(self.list)
        self.empty = mute(QLabel(self.tr("Nothing to do for now.")))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def show_tasks(self, tasks: tuple[TaskView, ...], shown_party_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        self._open = {t.id: t for t in tasks}
        now = utcnow()
        for task in tasks:
            text = self._text(task)
            if task.party is not None and task.party.id != shown_party_id:  # one of the company's people
                text = f"{text} · {task.party.name}"
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(TASK_ID, task.id)
            item.setToolTip(task.notes or task.title)
            if task.due_at is not None and task.due_at < now:
                item.setForeground(QColor(OVERDUE_COLOR))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.title.setText(self.tr("Open tasks (%1)").replace("%1", str(len(tasks))) if tasks
                           else self.tr("Open tasks"))
        self.empty.setVisible(not tasks)
        self.list.setVisible(bool(tasks))
        fit_rows(self.list, 5)

    def _text(self, task: TaskView) -> str:
        if task.due_at is None:
            return task.title
        due: datetime = to_local(task.due_at).replace(tzinfo=None)
        end_of_day = (due.hour, due.minute) == (23, 59)  # due "by the end of the day": the day says it all
        when = formatting.day(due.date()) if end_of_day else formatting.moment(due)
        return self.tr("%1 — due %2").replace("%1", task.title).replace("%2", when)

    def _ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() != Qt.CheckState.Checked:
            return
        task_id = item.data(TASK_ID)
        self.list.blockSignals(True)  # greyed out until the page reloads without it
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        self.list.blockSignals(False)
        write_op(self.ctx, lambda db: complete_task(db, task_id), parent=self, on_error=self.write_failed.emit)

    def _edit(self, item: QListWidgetItem) -> None:
        task = self._open.get(item.data(TASK_ID))
        if task is not None:
            TaskDialog.ask(self.ctx, task, self)
