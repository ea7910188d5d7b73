"""A database that was lost (its backups, its erasure ledger are still there): the window asks what to do
instead of making a new, empty one in its place (which the first start would then fill with demo data)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QMessageBox, QWidget


class LostChoice(StrEnum):
    RESTORE = "restore"
    ANEW = "anew"
    QUIT = "quit"


class LostDatabaseDialog(QMessageBox):
    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database is missing"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(self.tr("There is no database at %1, but there was one: its backups are still here.")
                     .replace("%1", path))
        self.setInformativeText(self.tr("Restore the newest sound backup, or start with an empty database? "
                                        "Erased persons stay erased either way."))
        self.restore = self.addButton(self.tr("Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        self.anew = self.addButton(self.tr("Start with an empty database"), QMessageBox.ButtonRole.DestructiveRole)
        self.quit = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore)

    @classmethod
    def ask(cls, path: str, parent: QWidget | None = None) -> LostChoice:
        """What the user chose (tests replace this)."""
        dialog = cls(path, parent)
        dialog.exec()
        clicked = dialog.clickedButton()
        if clicked is dialog.restore:
            return LostChoice.RESTORE
        return LostChoice.ANEW if clicked is dialog.anew else LostChoice.QUIT
