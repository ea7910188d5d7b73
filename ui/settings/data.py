"""Settings → Data and backups: where the database lives, backups made now or listed, a check, and restoring
one (after a confirmation; the window waits for its other work, the file is replaced and opened again)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.services.admin.maintenance import (
    check_database,
    is_encrypted_backup,
    list_backups,
    make_backup,
    restore_into_open_database,
)
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.formatting import day
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.operations import database_file, read_op, write_op
from ui.timeline.task_table import local_time


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


class DataSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.db_path = Path(database_file(ctx))
        self.location = QLineEdit(str(self.db_path))
        self.location.setReadOnly(True)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.clicked.connect(lambda: self.open_folder(self.db_path.parent))
        where = QGroupBox(self.tr("Database"))
        where_layout = QVBoxLayout(where)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.open_button)
        where_layout.addLayout(row)
        note = QLabel(self.tr("All your data is in this one file. To use another file, start SmallCRM with "
                              "--db PATH or set SMALLCRM_DB."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")
        where_layout.addWidget(note)

        self.backup_button = QPushButton(self.tr("Make a backup now"))
        writes(self.backup_button)
        set_icon(self.backup_button, Icon.BACKUP)
        self.backup_button.clicked.connect(self.backup_now)
        self.check_button = QPushButton(self.tr("Check the database"))
        set_icon(self.check_button, Icon.CHECK)
        self.check_button.clicked.connect(self.check_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        set_icon(self.restore_button, Icon.RESTORE)
        self.restore_button.clicked.connect(self.restore_selected)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"), self.tr("Verified"),
                                              self.tr("Encrypted"), self.tr("File")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        backups = QGroupBox(self.tr("Backups"))
        backup_layout = QVBoxLayout(backups)
        buttons = QHBoxLayout()
        for widget in (self.backup_button, self.check_button, self.progress):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        backup_layout.addLayout(buttons)
        backup_layout.addWidget(self.status)
        backup_layout.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(backups, 1)
        self.load_backups()

    def load_backups(self) -> None:
        found = list_backups(self.db_path)
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            taken = local_time(info.taken_at)
            reason = self._reason(info.reason)
            # a backup gets its name only after passing its check: every one listed was verified when taken
            cells = (f"{day(taken.date())} {taken:%H:%M}", reason, size_text(info.size), self.tr("Yes"),
                     self.tr("Yes") if is_encrypted_backup(info) else self.tr("No"), info.path.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setToolTip(self.tr("Checked when it was taken, and checked in full again before a "
                                            "restore"))
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if found:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(found))

    def _reason(self, reason: str) -> str:
        if reason == "manual":
            return self.tr("Made by hand")
        if reason == "before-restore":
            return self.tr("Before a restore")
        if reason.startswith("before-migration"):
            return self.tr("Before an upgrade")
        if reason == "daily":
            return self.tr("Daily")
        return reason

    # -- actions -------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.table.rowCount() > 0)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    def backup_now(self) -> None:
        def body(db, control):
            control.report(0, 1, "")
            info = make_backup(db)
            control.report(1, 1, "")
            return info

        self._busy(True)
        self.status.setText(self.tr("Making a backup…"))
        write_op(self._ctx, body, parent=self, on_done=self._backed_up, on_error=self._failed,
                 title=self.tr("Backing up the database"), on_progress=self._progress,
                 on_cancel=lambda: self._busy(False))

    def _progress(self, done: int, total: int, _what: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _backed_up(self, info) -> None:
        self._busy(False)
        self.status.setText(self.tr("Backup written: %1 (%2)").replace("%1", info.path.name)
                            .replace("%2", size_text(info.size)))
        self.load_backups()

    def _failed(self, error: Exception) -> None:
        self.window().setEnabled(True)
        self._busy(False)
        self.status.setText(message_for(error))

    def check_now(self) -> None:
        path = self.db_path
        self._busy(True)
        self.status.setText(self.tr("Checking…"))
        read_op(self._ctx, self, "check", lambda: check_database(path), self._checked, on_error=self._failed,
                title=self.tr("Checking the database"))

    def _checked(self, problems: list[str]) -> None:
        self._busy(False)
        if problems:
            self.status.setText(self.tr("Problems found: %1").replace("%1", "; ".join(problems[:5])))
        else:
            self.status.setText(self.tr("The database is sound."))

    def selected_backup(self) -> Path | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        row = self.table.currentRow()
        taken = self.table.item(row, 0).text()
        text = self.tr("Replace the whole database with the backup of %1?\n\nThe backup is checked first; the "
                       "data it replaces is kept as a backup too (\"Before a restore\").").replace("%1", taken)
        if not self.confirm_restore(self, text):
            return
        self._busy(True)
        self.window().setEnabled(False)  # no click may reach the database while its file is replaced
        self.status.setText(self.tr("Restoring…"))
        write_op(self._ctx, lambda db: restore_into_open_database(db, backup), parent=self, replaces_file=True,
                 on_done=lambda saved: self._restored(taken, saved), on_error=self._failed,
                 title=self.tr("Restoring a backup"))

    def _restored(self, taken: str, saved: Path | None) -> None:
        self.window().setEnabled(True)
        self._busy(False)
        text = self.tr("Restored the backup of %1.").replace("%1", taken)
        if saved is not None:
            text += " " + self.tr("The data it replaced is kept in %1.").replace("%1", Path(saved).name)
        self.status.setText(text)
        self.load_backups()
        self._ctx.bus.replaced.emit()

    @classmethod
    def confirm_restore(cls, parent: QWidget, text: str) -> bool:
        """Ask before replacing the database (tests replace this)."""
        title = QCoreApplication.translate("DataSettings", "Restore a backup")
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def open_folder(cls, folder: Path) -> None:
        """Show the folder in the file manager (tests replace this)."""
        if os.path.isdir(folder):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
