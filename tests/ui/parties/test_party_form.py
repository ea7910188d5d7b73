"""The person and company form: typed values saved, errors next to their field, duplicates offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smallcrm.errors import NotFound
from smallcrm.services.parties.lists import PartyQuery, party_ids
from smallcrm.services.parties.parties import get_party
from tests import factories
from ui.parties.party_form import PartyForm


@pytest.fixture
def open_form(ctx, qtbot):
    def make(kind: str = "person", party_id: int | None = None) -> PartyForm:
        form = PartyForm(ctx, kind, party_id)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        return form

    return make


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_typing_and_save_creates_a_person(ctx, open_form, qtbot):
    form = open_form("person")
    assert form.focusWidget() is form.first_name
    qtbot.keyClicks(form.first_name, "Mario")
    qtbot.keyClicks(form.last_name, "Rossi")
    qtbot.keyClicks(form.job_title, "Buyer")
    qtbot.keyClicks(form.emails.line(0), "Mario@Rossi.IT")
    _click(qtbot, form.emails.add_button)
    qtbot.keyClicks(form.emails.line(1), "m.rossi@example.com")
    qtbot.keyClicks(form.phones.line(0), "02 1234 5678")
    form.stage.setCurrentIndex(form.stage.findData("customer"))
    qtbot.keyClicks(form.tags, "VIP, fiera 2025")
    qtbot.keyClicks(form.city, "Milano")
    qtbot.keyClicks(form.province, "mi")
    with qtbot.waitSignal(ctx.bus.changed) as changed:
        _click(qtbot, form.save_button)
    assert form.result() == QDialog.DialogCode.Accepted
    view = get_party(form.saved_id)
    assert changed.args[0].parties == {view.id}
    assert (view.first_name, view.last_name, view.job_title, view.stage) == ("Mario", "Rossi", "Buyer", "customer")
    assert view.emails == ["Mario@rossi.it", "m.rossi@example.com"]  # the domain is folded, not the name
    assert view.phones == ["+390212345678"]
    assert set(view.tags) == {"VIP", "fiera 2025"}
    assert view.addresses[0].city == "Milano" and view.addresses[0].province == "MI"


def test_a_bad_email_is_shown_next_to_the_field_and_nothing_is_saved(ctx, open_form, qtbot):
    form = open_form("person")
    qtbot.keyClicks(form.last_name, "Bianchi")
    qtbot.keyClicks(form.emails.line(0), "anna@bianchi.it")
    _click(qtbot, form.emails.add_button)
    qtbot.keyClicks(form.emails.line(1), "not an e-mail")
    _click(qtbot, form.save_button)
    assert form.result() != QDialog.DialogCode.Accepted
    assert form.saved_id is None
    assert party_ids(PartyQuery()) == []
    assert form.errors.visible() == {"emails": "Not a valid e-mail address"}
    assert form.errors.label("emails") is form.emails.error and not form.emails.error.isHidden()
    assert form.focusWidget() is form.emails.line(1)  # the line that is wrong
    assert form.emails.values() == ["anna@bianchi.it", "not an e-mail"]  # what was typed stays
    assert form.last_name.text() == "Bianchi"
    # fixing it and saving again works, and the message goes away
    form.emails.line(1).clear()
    qtbot.keyClicks(form.emails.line(1), "anna@example.com")
    _click(qtbot, form.save_button)
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.errors.visible() == {}
    assert get_party(form.saved_id).emails == ["anna@bianchi.it", "anna@example.com"]


def test_a_person_needs_a_name(ctx, open_form, qtbot):
    form = open_form("person")
    _click(qtbot, form.save_button)
    assert "last_name" in form.errors.visible()
    assert form.focusWidget() is form.last_name
    company = open_form("company")
    _click(qtbot, company.save_button)
    assert set(company.errors.visible()) == {"name"}
    assert party_ids(PartyQuery()) == []


def test_editing_changes_the_stage_and_keeps_the_rest(ctx, open_form, qtbot):
    view = factories.person(ctx.db, "Lucia", "Neri", emails=["lucia@neri.it"], phones=["+39 02 1234 5678"],
                            stage="lead", tags=["VIP"])
    form = open_form(party_id=view.id)
    assert form.first_name.text() == "Lucia"
    assert form.stage.currentData() == "lead"
    assert form.phones.values() == ["+39 02 1234 5678"]  # shown as people read it
    form.stage.setCurrentIndex(form.stage.findData("customer"))
    _click(qtbot, form.save_button)
    assert form.result() == QDialog.DialogCode.Accepted
    after = get_party(view.id)
    assert after.stage == "customer"
    assert (after.emails, after.phones, after.tags) == (view.emails, view.phones, view.tags)


def test_edit_through_the_classmethod(ctx, qtbot, monkeypatch):
    view = factories.company(ctx.db, "Acme")
    monkeypatch.setattr(PartyForm, "exec", lambda self: self.save() or self.result())
    assert PartyForm.edit(ctx, view.id) is True
    assert PartyForm.create(ctx, "company") is None  # no name: the form stays open (here: cancelled)


def test_company_picker_links_the_person(ctx, open_form, qtbot):
    acme = factories.company(ctx.db, "Acme Impianti S.r.l.")
    factories.person(ctx.db, "Acme", "Person")  # a person: not offered
    form = open_form("person")
    qtbot.keyClicks(form.last_name, "Verdi")
    form.company.setFocus()
    qtbot.keyClicks(form.company, "acme")
    qtbot.waitUntil(lambda: form.company.results.rowCount() > 0, timeout=2000)
    assert form.company.results.rowCount() == 1
    form.company.pick_row(0)
    assert form.company.company_id == acme.id
    assert form.company.text() == "Acme Impianti S.r.l."
    qtbot.keyClicks(form.role, "Direttore")
    _click(qtbot, form.save_button)
    view = get_party(form.saved_id)
    assert [(a.company.id, a.role) for a in view.companies] == [(acme.id, "Direttore")]
    # editing: clearing the company unlinks the person
    edit = open_form(party_id=view.id)
    assert edit.company.company_id == acme.id
    edit.company.clear()
    _click(qtbot, edit.save_button)
    assert get_party(view.id).companies == ()


def test_a_company_typed_but_not_chosen_is_pointed_out(ctx, open_form, qtbot):
    form = open_form("person")
    qtbot.keyClicks(form.last_name, "Verdi")
    qtbot.keyClicks(form.company, "Nowhere Ltd")
    _click(qtbot, form.save_button)
    assert "company" in form.errors.visible()
    assert party_ids(PartyQuery()) == []


def test_ctrl_enter_saves(ctx, open_form, qtbot):
    form = open_form("company")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    qtbot.keyClicks(form.name, "Beta S.p.A.")
    qtbot.keyClick(form.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.result() == QDialog.DialogCode.Accepted
    assert get_party(form.saved_id).name == "Beta S.p.A."


def test_duplicate_panel_then_merge(ctx, open_form, qtbot):
    existing = factories.person(ctx.db, "Mario", "Rossi", emails=["mario@rossi.it"])
    form = open_form("person")
    qtbot.keyClicks(form.first_name, "M.")
    qtbot.keyClicks(form.last_name, "Rossi")
    qtbot.keyClicks(form.emails.line(0), "MARIO@rossi.it")
    qtbot.keyClicks(form.phones.line(0), "347 123 4567")
    _click(qtbot, form.save_button)
    new_id = form.saved_id
    assert new_id != existing.id
    assert form.result() != QDialog.DialogCode.Accepted  # still open, showing the panel
    assert form.duplicates.isVisible()
    assert "Mario Rossi" in form.duplicates.findChildren(type(form.duplicates.title))[1].text()
    assert not form.fields.isEnabled() and form.save_button.isHidden()
    open_button, merge_button = form.duplicates.buttons[existing.id]
    with qtbot.waitSignal(ctx.bus.changed):
        _click(qtbot, merge_button)
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.saved_id == existing.id
    merged = get_party(existing.id)
    assert merged.phones == ["+393471234567"]  # what the new record brought
    with pytest.raises(NotFound):
        get_party(new_id)


def test_duplicate_panel_open_existing_or_keep_both(ctx, open_form, qtbot):
    existing = factories.company(ctx.db, "Gamma", emails=["info@gamma.it"])
    form = open_form("company")
    qtbot.keyClicks(form.name, "Gamma Srl")
    qtbot.keyClicks(form.emails.line(0), "info@gamma.it")
    _click(qtbot, form.save_button)
    open_button, _ = form.duplicates.buttons[existing.id]
    _click(qtbot, open_button)
    assert form.result() == QDialog.DialogCode.Accepted and form.saved_id == existing.id

    again = open_form("company")
    qtbot.keyClicks(again.name, "Gamma S.r.l.")
    qtbot.keyClicks(again.emails.line(0), "info@gamma.it")
    _click(qtbot, again.save_button)
    assert again.duplicates.isVisible()
    keep = again.buttons.button(again.buttons.StandardButton.Cancel)
    _click(qtbot, keep)  # "Keep both"
    assert again.result() == QDialog.DialogCode.Accepted
    assert get_party(again.saved_id).name == "Gamma S.r.l."


def test_the_sdi_code_is_checked_as_typed_and_saved(ctx, open_form, qtbot):
    form = open_form("company")
    qtbot.keyClicks(form.name, "Rossi Impianti S.r.l.")
    qtbot.keyClicks(form.sdi_code, "m5ux")
    _click(qtbot, form.save_button)
    assert form.saved_id is None
    assert set(form.errors.visible()) == {"sdi_code"}
    form.sdi_code.clear()
    qtbot.keyClicks(form.sdi_code, "m5uxcr1")
    _click(qtbot, form.save_button)
    assert form.result() == QDialog.DialogCode.Accepted
    assert get_party(form.saved_id).sdi_code == "M5UXCR1"
