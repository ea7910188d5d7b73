"""Cancel in the status bar's job bar stops a sync of team mode between two requests: what was sent stays sent,
the status bar says the sync was cancelled, and the next sync sends the rest until laptop and server agree."""

from __future__ import annotations

import pytest

from smallcrm.sync import client
from smallcrm.sync.state import read_state
from tests import factories
from tests.team_server import USERS


@pytest.mark.parametrize("language", ["en", "it"])
def test_cancel_stops_a_sync_half_way_and_the_next_sync_finishes_it(ctx, qtbot, slow_server, monkeypatch, language,
                                                                    request):
    from ui.common.i18n import install_translators
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    install_translators(request.getfixturevalue("qapp"), language)
    monkeypatch.setattr(client, "BATCH", 5)  # 40 new contacts: eight batches of the outbox, one request each
    client.sign_in(ctx.db, slow_server.url, "olga", USERS["olga"][1], "laptop")
    client.sync(ctx.db)
    for n in range(40):
        factories.person(ctx.db, "Mario", f"Rossi {n:02d}")
    synced_at, before = read_state(ctx.db.pw).last_sync_at, _waiting(ctx.db)
    ctx.runner = JobRunner(ctx.db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    status = window.sync_status
    qtbot.waitUntil(status.isVisible, timeout=30_000)

    slow_server.asked.clear()
    status.sync_button.click()
    qtbot.waitUntil(lambda: slow_server.asked.count("POST /ops") >= 2, timeout=30_000)
    window.jobs.cancel.click()
    qtbot.waitUntil(lambda: not status.busy, timeout=30_000)
    ctx.runner.wait()

    said = {"en": "Sync cancelled", "it": "Sincronizzazione annullata"}[language]
    assert window.statusBar().currentMessage() == said
    assert slow_server.asked.count("POST /ops") < 8  # it stopped before the end
    assert 0 < _waiting(ctx.db) <= before - 10  # the batches sent left the outbox; the rest waits
    state = read_state(ctx.db.pw)
    assert state.last_sync_at == synced_at and not state.last_error  # not a whole sync, and not an error

    qtbot.waitUntil(status.sync_button.isEnabled, timeout=10_000)
    status.sync_button.click()  # the next sync goes on from there
    assert status.busy
    qtbot.waitUntil(lambda: not status.busy, timeout=60_000)
    ctx.runner.wait()
    assert window.statusBar().currentMessage() != said
    assert _waiting(ctx.db) == 0
    assert client.sync(ctx.db).mismatched == []  # the server's counts and checksums are this laptop's


def _waiting(db) -> int:
    return db.pw.execute_sql("SELECT COUNT(*) FROM sync_outbox WHERE sent = 0").fetchone()[0]
