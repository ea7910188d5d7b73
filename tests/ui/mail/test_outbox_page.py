"""The outbox in the window: waiting mails listed with their problem, sent when the server answers, retried,
deleted; a mail that may have gone is sent again only when the user says so."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from smallcrm.clock import utcnow
from smallcrm.services.mail import outbox
from smallcrm.services.mail.outgoing import queue_document_mail
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.timeline.communications import list_communications
from tests import factories
from tests.smtp_test_server import configure, free_port
from ui.mail.outbox_page import OutboxPage


@pytest.fixture
def queued(ctx):
    party = factories.company(ctx.db, "Verdi S.p.A.", emails=["acquisti@verdi.example"])
    quote = factories.draft_quote(ctx.db, party.id, [LineDraft("Lavoro", 1, "100", 0, "22")],
                                  issue_date=date(2026, 11, 2))

    def make(subject: str = "Preventivo"):
        outbox_id, changes = queue_document_mail(ctx.db, "quote", quote.id, "acquisti@verdi.example", subject, "Testo")
        ctx.bus.publish(changes)
        return outbox_id

    make.party_id = party.id
    return make


def _page(ctx, qtbot, qtmodeltester) -> OutboxPage:
    page = OutboxPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    qtmodeltester.check(page.model)
    return page


def test_an_offline_mail_waits_with_its_problem_and_goes_when_the_server_answers(ctx, qtbot, qtmodeltester, queued,
                                                                                  smtp_server):
    port = free_port()
    configure(ctx.db, None, port=port)
    queued("Offerta lavori")
    page = _page(ctx, qtbot, qtmodeltester)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == "Waiting" and page.model.index(0, 3).data() == "Offerta lavori"
    assert page.model.index(0, 5).data() == "1"
    assert page.model.index(0, 6).data().startswith("Nothing answers at the mail server's address")
    assert page.status.text() == page.model.index(0, 6).data()

    server = smtp_server(port=port)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)  # skips the pause after the failure
    assert len(server.messages) == 1 and page.status.text() == "1 mail(s) sent"
    assert page.model.rowCount() == 0
    page.show_sent.setChecked(True)
    assert page.model.index(0, 0).data() == "Sent"


def test_a_maybe_sent_mail_is_confirmed_or_sent_again_only_when_asked(ctx, qtbot, qtmodeltester, queued, smtp_server,
                                                                      monkeypatch):
    server = smtp_server()
    configure(ctx.db, server)
    first, second = queued("Primo"), queued("Secondo")
    for outbox_id in (first, second):  # as a crash after the send leaves them
        row = outbox._claim(ctx.db, outbox_id, utcnow() - timedelta(hours=1))
        assert row is not None
    ctx.bus.publish(outbox._settle_stale(ctx.db, utcnow()))
    page = _page(ctx, qtbot, qtmodeltester)
    assert [page.model.index(r, 0).data() for r in range(2)] == ["Maybe sent", "Maybe sent"]

    page.table.selectRow([page.model.row(r).id for r in range(2)].index(first))
    assert page.confirm_button.isEnabled() and "Sent folder" in page.detail.text()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert server.messages == [] and len(list_communications(queued.party_id)) == 1

    asked = []
    monkeypatch.setattr(OutboxPage, "ask", classmethod(lambda cls, parent, title, text: asked.append(text) or False))
    page.table.selectRow(0)
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert asked and server.messages == []  # the user said no
    monkeypatch.setattr(OutboxPage, "ask", classmethod(lambda cls, parent, title, text: True))
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    assert len(server.messages) == 1 and page.model.rowCount() == 0


def test_delete_takes_a_mail_out_of_the_outbox(ctx, qtbot, qtmodeltester, queued, monkeypatch):
    configure(ctx.db, None)
    queued("Da non mandare")
    page = _page(ctx, qtbot, qtmodeltester)
    monkeypatch.setattr(OutboxPage, "ask", classmethod(lambda cls, parent, title, text: True))
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and outbox.list_outbox() == []


def test_the_window_counts_waiting_mails_and_opens_the_outbox(window, ctx, queued):
    assert window.outbox_status.isHidden()
    configure(ctx.db, None)
    queued()
    assert window.outbox_status.text().startswith("<a href='outbox'>1 mail(s) in the outbox")
    window.outbox_status.linkActivated.emit("outbox")
    assert window.stack.currentWidget().objectName() == "page-outbox"
    assert window.outbox.timer.isActive()


def test_the_timer_sends_a_waiting_mail_once_the_server_answers_again(window, ctx, queued, smtp_server):
    from smallcrm.db.mail_models import OutboxMessage  # test set-up only: the back-off pause has passed

    port = free_port()
    configure(ctx.db, None, port=port)
    queued("Scritta offline")
    window.outbox.timer.timeout.emit()  # the server does not answer: the mail waits
    (waiting,) = outbox.list_outbox()
    assert waiting.status == "queued" and waiting.attempts == 1
    OutboxMessage.update(next_attempt_at=utcnow() - timedelta(seconds=1)).execute()
    server = smtp_server(port=port)
    window.outbox.timer.timeout.emit()
    assert len(server.messages) == 1 and outbox.list_outbox() == []
    assert window.outbox_status.isHidden() and window.statusBar().currentMessage() == "1 mail(s) sent"


def test_a_mail_left_half_sent_by_a_stopped_run_is_maybe_sent_when_the_window_opens(ctx, qtbot, queued):
    from ui.main_window import MainWindow

    configure(ctx.db, None)
    outbox_id = queued("Interrotta")
    assert outbox._claim(ctx.db, outbox_id, utcnow()) is not None  # the process died right after this
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    view = outbox.get_outbox_message(outbox_id)
    assert view.status == "failed" and view.maybe_sent
    assert main.outbox_status.text().startswith("<a href='outbox'>1 mail(s) in the outbox")
