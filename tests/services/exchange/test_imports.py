"""Importing contacts: layouts, validation, de-duplication, one transaction, undo, the rejected-row report."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from smallcrm.db.models import Party
from smallcrm.domain import ContactKind
from smallcrm.errors import Conflict, ValidationError
from smallcrm.services.exchange import import_apply
from smallcrm.services.exchange.imports import (
    apply_import,
    inspect_import,
    list_imports,
    preview_import,
    undo_import,
    write_rejections,
)
from smallcrm.services.parties.lists import PartyQuery, count_parties
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.parties.parties import draft_of, get_party, update_party
from smallcrm.services.parties.search import search_parties
from tests import factories

GOOGLE = ["First Name", "Middle Name", "Last Name", "Nickname", "Organization Name", "Organization Title",
          "Birthday", "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label",
          "E-mail 2 - Value", "Phone 1 - Label", "Phone 1 - Value", "Address 1 - Street", "Address 1 - City",
          "Address 1 - Postal Code", "Address 1 - Country", "Website 1 - Value"]
OUTLOOK = ["Title", "First Name", "Last Name", "Company", "Job Title", "Business Street", "Business City",
           "Business State", "Business Postal Code", "Business Country/Region", "Business Fax", "Business Phone",
           "Mobile Phone", "E-mail Address", "E-mail 2 Address", "Categories", "Notes", "Birthday"]


write_csv = factories.csv_file


def parties(db) -> int:
    return count_parties(PartyQuery())


def imported(db, path, mapping=None):
    plan = preview_import(db, path, mapping)
    result, changes = apply_import(db, plan)
    return plan, result


def test_google_contacts_csv(db, tmp_path):
    path = write_csv(tmp_path / "google.csv", GOOGLE, [
        ["Anna", "", "Bianchi", "", "Alfa S.r.l.", "Buyer", "1985-04-12", "met at fair", "* myContacts ::: VIP",
         "Work", "anna@alfa.it", "Home", "anna@example.org", "Mobile", "+39 347 765 4321", "Via Roma 1", "Milano",
         "20121", "Italia", "alfa.it"],
        ["Bruno", "", "Neri", "", "Alfa S.r.l.", "", "--05-17", "", "", "", "bruno@alfa.it", "", "", "", "", "", "",
         "", "", ""],
    ])
    source = inspect_import(path)
    assert source.mapping.layout == "google" and not source.needs_confirmation
    plan, result = imported(db, path)
    assert plan.counts == {"create": 2, "update": 0, "skip": 0, "reject": 0}
    assert (result.created, result.companies_created) == (3, 1)
    [anna] = search_parties("anna@alfa.it")
    view = get_party(anna.id)
    assert (view.first_name, view.last_name, view.job_title, view.notes) == ("Anna", "Bianchi", "Buyer",
                                                                             "met at fair")
    assert view.emails == ["anna@alfa.it", "anna@example.org"] and view.phones == ["+393477654321"]
    assert view.tags == ("VIP",) and str(view.birthday) == "1985-04-12"
    assert view.addresses[0].city == "Milano" and view.addresses[0].country == "IT"
    assert view.companies[0].company.name == "Alfa S.r.l."
    bruno = get_party(search_parties("bruno@alfa.it")[0].id)
    assert bruno.birthday is None and bruno.companies[0].company.id == view.companies[0].company.id
    assert bruno.notes.endswith("--05-17")  # a day without a year: kept for review


def test_outlook_csv_in_windows_1252(db, tmp_path):
    path = write_csv(tmp_path / "outlook.csv", OUTLOOK, [
        ["Dott.", "Luca", "Verdi", "Società Beta", "Responsabile acquisti", "Via Po 3", "Torino", "TO", "10121",
         "Italy", "011 999", "011 1234567", "348 1112223", "luca@beta.it", "", "Fornitori;Piemonte", "", "0/0/00"],
    ], encoding="cp1252")
    source = inspect_import(path)
    assert (source.mapping.layout, source.encoding) == ("outlook", "cp1252")
    plan, _ = imported(db, path)
    assert plan.counts["create"] == 1
    view = get_party(search_parties("luca@beta.it")[0].id)
    assert view.job_title == "Responsabile acquisti" and view.companies[0].company.name == "Società Beta"
    # the fax is kept, as a fax (not a phone to call); the others with their column's type
    assert [(p.value, p.label) for p in view.points(ContactKind.PHONE)] == [
        ("+39011999", "fax"), ("+390111234567", "work"), ("+393481112223", "mobile")]
    assert view.name_prefix == "Dott."  # Outlook's "Title" is the salutation
    assert set(view.tags) == {"Fornitori", "Piemonte"} and view.addresses[0].province == "TO"


def test_an_unknown_layout_is_proposed_and_remembered_once_confirmed(db, tmp_path):
    header = ["Ragione sociale", "P.IVA", "E-mail", "Cellulare", "Città", "Colonna strana"]
    path = write_csv(tmp_path / "clienti.csv", header, [["Gamma Srl", "IT00743110157", "info@gamma.it", "",
                                                         "Como", "x"]], delimiter=";")
    source = inspect_import(path)
    assert source.needs_confirmation and source.delimiter == ";"
    assert source.mapping.fields == ("company", "vat_number", "email", "phone", "city", None)
    confirmed = source.mapping.with_fields(["company", "vat_number", "email", None, "city", "notes"])
    plan, _ = imported(db, path, confirmed)
    assert plan.rows[0].kind == "company"
    gamma = get_party(search_parties("gamma")[0].id)
    assert (gamma.name, gamma.vat_number, gamma.notes) == ("Gamma Srl", "IT00743110157", "x")
    again = inspect_import(write_csv(tmp_path / "other.csv", header, [], delimiter=";"))
    assert again.mapping.layout == "remembered" and again.mapping.fields == confirmed.fields


def test_the_same_file_twice_creates_nothing_the_second_time(db, tmp_path):
    path = write_csv(tmp_path / "google.csv", GOOGLE, [
        ["Anna", "", "Bianchi", "", "Alfa S.r.l.", "", "", "", "", "", "anna@alfa.it"] + [""] * 9,
        ["Senza", "", "Contatti", "", "", "", "", "", "", "", ""] + [""] * 9,
    ])
    imported(db, path)
    before = parties(db)
    plan, result = imported(db, path)
    assert plan.counts == {"create": 0, "update": 0, "skip": 2, "reject": 0}
    assert {r.code for r in plan.rows} == {"unchanged"} and parties(db) == before == 3


def test_an_email_match_updates_the_record_instead_of_making_a_twin(db, tmp_path, person):
    mario = person("Mario", "Rossi", emails=["Mario.Rossi@Example.com"], tags=["old"])
    path = write_csv(tmp_path / "in.csv", ["Nome", "Cognome", "E-mail", "Qualifica", "Telefono", "Tag"],
                     [["Mario", "Rossi", "mario.rossi@example.com", "Titolare", "02 1234 5678", "nuovo"]])
    plan = preview_import(db, path)
    [row] = plan.rows
    assert (row.action, row.party_id) == ("update", mario.id)
    assert row.changed == ("job_title", "phone", "tags")
    apply_import(db, plan)
    view = get_party(mario.id)
    assert parties(db) == 1 and view.job_title == "Titolare" and view.phones == ["+390212345678"]
    assert set(view.tags) == {"old", "nuovo"} and view.emails == ["Mario.Rossi@example.com"]
    assert search_parties("0212345678")[0].id == mario.id  # the search index knows the new phone


def test_rows_come_in_with_what_is_readable_and_every_problem_is_listed(db, tmp_path):
    path = write_csv(tmp_path / "in.csv", ["Name", "Company", "Email", "Phone", "VAT", "Stage", "Country"], [
        ["Ok Uno", "", "uno@example.com", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Bad Mail", "", "not-an-email", "", "", "", ""],
        ["Bad Phone", "", "", "12", "", "", ""],
        ["", "Bad Vat Srl", "", "", "IT12345678901", "", ""],
        ["Bad Stage", "", "", "", "", "heaven", ""],
        ["Bad Country", "", "", "", "", "", "Atlantis"],
        ["Ok Due", "", "due@example.com", "", "", "customer", "Italia"],
        ["All Bad", "", "x@", "1", "", "heaven", "Atlantis"],
    ])
    plan = preview_import(db, path, inspect_import(path).mapping, language="en")
    assert plan.rejections == []  # an empty row is no record
    assert [(w.row, w.field) for w in plan.warnings] == [
        (4, "email"), (5, "phone"), (6, "vat_number"), (7, "stage"), (8, "country"),
        (10, "country"), (10, "stage"), (10, "email"), (10, "phone")]  # every problem of row 10, not the first
    assert plan.counts["create"] == 8 and "e-mail" in plan.warnings[0].reason
    report = tmp_path / "rejected.xlsx"
    assert write_rejections(plan, report) == 9
    sheet = load_workbook(report).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Row", "Field", "Value", "Reason", "Imported")
    assert rows[1][:3] == (4, "email", "not-an-email") and "e-mail" in rows[1][3] and rows[1][4] == "yes"
    write_rejections(plan, tmp_path / "rejected.csv")
    with open(tmp_path / "rejected.csv", encoding="utf-8") as f:
        back = list(csv.reader(f))
    assert back[1][:3] == ["4", "email", "not-an-email"] and len(back) == 10
    apply_import(db, plan)
    bad = search_parties("All Bad")[0]
    assert Party.get_by_id(bad.id).notes == ("Imported values to review:\nCountry: Atlantis\nStage: heaven\n"
                                             "E-mails: x@")


def test_duplicates_inside_the_file_are_skipped(db, tmp_path):
    path = write_csv(tmp_path / "in.csv", ["Name", "Email"], [["Uno", "a@example.com"], ["Uno", "A@example.com"],
                                                              ["Uno bis", "a@example.com"]])
    plan = preview_import(db, path)
    # the same name and address: the same contact; another name at that address: maybe another person
    assert [(r.action, r.reason) for r in plan.rows] == [
        ("create", ""), ("skip", "the same contact as row 2"), ("create", "possible duplicate of row 2")]
    assert plan.rows[2].code == "possible_duplicate"


def test_a_shared_number_or_address_never_makes_two_people_one(db, tmp_path, person):
    """A switchboard on every employee's row, an info@ address: two names are two people. A match that would
    rename someone is not applied: the row is created and shown as a possible duplicate."""
    mario = person("Mario", "Rossi", emails=["info@acme.it"], phones=["+39 02 1234 5678"])
    path = write_csv(tmp_path / "in.csv", ["First name", "Last name", "Email", "Phone", "Job title"], [
        ["Luca", "Bianchi", "info@acme.it", "", "Buyer"], ["Anna", "Verdi", "", "02 1234 5678", "CEO"],
        ["Mario", "Rossi", "info@acme.it", "", "Owner"]])
    plan = preview_import(db, path, inspect_import(path).mapping)
    assert [(r.action, r.code) for r in plan.rows] == [
        ("create", "possible_duplicate"), ("create", "possible_duplicate"), ("update", "")]
    assert [c.id for c in plan.rows[0].candidates] == [mario.id]
    apply_import(db, plan)
    assert get_party(mario.id).name == "Mario Rossi" and get_party(mario.id).job_title == "Owner"
    assert parties(db) == 3


def test_look_alikes_are_created_and_offered_for_merge(db, tmp_path, company):
    acme = company("Acme S.r.l.")
    path = write_csv(tmp_path / "in.csv", ["Ragione sociale", "P.IVA"], [["ACME Srl", "IT00743110157"]])
    plan = preview_import(db, path)
    [row] = plan.rows
    assert row.action == "create" and [c.id for c in row.candidates] == [acme.id]

    result, _ = apply_import(db, plan)
    [alike] = result.look_alikes  # what the import made, beside what it looks like: the user may merge them
    assert (alike.row, alike.created.name, [c.id for c in alike.candidates]) == (2, "ACME Srl", [acme.id])
    merged, _ = merge_parties(db, acme.id, alike.created.id)
    assert merged.vat_number == "IT00743110157"  # the empty field of the one kept is filled from the import
    undo_import(db, result.batch_id)  # undoing leaves the merged record alone
    assert get_party(acme.id).vat_number == "IT00743110157"


def test_a_failure_midway_leaves_nothing(db, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "in.csv", ["Name", "Company", "Email"],
                     [[f"P{i}", "Firm", f"p{i}@example.com"] for i in range(50)])
    plan = preview_import(db, path)

    def broken(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(import_apply, "index_new_parties", broken)  # the last write
    with pytest.raises(RuntimeError):
        apply_import(db, plan)
    assert parties(db) == 0 and list_imports() == [] and Party.select().count() == 0


def test_cancelling_leaves_nothing(db, tmp_path):
    path = write_csv(tmp_path / "in.csv", ["Name", "Email"], [[f"P{i}", f"p{i}@example.com"] for i in range(30)])
    plan = preview_import(db, path)
    with pytest.raises(Conflict) as error:
        apply_import(db, plan, should_stop=lambda: True)
    assert error.value.code == "cancelled" and Party.select().count() == 0


def test_a_record_changed_after_the_preview_stops_the_import(db, tmp_path, person):
    mario = person("Mario", "Rossi", emails=["mario@example.com"])
    path = write_csv(tmp_path / "in.csv", ["Name", "Email", "Job title"], [["Mario Rossi", "mario@example.com", "CEO"]])
    plan = preview_import(db, path)
    draft = draft_of(get_party(mario.id))
    draft.notes = "changed meanwhile"
    update_party(db, mario.id, draft)
    with pytest.raises(Conflict) as error:
        apply_import(db, plan)
    assert error.value.code == "stale" and get_party(mario.id).job_title == ""


def test_undo_puts_everything_back(db, tmp_path, person):
    mario = person("Mario", "Rossi", emails=["mario@example.com"], job_title="Titolare")
    path = write_csv(tmp_path / "in.csv", ["Name", "Email", "Job title", "Phone", "Company", "Tags"], [
        ["Mario Rossi", "mario@example.com", "CEO", "02 1234 5678", "Nuova Srl", "x"],
        ["Anna Neri", "anna@example.com", "", "", "", ""],
    ])
    plan, result = imported(db, path)
    assert parties(db) == 3 and get_party(mario.id).job_title == "CEO"
    anna = search_parties("anna")[0]
    undone, changes = undo_import(db, result.batch_id)
    assert mario.id in changes.parties and parties(db) == 1
    assert (undone.removed, undone.put_back, undone.kept) == (2, 1, ())  # Anna and Nuova Srl; Mario
    assert Party.get_or_none(Party.id == anna.id) is None  # removed for good, not in the trash
    view = get_party(mario.id)
    assert (view.job_title, view.phones, view.tags, view.companies) == ("Titolare", [], (), ())
    assert search_parties("anna") == [] and search_parties("0212345678") == []
    assert list_imports()[0].undone_at is not None
    with pytest.raises(Conflict):
        undo_import(db, result.batch_id)
    plan = preview_import(db, path)  # nothing left behind to match: the file imports afresh
    assert plan.counts["create"] == 1 and plan.counts["update"] == 1


def test_undo_leaves_alone_and_lists_what_was_used_since(db, tmp_path):
    """A contact the import created and someone called since, or edited since, stays as it is."""
    from smallcrm.services.parties.parties import update_party as update

    path = write_csv(tmp_path / "in.csv", ["Name", "Email"], [
        ["Anna Neri", "anna@example.com"], ["Bruno Bo", "bruno@example.com"], ["Carla Ca", "carla@example.com"]])
    _, result = imported(db, path)
    anna, bruno = search_parties("anna")[0], search_parties("bruno")[0]
    factories.communication(db, anna.id, "Called about the offer")
    draft = draft_of(get_party(bruno.id))
    draft.job_title = "Buyer"
    update(db, bruno.id, draft)
    undone, _ = undo_import(db, result.batch_id)
    assert [ref.name for ref in undone.kept] == ["Anna Neri", "Bruno Bo"] and undone.removed == 1
    assert parties(db) == 2 and search_parties("carla") == []


def test_missing_and_unreadable_files(db, tmp_path):
    with pytest.raises(ValidationError) as error:
        preview_import(db, tmp_path / "nope.csv")
    assert error.value.code == "file_missing"
    (tmp_path / "x.vcf").write_text("just text\n")
    with pytest.raises(ValidationError) as error:
        preview_import(db, tmp_path / "x.vcf")
    assert error.value.code == "file_unreadable"
    path = write_csv(tmp_path / "in.csv", ["A", "B"], [["1", "2"]])
    with pytest.raises(ValidationError) as error:
        preview_import(db, path, inspect_import(path).mapping.with_fields([None, None]))
    assert error.value.code == "mapping_empty"


def test_older_google_and_outlook_headers_are_mapped(db):
    from smallcrm.services.exchange.import_layouts import detect_mapping

    old_google = ["Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
                  "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title",
                  "Address 2 - Street"]
    mapping = detect_mapping(old_google)
    assert mapping.layout == "google"
    assert mapping.fields == ("name", "first_name", "last_name", "tags", None, "email", "phone_type", "phone",
                              "company", "job_title", "address2_street")  # a second address comes in too
    outlook = detect_mapping([*OUTLOOK, "Home Street", "Home Phone", "Pager"])
    assert outlook.layout == "outlook"
    assert dict(zip(outlook.headers, outlook.fields, strict=True)) == {
        "Title": "name_prefix", "First Name": "first_name", "Last Name": "last_name", "Company": "company",
        "Job Title": "job_title", "Business Street": "street", "Business City": "city", "Business State": "province",
        "Business Postal Code": "postal_code", "Business Country/Region": "country", "Business Fax": "fax",
        "Business Phone": "phone", "Mobile Phone": "phone", "E-mail Address": "email", "E-mail 2 Address": "email",
        "Categories": "tags", "Notes": "notes", "Birthday": "birthday", "Home Street": "address2_street",
        "Home Phone": "phone", "Pager": "phone"}


def test_progress_rises_to_the_end_in_steps(db, tmp_path):
    path = write_csv(tmp_path / "in.csv", ["Name", "Email"], [[f"P{i}", f"p{i}@example.com"] for i in range(2500)])
    seen: list[tuple[int, int]] = []
    plan = preview_import(db, path, progress=lambda done, total: seen.append((done, total)))
    assert [done for done, _ in seen] == [1000, 2000, 2500]
    seen.clear()
    apply_import(db, plan, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 3 and seen[-1] == (5000, 5000)  # inserts, then the search index
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_the_fast_uids_are_distinct_version_4_uuids():
    import uuid
    from concurrent.futures import ThreadPoolExecutor

    from smallcrm.db.models import uid_maker

    make = uid_maker(batch=7)
    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(lambda _: make(), range(5000)))
    parsed = [uuid.UUID(u) for u in made]
    assert len(set(made)) == 5000 and all(str(p) == u for p, u in zip(parsed, made, strict=True))
    assert {p.version for p in parsed} == {4} and {p.variant for p in parsed} == {uuid.RFC_4122}


def test_the_sdi_address_comes_in_from_its_usual_headers_and_a_bad_code_is_listed(db, tmp_path):
    header = ["Ragione sociale", "Partita IVA", "Codice destinatario", "PEC fatture"]
    path = write_csv(tmp_path / "clienti.csv", header, [
        ["Rossi Impianti S.r.l.", "IT00743110157", "m5uxcr1", ""],
        ["Bianchi S.n.c.", "", "", "amministrazione@pec.bianchi.example"],
        ["Verdi S.p.A.", "", "M5U", ""],
    ])
    mapping = inspect_import(path).mapping
    assert [mapping.fields[i] for i in (2, 3)] == ["sdi_code", "sdi_pec"]
    plan = preview_import(db, path, mapping)
    assert [(w.row, w.field) for w in plan.warnings] == [(4, "sdi_code")]
    apply_import(db, plan)
    assert get_party(search_parties("Rossi Impianti")[0].id).sdi_code == "M5UXCR1"
    assert get_party(search_parties("Bianchi")[0].id).sdi_pec == "amministrazione@pec.bianchi.example"
    assert get_party(search_parties("Verdi")[0].id).sdi_code == ""
