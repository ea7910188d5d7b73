"""`smallcrm-desktop --smoke`: open the main window on a temporary database, wait until it is shown, exit.

For the bundle's test and for packagers: it proves that the installed program starts all the way to its
window (Qt's platform plugin loads, the imports a frozen build might have missed are there, the translation of
the user's language is shipped) without touching the user's data or settings: the database, the settings and
the log all live in a temporary folder that is removed at the end. It prints one line with the time the
window took, which is what `make bundle-test` holds under its limit.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSettings, QTimer

if TYPE_CHECKING:
    from ui.main_window import MainWindow

EXIT_NOT_SHOWN = 1
TIMEOUT_S = 30.0  # a cold start of a bundle on a slow disk takes a few seconds; this is "it never came"
POLL_MS = 10


def process_age() -> float:
    """Seconds since this process started (read from /proc on Linux; 0 elsewhere).

    The time to the window counts from the process's start, not from ``main()``: most of it is the Python
    start and the imports (in a bundle, also the bootloader's), which happen before ``main()`` is reached.
    """
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return max(0.0, uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))  # field 22: the start, in ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


class Smoke:
    """The temporary home of one smoke run: its database, settings and the clock since the process started."""

    def __init__(self) -> None:
        self.started = time.perf_counter() - process_age()
        self.folder = Path(tempfile.mkdtemp(prefix="smallcrm-smoke-"))
        self.database = str(self.folder / "smoke.sqlite3")

    def settings(self) -> QSettings:
        """Settings of its own, so that a smoke run neither reads nor writes the user's."""
        return QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)

    def run(self, window: MainWindow, language: str, translated: bool) -> int:
        """Wait until ``window`` is exposed on screen (0) or the time runs out (1), in an event loop of its own.

        A loop of its own, not the application's: once ``QApplication.exec()`` has returned, Qt counts the
        application as closing (windows no longer activate), which the tests that run this would inherit.
        """
        loop = QEventLoop()
        shown = []

        def look() -> None:
            handle = window.windowHandle()
            if handle is not None and handle.isExposed():
                shown.append(True)
                loop.quit()
            elif time.perf_counter() - self.started > TIMEOUT_S:
                loop.quit()

        timer = QTimer(interval=POLL_MS, timeout=look)
        timer.start()
        loop.exec()
        timer.stop()
        elapsed = time.perf_counter() - self.started
        if not shown:
            print(f"smallcrm-desktop --smoke: the window was not shown within {TIMEOUT_S:.0f} s", file=sys.stderr)
            return EXIT_NOT_SHOWN
        if not translated:
            print(f"smallcrm-desktop --smoke: the {language} translation is missing from this installation",
                  file=sys.stderr)
            return EXIT_NOT_SHOWN
        print(f"smallcrm-desktop --smoke: window shown after {elapsed:.2f} s (language: {language}, "
              f"first section: {window.sidebar.item(0).text()})", flush=True)
        return 0

    def clean(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
