"""A damaged database at start: the window says so in words, offers to restore the newest sound backup, or
opens the file read-only so that what still reads can be looked at and exported first (nothing is written to
it, not even a lock). Never a traceback, never a silent new file."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from smallcrm.errors import SmallCrmError
from smallcrm.services.admin.storage import newest_backup_taken, open_crm, open_crm_read_only, restore_newest
from ui.common.formatting import day

_log = logging.getLogger(__name__)


class DamagedChoice(StrEnum):
    RESTORE = "restore"
    READ_ONLY = "read-only"
    QUIT = "quit"


class DamagedDatabaseDialog(QMessageBox):
    def __init__(self, path: str, detail: str, backup: datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setIcon(QMessageBox.Icon.Critical)
        self.setText(self.tr("The database at %1 is damaged: some of what it holds cannot be read.")
                     .replace("%1", path))
        if backup is not None:
            taken = backup.replace(tzinfo=UTC).astimezone()  # stored in UTC, shown in the computer's time
            more = self.tr("Restore the newest sound backup, taken on %1? The damaged file is kept aside. Or open "
                           "it read-only to look at and export what still reads first. Erased persons stay "
                           "erased either way.").replace("%1", f"{day(taken.date())} {taken:%H:%M}")
        else:
            more = self.tr("There is no sound backup to restore. Open it read-only to look at and export what "
                           "still reads; nothing can be changed in it.")
        self.setInformativeText(more)
        _log.warning("damaged database %s: %s", path, detail)  # the technical line, for whoever helps
        self.restore = None
        if backup is not None:
            self.restore = self.addButton(self.tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        self.read_only = self.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore or self.read_only)

    @classmethod
    def ask(cls, path: str, detail: str, backup: datetime | None, parent: QWidget | None = None) -> DamagedChoice:
        """What the user chose (tests replace this)."""
        dialog = cls(path, detail, backup, parent)
        dialog.exec()
        clicked = dialog.clickedButton()
        if clicked is not None and clicked is dialog.restore:
            return DamagedChoice.RESTORE
        return DamagedChoice.READ_ONLY if clicked is dialog.read_only else DamagedChoice.QUIT


def open_damaged(location: str | None, path: Path, passphrase: str | None, error: SmallCrmError):
    """Ask what to do with the damaged database at ``path`` and do it: the database restored and opened, or
    opened read-only; None when the user quits."""
    try:
        backup = newest_backup_taken(location, passphrase)
    except SmallCrmError:  # a backup's key is not known here: offer what needs none
        backup = None
    choice = DamagedDatabaseDialog.ask(str(path), str(error), backup)
    if choice == DamagedChoice.QUIT:
        return None
    if choice == DamagedChoice.RESTORE:
        restore_newest(location, passphrase)
        return open_crm(location, passphrase)
    return open_crm_read_only(location, passphrase, str(error))
