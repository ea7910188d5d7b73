"""The Activities page: every party's communications, newest first, paged as the view scrolls."""

from __future__ import annotations

from datetime import datetime

from smallcrm.services.timeline.activity import recent_communications
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication
from tests import factories
from ui.timeline.activities_page import ActivitiesPage
from ui.timeline.activity_table import PAGE, ActivityTableModel


def test_model_pages_on_demand_and_passes_the_model_tester(ctx, demo_db, qtmodeltester):
    total = len(recent_communications(limit=10_000))
    assert total > PAGE
    model = ActivityTableModel(ctx)
    model.refresh()
    assert model.rowCount() == PAGE and model.canFetchMore()
    newest = [model.communication(r).occurred_at for r in range(model.rowCount())]
    assert newest == sorted(newest, reverse=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert len({model.communication(r).id for r in range(total)}) == total  # no row twice across pages
    qtmodeltester.check(model)


def test_channel_filter_double_click_and_new_entries(ctx, qtbot):
    rossi = factories.person(ctx.db, "Mario", "Rossi")
    acme = factories.company(ctx.db, "Acme S.r.l.")
    for n, (party, kind) in enumerate(((rossi, "call"), (acme, "email"), (rossi, "note"))):
        factories.communication(ctx.db, party.id, f"subject {n}", kind, occurred_at=datetime(2026, 3, 1 + n, 10, 0),
                                duration_minutes=5)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    model = page.model
    assert [model.index(r, model.SUBJECT).data() for r in range(3)] == ["subject 2", "subject 1", "subject 0"]
    assert model.index(1, model.PARTY).data() == "Acme S.r.l."
    assert model.index(1, model.CHANNEL).data() == "E-mail"
    assert model.index(2, model.DIRECTION).data() == "Outgoing"
    assert model.index(2, model.DURATION).data() == "5 min"
    assert "3" in page.status.text()

    page.channel.setCurrentIndex(page.channel.findData("call"))
    assert model.rowCount() == 1 and model.index(0, model.SUBJECT).data() == "subject 0"
    with qtbot.waitSignal(page.open_party) as opened:
        page.table.doubleClicked.emit(model.index(0, model.PARTY))
    assert opened.args == [rossi.id]

    _, changes = log_communication(ctx.db, CommunicationDraft(acme.id, kind="call", subject="just now"))
    ctx.bus.publish(changes)
    assert model.rowCount() == 2 and model.index(0, model.SUBJECT).data() == "just now"
