"""A crash leaves a report beside the database, and the next start says so.

A segmentation fault ends the process before Python can say anything; faulthandler then writes every thread's
stack to a file opened beforehand. The file is ``<database>-crash.log``, opened empty at each start and removed
at a clean exit: one that is still there, not empty, at the next start is the report of a crash. It is moved
aside (``<database>-crash-<time>.log``, so that it is not overwritten by the next one) and shown to the user,
with where it is, to send along with a bug report.
"""

from __future__ import annotations

import faulthandler
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class CrashReport:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + "-crash.log")
        self._file: IO[str] | None = None

    def previous(self) -> tuple[Path, str] | None:
        """The report the last session's crash left (moved aside, and its text), or None when it ended well."""
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        if not text.strip():
            return None
        stamp = datetime.fromtimestamp(self.path.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.stem}-{stamp}.log")
        os.replace(self.path, kept)
        return kept, text

    def arm(self) -> None:
        """From now on a fatal error writes its report to the file (and no longer to the terminal)."""
        self._file = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 - open until disarm()
        os.chmod(self.path, 0o600)  # stacks may show what was being typed
        faulthandler.enable(self._file, all_threads=True)

    def disarm(self) -> None:
        """A clean exit: no report."""
        if self._file is None:
            return
        if sys.stderr is not None:  # back to the terminal, as before arm() (none in a windowed build)
            faulthandler.enable(sys.stderr, all_threads=True)
        else:
            faulthandler.disable()
        self._file.close()
        self._file = None
        if self.path.exists() and self.path.stat().st_size == 0:
            self.path.unlink()


def show_previous_crash(parent: QWidget, kept: Path, text: str) -> QMessageBox:
    """Say that the last session ended in a crash, where its report is, and what was kept (not modal)."""
    title = QCoreApplication.translate("CrashReport", "SmallCRM closed unexpectedly")
    text_ = QCoreApplication.translate(
        "CrashReport", "SmallCRM closed unexpectedly the last time. Nothing saved was lost; documents being edited "
        "are offered back if they were kept.\n\nA report was saved in %1: please send it with a description of "
        "what you were doing.").replace("%1", str(kept))
    box = QMessageBox(QMessageBox.Icon.Warning, title, text_, QMessageBox.StandardButton.Ok, parent)
    box.setDetailedText(text)
    box.setObjectName("previous-crash")
    box.open()
    return box
