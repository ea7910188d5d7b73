"""The main window: a sidebar of sections, the section on the right, background work in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from smallcrm.changes import Changes
from smallcrm.domain import PartyKind
from smallcrm.services.admin.maintenance import backup_if_due, backups_folder
from smallcrm.services.timeline.tasks import count_due_tasks
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.icons import Icon, icon, set_icon
from ui.common.job_progress import JobProgress
from ui.common.read_only_guard import hold_writers, release_writers
from ui.common.read_only_notice import ReadOnlyNotice
from ui.einvoicing.receipts_fetcher import install_receipts_fetcher
from ui.empty_states import install_empty_state
from ui.mail.fetcher import install_mail_fetcher
from ui.mail.sender import install_outbox
from ui.operations import backup_problem, database_file, opened_read_only, read_only_because_damaged, read_op
from ui.page_keys import ShortcutsDialog, install_page_keys
from ui.pages import PAGES, PageSpec
from ui.parties.global_search import install_global_search
from ui.sync.status import install_sync_status
from ui.timeline.reminders_dialog import install_reminders

SIDEBAR_TEXT = "#dfe8f1"  # the sidebar is dark blue in both schemes: its icons are drawn in its text's colour
SIDEBAR_STYLE = """
QListWidget#sidebar { background: #1f3b57; color: #dfe8f1; border: none; padding-top: 10px; font-size: 14px;
                      outline: 0; }
