"""Cycles are collected on the UI thread, never on a background job's worker (where collecting a widget made
PySide delete it in the middle of whatever the UI thread was doing: the monkey run's segmentation faults)."""

from __future__ import annotations

import threading
import weakref

from ui.common.collector import UiThreadCollector


class Node:
    """Half of a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.other: Node | None = None


def test_a_cycle_is_collected_on_the_ui_thread_however_much_a_worker_allocates(qapp, qtbot):
    collector = UiThreadCollector(interval_ms=20)
    freed_on: list[str] = []
    try:
        for _ in range(50):
            first, second = Node(), Node()
            first.other, second.other = second, first
            weakref.finalize(first, lambda: freed_on.append(threading.current_thread().name))
            del first, second

        built: list[list[dict]] = []

        def allocate() -> None:  # a job building many objects that stay alive, as an export does
            built.append([{} for _ in range(50_000)])

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert freed_on == []  # the worker's allocations collected nothing
        qtbot.waitUntil(lambda: len(freed_on) == 50, timeout=5_000)
        assert set(freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()
