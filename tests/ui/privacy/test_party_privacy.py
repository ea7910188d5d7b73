"""The party page's Privacy and History tabs: consents, review date, export, anonymise and erase, audit log."""

from __future__ import annotations

import json
import os
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from smallcrm.clock import to_local
from smallcrm.services.parties.parties import draft_of, get_party, update_party
from smallcrm.services.privacy.consents import ConsentDraft, list_consents, record_consent
from smallcrm.services.privacy.erasure import list_erasures
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories
from ui.privacy.consent_dialog import ConsentDialog
from ui.privacy.erase_dialog import EraseDialog
from ui.privacy.party_privacy import PartyPrivacy

SHOTS = os.environ.get("SMALLCRM_SHOTS")  # a folder: the tests save screenshots there to be looked at


@pytest.fixture
def quaglietti(ctx):
    return factories.private_customer(ctx.db, "Mario", "Quaglietti", emails=["mario@quaglietti.it"],
                            phones=["+39 347 555 0101"], source="Fiera di Milano 2026", notes="likes opera")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _open_tab(party_page, qtbot, quaglietti, title: str):
    party_page.show_party(quaglietti.id)
    index = next(i for i in range(party_page.tabs.count()) if party_page.tabs.tabText(i) == title)
    party_page.tabs.setCurrentIndex(index)
    return party_page.tabs.widget(index)


