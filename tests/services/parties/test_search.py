"""Finding a party in a keystroke."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from smallcrm.db.connection import open_database
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.parties.parties import (
    PartyDraft,
    create_party,
    draft_of,
    link_person_to_company,
    restore_party,
    set_tags,
    trash_party,
    unlink_person_from_company,
    update_party,
)
from smallcrm.services.parties.search import phone_query, search_parties
from smallcrm.text import fold


def _names(db, text: str, **kw) -> list[str]:
    return [h.name for h in search_parties(text, **kw)]


def _first(db, text: str) -> tuple[str, int]:
    hit = search_parties(text)[0]
    return hit.name, hit.rank


def _ids(db, text: str) -> set[int]:
    return {h.id for h in search_parties(text)}


@pytest.fixture
def people(db, person, company):
    acme = company("Acme S.r.l.", vat_number="00743110157", tags=["supplier"])
    return {
        "acme": acme,
        "mario": person("Mario", "Rossi", emails=["mario.rossi@gmail.com"], phones=["333 123 4567"],
                        company_id=acme.id, tags=["vip"], notes="Prefers espresso after lunch"),
        "luca": person("Luca", "Grossi", phones=["02 1234 5678"]),
        "nicolo": person("Nicolò", "Bianchi"),
        "ion": person("Ion", "Ștefănescu", country="RO", phones=["0721 234 567"]),
        "nico": person("Nicolo", "Verdi"),
    }


def test_substrings_best_first(db, people):
    hits = search_parties("ross")
    assert [h.name for h in hits] == ["Mario Rossi", "Luca Grossi"]
    assert [h.rank for h in hits] == [1, 3]
    assert _names(db, "ossi") == ["Luca Grossi", "Mario Rossi"]  # same rank: name order
    assert _names(db, "ROSSI") == ["Mario Rossi", "Luca Grossi"]


def test_ranking_exact_prefix_word_prefix_substring(db, person, company):
    rossetti = company("Rossetti S.p.A.")
    person("Luca", "Grossi")
    person("Anna", "Verdi", company_id=rossetti.id)  # a word of her record, not of her name
    company("Studio Rossi")
    person("Mario", "Rossi")
    person("", "Ross")
    hits = search_parties("ross")
    assert [(h.name, h.rank) for h in hits] == [
        ("Ross", 0),  # the whole name
        ("Rossetti S.p.A.", 1), ("Mario Rossi", 1), ("Studio Rossi", 1),  # a word of the name, in name order
        ("Anna Verdi", 2),  # a word of the record (her company)
        ("Luca Grossi", 3),  # a substring
    ]
    # the whole name, in either order, is an exact match
    assert _first(db, "mario rossi") == ("Mario Rossi", 0)
    assert _first(db, "Rossi Mario") == ("Mario Rossi", 0)
    assert _first(db, "ma ro") == ("Mario Rossi", 1)


def test_accents_folded_both_ways(db, people):
    assert _names(db, "nicolo") == ["Nicolò Bianchi", "Nicolo Verdi"]
    assert _names(db, "Nicolò") == ["Nicolò Bianchi", "Nicolo Verdi"]
    assert _names(db, "stefanescu") == ["Ion Ștefănescu"]
    assert _names(db, "ȘTEFĂNESCU") == ["Ion Ștefănescu"]
    assert _names(db, "Ştefănescu") == ["Ion Ștefănescu"]  # with the cedilla look-alike


def test_phone_digits_in_any_format(db, people):
    mario, ion, luca = people["mario"].id, people["ion"].id, people["luca"].id
    for typed in ("333 123", "333123", "+39 333", "0039333", "0039 333 123 4567", "(333) 123-45", "+393331234567"):
        assert _ids(db, typed) == {mario}, typed
    assert _ids(db, "0721") == {ion}  # Romanian national form, with its trunk 0
    assert _ids(db, "+40 721 234") == {ion}
    assert _ids(db, "0040721") == {ion}
    assert _ids(db, "02 1234") == {luca}  # Italian landline, 0 included
    assert _ids(db, "999 999") == set()


def test_phone_query():
    assert phone_query("333 123") == "333123"
    assert phone_query("0039 333") == "39333"
    assert phone_query("+39 (02) 12.34-5") == "390212345"
    assert phone_query("12") is None
    assert phone_query("rossi") is None
    assert phone_query("via roma 12") is None


def test_one_and_two_characters_match_word_starts(db, people):
    assert set(_names(db, "r")) >= {"Mario Rossi", "Acme S.r.l."}
    assert "Luca Grossi" not in _names(db, "r")
    assert _names(db, "ro") == ["Mario Rossi"]
    assert _names(db, "gr") == ["Luca Grossi"]
    # "S.r.l." has a word "s", and Mario Rossi works there
    assert [(h.name, h.rank) for h in search_parties("Ș")] == [
        ("Acme S.r.l.", 1), ("Ion Ștefănescu", 1), ("Mario Rossi", 2)]
    assert _names(db, "st") == ["Ion Ștefănescu"]
    assert "Nicolò Bianchi" in _names(db, "ni")
    assert _names(db, "zz") == []
    assert _names(db, "  ") == []
    assert _names(db, "") == []


def test_company_name_finds_its_people(db, people):
    hits = search_parties("acme")
    assert [(h.name, h.kind) for h in hits] == [("Acme S.r.l.", "company"), ("Mario Rossi", "person")]
    assert hits[1].detail == "Acme S.r.l."  # what tells hits apart: the company
    assert _names(db, "ac") == ["Acme S.r.l.", "Mario Rossi"]


def test_tags_emails_notes_and_numbers(db, people):
    assert _names(db, "vip") == ["Mario Rossi"]
    assert _names(db, "supplier") == ["Acme S.r.l."]
    assert _names(db, "gmail") == ["Mario Rossi"]
    assert _names(db, "mario.rossi@") == ["Mario Rossi"]
    assert _names(db, "gm") == ["Mario Rossi"]  # the e-mail's domain is a word too
    assert _names(db, "espresso") == ["Mario Rossi"]
    assert _names(db, "00743110157") == ["Acme S.r.l."]  # partita IVA
    assert _names(db, "IT0074311") == ["Acme S.r.l."]


def test_detail_is_the_email_or_the_phone_without_a_company(db, people):
    (luca,) = search_parties("grossi")
    assert luca.detail == "+390212345678"
    assert luca.stage == "lead" and luca.kind == "person"


def test_multi_word_queries(db, people):
    assert _names(db, "mario ross") == ["Mario Rossi"]
    assert _names(db, "rossi mar") == ["Mario Rossi"]
    assert _names(db, "acme mario") == ["Mario Rossi"]
    assert _names(db, "mario r") == ["Mario Rossi"]
    assert _names(db, "m r") == ["Mario Rossi"]
    assert _names(db, "io ro") == ["Mario Rossi"]  # a piece across the end of a word
    assert _names(db, "mario verdi") == []
    assert _names(db, "luca rossi") == ["Luca Grossi"]  # "rossi" is in "grossi"
    assert _names(db, "luca bianchi") == []


@pytest.mark.parametrize("typed", ['"', "*", 'a"b', "(", "NEAR(", "-", "---", "'", "^ma", "ma*", "\\", "%",
                                   "_", "+++", "()", "...", "x" * 300])
def test_odd_input_is_text_not_syntax(db, person, typed):
    person("Mario", "O'Brien", notes='said "hi" (AND) NEAR*')
    assert search_parties(typed) == []


def test_quotes_and_operators_are_searched_as_text(db, person):
    person("Mario", "O'Brien", notes='said "hi" (AND) NEAR*')
    for typed in ("o'b", "O'BRIEN", '"hi"', "NEAR*", "and"):
        assert _names(db, typed) == ["Mario O'Brien"], typed


def test_limit(db, person):
    for i in range(30):
        person("Anna", f"Neri{i:02d}")
    assert len(search_parties("neri")) == 20
    assert len(search_parties("neri", limit=5)) == 5
    assert len(search_parties("an", limit=50)) == 30
    assert _names(db, "neri", limit=3) == ["Anna Neri00", "Anna Neri01", "Anna Neri02"]


def test_trash_excluded(db, people):
    trash_party(db, people["mario"].id)
    assert _names(db, "ross") == ["Luca Grossi"]
    assert _names(db, "ro") == []
    assert _names(db, "333 123") == []
    assert _names(db, "vip") == []
    restore_party(db, people["mario"].id)
    assert _names(db, "ro") == ["Mario Rossi"]


def test_index_follows_a_rename(db, people):
    mario = people["mario"]
    draft = draft_of(mario)
    draft.last_name = "Bianco"
    draft.emails = ["mario@bianco.it"]
    update_party(db, mario.id, draft)
    assert _names(db, "rossi") == ["Luca Grossi"]
    assert _names(db, "gmail") == []
    assert _names(db, "bianco") == ["Mario Bianco"]
    assert _names(db, "bianco.it") == ["Mario Bianco"]
    assert _names(db, "ro") == []


def test_index_follows_tags(db, people):
    mario = people["mario"]
    set_tags(db, mario.id, ["newsletter"])
    assert _names(db, "vip") == []
    assert _names(db, "newsl") == ["Mario Rossi"]
    assert _names(db, "ne") == ["Mario Rossi"]
    draft = draft_of(people["luca"])
    draft.tags = ["newsletter"]
    update_party(db, people["luca"].id, draft)
    assert _names(db, "newsletter") == ["Luca Grossi", "Mario Rossi"]


def test_index_follows_a_company_rename_and_links(db, people):
    acme, mario, luca = people["acme"], people["mario"], people["luca"]
    draft = draft_of(acme)
    draft.name = "Zenith Group"
    update_party(db, acme.id, draft)
    assert _names(db, "acme") == []
    assert _names(db, "zenith") == ["Zenith Group", "Mario Rossi"]
    assert search_parties("rossi")[0].detail == "Zenith Group"
    link_person_to_company(db, luca.id, acme.id)
    assert _names(db, "zenith") == ["Zenith Group", "Luca Grossi", "Mario Rossi"]
    unlink_person_from_company(db, mario.id, acme.id)
    assert _names(db, "zenith") == ["Zenith Group", "Luca Grossi"]


def test_index_follows_a_merge(db, people):
    merge_parties(db, people["nicolo"].id, people["nico"].id)
    assert _names(db, "verdi") == []
    assert _names(db, "nicolo") == ["Nicolò Bianchi"]


# any name is found by any piece of three characters or more of its folded form

_NAME_CHARS = st.one_of(
    st.characters(categories=["L"]),
    st.sampled_from("àèéìòùçñäöüßøłșțăâîȘȚŞ'-  "),
)
_NAMES = st.text(_NAME_CHARS, min_size=1, max_size=14)


def test_any_name_is_found_by_any_piece_of_it(tmp_path):
    # one database for all the examples (hypothesis and function fixtures don't mix); each example's
    # parties go to the trash afterwards, so that every search looks at a small index
    db = open_database(tmp_path / "crm.sqlite3")

    @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(data=st.data())
    def check(data):
        created = []
        try:
            for _ in range(data.draw(st.integers(1, 3), "parties")):
                first, last = data.draw(_NAMES, "first"), data.draw(_NAMES, "last")
                kind = data.draw(st.sampled_from(["person", "company"]), "kind")
                draft = (PartyDraft(first_name=first, last_name=last) if kind == "person"
                         else PartyDraft(kind="company", name=f"{first} {last}"))
                assume(fold(f"{first} {last}"))
                view, _ = create_party(db, draft)
                created.append(view.id)
                folded = fold(view.name)
                start = data.draw(st.integers(0, max(0, len(folded) - 3)), "start")
                end = data.draw(st.integers(start + 3, max(start + 3, len(folded))), "end")
                piece = folded[start:end]
                if len(fold(piece)) < 3:  # what search sees: a space at either end means nothing
                    continue
                assert view.id in {h.id for h in search_parties(piece, limit=100)}, (view.name, piece)
        finally:
            for party_id in created:
                trash_party(db, party_id)

    try:
        check()
    finally:
        db.close()
