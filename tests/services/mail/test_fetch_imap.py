"""Fetching through a real Dovecot on loopback: incremental, never twice, UIDVALIDITY changes, bad logins."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from smallcrm.db.mail_models import MailFolderState, MailMessage
from smallcrm.db.models import Communication
from smallcrm.errors import ServerError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.mail.account import ImapSettings, save_imap_settings
from smallcrm.services.mail.incoming import fetch_mail
from smallcrm.services.mail.review import create_contact_from_review, list_reviews
from smallcrm.services.timeline.attachments import list_attachments, read_attachment
from smallcrm.services.timeline.communications import list_communications
from tests.services.mail.messages import message

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40


def test_fetch_logs_known_senders_reviews_strangers_and_is_incremental(db, mailbox, mario):
    mailbox.deliver(message(files=(("offerta.pdf", "application/pdf", PDF),)),
                    message(sender="Luca Verdi <luca@verdi.example>", subject="Chi siete?"))

    first = fetch_mail(db, mailbox.account())

    assert (first.logged, first.for_review, first.already_known) == (1, 1, 0)
    [logged] = list_communications(mario.id)
    assert (logged.kind, logged.direction, logged.subject) == ("email", "in", "Richiesta preventivo")
    assert logged.body == "Buongiorno, vorrei un preventivo."
    [pdf] = list_attachments(logged.id)
    assert (pdf.file_name, pdf.media_type, read_attachment(db, pdf.id)) == ("offerta.pdf", "application/pdf", PDF)
    assert [r.from_address for r in list_reviews()] == ["luca@verdi.example"]
    assert MailFolderState.get().last_uid == 2

    mailbox.deliver(message(subject="Secondo messaggio", when=datetime(2026, 3, 3, 8, 0, tzinfo=UTC)))
    second = fetch_mail(db, mailbox.account())

    assert (second.seen, second.logged) == (1, 1)  # only the new one was downloaded
    assert [c.subject for c in list_communications(mario.id)] == ["Secondo messaggio", "Richiesta preventivo"]
    assert fetch_mail(db, mailbox.account()).seen == 0
    with mailbox.client() as client:  # reading did not mark anything as read on the server
        client.select_folder("INBOX", readonly=True)
        assert client.search(["UNSEEN"]) == [1, 2, 3]


def test_refetching_from_scratch_logs_nothing_twice(db, mailbox, mario):
    mailbox.deliver(message(), message(subject="Altro"), message(sender="x@stranger.example"))
    fetch_mail(db, mailbox.account())
    MailFolderState.delete().execute()  # the progress is lost: everything is downloaded again

    again = fetch_mail(db, mailbox.account())

    assert (again.seen, again.already_known, again.logged, again.for_review) == (3, 3, 0, 0)
    assert Communication.select().count() == 2
    assert len(list_reviews()) == 1


def test_a_renumbered_folder_is_read_again_without_duplicates(db, mailbox, mario):
    old = message(subject="Prima del cambio")
    mailbox.deliver(old, folder="Clienti")
    assert fetch_mail(db, mailbox.account("Clienti")).logged == 1
    before = MailFolderState.get().uidvalidity
    with mailbox.client() as client:  # the folder is deleted and made again: the server gives new UIDs
        client.delete_folder("Clienti")
    mailbox.deliver(old, message(subject="Dopo il cambio"), folder="Clienti")

    report = fetch_mail(db, mailbox.account("Clienti"))

    assert MailFolderState.get().uidvalidity != before
    assert (report.already_known, report.logged) == (1, 1)
    assert any("renumbered" in note for note in report.notes)
    assert sorted(c.subject for c in list_communications(mario.id)) == ["Dopo il cambio", "Prima del cambio"]


def test_a_wrong_password_is_a_clear_error_and_logs_nothing(db, mailbox, mario):
    mailbox.deliver(message())

    with pytest.raises(ServerError) as failure:
        fetch_mail(db, mailbox.account(password="not-the-password"))

    assert failure.value.code == "login_refused"
    assert mailbox.user in str(failure.value) and "not-the-password" not in str(failure.value)
    assert Communication.select().count() == 0 and MailFolderState.select().count() == 0


def test_a_missing_folder_is_named(db, mailbox):
    with pytest.raises(ServerError) as failure:
        fetch_mail(db, mailbox.account("INBOX", "Archivio"))
    assert failure.value.code == "folder_missing" and "Archivio" in str(failure.value)


def test_mail_we_sent_goes_on_the_recipients_timeline(db, mailbox, mario):
    set_setting(db, "imap_user", "anna@ourshop.it")
    mailbox.deliver(message(sender="Anna <anna@ourshop.it>", to="x@nobody.example, mario.rossi@acme.it",
                            subject="Il preventivo"),
                    message(sender="Anna <anna@ourshop.it>", to="x@nobody.example", subject="Per nessuno"))

    report = fetch_mail(db, mailbox.account())

    assert (report.logged, report.skipped, report.for_review) == (1, 1, 0)
    [sent] = list_communications(mario.id)
    assert (sent.direction, sent.subject) == ("out", "Il preventivo")


def test_an_unknown_sender_becomes_a_contact_in_one_step_and_is_not_listed_again(db, mailbox):
    mailbox.deliver(message(sender="Luca Verdi <luca@verdi.example>", subject="Chi siete?",
                            files=(("foto.png", "image/png", b"\x89PNG fake"),)))
    fetch_mail(db, mailbox.account())
    [review] = list_reviews()

    luca, changes = create_contact_from_review(db, review.id)

    assert (luca.first_name, luca.last_name, luca.source) == ("Luca", "Verdi", "e-mail")
    assert [p.value for p in luca.contact_points] == ["luca@verdi.example"]
    [logged] = list_communications(luca.id)
    assert logged.subject == "Chi siete?" and logged.id in changes.communications
    assert [a.file_name for a in list_attachments(logged.id)] == ["foto.png"]
    assert list_reviews() == []
    MailFolderState.delete().execute()
    assert fetch_mail(db, mailbox.account()).already_known == 1
    assert MailMessage.select().count() == 1


def test_cancelling_keeps_what_was_logged_and_the_next_fetch_goes_on(db, mailbox, mario):
    mailbox.deliver(*(message(subject=f"Messaggio {n}") for n in range(5)))
    reports: list[tuple[int, int]] = []

    stopped = fetch_mail(db, mailbox.account(), progress=lambda done, total: reports.append((done, total)),
                         cancel=lambda: len(reports) >= 2)

    assert stopped.cancelled and stopped.logged == 2 and reports == [(1, 5), (2, 5)]
    rest = fetch_mail(db, mailbox.account())
    assert (rest.seen, rest.logged) == (3, 3)
    assert Communication.select().count() == 5


def test_the_account_comes_from_the_settings_and_the_keyring(db, mailbox, mario, memory_keyring):
    saved = save_imap_settings(db, ImapSettings(mailbox.server.host, mailbox.server.port, "none", mailbox.user),
                               password=mailbox.password)
    assert saved.password_kept == "keyring"
    assert mailbox.password in memory_keyring.passwords.values()
    mailbox.deliver(message())

    assert fetch_mail(db).logged == 1


@pytest.fixture
def tls(mailbox):
    if mailbox.server.certificate is None:
        pytest.skip("openssl could not make a test certificate, so the test Dovecot has no TLS")
    return mailbox


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_checks_the_certificate(db, tls, mario, monkeypatch, security):
    tls.deliver(message())
    port = tls.server.tls_port if security == "ssl" else tls.server.port
    account = replace(tls.account(), security=security, port=port)

    with pytest.raises(ServerError) as failure:  # self-signed: not trusted by the system
        fetch_mail(db, account)
    assert failure.value.code == "tls_failed"

    monkeypatch.setenv("SSL_CERT_FILE", str(tls.server.certificate))  # now trusted, as a company CA would be
    assert fetch_mail(db, account).logged == 1


def test_a_fetch_in_steps_leaves_the_rest_for_the_next_call(db, mailbox, mario):
    mailbox.deliver(message(subject="Uno"), message(subject="Due"), folder="Clienti")
    mailbox.deliver(message(subject="Tre"))

    first = fetch_mail(db, mailbox.account("INBOX", "Clienti"), limit=2)
    second = fetch_mail(db, mailbox.account("INBOX", "Clienti"), limit=2)

    assert (first.logged, first.more) == (2, True)
    assert (second.logged, second.more) == (1, False)
    assert sorted(c.subject for c in list_communications(mario.id)) == ["Due", "Tre", "Uno"]