QListWidget#sidebar::item { padding: 9px 16px; border-left: 3px solid transparent; }
QListWidget#sidebar::item:hover { background: #2a4c6e; }
QListWidget#sidebar::item:selected { background: #2f5a84; color: white; border-left: 3px solid #7fc1ff; }
"""


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._set_title()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._specs: list[PageSpec] = list(PAGES)
        for spec in self._specs:
            QListWidgetItem(icon(spec.icon, SIDEBAR_TEXT), QCoreApplication.translate("pages", spec.title),
                            self.sidebar)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.jobs = JobProgress()
        self.due_label = QLabel()
        self.statusBar().addPermanentWidget(self.jobs)
        self.statusBar().addWidget(self.due_label)
        ctx.runner.started.connect(self.jobs.track)
        ctx.bus.changed.connect(self._changed)
        ctx.bus.replaced.connect(self._database_replaced)
        self.sidebar.currentRowChanged.connect(self._show_row)

        for row in range(min(9, len(self._specs))):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.sidebar.setCurrentRow(r))
        self.global_search = install_global_search(self, ctx)  # Ctrl+K
        install_page_keys(self)  # Ctrl+N, Ctrl+F
        self._build_menu()
        self.outbox = self.mail_fetcher = self.receipts_fetcher = self.read_only_notice = None
        if opened_read_only(ctx):  # a damaged file: nothing may write (a mail sent, then not recorded as sent)
            self.read_only_notice = ReadOnlyNotice(self.show_backups, read_only_because_damaged(ctx))
            self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.read_only_notice)
        else:
            self._start_mail()
        self.follow_ups = install_reminders(self, ctx)
        self.sync_status = None if opened_read_only(ctx) else install_sync_status(self, ctx)  # team mode only
        self._restore()
        self.update_due()
        problem = backup_problem(ctx)
        if problem is not None:  # the database opened, but today's automatic backup could not be written
            self._backup_failed(problem)

    def _set_title(self) -> None:
        title = self.tr("SmallCRM — %1").replace("%1", str(database_file(self.ctx).name))
        self.setWindowTitle(title + " " + self.tr("(read-only)") if opened_read_only(self.ctx) else title)

    def _start_mail(self) -> None:
        self.outbox = install_outbox(self, self.ctx)  # sends waiting mails in the background
        self.mail_fetcher = install_mail_fetcher(self, self.ctx)  # new mail every few minutes, if an account is set
        self.receipts_fetcher = install_receipts_fetcher(self, self.ctx)  # the SdI's answers, while some are due

    def _stop_background(self) -> None:
        """The timers that read the database stop with the window (the database closes after it)."""
        for timed in (self.mail_fetcher, self.receipts_fetcher):
            if timed is not None:
                timed.stop()
        if self.outbox is not None:
            self.outbox.timer.stop()
        if self.sync_status is not None:
            self.sync_status.timer.stop()

    def show_mail_settings(self) -> None:
        """Settings → Mail (the outgoing server the outbox sends through)."""
        page = self.show_section("settings")
        page.tabs.setCurrentWidget(page.mail)

    def show_backups(self) -> None:
        """Settings → Data and backups (where a backup is restored)."""
        page = self.show_section("settings")
        page.tabs.setCurrentWidget(page.data)

    def start_daily_backup(self) -> None:
        """Today's verified backup, in the background (at 100k contacts the check of the copy takes ~30 s)."""
        read_op(self.ctx, self, "daily-backup", lambda db: backup_if_due(db), lambda _made: None,
                on_error=self._backup_failed, title=self.tr("Daily backup"))  # a copy of the file: not a write

    def _backup_failed(self, problem: Exception) -> None:
        self.statusBar().showMessage(self.tr("Today's automatic backup failed: %1").replace("%1", str(problem)))

    def _build_menu(self) -> None:
        from ui.file_menu import FileMenu

        self.file_menu = FileMenu(self)  # New, Import, Export, Back up now, Open another database, Recent, Quit
        self.export_action = self.file_menu.export_action
        if opened_read_only(self.ctx):
            hold_writers(self.menuBar())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))  # Help → About: the version (packaging)
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        set_icon(self.shortcuts_action, Icon.KEYBOARD)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = help_menu.addAction(self.tr("&About SmallCRM"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: in the application menu
        set_icon(self.about_action, Icon.ABOUT)
        self.about_action.triggered.connect(self.open_about)

    def show_shortcuts(self) -> QWidget:
        """Help → Keyboard shortcuts (not modal: it may stay open beside the window)."""
        dialog = self.findChild(ShortcutsDialog) or ShortcutsDialog(self)
        dialog.show()
        dialog.raise_()
        return dialog

    def open_about(self) -> QWidget:
        """Help → About: the version, the licence, where the database and its backups are, Python and Qt."""
        from ui.about import show_about

        database = database_file(self.ctx)
        return show_about(str(database), self, str(backups_folder(database)))

    def open_export(self, kind: str | None = None):
        """The export dialog (File → Export…), showing ``kind`` (an export of smallcrm.services.exchange.exports)."""
        from ui.exchange.export_dialog import show_export_dialog

        return show_export_dialog(self.ctx, self, kind)

    # -- navigation ----------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page of a section, built the first time it is shown."""
        if key not in self._pages:
            spec = next(s for s in self._specs if s.key == key)
            widget = spec.factory(self.ctx, self)
            widget.setObjectName(f"page-{key}")
            widget.empty_state = install_empty_state(self, key, widget)
            if opened_read_only(self.ctx):  # nothing may write: its buttons say so by being disabled
                hold_writers(widget)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_section(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return self._pages[key]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._specs):
            self.stack.setCurrentWidget(self.page(self._specs[row].key))

    def show_party(self, party_id: int) -> None:
        """Open the 360° view of a person or a company."""
        from ui.parties.party_page import PartyPage

        page = self._pages.get("party")
        if page is None:
            page = PartyPage(self.ctx, self)
            page.new_quote.connect(self.new_quote_for)
            page.record_payment.connect(self.record_payment_for)
            if opened_read_only(self.ctx):
                hold_writers(page)
            self._pages["party"] = page
            self.stack.addWidget(page)
        page.show_party(party_id)
        self.sidebar.clearSelection()
        self.stack.setCurrentWidget(page)

    def open_quote(self, quote_id: int | None) -> None:
        """Open a quote in its editor (a new one with ``None``)."""
        from ui.sales.quote_editor import open_quote_editor

        open_quote_editor(self.ctx, quote_id, self)

    def new_quote_for(self, party_id: int) -> QWidget:
        """A contact's or company's page → New quote: the editor, with them as the customer."""
        from ui.sales.party_actions import new_quote_for

        page = self._pages["party"]
        name = page.party.name if page.party is not None and page.party.id == party_id else ""
        return new_quote_for(self.ctx, party_id, name, self)

    def record_payment_for(self, party_id: int) -> None:
        """A contact's or company's page → Record payment: against their open invoice (chosen if several)."""
        from ui.sales.party_actions import PaymentForParty

        PaymentForParty.start(self.ctx, party_id, self)

    def open_invoice(self, invoice_id: int) -> None:
        from ui.sales.open_invoices import open_invoice

        open_invoice(self.ctx, invoice_id, self)

    def new_party(self, kind: PartyKind | str) -> None:
        from ui.parties.party_form import PartyForm

        saved = PartyForm.create(self.ctx, PartyKind(kind), self)  # a signal's argument arrives as plain text
        if saved is not None:
            self.show_party(saved)

    # -- status --------------------------------------------------------------------------------
    def update_due(self) -> None:
        """The status bar's count of tasks due, counted in the background (every open task is looked at: it
        must not hold up the window)."""
        read_op(self.ctx, self, "due", count_due_tasks, self._show_due,
                on_error=lambda error: self.statusBar().showMessage(message_for(error)))

    def _show_due(self, count: int) -> None:
        self.due_label.setText(self.tr("%n task(s) due today or overdue", "", count) if count else
                               self.tr("Nothing due today"))

    def _database_replaced(self) -> None:
        """A backup was restored into the open database: every page but the one on screen (which reloads
        itself) is built afresh from the restored data when next shown."""
        current = self.stack.currentWidget()
        for key, page in list(self._pages.items()):
            if page is not current:
                self.stack.removeWidget(page)
                page.deleteLater()
                del self._pages[key]
        self.update_due()
        if self.read_only_notice is not None and not opened_read_only(self.ctx):  # restored over the damaged file
            release_writers(self)
            self.removeToolBar(self.read_only_notice)
            self.read_only_notice.deleteLater()
            self.read_only_notice = None
            self._set_title()
            self._start_mail()

    def _changed(self, changes: Changes) -> None:
        if changes.tasks:
            self.update_due()

    # -- geometry ------------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = self.ctx.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self.sidebar.setCurrentRow(int(settings.value("window/section", 0)))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = self.ctx.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/section", max(self.sidebar.currentRow(), 0))
        self._stop_background()
        self.ctx.runner.wait(5000)
        super().closeEvent(event)
