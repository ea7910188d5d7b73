"""Persons and companies: create, edit, tag, link, trash and restore."""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.changes import Changes
from smallcrm.errors import NotFound, ValidationError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.parties.lists import PartyQuery, party_ids
from smallcrm.services.parties.parties import (
    AddressDraft,
    PartyDraft,
    create_party,
    draft_of,
    get_party,
    link_person_to_company,
    list_trash,
    restore_party,
    set_tags,
    trash_party,
    unlink_person_from_company,
    update_party,
)
from smallcrm.services.parties.search import search_parties


def _error(db, draft: PartyDraft) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        create_party(db, draft)
    return info.value


def test_create_person_with_everything(db):
    view, changes = create_party(db, PartyDraft(
        first_name=" Mario ", last_name="Rossi ", job_title="Buyer", stage="customer", source="fair 2024",
        notes=" likes espresso ", birthday=date(1985, 12, 10), tax_code="rssmra85t10a562s",
        emails=["Mario.Rossi@Example.com", "", "mario@home.it", "mario.rossi@example.com"],
        phones=["333 123 4567", "02 1234 5678"], websites=["rossi.it"], tags=["VIP", "fair", "vip", " "],
        addresses=[AddressDraft(street="Via Roma 1", postal_code="20100", city="Milano", province="mi"),
                   AddressDraft()],
    ))
    assert changes == Changes(parties={view.id})
    assert changes.kinds() == {"parties"}
    assert (view.kind, view.name, view.first_name, view.last_name) == ("person", "Mario Rossi", "Mario", "Rossi")
    assert (view.job_title, view.stage, view.source, view.notes) == ("Buyer", "customer", "fair 2024",
                                                                      "likes espresso")
    assert view.birthday == date(1985, 12, 10)
    assert view.tax_code == "RSSMRA85T10A562S"
    assert view.country == "IT"  # the default country
    assert view.owner == ""
    # blanks skipped, the same address written twice kept once, the first one primary
    assert view.emails == ["Mario.Rossi@example.com", "mario@home.it"]
    assert [p.is_primary for p in view.points("email")] == [True, False]
    assert view.phones == ["+393331234567", "+390212345678"]
    assert [(p.label, p.display) for p in view.points("phone")] == [("mobile", "+39 333 123 4567"),
                                                                     ("", "+39 02 1234 5678")]
    assert [p.value for p in view.points("web")] == ["https://rossi.it"]
    assert view.tags == ("fair", "VIP")  # one tag whatever the case, in folded order
    assert len(view.addresses) == 1
    address = view.addresses[0]
    assert (address.street, address.city, address.province, address.country, address.is_primary) == (
        "Via Roma 1", "Milano", "MI", "IT", True)
    assert address.one_line() == "Via Roma 1, 20100 Milano (MI), IT"
    assert view.uid and view.created_at and view.deleted_at is None
    assert view.likely_duplicates == ()
    assert get_party(view.id) == view


def test_create_company(db):
    view, changes = create_party(db, PartyDraft(kind="company", name=" Acme S.r.l. ",
                                                vat_number="00743110157", tax_code="00743110157"))
    assert changes.parties == {view.id}
    assert (view.kind, view.name, view.first_name, view.last_name) == ("company", "Acme S.r.l.", "", "")
    assert view.vat_number == "IT00743110157"
    assert view.tax_code == "00743110157"
    assert view.companies == () and view.members == ()


def test_person_needs_a_name(db):
    error = _error(db, PartyDraft(first_name="  ", last_name=""))
    assert (error.field, error.code) == ("last_name", "required")
    assert create_party(db, PartyDraft(last_name="Bianchi"))[0].name == "Bianchi"
    assert create_party(db, PartyDraft(first_name="Cher"))[0].name == "Cher"


def test_company_needs_a_name(db):
    error = _error(db, PartyDraft(kind="company", name="  ", first_name="Mario"))
    assert (error.field, error.code) == ("name", "required")


