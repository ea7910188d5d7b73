"""New mail comes in by itself: the window fetches from the real Dovecot every few minutes and says what came in the
status bar; offline it says so and tries again; 0 minutes leaves it to the Fetch button."""

from __future__ import annotations

import socket

from smallcrm.services.admin.settings import set_setting
from smallcrm.services.mail.account import ImapSettings, imap_settings, save_imap_settings
from smallcrm.services.mail.review import list_reviews
from smallcrm.services.timeline.communications import list_communications
from tests.services.mail.messages import message
from ui.mail.texts import mail_in_summary


def _account(ctx, mailbox, minutes: int = 15, port: int | None = None) -> None:
    saved = save_imap_settings(ctx.db, ImapSettings(mailbox.server.host, port or mailbox.server.port, "none",
                                                    mailbox.user, fetch_minutes=minutes), password=mailbox.password)
    ctx.bus.publish(saved.changes)


def test_new_mail_is_fetched_in_steps_and_told_in_the_status_bar(ctx, window, mailbox, person, monkeypatch):
    from ui.mail import fetcher as mail_fetcher

    mario = person("Mario", "Rossi", emails=["mario.rossi@acme.it"])
    mailbox.deliver(message(subject="Uno"), message(subject="Due"), message(sender="x@nuovo.example"))
    _account(ctx, mailbox)
    monkeypatch.setattr(mail_fetcher, "FETCH_STEP", 2)
    fetcher = window.mail_fetcher
    assert fetcher.timer.isActive() and fetcher.timer.interval() == 15 * 60 * 1000
    reports = []
    fetcher.finished.connect(reports.append)

    fetcher.fetch_now()

    (report,) = reports  # two steps, one run
    assert (report.logged, report.for_review) == (2, 1)
    assert sorted(c.subject for c in list_communications(mario.id)) == ["Due", "Uno"]
    assert len(list_reviews()) == 1
    assert window.statusBar().currentMessage() == mail_in_summary(report)
    assert not fetcher.busy

    fetcher.fetch_now()  # nothing new: nothing said, nothing logged twice
    assert (reports[-1].logged, reports[-1].already_known) == (0, 0)
    assert len(list_communications(mario.id)) == 2


def test_an_unreachable_server_is_said_quietly_and_tried_again_later(ctx, window, mailbox):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    _account(ctx, mailbox, minutes=5, port=closed)

    window.mail_fetcher.fetch_now()

    text = window.statusBar().currentMessage()
    assert text.startswith("Mail not fetched: ") and text.endswith("It will be tried again in 5 minute(s).")
    assert window.mail_fetcher.timer.isActive() and not window.mail_fetcher.busy


def test_no_account_or_zero_minutes_fetches_nothing(ctx, window, mailbox):
    reports = []
    window.mail_fetcher.finished.connect(reports.append)
    window.mail_fetcher.fetch_now()
    assert reports == [None] and window.statusBar().currentMessage() == ""

    mailbox.deliver(message())
    _account(ctx, mailbox, minutes=0)
    assert not window.mail_fetcher.timer.isActive()
    window.mail_fetcher.fetch_now()
    assert reports == [None] and list_reviews() == []

    ctx.bus.publish(set_setting(ctx.db, "imap_fetch_minutes", 30))
    assert window.mail_fetcher.timer.interval() == 30 * 60 * 1000 and window.mail_fetcher.timer.isActive()


def test_the_settings_form_sets_how_often(ctx, qtbot):
    from ui.settings.imap import ImapSettingsForm

    form = ImapSettingsForm(ctx)
    qtbot.addWidget(form)
    assert form.fetch_minutes.value() == 15
    form.fetch_minutes.setValue(0)
    assert form.fetch_minutes.text() == "only when asked"
    assert form.copy_sent.isChecked()
    form.copy_sent.click()
    form.host.setText("imap.example.com")
    form.save()
    assert form.status.text() == "Saved."
    saved = imap_settings()
    assert (saved.fetch_minutes, saved.copy_sent) == (0, False)


def test_a_fetch_due_after_the_database_closed_reads_nothing_and_stops(ctx, qtbot, mailbox):
    from ui.mail.fetcher import MailFetcher

    _account(ctx, mailbox, minutes=5)
    fetcher = MailFetcher(ctx)
    ran = []
    fetcher.finished.connect(ran.append)
    fetcher.failed.connect(ran.append)
    fetcher.start(first_after_ms=20)
    ctx.db.close()  # as at the end of a test, or while a restore replaces the file

    qtbot.wait(120)  # the first fetch was due: reading a setting now would raise in the timer's slot

    assert ran == [] and not fetcher.busy
    assert not fetcher.timer.isActive()  # it stands down instead of failing every few minutes


def test_closing_the_window_stops_the_background_fetches(ctx, window, mailbox):
    _account(ctx, mailbox, minutes=5)
    assert window.mail_fetcher.timer.isActive() and window.outbox.timer.isActive()
    window.close()
    assert not window.mail_fetcher.timer.isActive() and not window.outbox.timer.isActive()
    assert not window.receipts_fetcher.timer.isActive()
