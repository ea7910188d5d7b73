"""Tasks: what is overdue, due today, coming up or done; a click on the box ticks a task off."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.services.timeline.activity import task_counts, tasks_in_view
from smallcrm.services.timeline.tasks import complete_task
from ui.common.context import AppContext
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.common.tables import list_table, remember_columns
from ui.operations import read_op, write_op
from ui.timeline.task_dialog import TaskDialog
from ui.timeline.task_table import TaskTableModel

SHOWN = 500


class TasksPage(QWidget):
    open_party = Signal(int)

    # (view key, button text); the counts are added to the text
    FILTERS = (
        ("open", QT_TRANSLATE_NOOP("TasksPage", "All open")),
        ("overdue", QT_TRANSLATE_NOOP("TasksPage", "Overdue")),
        ("today", QT_TRANSLATE_NOOP("TasksPage", "Due today")),
        ("upcoming", QT_TRANSLATE_NOOP("TasksPage", "Upcoming")),
        ("done", QT_TRANSLATE_NOOP("TasksPage", "Done")),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._view = "open"
        self.buttons: dict[str, QPushButton] = {}
        self.group = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for key, _ in self.FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setObjectName(f"filter-{key}")
            button.clicked.connect(lambda _=False, k=key: self.show_view(k))
            self.group.addButton(button)
            self.buttons[key] = button
            bar.addWidget(button)
        self.buttons["open"].setChecked(True)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New task"))
        set_icon(self.new_button, Icon.NEW_TASK)
        self.new_button.clicked.connect(self.new_task)
        writes(self.new_button)
        bar.addWidget(self.new_button)

        self.model = TaskTableModel(self)
        self.table = list_table(self.model, row_height=28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.DONE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TaskTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        remember_columns(self.table, ctx.settings, "tasks",
                         {TaskTableModel.PARTY: 240, TaskTableModel.DUE: 170, TaskTableModel.PRIORITY: 90})
        self.table.clicked.connect(self._clicked)
        self.table.doubleClicked.connect(self._double_clicked)
        self.count = QLabel()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.count)
        ctx.bus.changed.connect(self._changed)
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def show_view(self, view: str) -> None:
        self._view = view
        self.buttons[view].setChecked(True)
        self.reload()

    def reload(self) -> None:
        """Read the chosen list and the counts in the background (thousands of tasks at 100k contacts)."""
        view = self._view
        read_op(self._ctx, self, "tasks", lambda: (tasks_in_view(view, limit=SHOWN), task_counts()),
                lambda found: self._arrived(*found))

    def _arrived(self, tasks: list, counts: dict[str, int]) -> None:
        self.model.set_tasks(tasks)
        for key, text in self.FILTERS:
            label = self.tr(text)
            self.buttons[key].setText(f"{label} ({counts[key]})" if key in counts else label)
        if len(tasks) >= SHOWN:
            self.count.setText(self.tr("The first %1 tasks").replace("%1", str(SHOWN)))
        else:
            self.count.setText(self.tr("%n task(s)", "", len(tasks)))

    def _changed(self, changes: Changes) -> None:
        if changes.tasks or changes.parties:
            self.reload()

    # -- actions -------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == TaskTableModel.DONE:
            self.toggle_done(index.row())

    def toggle_done(self, row: int) -> None:
        task = self.model.task(row)
        write_op(self._ctx, lambda db: complete_task(db, task.id, done=not task.done), parent=self)

    def _double_clicked(self, index: QModelIndex) -> None:
        task = self.model.task(index.row())
        if index.column() == TaskTableModel.PARTY and task.party is not None:
            self.open_party.emit(task.party.id)
        elif index.column() != TaskTableModel.DONE:
            TaskDialog.ask(self._ctx, task, self)

    def new_task(self) -> None:
        TaskDialog.ask(self._ctx, None, self)
