"""Likely duplicates, shown on the view that create and update hand back."""

from __future__ import annotations

from smallcrm.services.parties.parties import PartyDraft, create_party, draft_of, trash_party, update_party


def _dupes(view) -> set[int]:
    return {ref.id for ref in view.likely_duplicates}


def test_same_email_whatever_the_case(db, person):
    mario = person(emails=["Mario.Rossi@Example.com"])
    other = person("M.", "R.", emails=["x@y.it", "mario.rossi@EXAMPLE.COM"])
    assert _dupes(other) == {mario.id}
    assert other.likely_duplicates[0].name == "Mario Rossi"
    assert other.likely_duplicates[0].kind == "person"


def test_same_phone_written_differently(db, person, company):
    mario = person(phones=["333 123 4567"])
    assert _dupes(person("Someone", "Else", phones=["+39 333 1234567"])) == {mario.id}
    assert _dupes(person("Third", "One", phones=["0039-333-123-4567"])) >= {mario.id}
    # a company sharing the switchboard number is flagged as well
    assert mario.id in _dupes(company("Rossi Impianti", phones=["3331234567"]))


def test_same_vat_number(db, company):
    acme = company("Acme S.r.l.", vat_number="00743110157")
    assert _dupes(company("Totally Different", vat_number="IT 00743110157")) == {acme.id}


def test_very_similar_company_names(db, company):
    acme = company("Acme S.r.l.")
    assert _dupes(company("ACME srl")) == {acme.id}
    assert _dupes(company("Acmè S.r.l")) >= {acme.id}
    assert _dupes(company("Acme Holdings International")) == set()
    assert _dupes(company("Beta S.p.A.")) == set()


def test_similar_person_at_the_same_company(db, person, company):
    acme, beta = company("Acme S.r.l."), company("Beta S.p.A.")
    mario = person("Mario", "Rossi", company_id=acme.id)
    assert _dupes(person("Mario", "Rosi", company_id=acme.id)) >= {mario.id}
    assert _dupes(person("Rossi", "Mario", company_id=acme.id)) >= {mario.id}  # first and last swapped
    assert mario.id not in _dupes(person("Mario", "Rossi", company_id=beta.id))
    assert mario.id not in _dupes(person("Giulia", "Bianchi", company_id=acme.id))


def test_same_name_without_company_proves_nothing(db, person):
    person("Mario", "Rossi")
    assert _dupes(person("Mario", "Rossi")) == set()


def test_trashed_parties_and_the_party_itself_are_not_duplicates(db, person):
    mario = person(emails=["mario@example.com"])
    again, _ = update_party(db, mario.id, draft_of(mario))
    assert again.likely_duplicates == ()
    trash_party(db, mario.id)
    assert _dupes(person("Other", "Mario", emails=["mario@example.com"])) == set()


def test_update_reports_duplicates_too(db, person):
    mario = person(emails=["mario@example.com"])
    luca = person("Luca", "Verdi")
    draft = draft_of(luca)
    draft.emails = ["MARIO@example.com"]
    updated, _ = update_party(db, luca.id, draft)
    assert _dupes(updated) == {mario.id}
    # duplicates are a hint: the record was saved all the same
    assert updated.emails == ["MARIO@example.com"]


def test_duplicate_hints_do_not_block_creation(db, person):
    person(emails=["mario@example.com"])
    view, changes = create_party(db, PartyDraft(last_name="Rossi", emails=["mario@example.com"]))
    assert changes.parties == {view.id}
    assert len(view.likely_duplicates) == 1
