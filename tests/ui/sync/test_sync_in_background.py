"""The window stays responsive while a sync runs (issue 20): Sync now and the five-minute timer run the sync as a
background job on the real job runner (threads, as the app runs), so while a slow server makes the sync last
seconds the event loop keeps serving (a timer ticks, a click on the sidebar changes the section) and the status
bar's job bar shows the sync's progress, table by table of the snapshot."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer

from smallcrm.sync import client
from tests import factories
from tests.team_server import USERS
from tests.ui.sync.conftest import DELAY


@pytest.mark.parametrize("start", ["Sync now", "the timer"])
def test_the_window_answers_while_a_sync_runs_and_shows_its_progress(ctx, qtbot, slow_server, start, english):
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    factories.person(ctx.db, "Mario", "Rossi")
    client.sign_in(ctx.db, slow_server.url, "olga", USERS["olga"][1], "laptop")
    ctx.runner = JobRunner(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    status = window.sync_status
    qtbot.waitUntil(lambda: status.isVisible() and status.timer.isActive(), timeout=30_000)

    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(20)
    progress: list[tuple[int, int]] = []
    window.jobs.bar.valueChanged.connect(lambda value: progress.append((value, window.jobs.bar.maximum())))

    started = time.monotonic()
    if start == "Sync now":
        status.sync_button.click()
    else:
        status.timer.timeout.emit()  # five minutes have passed
    assert status.busy and not status.sync_button.isEnabled()  # the click returned at once: the sync runs on
    assert window.jobs.isVisible()  # the status bar's job area shows it
    qtbot.waitUntil(lambda: len(ticks) > 5, timeout=10_000)
    contacts_row = next(i for i, s in enumerate(window._specs) if s.key != window._specs[0].key)
    item = window.sidebar.visualItemRect(window.sidebar.item(contacts_row))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(item.center()))
    assert window.sidebar.currentRow() == contacts_row and status.busy  # a click answered while it syncs
    qtbot.waitUntil(lambda: not status.busy, timeout=120_000)
    took = time.monotonic() - started
    ticker.stop()

    qtbot.waitUntil(lambda: status.label.text().startswith("Synced at"), timeout=30_000)
    assert ctx.db.pw.execute_sql("SELECT COUNT(*) FROM sync_outbox WHERE sent = 0").fetchone()[0] == 0
    assert took > 10 * DELAY  # the slow server made it last: what follows means something
    during = [t for t in ticks if t <= started + took]
    gaps = [b - a for a, b in zip([started, *during], during, strict=False)]
    assert max(gaps) < took / 3, (max(gaps), took)  # on the window's thread it would be one gap as long as the sync
    assert len(during) >= took / 0.020 / 10  # a tenth of its rate at least, on a busy shared machine
    assert progress and max(v for v, _ in progress) > 0 and all(m > 1 for _, m in progress)  # table by table
    ctx.runner.wait()
