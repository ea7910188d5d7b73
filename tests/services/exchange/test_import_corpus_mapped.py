"""The corpus files not read field by field before (see test_import_corpus_fields.py): Tine 2.0's 1,000 demo
contacts, a Swedish 2.1 LABEL, an iCloud contact group, and the three files whose columns only a person can map
(no column names; Japanese Outlook; German Apple), mapped here as the preview's combo boxes would be. Each
expectation was written by reading the file."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from smallcrm.db.models import Party
from smallcrm.services.exchange.imports import apply_import, inspect_import, preview_import
from smallcrm.services.parties import store
from tests.services.exchange.test_import_corpus import CORPUS, needs_corpus
from tests.services.exchange.test_import_corpus_fields import REVIEW, described, imported


def mapped(db, name: str, fields: dict[int, str]) -> tuple[object, list[dict]]:
    """Import a file with the fields chosen for its columns (by position, the others not imported), as the
    preview's mapping page does: the plan, and the contacts it made (not the companies made for the Company
    column), in the file's order."""
    source = inspect_import(CORPUS / name)
    assert source.needs_confirmation  # an unknown layout: the person maps it
    chosen = [fields.get(index) for index in range(len(source.mapping.headers))]
    plan = preview_import(db, CORPUS / name, source.mapping.with_fields(chosen), language="en")
    apply_import(db, plan)
    people = [described(store.party_view(p)) for p in Party.select().order_by(Party.id)
              if not (p.kind == "company" and p.sort_key in plan.new_companies)]
    return plan, people


@needs_corpus
def test_swedish_21_label(db):
    """qoobaa/vcard's 2.1 card: N "Middle Family;Ny_full"; five TELs of one number (home, fax, cell, home,
    work: one point, typed by the first); two e-mails; two URLs without a scheme; no ADR but a LABEL in
    quoted-printable ISO-8859-1 (Workvägen, Umeå, Västerbotten) whose soft break is followed by two spaces (one
    in the street now: "Workvägen 2"), its last line "S" (Sweden's old car sign: no country's name), kept whole
    as the street; the address says no country, so the number is read in the settings' (Italy)."""
    assert imported(db, "vcard/ruby-vcard__ex_21_case0.vcard") == [dict(
        kind="person", first="Ny_full", last="Middle Family", emails=["email@email.com", "work@work.com"],
        phones=[("+390123456789", "home")], web=["https://www.email.com", "https://www.work.com"],
        addresses=[("", "Box 1234, Workvägen 2, Workvägen 1, Umeå, Västerbotten, 12345, S", "", "", "", "IT")])]


@needs_corpus
def test_an_icloud_group_card_is_no_contact(db):
    """iCloud's "Staff" group (X-ADDRESSBOOKSERVER-KIND:group, two X-ADDRESSBOOKSERVER-MEMBER UIDs, neither in
    the file): it made a person called Staff; now nothing is created and the preview names the group."""
    plan = preview_import(db, CORPUS / "vcard/rcmcarddav__Group.vcf", language="en")
    assert plan.counts["create"] == 0 and not plan.rows and not plan.rejections
    assert plan.groups == {"Staff": (2, 0)}
    assert not Party.select().exists()


def test_a_group_cards_members_in_the_file_get_its_name_as_a_tag(db, tmp_path):
    path = tmp_path / "icloud.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nUID:AAA-1\nN:Rossi;Ada\nFN:Ada Rossi\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nUID:60EA9405\nN:Staff\nFN:Staff\nX-ADDRESSBOOKSERVER-KIND:group\n"
        "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:aaa-1\nX-ADDRESSBOOKSERVER-MEMBER:urn:uuid:BBB-2\n"
        "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:CCC-3\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:Friends\nMEMBER:urn:uuid:bbb-2\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nUID:urn:uuid:BBB-2\nN:Neri;Bruno\nFN:Bruno Neri\nCATEGORIES:VIP\nEND:VCARD\n",
        encoding="utf-8")
    plan = preview_import(db, path, language="en")
    assert plan.groups == {"Staff": (3, 2), "Friends": (1, 1)} and plan.counts["create"] == 2
    apply_import(db, plan)
    assert [(p.name, sorted(store.party_view(p).tags)) for p in Party.select().order_by(Party.id)] == [
        ("Ada Rossi", ["Staff"]), ("Bruno Neri", ["Friends", "Staff", "VIP"])]