def test_consents_are_added_and_withdrawn_from_the_privacy_tab(ctx, party_page, qtbot, quaglietti, monkeypatch):
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")
    assert privacy.source.text() == "Fiera di Milano 2026" and privacy.no_consents.isVisible()

    def fill(dialog_self):
        dialog_self.purpose.setCurrentIndex(dialog_self.purpose.findData("newsletter"))
        qtbot.keyClicks(dialog_self.how, "modulo web")
        _shot(dialog_self, "consent-dialog")
        qtbot.mouseClick(dialog_self.save_button, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(ConsentDialog, "exec", fill)
    qtbot.mouseClick(privacy.add_button, Qt.MouseButton.LeftButton)
    (consent,) = list_consents(quaglietti.id)
    assert consent.purpose == "newsletter" and consent.given_how == "modulo web"
    party_page.tabs.setCurrentWidget(privacy)
    party_page._load_tab()
    assert privacy.consents.topLevelItemCount() == 1
    assert privacy.consents.topLevelItem(0).text(0) == "Newsletter"

    privacy.consents.setCurrentItem(privacy.consents.topLevelItem(0))
    assert privacy.withdraw_button.isEnabled()
    monkeypatch.setattr(PartyPrivacy, "ask_how", classmethod(lambda cls, parent, purpose: "telefonata"))
    qtbot.mouseClick(privacy.withdraw_button, Qt.MouseButton.LeftButton)
    (consent,) = list_consents(quaglietti.id)
    assert not consent.active and consent.withdrawn_how == "telefonata"
    assert "telefonata" in privacy.consents.topLevelItem(0).text(4)
    _shot(party_page, "party-privacy-tab")


def test_a_consent_without_purpose_is_shown_under_its_field(ctx, qtbot, quaglietti):
    dialog = ConsentDialog(ctx, quaglietti.id)
    qtbot.addWidget(dialog)
    dialog.purpose.setEditText("")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "purpose" in dialog.errors.visible() and list_consents(quaglietti.id) == []


def test_review_date_is_set_and_cleared(ctx, party_page, qtbot, quaglietti):
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")
    privacy.review.setDate(QDate(2028, 5, 1))
    qtbot.mouseClick(privacy.review_save, Qt.MouseButton.LeftButton)
    assert get_party(quaglietti.id).review_on == date(2028, 5, 1)
    qtbot.mouseClick(privacy.review_clear, Qt.MouseButton.LeftButton)
    assert get_party(quaglietti.id).review_on is None


def test_export_writes_the_file_chosen(ctx, party_page, qtbot, quaglietti, tmp_path, monkeypatch):
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")
    target = tmp_path / "mario.json"
    monkeypatch.setattr(PartyPrivacy, "ask_path", classmethod(lambda cls, parent, suggested: str(target)))
    qtbot.mouseClick(privacy.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text())["party"][0]["notes"] == "likes opera"
    assert str(target) in privacy.status.text()
    other = factories.person(ctx.db, "Anna", "Neri")
    party_page.show_party(other.id)  # the line was about Mario: it stayed on every other contact's tab
    qtbot.waitUntil(lambda: party_page.party is not None and party_page.party.id == other.id)
    assert privacy.status.text() == ""


def test_erase_names_what_goes_and_what_is_kept_then_erases(ctx, party_page, qtbot, quaglietti, monkeypatch):
    factories.issued_invoice(ctx.db, quaglietti.id, [LineDraft("Opera tickets", 2, "80", 0, "22")], on=date.today())
    record_consent(ctx.db, ConsentDraft(quaglietti.id, "marketing"))
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")
    seen = {}

    def confirm(dialog_self):
        seen["summary"] = dialog_self.summary.text()
        assert not dialog_self.confirm.isEnabled()  # no reason yet
        qtbot.keyClicks(dialog_self.reason, "Mario asked")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        seen["error"] = dict(dialog_self.errors.visible())
        dialog_self.adjustSize()
        _shot(dialog_self, "erase-dialog")
        dialog_self.reason.clear()
        qtbot.keyClicks(dialog_self.reason, "asked by letter on 3 March")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    qtbot.mouseClick(privacy.erase_button, Qt.MouseButton.LeftButton)
    assert "Mario Quaglietti" in seen["summary"] and "E-mails, phones and web sites: 2" in seen["summary"]
    assert "Issued invoices and credit notes: 1" in seen["summary"]
    assert "reason" in seen["error"]
    (entry,) = list_erasures()
    assert entry.reason == "asked by letter on 3 March" and entry.kept["issued_invoices"] == 1
    assert party_page.banner.isVisible()  # the anonymous record that keeps the invoice is in the trash
    assert "Quaglietti" not in party_page.banner_text.text()


def test_an_erased_record_without_documents_is_gone(ctx, party_page, qtbot, quaglietti, monkeypatch):
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")

    def confirm(dialog_self):
        qtbot.keyClicks(dialog_self.reason, "retention period over")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    qtbot.mouseClick(privacy.erase_button, Qt.MouseButton.LeftButton)
    assert party_page.banner_text.text() == "This record was erased." and not party_page.content.isVisible()


def test_cancel_leaves_the_record_as_it_was(ctx, party_page, qtbot, quaglietti, monkeypatch):
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")
    monkeypatch.setattr(EraseDialog, "exec", lambda dialog_self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(privacy.erase_button, Qt.MouseButton.LeftButton)
    assert get_party(quaglietti.id).emails == ["mario@quaglietti.it"] and list_erasures() == []


def test_the_history_tab_shows_who_changed_which_field(ctx, party_page, qtbot, quaglietti):
    draft = draft_of(quaglietti)
    draft.job_title, draft.stage = "Tenore", "prospect"
    update_party(ctx.db, quaglietti.id, draft)
    history = _open_tab(party_page, qtbot, quaglietti, "History")
    rows = [[history.tree.topLevelItem(i).text(c) for c in range(7)] for i in range(history.tree.topLevelItemCount())]
    assert ["this record", "changed", "Job title", "", "Tenore"] in [r[2:] for r in rows]
    assert ["this record", "changed", "Stage", "Lead", "Prospect"] in [r[2:] for r in rows]
    assert rows[-1][3] == "created"
    _shot(party_page, "party-history-tab")


def test_anonymise_keeps_the_record_under_a_neutral_name(ctx, party_page, qtbot, quaglietti, monkeypatch):
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")
    seen = {}

    def confirm(dialog_self):
        seen["summary"] = dialog_self.summary.text()
        qtbot.keyClicks(dialog_self.reason, "retention period over")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    qtbot.mouseClick(privacy.anonymise_button, Qt.MouseButton.LeftButton)
    assert "stays as an anonymous record" in seen["summary"]
    party = get_party(quaglietti.id)
    assert party.name == f"Anonymous person {quaglietti.id}" and party.emails == [] and party.notes == ""
    assert party_page.header.isVisible() and not party_page.banner.isVisible()
    assert [e.action for e in list_erasures()] == ["anonymise"]


def test_the_consent_moment_typed_whole_is_the_one_recorded(ctx, quaglietti, qtbot):
    dialog = ConsentDialog(ctx, quaglietti.id)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, text in ((dialog.given.day.edit, "02.03.2026"), (dialog.given.time, "0945")):
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClicks(dialog.how, "modulo web")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (consent,) = list_consents(quaglietti.id)
    assert to_local(consent.given_at).replace(tzinfo=None) == datetime(2026, 3, 2, 9, 45)


def test_erasing_someone_removes_the_drafts_kept_of_their_documents(ctx, party_page, qtbot, quaglietti, monkeypatch):
    from ui.sales import document_drafts
    from ui.sales.quote_editor import QuoteEditor

    other = factories.person(ctx.db, "Anna", "Neri")
    document_drafts.keep(ctx, "quote-new-old", "quote", None, "Quote for Mario", {"customer": [quaglietti.id,
                         "Mario Quaglietti"], "lines": [], "header": {"notes": "his home address"}})
    document_drafts.keep(ctx, "quote-new-anna", "quote", None, "Quote for Anna",
                         {"customer": [other.id, "Anna Neri"], "lines": [], "header": {}})
    editor = QuoteEditor(ctx, party=(quaglietti.id, "Mario Quaglietti"))  # open, typing for him
    qtbot.addWidget(editor)
    editor.show()
    editor.title_edit.setText("Tenore")
    editor.title_edit.textEdited.emit("Tenore")
    editor.keep_draft()
    assert len(document_drafts.left_over(ctx)) == 3
    privacy = _open_tab(party_page, qtbot, quaglietti, "Privacy")

    def confirm(dialog_self):
        dialog_self.reason.setText("asked by phone")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    qtbot.mouseClick(privacy.erase_button, Qt.MouseButton.LeftButton)
    assert [kept.title for kept in document_drafts.left_over(ctx)] == ["Quote for Anna"]
    assert not editor.isVisible()
    editor.keep_draft()  # a last timer of the closed editor writes nothing back
    assert [kept.title for kept in document_drafts.left_over(ctx)] == ["Quote for Anna"]


def test_a_privacy_tab_without_consents_keeps_its_rows_together(ctx, window, qtbot, quaglietti):
    window.resize(1366, 768)
    window.show_party(quaglietti.id)
    page = window._pages["party"]
    page.tabs.setCurrentWidget(page.privacy)
    privacy = page.privacy
    qtbot.waitUntil(lambda: privacy.no_consents.isVisible())
    qtbot.wait(30)  # laid out

    def top(widget) -> int:
        return widget.mapTo(privacy, widget.rect().topLeft()).y()

    # what is there sits close together at the top, the room is left below it
    assert top(privacy.no_consents) < 60
    assert top(privacy.export_button) - top(privacy.add_button) < 140
    assert privacy.height() - top(privacy.export_button) > 200

    # with a consent the list takes that room instead, the buttons below it at the bottom
    record_consent(ctx.db, ConsentDraft(quaglietti.id, "marketing"))
    privacy.reload()
    qtbot.waitUntil(lambda: privacy.consents.isVisible())
    qtbot.wait(30)
    assert privacy.consents.height() > 250 and privacy.height() - top(privacy.export_button) < 120
