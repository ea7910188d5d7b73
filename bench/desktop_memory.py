"""``python -m bench.desktop_memory DB``: the desktop window on ``DB`` (offscreen), every contact listed and
scrolled through, then the process's peak resident memory as one line of JSON.

Run in a process of its own, so that the figure is the window's and not the harness's.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_rss_kb() -> int:
    """This process's peak resident set. Not ru_maxrss on Linux: it keeps the parent's peak across the
    fork and exec that started us (the harness's own memory), while VmHWM is this program's alone."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(path: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTableView

    from smallcrm.db.connection import open_database
    from ui.bus import ChangeBus
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.tasks import SyncRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])
    imported = time.perf_counter()
    db = open_database(path)
    # a throw-away file: QSettings saves by replacing its file, which would turn /dev/null into a plain file
    settings = QSettings(str(Path(tempfile.mkdtemp(prefix="smallcrm-bench-")) / "settings.ini"),
                         QSettings.Format.IniFormat)
    ctx = AppContext(db=db, bus=ChangeBus(), runner=SyncRunner(db), settings=settings)
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    shown = time.perf_counter() - imported
    views = [v for v in window.findChildren(QTableView) if v.model() is not None]
    view = max(views, key=lambda v: v.model().rowCount(), default=None)
    rows = view.model().rowCount() if view else 0
    if view:  # scroll through everything, a screenful at a time, as a user dragging the scroll bar would
        bar = view.verticalScrollBar()
        step = max(1, bar.pageStep())
        for value in range(0, bar.maximum() + step, step * 25):
            bar.setValue(value)
            app.processEvents()
        view.scrollToBottom()
        app.processEvents()
    peak_kb = peak_rss_kb()
    window.close()
    db.close()
    return {"rows": rows, "peak_mb": peak_kb / 1024, "shown_s": shown, "imports_s": imported - started}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
