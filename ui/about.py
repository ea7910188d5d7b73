"""Help → About: which SmallCRM this is (its version, the one of `smallcrm --version`), where its data lives, and
the application icon that the window, the About box and the desktop's menus share.

The version is the one defined in ``smallcrm/__init__.py``; pyproject.toml, the packages and this box all read
it from there. The data folder and the database's file are shown because "where is my data?" is the question
a shop owner asks before a backup or a move to a new computer.
"""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smallcrm import __version__
from smallcrm.resources import icon_files

LICENSE = "GPL-3.0-or-later"


def app_icon() -> QIcon:
    """The SmallCRM icon at every size it ships in (16 ... 512 px): Qt picks the size each place needs."""
    icon = QIcon()
    for path in icon_files().values():
        icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    def __init__(self, database: str, backups: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SmallCRM"))
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel("<h2>SmallCRM</h2>")
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        summary = QLabel(self.tr("The offline CRM for small businesses: contacts, activities, quotes, invoices "
                                 "and payments, all in one file on this computer."))
        summary.setWordWrap(True)
        self.database = QLabel(self.tr("Database: %1").replace("%1", database))
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups = QLabel(self.tr("Backups: %1").replace("%1", backups))
        self.backups.setWordWrap(True)
        self.backups.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups.setVisible(bool(backups))
        details = QLabel(self.tr("License: %1. Python %2, Qt for Python %3, on %4.")
                         .replace("%1", LICENSE).replace("%2", platform.python_version())
                         .replace("%3", pyside_version).replace("%4", _system()))
        details.setWordWrap(True)
        details.setStyleSheet("color: palette(dark);")  # secondary, still legible
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)  # Qt has no Romanian
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        text = QVBoxLayout()
        for widget in (self.title, self.version, summary, self.database, self.backups, details):
            text.addWidget(widget)
        text.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addSpacing(12)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)


def _system() -> str:
    if sys.platform.startswith("linux"):
        return "Linux"
    return {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, sys.platform)


def show_about(database: str, parent: QWidget | None = None, backups: str = "") -> AboutDialog:
    """Open the About box without blocking (``open()``: window-modal, and tests need not answer it)."""
    dialog = AboutDialog(database, backups, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