@pytest.mark.parametrize(("draft", "field", "code"), [
    (PartyDraft(last_name="R", emails=["mario@"]), "emails[0]", "email_invalid"),
    (PartyDraft(last_name="R", emails=["ok@example.com", "not an email"]), "emails[1]", "email_invalid"),
    # the index is the position in the form, blank lines counted
    (PartyDraft(last_name="R", emails=["", "bad@"]), "emails[1]", "email_invalid"),
    (PartyDraft(last_name="R", phones=["12"]), "phones[0]", "phone_invalid"),
    (PartyDraft(last_name="R", phones=["333 1234567", "call me"]), "phones[1]", "phone_invalid"),
    (PartyDraft(last_name="R", websites=["nowhere"]), "websites[0]", "website_invalid"),
    (PartyDraft(kind="company", name="A", vat_number="00743110158"), "vat_number", "number_invalid"),
    (PartyDraft(kind="company", name="A", vat_number="18547291", country="RO"), "vat_number", "number_invalid"),
    (PartyDraft(kind="company", name="A", vat_number="DE136695977"), "vat_number", "number_invalid"),
    (PartyDraft(last_name="R", tax_code="RSSMRA85T10A562X"), "tax_code", "number_invalid"),
    (PartyDraft(last_name="R", stage="friend"), "stage", "choice_invalid"),
    (PartyDraft(kind="robot", name="R2"), "kind", "choice_invalid"),
    (PartyDraft(last_name="R", country="Italy"), "country", "country_invalid"),
])
def test_bad_input_names_the_field(db, draft, field, code):
    error = _error(db, draft)
    assert (error.field, error.code) == (field, code)
    assert party_ids(PartyQuery()) == []  # nothing half-written


def test_numbers_read_in_the_party_country(db):
    ro, _ = create_party(db, PartyDraft(kind="company", name="Ștefănescu SRL", country="ro",
                                        vat_number="18547290", phones=["0721 234 567"]))
    assert ro.country == "RO"
    assert ro.vat_number == "RO18547290"
    assert ro.phones == ["+40721234567"]
    de, _ = create_party(db, PartyDraft(kind="company", name="Beispiel GmbH", country="DE",
                                        vat_number="136695976"))
    assert de.vat_number == "DE136695976"
    it, _ = create_party(db, PartyDraft(kind="company", name="Foreign client", vat_number="DE136695976"))
    assert (it.country, it.vat_number) == ("IT", "DE136695976")


def test_defaults_come_from_settings(db):
    set_setting(db, "default_country", "ro")
    set_setting(db, "default_owner", "anna")
    view, _ = create_party(db, PartyDraft(last_name="Popescu", phones=["0721 234 567"]))
    assert (view.country, view.owner, view.phones) == ("RO", "anna", ["+40721234567"])
    assert create_party(db, PartyDraft(last_name="X", owner="  bob "))[0].owner == "bob"


def test_draft_of_round_trips(db, company):
    acme = company()
    view, _ = create_party(db, PartyDraft(
        first_name="Mario", last_name="Rossi", emails=["a@example.com", "b@example.com"],
        phones=["333 1234567"], websites=["rossi.it"], tags=["vip"], company_id=acme.id, role="CEO",
        addresses=[AddressDraft(street="Via Roma 1", city="Milano", label="office")], notes="n"))
    again, changes = update_party(db, view.id, draft_of(view))
    assert changes == Changes(parties={view.id})
    # the same rows (ids) survive a save that changes nothing
    assert again.contact_points == view.contact_points
    assert again.addresses == view.addresses
    assert (again.tags, again.companies) == (view.tags, view.companies)
    assert again.companies[0].role == "CEO"
    assert again.updated_at >= view.updated_at


def test_update_changes_fields_and_contact_points(db, person):
    view = person(emails=["a@example.com", "b@example.com"], phones=["333 1234567"])
    draft = draft_of(view)
    draft.last_name = "Bianchi"
    draft.emails = ["b@example.com", "c@example.com"]  # a removed, b made primary, c added
    draft.phones = []
    draft.stage = "prospect"
    updated, _ = update_party(db, view.id, draft)
    assert (updated.name, updated.stage) == ("Mario Bianchi", "prospect")
    assert updated.emails == ["b@example.com", "c@example.com"]
    assert [p.is_primary for p in updated.points("email")] == [True, False]
    kept = {p.value: p.id for p in view.points("email")}
    assert {p.value: p.id for p in updated.points("email")}["b@example.com"] == kept["b@example.com"]
    assert updated.phones == []


def test_update_refuses_bad_input_and_keeps_the_record(db, person):
    view = person(emails=["a@example.com"])
    draft = draft_of(view)
    draft.emails = ["a@example.com", "nope"]
    draft.last_name = "Changed"
    with pytest.raises(ValidationError) as info:
        update_party(db, view.id, draft)
    assert info.value.field == "emails[1]"
    assert get_party(view.id).name == "Mario Rossi"


def test_kind_is_fixed(db, person):
    view = person()
    with pytest.raises(ValidationError) as info:
        update_party(db, view.id, PartyDraft(kind="company", name="Rossi S.p.A."))
    assert (info.value.field, info.value.code) == ("kind", "kind_fixed")


def test_update_and_get_missing_party(db):
    with pytest.raises(NotFound):
        update_party(db, 999, PartyDraft(last_name="X"))
    with pytest.raises(NotFound):
        get_party(999)


