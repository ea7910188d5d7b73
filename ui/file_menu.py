"""The File menu: New (person, company, quote, task), Import, Export, Back up now, Open another database, the
databases opened recently, Quit.

Another database opens in a new SmallCRM process on that file (``--db``), and this window closes: every page,
job and timer belongs to one database, and starting afresh is the one way that never mixes two. The files
opened are remembered, newest first, in the settings (``recent_databases``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from smallcrm.domain import PartyKind
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.operations import database_file

RECENT_KEY = "recent_databases"
RECENT_COUNT = 6


def recent_databases(settings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else list(value or [])
    return [p for p in paths if p]


def remember_database(settings, path: Path) -> list[str]:
    """Put ``path`` first among the recent databases; the list kept."""
    paths = [str(path)] + [p for p in recent_databases(settings) if p != str(path)]
    settings.setValue(RECENT_KEY, paths[:RECENT_COUNT])
    return paths[:RECENT_COUNT]


class Relaunch:
    """Start SmallCRM on another database file (tests replace ``start``)."""

    @classmethod
    def command(cls, path: str) -> tuple[str, list[str]]:
        if getattr(sys, "frozen", False):  # the bundle's own executable
            return sys.executable, ["--db", path]
        return sys.executable, ["-m", "ui.app", "--db", path]

    @classmethod
    def start(cls, path: str) -> bool:
        program, arguments = cls.command(path)
        return QProcess.startDetached(program, arguments)[0]

    @classmethod
    def ask_path(cls, parent: QWidget, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("FileMenu", "Open another database"), folder,
            QCoreApplication.translate("FileMenu", "SmallCRM databases (*.sqlite3 *.db);;All files (*)"))
        return path or None


class FileMenu:
    """Builds the menu on the main window and does what its entries say."""

    def __init__(self, window) -> None:
        self.window = window
        here = database_file(window.ctx)
        remember_database(window.ctx.settings, here)
        menu = window.menuBar().addMenu(QCoreApplication.translate("FileMenu", "&File"))
        new = menu.addMenu(QCoreApplication.translate("FileMenu", "&New"))
        self.new_person = new.addAction(QCoreApplication.translate("FileMenu", "&Person…"))
        self.new_company = new.addAction(QCoreApplication.translate("FileMenu", "&Company…"))
        self.new_quote = new.addAction(QCoreApplication.translate("FileMenu", "&Quote"))
        self.new_task = new.addAction(QCoreApplication.translate("FileMenu", "&Task…"))
        self.import_action = menu.addAction(QCoreApplication.translate("FileMenu", "&Import contacts…"))
        self.export_action = menu.addAction(QCoreApplication.translate("FileMenu", "&Export…"))
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.backup_action = menu.addAction(QCoreApplication.translate("FileMenu", "&Back up now"))
        menu.addSeparator()
        self.open_action = menu.addAction(QCoreApplication.translate("FileMenu", "&Open another database…"))
        self.recent = menu.addMenu(QCoreApplication.translate("FileMenu", "&Recent databases"))
        for path in recent_databases(window.ctx.settings):
            if path != str(here):
                self.recent.addAction(path).triggered.connect(lambda _checked=False, p=path: self.switch_to(p))
        self.recent.setEnabled(not self.recent.isEmpty())
        menu.addSeparator()
        self.quit_action = menu.addAction(QCoreApplication.translate("FileMenu", "&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action, name in ((self.new_person, Icon.NEW_PERSON), (self.new_company, Icon.NEW_COMPANY),
                             (self.new_quote, Icon.NEW_DOCUMENT), (self.new_task, Icon.NEW_TASK),
                             (self.import_action, Icon.IMPORT), (self.export_action, Icon.EXPORT),
                             (self.backup_action, Icon.BACKUP), (self.open_action, Icon.DATABASE),
                             (self.quit_action, Icon.QUIT)):
            set_icon(action, name)
        writes(new.menuAction(), self.import_action, self.backup_action)
        set_icon(new.menuAction(), Icon.NEW)
        set_icon(self.recent.menuAction(), Icon.RECENT)
        for action, slot in ((self.new_person, lambda: window.new_party(PartyKind.PERSON)),
                             (self.new_company, lambda: window.new_party(PartyKind.COMPANY)),
                             (self.new_quote, lambda: window.open_quote(None)), (self.new_task, self._new_task),
                             (self.import_action, self.import_contacts), (self.export_action, window.open_export),
                             (self.backup_action, self.backup_now), (self.open_action, self.open_another),
                             (self.quit_action, window.close)):
            action.triggered.connect(lambda _checked=False, slot=slot: slot())

    def _new_task(self) -> None:
        from ui.timeline.task_dialog import TaskDialog

        TaskDialog.ask(self.window.ctx, None, self.window)

    def import_contacts(self):
        self.window.show_section("contacts")
        return self.window.page("contacts").open_import()

    def backup_now(self) -> None:
        """Settings → Data and backups, with a backup being made (its progress and result are said there)."""
        page = self.window.show_section("settings")
        page.tabs.setCurrentWidget(page.data)
        page.data.backup_now()

    def open_another(self) -> None:
        path = Relaunch.ask_path(self.window, str(database_file(self.window.ctx).parent))
        if path:
            self.switch_to(path)

    def switch_to(self, path: str) -> None:
        """SmallCRM on ``path`` in a new process; this window closes once it started."""
        if Relaunch.start(path):
            remember_database(self.window.ctx.settings, Path(path))
            self.window.close()
