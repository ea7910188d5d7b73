"""Party lists: filters and sorting in SQL, ids for a lazy view, rows loaded by id."""

from __future__ import annotations

import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.parties.lists import (
    PartyQuery,
    count_parties,
    list_parties,
    list_tags,
    party_ids,
    party_rows,
)
from smallcrm.services.parties.parties import AddressDraft, draft_of, set_tags, trash_party, update_party


@pytest.fixture
def crowd(db, person, company):
    acme = company("Acme S.r.l.", stage="customer", owner="anna", tags=["supplier", "vip"])
    return {
        "acme": acme,
        "mario": person("Mario", "Rossi", stage="customer", owner="anna", tags=["VIP"], company_id=acme.id,
                        emails=["mario@acme.it", "m@home.it"], phones=["333 1234567"],
                        addresses=[AddressDraft(street="Via Roma 1", city="Milano")]),
        "luca": person("Luca", "Grossi", stage="lead", owner="bob", tags=["newsletter"]),
        "anna": person("Anna", "Bianchi", stage="prospect", owner="", phones=["02 1234 5678"]),
        "beta": company("Beta S.p.A.", stage="lead", owner="bob"),
    }


def _names(db, query: PartyQuery) -> list[str]:
    return [row.name for row in party_rows(party_ids(query))]


def test_everyone_in_name_order(db, crowd):
    assert _names(db, PartyQuery()) == ["Acme S.r.l.", "Beta S.p.A.", "Anna Bianchi", "Luca Grossi",
                                        "Mario Rossi"]
    assert count_parties(PartyQuery()) == 5


def test_filters(db, crowd):
    assert _names(db, PartyQuery(kind="company")) == ["Acme S.r.l.", "Beta S.p.A."]
    assert _names(db, PartyQuery(kind="Person")) == ["Anna Bianchi", "Luca Grossi", "Mario Rossi"]
    assert _names(db, PartyQuery(tag="vip")) == ["Acme S.r.l.", "Mario Rossi"]
    assert _names(db, PartyQuery(tag="Vip", kind="person")) == ["Mario Rossi"]
    assert _names(db, PartyQuery(tag="nobody")) == []
    assert _names(db, PartyQuery(stage="lead")) == ["Beta S.p.A.", "Luca Grossi"]
    assert _names(db, PartyQuery(stage="key_customer")) == []
    assert _names(db, PartyQuery(owner="bob")) == ["Beta S.p.A.", "Luca Grossi"]
    assert _names(db, PartyQuery(owner="")) == ["Anna Bianchi"]
    assert _names(db, PartyQuery(owner="anna", stage="customer", kind="person")) == ["Mario Rossi"]
    assert count_parties(PartyQuery(owner="anna")) == 2


def test_text_filter(db, crowd):
    assert _names(db, PartyQuery(text="ross")) == ["Luca Grossi", "Mario Rossi"]
    assert _names(db, PartyQuery(text="acme")) == ["Acme S.r.l.", "Mario Rossi"]  # people of the company
    assert _names(db, PartyQuery(text="mario ross")) == ["Mario Rossi"]
    assert _names(db, PartyQuery(text="ro")) == ["Mario Rossi"]  # short: a word start
    assert _names(db, PartyQuery(text="333 123")) == ["Mario Rossi"]
    assert _names(db, PartyQuery(text="02 1234")) == ["Anna Bianchi"]
    assert _names(db, PartyQuery(text="bianchì")) == ["Anna Bianchi"]
    assert _names(db, PartyQuery(text="ross", stage="lead")) == ["Luca Grossi"]
    assert _names(db, PartyQuery(text="   ")) == _names(db, PartyQuery())
    assert count_parties(PartyQuery(text="ross")) == 2


def test_rows_show_the_main_details(db, crowd):
    (row,) = party_rows([crowd["mario"].id])
    assert (row.id, row.kind, row.name, row.company) == (crowd["mario"].id, "person", "Mario Rossi", "Acme S.r.l.")
    assert (row.email, row.phone, row.city) == ("mario@acme.it", "+393331234567", "Milano")
    assert (row.stage, row.owner) == ("customer", "anna")
    assert row.tags == "vip"  # "VIP" is the tag Acme brought in first as "vip"
    assert row.updated_at == crowd["mario"].updated_at
    (bare,) = party_rows([crowd["beta"].id])
    assert (bare.company, bare.email, bare.phone, bare.city, bare.tags) == ("", "", "", "", "")
    (acme,) = party_rows([crowd["acme"].id])
    assert sorted(acme.tags.split(", ")) == ["supplier", "vip"]


