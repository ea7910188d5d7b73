"""Merging two records of the same party into one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from smallcrm.changes import Changes
from smallcrm.db.models import Party
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.parties.lists import PartyQuery, party_ids
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.parties.parties import (
    AddressDraft,
    get_party,
    link_person_to_company,
    list_trash,
    restore_party,
    set_tags,
    unlink_person_from_company,
)
from smallcrm.services.parties.search import search_parties
from smallcrm.services.timeline.communications import list_communications
from smallcrm.services.timeline.tasks import list_tasks
from tests import factories


def _log(db, party_id, subject, **fields):
    return factories.communication(db, party_id, subject, **fields)


def test_merge_moves_everything_to_the_survivor(db, person, company):
    acme, beta = company("Acme S.r.l."), company("Beta S.p.A.")
    survivor = person("Mario", "Rossi", emails=["mario@acme.it"], phones=["333 1234567"], tags=["vip"],
                      company_id=acme.id, role="Buyer",
                      addresses=[AddressDraft(street="Via Roma 1", city="Milano")])
    loser = person("Mario", "Rossi Jr", job_title="CTO", notes="met at the fair",
                   emails=["m.rossi@gmail.com", "MARIO@acme.it"], phones=["+39 333 123 4567", "02 1234 5678"],
                   tags=["VIP", "newsletter"], company_id=beta.id, role="Advisor",
                   addresses=[AddressDraft(street="via roma 1", city="MILANO"),
                              AddressDraft(street="Corso Italia 2", city="Torino")])
    call = _log(db, loser.id, "first call")
    on_behalf = _log(db, acme.id, "meeting", kind="meeting", person_id=loser.id)
    task = factories.task(db, "send the offer", loser.id)

    view, changes = merge_parties(db, survivor.id, loser.id)

    assert changes == Changes(parties={survivor.id, loser.id})
    assert view.id == survivor.id and view.name == "Mario Rossi"
    # the survivor's own primary e-mail stays primary, the same address is not doubled
    assert view.emails == ["mario@acme.it", "m.rossi@gmail.com"]
    assert [p.is_primary for p in view.points("email")] == [True, False]
    assert view.phones == ["+393331234567", "+390212345678"]
    assert [p.is_primary for p in view.points("phone")] == [True, False]
    assert [(a.city, a.is_primary) for a in view.addresses] == [("Milano", True), ("Torino", False)]
    assert view.tags == ("newsletter", "vip")
    companies = {a.company.name: (a.role, a.is_primary) for a in view.companies}
    assert companies == {"Acme S.r.l.": ("Buyer", True), "Beta S.p.A.": ("Advisor", False)}
    # empty fields filled from the loser, notes kept
    assert (view.job_title, view.notes) == ("CTO", "met at the fair")
    # communications and tasks follow
    assert {c.id for c in list_communications(survivor.id)} == {call.id, on_behalf.id}
    assert list_communications(loser.id) == []
    assert [t.id for t in list_tasks(survivor.id)] == [task.id]
    assert list_tasks(loser.id) == []
    assert [m.person.id for m in get_party(beta.id).members] == [survivor.id]

    # the loser is in the trash, marked, and cannot come back
    with pytest.raises(NotFound):
        get_party(loser.id)
    assert set(party_ids(PartyQuery())) == {acme.id, beta.id, survivor.id}
    assert list_trash() == []  # merged records are not offered for restore
    assert party_ids(PartyQuery(trash=True)) == []
    with pytest.raises(ValidationError) as info:
        restore_party(db, loser.id)
    assert info.value.code == "merged"
    assert info.value.params["survivor"] == survivor.id


def test_merge_marks_the_loser(db, person):
    a, b = person("Anna", "Bianchi"), person("Anna", "Bianchini")
    merge_parties(db, a.id, b.id)
    row = Party.get_by_id(b.id)
    assert row.merged_into_id == a.id
    assert row.deleted_at is not None


def test_search_forgets_the_loser_name(db, person):
    survivor, loser = person("Anna", "Bianchi"), person("Anna", "Bianchetti", emails=["anna@b.it"])
    assert {h.id for h in search_parties("bianchetti")} == {loser.id}
    merge_parties(db, survivor.id, loser.id)
    assert search_parties("bianchetti") == []
    # what moved over is found on the survivor; the survivor's own name as well
    assert [h.id for h in search_parties("anna@b")] == [survivor.id]
    assert [h.id for h in search_parties("bianchi")] == [survivor.id]
    assert [h.id for h in search_parties("anna")] == [survivor.id]


def test_merge_fills_a_missing_first_name_into_the_display_name(db, person):
    survivor, loser = person("", "Bianchi"), person("Anna", "Bianchi")
    view, _ = merge_parties(db, survivor.id, loser.id)
    assert (view.first_name, view.last_name, view.name) == ("Anna", "Bianchi", "Anna Bianchi")
    assert [h.name for h in search_parties("anna bianchi")] == ["Anna Bianchi"]
    assert search_parties("anna bianchi")[0].rank == 0


def test_merging_companies_moves_their_people(db, person, company):
    survivor = company("Acme S.r.l.", vat_number="00743110157")
    loser = company("ACME srl", phones=["02 1234 5678"])
    mario, anna = person("Mario", "Rossi", company_id=loser.id), person("Anna", "Verdi", company_id=loser.id)
    both = person("Luca", "Neri", company_id=survivor.id)
    link_person_to_company(db, both.id, loser.id, "Consultant")  # now Luca's main company
    view, _ = merge_parties(db, survivor.id, loser.id)
    assert {m.person.id for m in view.members} == {mario.id, anna.id, both.id}
    # Luca's main company was the loser: it is the survivor now, not none at all
    assert [(a.company.id, a.is_primary) for a in get_party(both.id).companies] == [(survivor.id, True)]
    assert view.phones == ["+390212345678"]
    assert [a.company.id for a in get_party(mario.id).companies] == [survivor.id]
    # people are found by the survivor's name and no more by the loser's
    assert {h.id for h in search_parties("acme s.r.l")} == {survivor.id, mario.id, anna.id, both.id}
    assert search_parties("acme srl") == []


def test_merge_brings_back_links_the_survivor_had_trashed(db, person, company):
    acme = company()
    survivor = person("Mario", "Rossi", tags=["vip"], company_id=acme.id, role="Buyer")
    set_tags(db, survivor.id, [])
    unlink_person_from_company(db, survivor.id, acme.id)
    loser = person("Mario", "Rossi", tags=["VIP"], company_id=acme.id, role="Head buyer")
    view, _ = merge_parties(db, survivor.id, loser.id)
    assert view.tags == ("vip",)
    assert [(a.company.id, a.role, a.is_primary) for a in view.companies] == [(acme.id, "Head buyer", True)]
    assert [m.person.id for m in get_party(acme.id).members] == [survivor.id]


def test_merge_chain_points_to_the_last_survivor(db, person):
    a, b, c = person("A", "Uno"), person("A", "Due"), person("A", "Tre")
    merge_parties(db, b.id, c.id)
    merge_parties(db, a.id, b.id)
    assert Party.get_by_id(c.id).merged_into_id == a.id
    assert Party.get_by_id(b.id).merged_into_id == a.id


def test_merge_refusals(db, person, company):
    mario, acme = person(), company()
    with pytest.raises(Conflict) as info:
        merge_parties(db, mario.id, mario.id)
    assert info.value.code == "merge_self"
    with pytest.raises(Conflict) as info:
        merge_parties(db, mario.id, acme.id)
    assert info.value.code == "merge_kinds"
    with pytest.raises(NotFound):
        merge_parties(db, mario.id, 999)
    assert get_party(mario.id).deleted_at is None
    assert get_party(acme.id).deleted_at is None


def test_merge_keeps_communication_times(db, person):
    a, b = person("A", "Uno"), person("A", "Due")
    when = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    comm = _log(db, b.id, "call", occurred_at=when)
    merge_parties(db, a.id, b.id)
    assert [c.occurred_at for c in list_communications(a.id)] == [datetime(2024, 3, 1, 9, 30)]
    assert list_communications(a.id)[0].id == comm.id
