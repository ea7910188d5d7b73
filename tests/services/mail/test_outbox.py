"""The outbox against real SMTP servers on 127.0.0.1: sent once, logged with its PDF, kept when the server fails."""

import io
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from pypdf import PdfReader

from smallcrm.clock import utcnow
from smallcrm.db.mail_models import MailMessage, OutboxMessage
from smallcrm.services.mail import outbox
from smallcrm.services.mail.outgoing import queue_document_mail, smtp_transport
from smallcrm.services.sales.quotes import get_quote
from smallcrm.services.timeline.attachments import list_attachments, read_attachment
from smallcrm.services.timeline.communications import list_communications
from tests.smtp_test_server import PASSWORD, configure, free_port


def _queue(db, quote, to="ufficio@rossi-impianti.example", subject="Preventivo P", body="In allegato."):
    outbox_id, changes = queue_document_mail(db, "quote", quote.id, to, subject, body)
    assert changes.outbox == {outbox_id}
    return outbox_id


def _send(db, now=None):
    return outbox.send_outbox(db, smtp_transport(), now=now)


def _message_ids(server) -> list[str]:
    return [message_from_bytes(m.data, policy=policy.default)["Message-ID"] for m in server.messages]


def test_a_queued_quote_arrives_with_its_pdf_and_lands_on_the_timeline(db, quote, smtp_server):
    server = smtp_server()
    configure(db, server)
    outbox_id = _queue(db, quote, to="ufficio@rossi-impianti.example, mario@rossi-impianti.example")
    report = _send(db)
    assert (report.sent, report.failed, report.waiting) == (1, 0, 0)
    (received,) = server.messages
    assert received.rcpt_tos == ["ufficio@rossi-impianti.example", "mario@rossi-impianti.example"]
    mail = message_from_bytes(received.data, policy=policy.default)
    (pdf_part,) = list(mail.iter_attachments())
    pdf = pdf_part.get_content()
    assert pdf_part.get_filename() == f"Preventivo {quote.number}.pdf"
    assert quote.number in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()

    row = OutboxMessage.get_by_id(outbox_id)
    assert row.status == "sent" and row.sent_at is not None and mail["Message-ID"] == row.message_id
    (logged,) = list_communications(quote.party.id)
    assert (logged.kind, logged.direction, logged.subject, logged.body) == ("email", "out", "Preventivo P",
                                                                            "In allegato.")
    (attachment,) = list_attachments(logged.id)
    assert attachment.file_name == f"Preventivo {quote.number}.pdf" and read_attachment(db, attachment.id) == pdf
    assert MailMessage.get(MailMessage.message_id == row.message_id).communication_id == logged.id
    assert get_quote(quote.id).status == "sent"
    assert report.changes.communications == {logged.id} and quote.id in report.changes.quotes
    assert _send(db).sent == 0 and len(server.messages) == 1  # nothing is sent twice


def test_offline_the_mail_waits_and_goes_later_as_the_same_message(db, quote, smtp_server):
    port = free_port()
    configure(db, None, port=port)
    outbox_id = _queue(db, quote)
    message_id = OutboxMessage.get_by_id(outbox_id).message_id
    report = _send(db)
    assert (report.sent, report.waiting) == (0, 1) and report.errors[0].code == "smtp_connection_refused"
    row = OutboxMessage.get_by_id(outbox_id)
    assert (row.status, row.attempts, row.last_error_code) == ("queued", 1, "smtp_connection_refused")
    assert row.next_attempt_at > utcnow() and f"127.0.0.1:{port}" in row.last_error
    assert outbox.count_waiting() == 1

    server = smtp_server(port=port)
    assert _send(db).sent == 0 and server.messages == []  # not due yet: the back-off holds it
    assert _send(db, now=utcnow() + timedelta(minutes=2)).sent == 1
    assert _message_ids(server) == [message_id]
    assert outbox.count_waiting() == 0


@pytest.mark.parametrize(("behaviour", "options", "code"), [
    ("drop", {}, "smtp_dropped"),
    ("slow", {"delay": 4}, "smtp_timeout"),
    ("ok", {"accept_login": False}, "smtp_auth_refused"),
])
def test_a_failing_server_leaves_the_mail_in_the_outbox_and_retry_sends_it_once(db, quote, smtp_server, behaviour,
                                                                                 options, code):
    bad = smtp_server(behaviour, **options)
    configure(db, bad, timeout=3)
    outbox_id = _queue(db, quote)
    report = _send(db)
    assert report.sent == 0 and report.errors[0].code == code
    row = OutboxMessage.get_by_id(outbox_id)
    assert row.status == "queued" and row.last_error_code == code and PASSWORD not in row.last_error
    assert bad.messages == [] and list_communications(quote.party.id) == []

    good = smtp_server()
    configure(db, good)
    assert outbox.retry_now(db, [outbox_id]).outbox == {outbox_id}
    assert _send(db).sent == 1
    assert _message_ids(good) == [row.message_id]
    assert len(list_communications(quote.party.id)) == 1