def test_rows_come_in_the_order_of_the_ids(db, crowd):
    ids = [crowd[k].id for k in ("luca", "acme", "mario", "beta")]
    assert [row.id for row in party_rows(ids)] == ids
    assert [row.id for row in party_rows([*reversed(ids), 999])] == list(reversed(ids))  # missing: skipped
    assert party_rows([]) == []


def test_sorting(db, crowd):
    by_name = party_ids(PartyQuery())
    assert party_ids(PartyQuery(descending=True)) == list(reversed(by_name))
    # touch Luca, then Acme: they become the most recently updated
    update_party(db, crowd["luca"].id, draft_of(crowd["luca"]))
    set_tags(db, crowd["acme"].id, ["supplier"])
    update_party(db, crowd["acme"].id, draft_of(crowd["acme"]))
    recent = party_ids(PartyQuery(order_by="updated", descending=True))
    assert recent[:2] == [crowd["acme"].id, crowd["luca"].id]
    assert party_ids(PartyQuery(order_by="updated")) == list(reversed(recent))
    rows = party_rows(recent)
    assert [r.updated_at for r in rows] == sorted((r.updated_at for r in rows), reverse=True)
    assert _names(db, PartyQuery(order_by="stage", kind="person")) == ["Mario Rossi", "Luca Grossi",
                                                                       "Anna Bianchi"]
    with pytest.raises(ValidationError) as info:
        party_ids(PartyQuery(order_by="shoe_size"))
    assert (info.value.field, info.value.code) == ("order_by", "choice_invalid")


def test_bad_filters_name_their_field(db, crowd):
    with pytest.raises(ValidationError) as info:
        party_ids(PartyQuery(kind="robot"))
    assert info.value.field == "kind"
    with pytest.raises(ValidationError) as info:
        count_parties(PartyQuery(stage="friend"))
    assert info.value.field == "stage"


def test_pages_agree_with_the_ids(db, person):
    for i in range(23):
        person("Anna", f"Neri{i:02d}")
    for query in (PartyQuery(), PartyQuery(descending=True), PartyQuery(order_by="updated", descending=True),
                  PartyQuery(text="neri1")):
        ids = party_ids(query)
        pages = [list_parties(query, offset=offset, limit=5) for offset in range(0, len(ids) + 5, 5)]
        assert [row.id for page in pages for row in page] == ids
        assert all(len(page) == 5 for page in pages[:len(ids) // 5])
    assert len(party_ids(PartyQuery(text="neri1"))) == 10
    assert list_parties(PartyQuery(), offset=100) == []


def test_trash_list(db, crowd):
    trash_party(db, crowd["luca"].id)
    trash_party(db, crowd["beta"].id)
    assert _names(db, PartyQuery()) == ["Acme S.r.l.", "Anna Bianchi", "Mario Rossi"]
    assert _names(db, PartyQuery(trash=True)) == ["Beta S.p.A.", "Luca Grossi"]
    assert _names(db, PartyQuery(trash=True, kind="person")) == ["Luca Grossi"]
    assert count_parties(PartyQuery(trash=True)) == 2
    assert _names(db, PartyQuery(tag="newsletter")) == []


def test_tags_in_use(db, crowd):
    assert list_tags() == [("newsletter", 1), ("supplier", 1), ("vip", 2)]
    trash_party(db, crowd["mario"].id)
    set_tags(db, crowd["luca"].id, [])
    assert list_tags() == [("supplier", 1), ("vip", 1)]


def test_a_page_reads_its_details_from_covering_indexes(db):
    """Paging a large list reads scattered parties: their details must come from index pages alone
    (migration 0011), not from each contact point, address, affiliation and tag link row as well."""
    from smallcrm.db.models import database
    from smallcrm.services.parties.lists import _PAGE_SQL

    plan = [row[3] for row in database.execute_sql("EXPLAIN QUERY PLAN " + _PAGE_SQL.format(marks="?,?"), [1, 2])]
    details = [step for step in plan if step.startswith("SEARCH") and " p " not in step and " c " not in step
               and " t " not in step]
    assert len(details) == 5, plan  # company, e-mail, phone, city, tags
    assert all("USING COVERING INDEX" in step for step in details), plan
