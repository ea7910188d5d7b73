"""Chat and social addresses on the contact form: added, changed and removed like e-mails and phones (the service
from the list or typed, the address), a service without an address refused under its line, and the History tab
recording the change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smallcrm.domain import ContactKind
from smallcrm.services.parties.parties import get_party
from smallcrm.services.privacy.audit import list_audit
from tests import factories
from ui.parties.party_form import PartyForm


def _form(ctx, qtbot, party_id: int | None = None) -> PartyForm:
    form = PartyForm(ctx, "person", party_id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _save(qtbot, form: PartyForm) -> None:
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def _points(party_id: int, kind: ContactKind) -> list[tuple[str, str]]:
    return [(p.label, p.value) for p in get_party(party_id).points(kind)]


def test_chats_and_social_profiles_typed_in_the_form_are_saved(ctx, qtbot):
    form = _form(ctx, qtbot)
    qtbot.keyClicks(form.last_name, "Rossi")
    form.ims.service(0).setCurrentIndex(form.ims.service(0).findText("Skype"))  # chosen from the list
    qtbot.keyClicks(form.ims.line(0), "mario.rossi")
    qtbot.mouseClick(form.ims.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.ims.service(1).lineEdit(), "Threema")  # a service not in the list
    qtbot.keyClicks(form.ims.line(1), "ABCD1234")
    form.socials.service(0).setCurrentText("LinkedIn")
    qtbot.keyClicks(form.socials.line(0), "https://www.linkedin.com/in/mario-rossi")
    _save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    assert _points(form.saved_id, ContactKind.IM) == [("skype", "mario.rossi"), ("threema", "ABCD1234")]
    assert _points(form.saved_id, ContactKind.SOCIAL) == [("linkedin", "https://www.linkedin.com/in/mario-rossi")]


def test_chats_are_shown_changed_and_removed_and_the_history_records_it(ctx, qtbot):
    person = factories.person(ctx.db, "Mario", "Rossi", ims=["skype: mario.rossi", "telegram: @mrossi"],
                              socials=["twitter: @mario"])
    form = _form(ctx, qtbot, person.id)
    assert [form.ims.service(i).currentText() for i in range(form.ims.count())] == ["Skype", "Telegram"]
    assert form.ims.values() == ["skype: mario.rossi", "telegram: @mrossi"]
    form.ims.line(0).clear()
    qtbot.keyClicks(form.ims.line(0), "m.rossi.it")  # changed
    qtbot.mouseClick(form.ims.remove_button(1), Qt.MouseButton.LeftButton)  # Telegram removed
    form.socials.remove_button(0).click()  # the one social profile removed (its × hidden): its line empties
    assert form.socials.values() == [""]
    _save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    assert _points(person.id, ContactKind.IM) == [("skype", "m.rossi.it")]
    assert _points(person.id, ContactKind.SOCIAL) == []
    changed = {e.field: (e.old_value, e.new_value) for e in list_audit(person.id) if e.field in ("ims", "socials")}
    assert changed == {"ims": ("skype: mario.rossi, telegram: @mrossi", "skype: m.rossi.it"),
                       "socials": ("twitter: @mario", "")}


def test_a_service_without_an_address_is_pointed_out_under_its_line(ctx, qtbot, english):
    person = factories.person(ctx.db, "Mario", "Rossi", ims=["skype: mario.rossi"])
    form = _form(ctx, qtbot, person.id)
    qtbot.mouseClick(form.ims.add_button, Qt.MouseButton.LeftButton)
    form.ims.service(1).setCurrentText("WhatsApp")
    _save(qtbot, form)
    assert form.result() != QDialog.DialogCode.Accepted
    assert form.errors.visible() == {"ims": "Write the address on WhatsApp: a user name, a number or a profile's "
                                            "link"}
    assert form.focusWidget() is form.ims.line(1)
    assert _points(person.id, ContactKind.IM) == [("skype", "mario.rossi")]  # nothing saved
    qtbot.keyClicks(form.ims.line(1), "+39 333 123 4567")
    _save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    assert _points(person.id, ContactKind.IM) == [("skype", "mario.rossi"), ("whatsapp", "+39 333 123 4567")]