class Crash(BaseException):
    """The process dies: nothing after this point runs, no handler catches it."""


def test_a_crash_between_sending_and_logging_never_sends_it_again_on_its_own(db, quote, smtp_server, monkeypatch):
    server = smtp_server()
    configure(db, server)
    outbox_id = _queue(db, quote)

    def crash(*args, **kwargs):
        raise Crash()

    monkeypatch.setattr(outbox, "log_sent", crash)
    with pytest.raises(Crash):
        _send(db)
    monkeypatch.undo()
    assert len(server.messages) == 1 and OutboxMessage.get_by_id(outbox_id).status == "sending"

    # restarted soon after, and again much later: never sent blindly, only marked "maybe sent"
    assert _send(db, now=utcnow() + timedelta(minutes=1)).sent == 0
    report = _send(db, now=utcnow() + timedelta(hours=1))
    assert report.sent == 0 and outbox_id in report.changes.outbox
    view = outbox.get_outbox_message(outbox_id)
    assert view.status == "failed" and view.maybe_sent and "Sent folder" in view.last_error
    assert outbox.retry_now(db).outbox == set()  # a plain retry leaves it alone
    assert _send(db, now=utcnow() + timedelta(hours=2)).sent == 0
    assert len(server.messages) == 1 and list_communications(quote.party.id) == []

    # the user found it in the Sent folder: logged, not sent
    changes = outbox.confirm_sent(db, outbox_id)
    (logged,) = list_communications(quote.party.id)
    assert changes.communications == {logged.id} and len(list_attachments(logged.id)) == 1
    assert OutboxMessage.get_by_id(outbox_id).status == "sent" and len(server.messages) == 1


def test_the_user_may_send_a_maybe_sent_mail_again_with_the_same_message_id(db, quote, smtp_server, monkeypatch):
    server = smtp_server()
    configure(db, server)
    outbox_id = _queue(db, quote)
    monkeypatch.setattr(outbox, "log_sent", lambda *a, **k: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        _send(db)
    monkeypatch.undo()
    _send(db, now=utcnow() + timedelta(hours=1))
    assert outbox.retry_now(db, [outbox_id], resend_unsure=True).outbox == {outbox_id}
    assert _send(db, now=utcnow() + timedelta(hours=1)).sent == 1
    first, second = _message_ids(server)
    assert first == second == OutboxMessage.get_by_id(outbox_id).message_id
    assert len(list_communications(quote.party.id)) == 1


def test_a_refused_address_fails_for_good_until_retried(db, quote, smtp_server):
    server = smtp_server("refuse_rcpt")
    configure(db, server)
    outbox_id = _queue(db, quote, to="nobody@rossi-impianti.example")
    report = _send(db)
    assert report.failed == 1 and report.errors[0].code == "smtp_recipient_refused"
    view = outbox.get_outbox_message(outbox_id)
    assert view.status == "failed" and "nobody@rossi-impianti.example" in view.last_error and not view.maybe_sent
    assert _send(db, now=utcnow() + timedelta(days=1)).failed == 0  # not retried on its own
    assert [v.id for v in outbox.list_outbox()] == [outbox_id]


def test_a_deleted_mail_is_never_sent(db, quote, smtp_server):
    server = smtp_server()
    configure(db, server)
    outbox_id = _queue(db, quote)
    outbox.delete_outbox_message(db, outbox_id)
    assert _send(db).sent == 0 and server.messages == [] and outbox.list_outbox() == []


def test_the_password_is_never_in_the_database_file(db, quote, smtp_server):
    server = smtp_server(accept_login=False)
    configure(db, server)
    _queue(db, quote)
    _send(db)
    good = smtp_server()
    configure(db, good)
    outbox.retry_now(db)
    assert _send(db).sent == 1 and good.logins[0][1] == PASSWORD
    db.pw.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    files = [p for p in db.path.parent.iterdir() if p.name.startswith(db.path.name)]
    assert files and all(PASSWORD.encode() not in p.read_bytes() for p in files)


def test_at_start_a_half_sent_mail_is_settled_at_once_and_never_resent(db, quote, smtp_server):
    server = smtp_server()
    configure(db, server)
    outbox_id = _queue(db, quote)
    assert outbox._claim(db, outbox_id, utcnow()) is not None
    assert _send(db).sent == 0  # a fresh "sending" row is left alone by a send...
    assert outbox.settle_interrupted(db).outbox == {outbox_id}  # ...and settled when the program starts again
    assert outbox.get_outbox_message(outbox_id).maybe_sent and server.messages == []
