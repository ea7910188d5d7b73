"""Edit or delete a logged communication from wherever it is listed (a party's timeline, the Activities page):
Edit… opens the log dialog filled in; Delete moves it to the trash at once and offers Undo in a bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from smallcrm.errors import SmallCrmError
from smallcrm.services.timeline.communications import get_communication, restore_communication, trash_communication
from smallcrm.services.views import CommunicationView
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.labels import label
from ui.common.undo_bar import UndoBar
from ui.operations import read_op, write_op
from ui.timeline.log_dialog import LogDialog


class CommunicationActions(QObject):
    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.undo_bar = UndoBar(page)

    def attach(self, view: QAbstractItemView, logged_id: Callable[[QModelIndex], int | None],
               extra: Callable[[QModelIndex], tuple] = lambda index: (), double_click: bool = True) -> None:
        """Double-click edits, the context menu offers Edit… and Delete, the Delete key deletes, on the rows of
        ``view`` that ``logged_id`` says are communications; ``extra`` gives more menu entries for a row; a
        view whose double-click means something else on some columns passes ``double_click=False``."""

        def edit(index: QModelIndex) -> None:
            if (found := logged_id(index)) is not None:
                self.edit(found)

        def delete() -> None:
            if (found := logged_id(view.currentIndex())) is not None:
                self.delete(found)

        def menu(pos: QPoint) -> None:
            index = view.indexAt(pos)
            if (found := logged_id(index)) is not None:
                self.show_menu(found, view.viewport().mapToGlobal(pos), extra(index))

        if double_click:
            view.doubleClicked.connect(edit)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(menu)
        QShortcut(QKeySequence.StandardKey.Delete, view, activated=delete, context=Qt.ShortcutContext.WidgetShortcut)

    def edit(self, communication_id: int) -> None:
        """Read it afresh (it may have changed since it was listed), then open the dialog."""
        read_op(self.ctx, self, "edit", lambda: get_communication(communication_id), self._open,
                on_error=self._failed)

    def _open(self, logged: CommunicationView) -> None:
        try:
            LogDialog.edit(self.ctx, logged, self.page)
        except SmallCrmError as error:  # its party went to the trash meanwhile
            self._failed(error)

    def delete(self, communication_id: int) -> None:
        def body(db):
            logged = get_communication(communication_id)
            return logged, trash_communication(db, communication_id)

        write_op(self.ctx, body, parent=self.page, on_done=self._deleted, on_error=self._failed)

    def _deleted(self, logged: CommunicationView) -> None:
        what = label(logged.kind)
        text = (self.tr("%1 “%2” moved to the trash.").replace("%2", logged.subject) if logged.subject
                else self.tr("%1 moved to the trash.")).replace("%1", what)
        self.undo_bar.offer(text, lambda: self.restore(logged.id))

    def restore(self, communication_id: int) -> None:
        write_op(self.ctx, lambda db: restore_communication(db, communication_id), parent=self.page,
                 on_error=self._failed)

    def menu(self, communication_id: int, extra: tuple = ()) -> QMenu:
        """Edit… and Delete for one communication; ``extra``: (text, slot) entries put first."""
        menu = QMenu(self.page)
        for text, slot in extra:
            menu.addAction(text, slot)
        if extra:
            menu.addSeparator()
        menu.addAction(self.tr("Edit…"), lambda: self.edit(communication_id))
        menu.addAction(self.tr("Delete"), lambda: self.delete(communication_id))
        return menu

    def show_menu(self, communication_id: int, at: QPoint, extra: tuple = ()) -> None:
        self.menu(communication_id, extra).exec(at)

    def _failed(self, error: Exception) -> None:
        show_error(self.page, error)
