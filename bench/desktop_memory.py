"""``python -m bench.desktop_memory DB``: the desktop window on ``DB`` (offscreen, background jobs on their
threads as in the app): the time to the first page of contacts shown, then every contact listed and scrolled
through, then the process's peak resident memory, as one line of JSON.

Run in a process of its own, so that the figure is the window's and not the harness's.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time


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


def _wait(app, done, seconds: float = 120.0) -> None:
    """Let the window's event loop run (background jobs report through it) until ``done()``."""
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the contact list did not load")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def main(path: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smallcrm.db.connection import open_database
    from ui.common.bus import ChangeBus
    from ui.common.context import AppContext
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    imported, imported_cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory() as folder:  # QSettings saves by replacing its file: never os.devnull
        settings = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
        db = open_database(path)
        ctx = AppContext(db=db, bus=ChangeBus(), runner=JobRunner(db), settings=settings)
        window = MainWindow(ctx)  # opens on the contacts, as on a first start
        window.resize(1280, 800)
        window.show()
        view = window.page("contacts").table
        model = view.model()
        _wait(app, lambda: model.rowCount() > 0 and model.data(model.index(0, 0)) is not None)
        app.processEvents()  # painted
        shown, shown_cpu = time.perf_counter() - imported, time.process_time() - imported_cpu
        _wait(app, lambda: not model.is_loading)
        all_ids = time.perf_counter() - imported
        ctx.runner.wait()
        app.processEvents()
        rows = model.rowCount()
        bar = view.verticalScrollBar()  # scroll through everything, a screenful at a time, as a user would
        step = max(1, bar.pageStep())
        for value in range(0, bar.maximum() + step, step * 25):
            bar.setValue(value)
            app.processEvents()
        view.scrollToBottom()
        app.processEvents()
        peak_kb = peak_rss_kb()
        window.close()
        db.close()
    return {"rows": rows, "peak_mb": peak_kb / 1024, "shown_s": shown, "shown_cpu_s": shown_cpu, "all_ids_s": all_ids,
            "imports_s": imported - started}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
