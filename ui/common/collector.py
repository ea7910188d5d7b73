"""Python's cycle collector runs on the UI thread only, at a quiet moment.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is crossed: often a
background job's worker. A widget in a reference cycle (a closed dialog and the slots that refer to it) was then
collected on the worker; PySide defers the deletion of its Qt object to the UI thread's next Python call, which
may be in the middle of painting a table or of filtering an event: the segmentation faults the monkey run
(dev/monkey.py) found. So the automatic collector is switched off, and a timer on the UI thread collects when
the same thresholds are crossed (what Anki does for the same reason). Reference counting still frees everything
else at once; only cycles wait for the next tick.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class UiThreadCollector(QObject):
    """Owns the timer; the collector stays switched off while it lives (``stop`` gives it back)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed, as the automatic collector would; the
        number of objects found unreachable."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0

    def stop(self) -> None:
        self.timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_on_ui_thread(app: QObject) -> UiThreadCollector:
    """Switch the automatic collector off for the application's life, collecting on its UI thread instead."""
    return UiThreadCollector(app)