def test_addresses_replaced_only_when_they_change(db, person):
    view = person(addresses=[AddressDraft(street="Via Roma 1", city="Milano")])
    same, _ = update_party(db, view.id, draft_of(view))
    assert same.addresses == view.addresses
    draft = draft_of(view)
    draft.addresses = [AddressDraft(street="Corso Italia 2", city="Torino"), draft.addresses[0]]
    moved, _ = update_party(db, view.id, draft)
    assert [(a.city, a.is_primary) for a in moved.addresses] == [("Torino", True), ("Milano", False)]


def test_set_tags(db, person):
    view = person(tags=["vip", "fair"])
    changes = set_tags(db, view.id, ["Fair", "newsletter", " ", "newsletter"])
    assert changes == Changes(parties={view.id})
    assert get_party(view.id).tags == ("fair", "newsletter")
    set_tags(db, view.id, ["vip"])  # a link removed earlier comes back
    assert get_party(view.id).tags == ("vip",)
    set_tags(db, view.id, [])
    assert get_party(view.id).tags == ()
    with pytest.raises(NotFound):
        set_tags(db, 999, ["x"])


def test_person_and_company_links(db, person, company):
    acme, beta = company("Acme S.r.l."), company("Beta S.p.A.")
    mario = person(company_id=acme.id, role="Buyer")
    assert [(a.company.name, a.role, a.is_primary) for a in mario.companies] == [("Acme S.r.l.", "Buyer", True)]
    assert [a.person.id for a in get_party(acme.id).members] == [mario.id]

    changes = link_person_to_company(db, mario.id, beta.id, "Consultant")
    assert changes == Changes(parties={mario.id, beta.id})
    links = {a.company.name: (a.role, a.is_primary) for a in get_party(mario.id).companies}
    assert links == {"Beta S.p.A.": ("Consultant", True), "Acme S.r.l.": ("Buyer", False)}

    changes = unlink_person_from_company(db, mario.id, beta.id)
    assert changes == Changes(parties={mario.id, beta.id})
    assert [a.company.name for a in get_party(mario.id).companies] == ["Acme S.r.l."]
    assert get_party(beta.id).members == ()

    link_person_to_company(db, mario.id, beta.id)  # back again, role kept
    assert {a.company.name: a.role for a in get_party(mario.id).companies}["Beta S.p.A."] == "Consultant"


def test_only_people_work_for_companies(db, person, company):
    acme, mario = company(), person()
    with pytest.raises(ValidationError) as info:
        create_party(db, PartyDraft(kind="company", name="Sub", company_id=acme.id))
    assert info.value.field == "company_id"
    with pytest.raises(NotFound):
        link_person_to_company(db, mario.id, mario.id)  # a person is not a company
    with pytest.raises(NotFound):
        link_person_to_company(db, acme.id, acme.id)
    with pytest.raises(NotFound):
        create_party(db, PartyDraft(last_name="Verdi", company_id=999))


def test_trash_and_restore(db, person, company):
    mario, luca = person(), person("Luca", "Rossini")
    changes = trash_party(db, mario.id)
    assert changes == Changes(parties={mario.id})
    assert party_ids(PartyQuery()) == [luca.id]
    assert [h.id for h in search_parties("ross")] == [luca.id]
    assert [v.id for v in list_trash()] == [mario.id]
    assert party_ids(PartyQuery(trash=True)) == [mario.id]
    with pytest.raises(NotFound):
        get_party(mario.id)
    trashed = get_party(mario.id, include_trash=True)
    assert trashed.deleted_at is not None
    with pytest.raises(NotFound):
        trash_party(db, mario.id)
    with pytest.raises(NotFound):
        update_party(db, mario.id, draft_of(trashed))

    assert restore_party(db, mario.id) == Changes(parties={mario.id})
    assert set(party_ids(PartyQuery())) == {mario.id, luca.id}
    assert {h.id for h in search_parties("ross")} == {mario.id, luca.id}
    assert list_trash() == []
    assert get_party(mario.id).deleted_at is None


def test_trashed_company_leaves_its_people_searchable_by_their_name_only(db, person, company):
    acme = company("Zeta Impianti")
    mario = person(company_id=acme.id)
    assert {h.id for h in search_parties("impianti")} == {acme.id, mario.id}
    trash_party(db, acme.id)
    assert search_parties("impianti") == []
    assert get_party(mario.id).companies == ()
    restore_party(db, acme.id)
    assert {h.id for h in search_parties("impianti")} == {acme.id, mario.id}


def test_restore_missing_party(db):
    with pytest.raises(NotFound):
        restore_party(db, 999)