@needs_corpus
def test_thunderbird_csv_without_column_names_mapped_by_position(db):
    """Horde's Thunderbird sample: 37 columns, no line of names. Mapped as Thunderbird writes them: first, last,
    display name (not imported: the name is in its parts), nickname, two e-mails, work, home, fax, pager and
    mobile numbers, the home address (street, second line, city, state, postcode, country), the work address
    the same way, job title, department, organisation, two web pages, the birthday's three columns (not
    imported), four custom fields, notes. The same dummy number in four columns is one point, typed by its
    first column's (the column names #7 ... say no type), kept as typed: no number in Indonesia, the work
    address's country, which the home address without one shares."""
    fields = {0: "first_name", 1: "last_name", 3: "nickname", 4: "email", 5: "email", 6: "phone", 7: "phone",
              8: "fax", 9: "phone", 10: "phone", 11: "address2_street", 13: "address2_city",
              14: "address2_province", 15: "address2_postal_code", 16: "address2_country", 17: "street", 19: "city",
              20: "province", 21: "postal_code", 22: "country", 23: "job_title", 24: "department", 25: "company",
              26: "web", 27: "web", 35: "notes"}
    plan, people = mapped(db, "csv/horde-data__Thunderbird.csv", fields)
    assert plan.counts["create"] == 1 and list(plan.new_companies.values()) == ["Foo"]
    assert people == [dict(
        kind="person", first="Firman", last="Wandayandi", nickname="firman", company="Foo", department="Foo Net",
        title="Web Developer", emails=["firman@php.net"], phones=[("99999999", ""), ("999999999", "")],
        web=["http://php.hm/~firman"], notes="It's a notes.",
        addresses=[("", "Foo Street", "99999", "Bandung", "West Java", "ID"),
                   ("", "Foo Street", "99999", "Bandung", "West Java", "ID")])]


@needs_corpus
def test_japanese_outlook_csv_in_shift_jis_mapped_by_its_headers(db):
    """OX App Suite's Outlook export in Japanese (CP932, 95 columns, none recognised): 名 (given name), 姓
    (family name), the home address 番地/市町村/郵便番号/国 (自宅), 誕生日 day first, 電子メール アドレス. The
    headers read in Japanese show the encoding was found."""
    source = inspect_import(CORPUS / "csv/ox-appsuite__jpcontact.csv")
    assert source.encoding == "cp932" and source.mapping.headers[1] == "名" and source.mapping.headers[3] == "姓"
    fields = {1: "first_name", 3: "last_name", 15: "street", 18: "city", 20: "postal_code", 21: "country",
              83: "birthday", 86: "email"}
    plan, people = mapped(db, "csv/ox-appsuite__jpcontact.csv", fields)
    assert plan.counts["create"] == 1 and not plan.warnings
    assert people == [dict(kind="person", first="Max", last="Mustermann", emails=["max.mustermann@invalid.domain.ox"],
                           birthday=date(1990, 1, 1), addresses=[("", "Hauptweg", "12345", "Olpe", "", "DE")])]


@needs_corpus
def test_german_apple_tsv_mapped_by_its_headers(db):
    """Tine 2.0's Mac OS X Address Book export in German, tab-separated despite its .csv name: the proposal
    knows Vorname, Nachname, Firma, Homepage (and takes "Pager Nummer" for a phone); the person maps the
    Arbeitsadresse columns, the e-mails, the numbers (Arbeit Telefon is work) and the chat columns
    (Arbeit AIM ...: empty here). The German number is read in the address's country; the two-digit-year
    birthday 01.01.99 waits for review."""
    fields = {0: "first_name", 2: "last_name", 4: "company", 5: "job_title", 6: "country", 7: "street", 8: "city",
              9: "province", 10: "postal_code", 17: "email", 18: "email", 19: "email", 20: "phone", 21: "phone",
              22: "phone", 23: "phone", 24: "phone", 25: "phone", 26: "fax", 27: "fax",
              **dict.fromkeys(range(28, 38), "im"), 38: "web", 39: "notes", 40: "birthday"}
    plan, people = mapped(db, "csv/tine20__adb_mac_import.csv", fields)
    assert plan.counts["create"] == 1 and plan.mapping.headers[20] == "Arbeit Telefon"
    assert people == [dict(kind="person", first="Max", last="Mustermann", company="Musterfirma",
                           emails=["max@muster.de"], phones=[("+494012345", "work")], web=["https://www.muster.de"],
                           notes=f"{REVIEW}\nBirthday: 01.01.99",
                           addresses=[("", "Musterstraße 1", "22767", "Hamburg", "", "DE")])]


TINE = {0: "company", 2: "web", 3: "phone", 4: "fax", 5: "phone", 6: "street", 7: "postal_code", 8: "city",
        9: "country", 11: "name_prefix", 12: "first_name", 13: "middle_name", 14: "last_name", 15: "phone", 16: "fax",
        17: "phone", 18: "email", 19: "email", 20: "address2_street", 21: "address2_postal_code",
        22: "address2_city", 23: "address2_country"}


