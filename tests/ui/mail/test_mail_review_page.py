"""The Incoming mail page and the IMAP settings: decisions with clicks, imports and fetches through the runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from smallcrm.services.mail.account import ImapSettings, imap_settings, save_imap_settings
from smallcrm.services.mail.incoming import MailInReport, import_eml
from smallcrm.services.mail.review import list_reviews
from smallcrm.services.parties.parties import get_party
from smallcrm.services.parties.search import search_parties
from smallcrm.services.timeline.communications import list_communications
from tests.services.mail.messages import message
from ui.mail.attach_mail_dialog import AttachMailDialog
from ui.mail.review_page import MailReviewPage


@pytest.fixture
def waiting(ctx, tmp_path):
    """Two messages from strangers on the review list."""
    for name, sender, subject in (("a.eml", "Luca Verdi <luca@verdi.example>", "Listino 2026"),
                                  ("b.eml", "spam@bulk.example", "Offerta imperdibile")):
        (tmp_path / name).write_bytes(message(sender=sender, subject=subject))
        import_eml(ctx.db, tmp_path / name)


@pytest.fixture
def review_page(ctx, qtbot):
    view = MailReviewPage(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def _select(review_page, subject: str) -> None:
    row = next(r for r in range(review_page.model.rowCount()) if review_page.model.review(r).subject == subject)
    review_page.table.selectRow(row)


def test_model_passes_the_qt_model_tester(ctx, waiting, review_page, qtmodeltester):
    qtmodeltester.check(review_page.model)


def test_create_contact_in_one_click(ctx, waiting, review_page, qtbot):
    assert review_page.model.rowCount() == 2 and not review_page.create_button.isEnabled()
    _select(review_page, "Listino 2026")
    assert "Luca Verdi <luca@verdi.example>" in review_page.preview.toPlainText()

    qtbot.mouseClick(review_page.create_button, Qt.MouseButton.LeftButton)

    assert [r.subject for r in list_reviews()] == ["Offerta imperdibile"]
    assert review_page.model.rowCount() == 1  # the bus told the page
    [luca] = search_parties("verdi")
    assert [c.subject for c in list_communications(luca.id)] == ["Listino 2026"]
    assert "Luca Verdi is now a contact" in review_page.status.text()
    with qtbot.waitSignal(review_page.open_party) as opened:
        review_page.status.linkActivated.emit(f"party:{luca.id}")
    assert opened.args == [luca.id]


def test_ignore_drops_the_message(ctx, waiting, review_page, qtbot):
    _select(review_page, "Offerta imperdibile")
    qtbot.mouseClick(review_page.ignore_button, Qt.MouseButton.LeftButton)
    assert [review_page.model.review(r).subject for r in range(review_page.model.rowCount())] == ["Listino 2026"]
    assert review_page.status.text() == "Message ignored."


def test_add_to_an_existing_contact_through_the_dialog(ctx, waiting, review_page, qtbot, company, monkeypatch):
    acme = company("Verdi Forniture S.r.l.")
    _select(review_page, "Listino 2026")
    dialog = AttachMailDialog(ctx, review_page.current(), review_page)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and dialog.add_address.isChecked()
    qtbot.keyClicks(dialog.lookup, "Forniture")
    dialog.lookup.search_now()
    dialog.lookup.pick_row(0)
    assert dialog.ok.isEnabled() and dialog.lookup.party_id == acme.id
    monkeypatch.setattr(AttachMailDialog, "ask", classmethod(lambda cls, *a: (dialog.lookup.party_id, True)))

    qtbot.mouseClick(review_page.attach_button, Qt.MouseButton.LeftButton)

    assert [c.subject for c in list_communications(acme.id)] == ["Listino 2026"]
    assert "luca@verdi.example" in [p.value for p in get_party(acme.id).contact_points]
    assert review_page.model.rowCount() == 1


def test_import_files_chosen_in_the_dialog(ctx, review_page, tmp_path, person, monkeypatch):
    person("Mario", "Rossi", emails=["mario.rossi@acme.it"])
    known, stranger = tmp_path / "known.eml", tmp_path / "stranger.eml"
    known.write_bytes(message())
    stranger.write_bytes(message(sender="nuovo@cliente.example", subject="Primo contatto"))
    monkeypatch.setattr(MailReviewPage, "ask_mail_files",
                        classmethod(lambda cls, parent=None: [str(known), str(stranger)]))

    review_page.import_button.click()

    assert review_page.status.text() == review_page.summary(MailInReport(logged=1, for_review=1))
    assert [review_page.model.review(r).subject for r in range(review_page.model.rowCount())] == ["Primo contatto"]
    assert review_page.import_button.isEnabled()


def test_the_summary_counts_in_words(review_page, english):
    assert review_page.summary(MailInReport(logged=1, for_review=2, already_known=1, rejected=[("x", "y")])) == (
        "1 message logged on timelines, 2 are waiting for review, 1 was already known, 1 is not readable as mail.")


def test_fetch_without_an_account_says_what_to_do(review_page, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    review_page.fetch_button.click()
    assert shown == ["Set the incoming mail server in the settings first"]
    assert review_page.fetch_button.isEnabled()


def test_settings_then_fetch_from_the_real_server(ctx, review_page, qtbot, mailbox, person, memory_keyring):
    from ui.settings.page import SettingsPage

    person("Mario", "Rossi", emails=["mario.rossi@acme.it"])
    mailbox.deliver(message(), message(sender="nuovo@cliente.example", subject="Primo contatto"))
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    form = settings.imap
    form.host.setText(mailbox.server.host)
    form.security.setCurrentIndex(form.security.findData("none"))
    assert form.port.value() == 143  # the usual port follows the security choice
    form.port.setValue(mailbox.server.port)
    form.user.setText(mailbox.user)
    qtbot.keyClicks(form.password, mailbox.password)

    form.test_button.click()
    assert form.status.text() == "Connected. INBOX (2 messages)"
    assert memory_keyring.passwords == {}  # a test saves nothing

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "Saved."
    assert list(memory_keyring.passwords.values()) == [mailbox.password]
    assert imap_settings().port == mailbox.server.port and form.password.text() == ""
    assert "keyring" in form.password.placeholderText()

    review_page.fetch_button.click()
    assert review_page.status.text() == review_page.summary(MailInReport(logged=1, for_review=1))
    assert review_page.model.rowCount() == 1


def test_a_long_fetch_goes_in_steps_that_let_other_writes_in(ctx, review_page, mailbox, person, monkeypatch):
    from ui.mail import fetcher as mail_fetcher

    person("Mario", "Rossi", emails=["mario.rossi@acme.it"])
    mailbox.deliver(message(subject="Uno"), message(subject="Due"), message(sender="x@nuovo.example"))
    save_imap_settings(ctx.db, ImapSettings(mailbox.server.host, mailbox.server.port, "none", mailbox.user),
                       password=mailbox.password)
    monkeypatch.setattr(mail_fetcher, "FETCH_STEP", 1)
    jobs = []
    ctx.runner.started.connect(lambda job: jobs.append(job.title))

    review_page.fetch_button.click()

    assert [title for title in jobs if title] == ["Fetching mail"] * 3  # untitled: the list reloading
    assert review_page.status.text() == review_page.summary(MailInReport(logged=2, for_review=1))
    assert review_page.fetch_button.isEnabled() and review_page.model.rowCount() == 1


def test_a_refused_login_is_shown_in_words(ctx, qtbot, mailbox):
    from ui.settings.imap import ImapSettingsForm

    form = ImapSettingsForm(ctx)
    qtbot.addWidget(form)
    form.host.setText(mailbox.server.host)
    form.security.setCurrentIndex(form.security.findData("none"))
    form.port.setValue(mailbox.server.port)
    form.user.setText(mailbox.user)
    form.password.setText("wrong")
    form.test_button.click()
    assert form.status.text().startswith("The mail server refused the user name or the password: ")
    assert "wrong" not in form.status.text()


def test_saving_a_password_without_a_server_is_refused_under_the_field(ctx, qtbot):
    from ui.settings.imap import ImapSettingsForm

    form = ImapSettingsForm(ctx)
    qtbot.addWidget(form)
    form.password.setText("secret")
    form.save()
    assert form.status.text() == ""
    assert "imap_user" in form.errors.visible()


def test_the_page_is_in_the_sidebar(window):
    page = window.show_section("mail")
    assert isinstance(page, MailReviewPage)
