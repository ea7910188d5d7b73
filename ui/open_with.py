"""A file given to `smallcrm-desktop` ("Open with SmallCRM" on a .vcf): the contact import, with that file loaded.

The desktop file (packaging/linux) declares the vCard type and passes the file as the first argument; on macOS
Finder sends a FileOpen event to the running application instead, which :class:`FileOpenFilter` turns into
the same call. The import is not done behind the user's back: the import dialog opens on the file and shows
its preview, so that nothing is written until the user presses Import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

if TYPE_CHECKING:
    from ui.exchange.import_dialog import ImportDialog
    from ui.main_window import MainWindow


def import_file(window: MainWindow, path: str | Path) -> ImportDialog:
    """Show the contacts and open their import dialog on ``path`` (a vCard, CSV or Excel file)."""
    window.show_section("contacts")
    page = window.page("contacts")
    dialog = page.open_import()
    dialog.load(Path(path).expanduser().resolve())
    return dialog


class FileOpenFilter(QObject):
    """macOS: a file opened with SmallCRM from the Finder, also while it is already running."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            import_file(self._window, event.file())
            return True
        return super().eventFilter(watched, event)