@needs_corpus
@pytest.mark.slow
def test_tine_demo_thousand_rows_counted_and_sampled(db):
    """Tine 2.0's 1,000 generated German business contacts (24 columns of Tine's own field names, mapped: the
    domain and the gender not imported, "title" an academic one, a prefix). Counted with the csv module, not
    the import: 1,000 rows, 73 companies, 2,000 e-mails of which 9 are no addresses (a space in "n.van
    kessel@...", once a street in the e-mail column): kept for review, not split into a wrong "kessel@..." as
    before. The office numbers are made up (+49 1453 7932 6901: no German number, kept as typed). Two people
    of one practice share its number and fax: a possible duplicate, created."""
    with open(CORPUS / "csv/tine20__out1000.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))[1:]
    assert len(rows) == 1000 and len({r[0] for r in rows}) == 73
    assert sum(bool(r[18]) + bool(r[19]) for r in rows) == 2000
    plan, people = mapped(db, "csv/tine20__out1000.csv", TINE)
    assert plan.counts == {"create": 1000, "update": 0, "skip": 0, "reject": 0} and len(plan.new_companies) == 73
    assert [(r.row, r.reason) for r in plan.rows if r.reason] == [(759, "possible duplicate of row 747")]
    reviewed = [w for w in plan.warnings if w.field == "email"]
    assert [(w.row, w.value) for w in reviewed] == [
        (105, "n.van kessel@fcev.net"), (105, "n.van kessel@web.de"), (157, "Gellertstr.\xa031"),
        (498, "d.van kessel@amhexenturminhrschmidt.net"), (498, "d.van kessel@gmx.de"),
        (524, "m.van atta@ksschnitzler.eu"), (524, "m.van atta@hotmail.de"),
        (973, "d.de cecco@csccomputershopcologne.de"), (973, "d.de cecco@web.de")]
    assert len(people) == 1000 and sum(len(p.get("emails", ())) for p in people) == 1991
    # the first, second, 104th and last rows, read in the file (its streets have a no-break space before the number)
    assert people[0] == dict(
        kind="person", first="Rick", last="Magnuson", company="Bikecology e. K., Wolfgang Kochmann",
        emails=["r.magnuson@bikecologyekwolfgangkochmann.de", "r.magnuson@web.de"],
        phones=[("+49 1453 7932 6901", ""), ("+49 1453 7932 96901", "fax"), ("+49 149 3876713 6901", ""),
                ("+495834838978", ""), ("+4917724903939", "mobile")],
        web=["http://www.bikecologyekwolfgangkochmann.de/"],
        addresses=[("", "Flughafenstr.\xa081", "22415", "Hamburg", "", "DE"),
                   ("", "Weserstr.\xa011", "63225", "Langen in Hessen", "", "DE")])
    assert {k: people[1][k] for k in ("prefix", "first", "middle", "last")} == dict(
        prefix="Dipl.-Biomath. (FH)", first="Alexandros", middle="Nilson", last="Harbottle")
    assert people[103] == dict(
        kind="person", first="Nana", middle="Lizette", last="Van Kessel", company="1. F.C. 1894 e.V.",
        phones=[("+497538624671686", ""), ("+4975386246791686", "fax"), ("+49 137 124831 1686", ""),
                ("+49 1141 682067", ""), ("+49 148 68454962", "")], web=["http://www.fcev.net/"],
        notes=f"{REVIEW}\nE-mails: n.van kessel@fcev.net\nE-mails: n.van kessel@web.de",
        addresses=[("", "Gillitzerstr.\xa02", "83022", "Rosenheim in Oberbayern", "", "DE"),
                   ("", "Erich-Köhn-Str.\xa059", "4177", "Leipzig", "", "DE")])
    assert people[999] == dict(
        kind="person", first="Patty", middle="Candide", last="Trocchi",
        company="Marschner N. Dr. med., Kirste T. Dr. med., Zaiss M. Dr. med. Hämatologie Internist Onkologie",
        emails=["p.trocchi@marschnerndrmed.org", "p.trocchi@gmx.de"],
        phones=[("+49 1346 6302 6009", ""), ("+49 1346 6302 96009", "fax"), ("+49 157 2933896 6009", ""),
                ("+497322205390", ""), ("+49 110 91830166", "")],
        web=["http://www.marschnerndrmed.org/"],
        addresses=[("", "Arndtstr.\xa015", "33100", "Paderborn", "", "DE"),
                   ("", "Am Pfingstbrunnen\xa015\xa0A", "65719", "Marxheim Stadt Hofheim am Taunus", "", "DE")])
