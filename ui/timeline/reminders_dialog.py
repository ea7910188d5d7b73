"""Today: tasks due or overdue, sent quotes nobody answered (plan a call back in one click) and quotes about to
expire. Shown at start when there is something, and from the status bar; each line opens what it is about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.clock import local_today, to_local
from smallcrm.domain import ReminderKind
from smallcrm.services.timeline.reminders import Reminders, count_quotes_to_follow_up, create_follow_up, reminders
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.tables import open_on_enter
from ui.operations import read_op, write_op

ROLE = Qt.ItemDataRole.UserRole  # ("task" | "unanswered" | "expiring", id, party id) or ("more", section key, None)
SHOWN = 100  # lines per group; the rest are on the group's page (one line says how many and opens it)


class RemindersDialog(QDialog):
    open_party = Signal(int)
    open_quote = Signal(int)
    open_section = Signal(str)  # a page of the window: "tasks", "quotes"

    def __init__(self, ctx: AppContext, found: Reminders, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Today"))
        self.resize(640, 460)
        self.tree = QTreeWidget(objectName="reminders")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.open_item(item))
        open_on_enter(self.tree)
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        self.follow_up_button = QPushButton(self.tr("Plan a call back"))
        self.follow_up_button.setToolTip(self.tr("Add a task due today: call the customer about this quote"))
        self.follow_up_button.clicked.connect(self.plan_call_back)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_item(self.tree.currentItem()))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.status = QLabel(wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.follow_up_button, self.open_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.show_reminders(found)

    def show_reminders(self, found: Reminders) -> None:
        self.tree.clear()
        today = local_today()
        self._group(self.tr("Tasks due today or overdue"), [
            (t.title + (f" · {t.party.name}" if t.party else ""), self._due_text(t.due_at, today),
             (ReminderKind.TASK, t.id, t.party.id if t.party else None),
             t.due_at is not None and to_local(t.due_at).date() < today) for t in found.due_tasks],
            self.tr("Nothing due today."), found.due_task_count, "tasks")
        self._group(self.tr("Quotes without an answer"), [
            (f"{q.number} · {q.party.name}", self.tr("sent %n day(s) ago", "", q.days),
             (ReminderKind.UNANSWERED, q.quote_id, q.party.id), False) for q in found.unanswered_quotes],
            self.tr("Every sent quote has had an answer or a call planned."), section="quotes")
        self._group(self.tr("Quotes about to expire"), [
            (f"{q.number} · {q.party.name} · {formatting.money(q.total, q.currency)}",
             self.tr("expires today") if q.days == 0 else self.tr("expires in %n day(s)", "", q.days),
             (ReminderKind.EXPIRING, q.quote_id, q.party.id), q.days <= 1) for q in found.expiring_quotes],
            self.tr("No quote expires soon."), section="quotes")
        self.tree.expandAll()
        self._selected()

    def _due_text(self, due_at, today: date) -> str:
        if due_at is None:
            return ""
        day = to_local(due_at).date()
        return self.tr("today") if day == today else self.tr("%n day(s) late", "", (today - day).days)

    def _group(self, title: str, rows: list[tuple[str, str, tuple, bool]], empty: str, total: int | None = None,
               section: str = "") -> None:
        total = len(rows) if total is None else total
        group = QTreeWidgetItem(self.tree, [f"{title} ({total})"])
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if not rows:
            item = QTreeWidgetItem(group, ["    " + empty])
            item.setForeground(0, QBrush(QColor("#78909c")))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for text, when, data, late in rows[:SHOWN]:
            item = QTreeWidgetItem(group, [f"    {text}  —  {when}" if when else f"    {text}"])
            item.setData(0, ROLE, data)
            if late:
                item.setForeground(0, QBrush(QColor("#b3261e")))
        hidden = total - min(len(rows), SHOWN)
        if hidden > 0:
            more = QTreeWidgetItem(group, ["    " + self.tr("… and %n more: open the list", "", hidden)])
            more.setData(0, ROLE, (None, section, None))  # no reminder: the row opens the whole section
            more.setForeground(0, QBrush(QColor("#1565c0")))

    def items(self, kind: ReminderKind | None) -> list[QTreeWidgetItem]:
        """The rows of the reminders of ``kind`` (None: the "… and N more" rows)."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            found += [group.child(i) for i in range(group.childCount())
                      if (group.child(i).data(0, ROLE) or ("",))[0] == kind]
        return found

    def _selected(self) -> None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        self.follow_up_button.setEnabled(bool(data) and data[0] == ReminderKind.UNANSWERED)
        self.open_button.setEnabled(bool(data))

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, ROLE) if item is not None else None
        if not data:
            return
        kind, ident, party_id = data
        if kind is None:
            self.open_section.emit(ident)
            self.accept()
        elif kind == ReminderKind.TASK and party_id:
            self.open_party.emit(party_id)
        elif kind in (ReminderKind.UNANSWERED, ReminderKind.EXPIRING):
            self.open_quote.emit(ident)

    def plan_call_back(self) -> None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        if not data or data[0] != ReminderKind.UNANSWERED:
            return
        number = item.text(0).strip().split(" · ")[0]
        title = QCoreApplication.translate("RemindersDialog", "Call back about quote %1").replace("%1", number)

        def body(db):
            _task, changes = create_follow_up(db, data[1], title)
            return reminders(), changes

        write_op(self.ctx, body, parent=self, on_done=self._planned,
                 on_error=lambda error: self.status.setText(message_for(error)))

    def _planned(self, found: Reminders) -> None:
        self.show_reminders(found)
        self.status.setText(self.tr("Call back planned for today."))


def show_reminders(window: QMainWindow, ctx: AppContext, only_if_any: bool = False) -> None:
    """Load today's reminders in the background and show them (at start: only when there is something)."""

    def shown(found: Reminders) -> None:
        if only_if_any and not len(found):
            return
        dialog = RemindersDialog(ctx, found, window)
        dialog.open_party.connect(window.show_party)
        dialog.open_quote.connect(window.open_quote)
        dialog.open_section.connect(window.show_section)
        dialog.open()
        window.reminders_dialog = dialog

    read_op(ctx, window, "reminders", reminders, shown)


class FollowUpStatus(QLabel):
    """ "3 quotes to follow up" in the status bar (unanswered or about to expire); a click shows them."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("follow-up-status")
        self.linkActivated.connect(lambda _link: show_reminders(window, ctx))
        ctx.bus.changed.connect(self._changed)
        self.update_count()

    def update_count(self) -> None:
        read_op(self.ctx, self, "count", count_quotes_to_follow_up, self._show, on_error=self._failed)

    def _show(self, count: int) -> None:
        text = self.tr("%n quote(s) to follow up", "", count)
        self.setText(f"<a href='reminders'>{text}</a>" if count else "")
        self.setVisible(bool(count))

    def _failed(self, error: Exception) -> None:
        """Said here, in the status bar, not in a box: the count is not what the user is doing."""
        self.setText(message_for(error))
        self.setVisible(True)

    def _changed(self, changes: Changes) -> None:
        if changes.quotes or changes.tasks or changes.communications:
            self.update_count()


def install_reminders(window: QMainWindow, ctx: AppContext) -> FollowUpStatus:
    """The status bar's link to today's reminders (the due-task count is the window's own)."""
    status = FollowUpStatus(ctx, window)
    window.statusBar().addWidget(status)
    return status
