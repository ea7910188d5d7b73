"""The SdI's answers read in the background: only while a file waits for one and the PEC mailbox is set up; then
the answer moves the file and the status bar says so."""

from __future__ import annotations

from datetime import timedelta

from smallcrm.domain import EInvoiceStatus
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.fetching import awaiting_answers
from smallcrm.services.einvoicing.sending import send_einvoice, send_pec_due
from tests.services.einvoicing import cases
from tests.services.einvoicing.fake_sdi import FakeSdi
from tests.services.einvoicing.pec import configure_pec
from ui.einvoicing.receipts_fetcher import ReceiptsFetcher


def test_an_answer_is_read_in_the_background_while_one_is_awaited(ctx, qtbot, window, mailbox, smtp_server):
    fetcher = ReceiptsFetcher(ctx, window)
    fetcher.fetch_now()  # nothing sent, no PEC mailbox: nothing asked of any server
    assert not fetcher.busy and not awaiting_answers()
    server = smtp_server(credentials=(mailbox.user, mailbox.password))
    configure_pec(ctx.db, server.port, mailbox)
    view = cases.reverse_charge(ctx.db)
    sending, _ = send_einvoice(ctx.db, view.id)
    send_pec_due(ctx.db)
    assert awaiting_answers()
    sdi = FakeSdi(server, mailbox)
    sdi.answer(sdi.take_new()[0], "RC")

    fetcher.fetch_now()

    qtbot.waitUntil(lambda: "of the SdI read" in window.statusBar().currentMessage())
    delivered = files.get_file(sending.file.id)
    assert delivered.status == EInvoiceStatus.DELIVERED
    assert awaiting_answers(delivered.status_at + timedelta(days=1))  # a public administration's outcome may come
    assert not awaiting_answers(delivered.status_at + timedelta(days=21))  # ...not after its terms


def test_answers_due_after_the_database_closed_are_not_asked_for(ctx, qtbot, window, monkeypatch):
    from ui.einvoicing import receipts_fetcher

    monkeypatch.setattr(receipts_fetcher, "FIRST_FETCH_MS", 20)
    fetcher = ReceiptsFetcher(ctx, window)
    fetcher.start()
    ctx.db.close()

    qtbot.wait(120)  # the first read was due

    assert "not read" not in window.statusBar().currentMessage()  # no database error said for nothing
    assert not fetcher.timer.isActive() and not fetcher.busy
