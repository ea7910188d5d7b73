"""The parts of a contact address books carry beyond name, e-mail and phone: the name's parts, nickname,
department, anniversary and the photo (vCard and CSV), Outlook's home address and faxes, Google's phone types,
and strict mode."""

from __future__ import annotations

import base64
import io
from datetime import date

from PIL import Image

from smallcrm.domain import ContactKind
from smallcrm.services.exchange.imports import apply_import, preview_import, undo_import
from smallcrm.services.parties.parties import get_party
from smallcrm.services.parties.photos import get_photo
from smallcrm.services.parties.search import search_parties
from tests import factories


def jpeg(color: str = "red") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 6), color).save(out, "JPEG")
    return out.getvalue()


def folded_base64(data: bytes, indent: str = " ") -> str:
    text = base64.b64encode(data).decode()
    return "\r\n".join(indent + text[i:i + 72] for i in range(0, len(text), 72))


def card_21(photo: bytes) -> str:
    return ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Rossi;Mario;Giuseppe;Dott.;Jr.\r\nFN:Dott. Mario Giuseppe Rossi Jr.\r\n"
            "NICKNAME:Beppe\r\nORG:Acme S.r.l.;Acquisti;Estero\r\nTITLE:Buyer\r\nX-ANNIVERSARY:2001-09-08\r\n"
            "EMAIL;INTERNET:mario@acme.it\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n" + folded_base64(photo) +
            "\r\n\r\nEND:VCARD\r\n")


def only(name: str):
    return get_party(search_parties(name)[0].id)


def test_a_vcard_keeps_the_name_s_parts_nickname_department_anniversary_and_photo(db, tmp_path):
    picture = jpeg()
    path = tmp_path / "phone.vcf"
    path.write_bytes(card_21(picture).encode())
    plan = preview_import(db, path)
    assert not plan.rejections and not plan.warnings, (plan.rejections, plan.warnings)
    apply_import(db, plan)
    mario = only("mario@acme.it")
    assert (mario.name_prefix, mario.first_name, mario.middle_name, mario.last_name, mario.name_suffix) == \
        ("Dott.", "Mario", "Giuseppe", "Rossi", "Jr.")
    assert mario.full_name == "Dott. Mario Giuseppe Rossi Jr." and mario.name == "Mario Rossi"
    assert (mario.nickname, mario.department, mario.anniversary) == ("Beppe", "Acquisti, Estero", date(2001, 9, 8))
    assert mario.companies[0].company.name == "Acme S.r.l." and mario.job_title == "Buyer"
    assert mario.has_photo and get_photo(mario.id).data == picture and get_photo(mario.id).media_type == "image/jpeg"


def test_photos_can_be_left_out_and_a_damaged_one_is_reported(db, tmp_path):
    path = tmp_path / "phone.vcf"
    path.write_bytes(card_21(jpeg()).encode())
    apply_import(db, preview_import(db, path, photos=False))
    assert not only("mario@acme.it").has_photo
    broken = tmp_path / "broken.vcf"
    broken.write_bytes(card_21(b"not a picture at all").replace("mario@", "other@").encode())
    plan = preview_import(db, broken)
    assert [(w.field, w.code) for w in plan.warnings] == [("photo", "photo_invalid")]
    apply_import(db, plan)
    other = only("other@acme.it")
    assert not other.has_photo and "Foto" not in other.notes  # nothing to review in the notes: it was no picture


def test_a_photo_on_a_server_is_named_not_fetched(db, tmp_path):
    path = tmp_path / "carddav.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Neri\r\nN:Neri;Anna;;;\r\nEMAIL:anna@example.com\r\n"
                    "PHOTO:https://cloud.example.com/anna.jpg\r\nEND:VCARD\r\n", encoding="utf-8")
    plan = preview_import(db, path)
    assert [(w.field, w.value, w.code) for w in plan.warnings] == [
        ("photo", "https://cloud.example.com/anna.jpg", "photo_link")]


def test_a_4_0_data_uri_photo_and_an_update_keeps_the_picture_the_record_has(db, tmp_path):
    first, second = jpeg("red"), jpeg("blue")
    mario = factories.person(db, "Mario", "Rossi", emails=["mario@acme.it"])
    path = tmp_path / "c.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Mario Rossi\r\nN:Rossi;Mario;;;\r\nEMAIL:mario@acme.it\r\n"
                    f"PHOTO:data:image/jpeg;base64,{base64.b64encode(first).decode()}\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    plan = preview_import(db, path)
    assert plan.rows[0].changed == ("photo",)
    result, _ = apply_import(db, plan)
    assert get_photo(mario.id).data == first
    path.write_text(path.read_text().replace(base64.b64encode(first).decode(), base64.b64encode(second).decode()))
    assert preview_import(db, path).counts["update"] == 0  # the picture it has stays
    undo_import(db, result.batch_id)
    assert get_photo(mario.id) is None  # undone: the picture the import added goes


def test_outlook_s_home_address_and_faxes(db, tmp_path):
    header = ["First Name", "Middle Name", "Last Name", "Suffix", "Title", "Department", "Business Street",
              "Business City", "Business Postal Code", "Business Country/Region", "Home Street", "Home City",
              "Home Postal Code", "Home Country/Region", "Business Fax", "Home Fax", "Business Phone", "Home Phone",
              "Mobile Phone", "Pager", "E-mail Address", "Anniversary", "Nickname"]
    path = factories.csv_file(tmp_path / "outlook.csv", header, [[
        "John", "Quincy", "Smith", "III", "Mr.", "Sales", "1 Main St", "Springfield", "62701", "USA", "5 Elm Rd",
        "Shelbyville", "62565", "United States of America", "(217) 555-0100", "(217) 555-0101", "(217) 555-0102",
        "(217) 555-0103", "(217) 555-0104", "(217) 555-0105", "john@example.com", "6/15/1990", "Jack"]])
    plan = preview_import(db, path)
    assert plan.mapping.layout == "outlook" and not plan.rejections
    apply_import(db, plan)
    john = only("john@example.com")
    assert (john.name_prefix, john.first_name, john.middle_name, john.last_name, john.name_suffix) == \
        ("Mr.", "John", "Quincy", "Smith", "III")
    assert (john.department, john.nickname) == ("Sales", "Jack")
    assert [(a.label, a.street, a.city, a.postal_code, a.country) for a in john.addresses] == [
        ("work", "1 Main St", "Springfield", "62701", "US"), ("home", "5 Elm Rd", "Shelbyville", "62565", "US")]
    assert [(p.display, p.label) for p in john.points(ContactKind.PHONE)] == [
        ("+1 217-555-0100", "fax"), ("+1 217-555-0101", "fax"), ("+1 217-555-0102", "work"),
        ("+1 217-555-0103", "home"), ("+1 217-555-0104", "mobile"), ("+1 217-555-0105", "pager")]


def test_google_s_phone_types_say_which_number_is_a_fax(db, tmp_path):
    header = ["Name", "Given Name", "Family Name", "Name Prefix", "Additional Name", "Name Suffix", "Nickname",
              "Organization 1 - Name", "Organization 1 - Department", "E-mail 1 - Type", "E-mail 1 - Value",
              "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Type", "Phone 2 - Value"]
    path = factories.csv_file(tmp_path / "google.csv", header, [[
        "Dr. Anna Maria Bianchi", "Anna", "Bianchi", "Dr.", "Maria", "PhD", "Annie", "Beta SpA", "R&D", "* Work",
        "anna@beta.it", "Work Fax", "02 1234 5678", "Mobile", "347 123 4567"]])
    plan = preview_import(db, path)
    assert plan.mapping.layout == "google"
    apply_import(db, plan)
    anna = only("anna@beta.it")
    assert (anna.name_prefix, anna.middle_name, anna.name_suffix, anna.nickname, anna.department) == \
        ("Dr.", "Maria", "PhD", "Annie", "R&D")
    assert [(p.value, p.label) for p in anna.points(ContactKind.PHONE)] == [
        ("+390212345678", "fax"), ("+393471234567", "mobile")]


def test_strict_mode_refuses_a_row_with_any_unreadable_value_and_names_every_one(db, tmp_path):
    path = factories.csv_file(tmp_path / "in.csv", ["Name", "Email", "Country", "Birthday"], [
        ["Ok Uno", "uno@example.com", "Italia", ""],
        ["Bad Two", "x@", "Atlantis", "31/02/1980"],
    ])
    plan = preview_import(db, path, strict=True)
    assert plan.counts["create"] == 1 and plan.counts["reject"] == 1
    (rejection,) = plan.rejections
    assert rejection.row == 3
    for value in ("x@", "Atlantis", "31/02/1980"):
        assert value in rejection.reason
    assert preview_import(db, path).counts["create"] == 2  # not strict: the row comes in without them


def test_the_role_at_the_company_goes_out_and_comes_back_with_the_vcard(db, tmp_path):
    from smallcrm.services.exchange.vcards import export_vcards

    acme = factories.company(db, "Acme S.r.l.")
    factories.person(db, "Ida", "Rosa", emails=["ida@acme.it"], company_id=acme.id, role="Buyer", job_title="Head")
    path = tmp_path / "out.vcf"
    export_vcards(path)
    assert "ROLE:Buyer" in path.read_text() and "TITLE:Head" in path.read_text()
    path.write_text(path.read_text().replace("ida@acme.it", "ida.rosa@acme.it").replace("Ida", "Irma"))
    apply_import(db, preview_import(db, path))
    irma = only("ida.rosa@acme.it")
    assert (irma.companies[0].company.name, irma.companies[0].role, irma.job_title) == ("Acme S.r.l.", "Buyer", "Head")


def test_every_google_address_comes_in_not_only_the_first_two(db, tmp_path):
    header = ["Name", "Given Name", "Family Name", "E-mail 1 - Type", "E-mail 1 - Value"]
    cells = ["Anna Bianchi", "Anna", "Bianchi", "* Work", "anna@beta.it"]
    for number, (kind, street, city, country) in enumerate([
            ("Work", "Via Roma 1", "Milano", "Italy"), ("Home", "Via Po 2", "Torino", "Italy"),
            ("Other", "Rue Neuve 3", "Paris", "France"), ("Home", "Strada Lunga 4", "Cluj", "Romania")], start=1):
        header += [f"Address {number} - Type", f"Address {number} - Street", f"Address {number} - City",
                   f"Address {number} - Country"]
        cells += [kind, street, city, country]
    path = factories.csv_file(tmp_path / "google.csv", header, [cells])
    plan = preview_import(db, path)
    assert plan.mapping.layout == "google" and not plan.rejections
    apply_import(db, plan)
    anna = only("anna@beta.it")
    assert [(a.label, a.street, a.city, a.country) for a in anna.addresses] == [
        ("work", "Via Roma 1", "Milano", "IT"), ("home", "Via Po 2", "Torino", "IT"),
        ("", "Rue Neuve 3", "Paris", "FR"), ("home", "Strada Lunga 4", "Cluj", "RO")]


def test_outlook_s_german_export_is_read_as_outlook(db, tmp_path):
    header = ["Anrede", "Vorname", "Weitere Vornamen", "Nachname", "Firma", "Abteilung", "Position",
              "Straße geschäftlich", "Ort geschäftlich", "Postleitzahl geschäftlich", "Land/Region geschäftlich",
              "Straße privat", "Ort privat", "Postleitzahl privat", "Land/Region privat", "Fax geschäftlich",
              "Telefon geschäftlich", "Telefon (privat)", "Mobiltelefon", "E-Mail-Adresse", "E-Mail-Typ",
              "Geburtstag", "Jahrestag", "Kategorien", "Notizen", "Webseite"]
    path = factories.csv_file(tmp_path / "outlook.csv", header, [[
        "Herr", "Hans", "Peter", "Müller", "Muster GmbH", "Vertrieb", "Leiter", "Pickhuben 2", "Hamburg", "20457",
        "Deutschland", "Gartenweg 5", "Lübeck", "23552", "Deutschland", "040 123456-9", "040 123456-0",
        "0451 98765", "0176 1234567", "hans@muster.de", "SMTP", "0.0.00", "0.0.00", "Kunden", "Ein Kunde",
        "https://muster.de"]])
    plan = preview_import(db, path)
    assert plan.mapping.layout == "outlook" and not plan.rejections
    apply_import(db, plan)
    hans = only("hans@muster.de")
    assert (hans.name_prefix, hans.first_name, hans.middle_name, hans.last_name, hans.department,
            hans.job_title, hans.notes, hans.tags, hans.birthday) == \
        ("Herr", "Hans", "Peter", "Müller", "Vertrieb", "Leiter", "Ein Kunde", ("Kunden",), None)
    assert [(a.label, a.street, a.postal_code, a.city, a.country) for a in hans.addresses] == [
        ("work", "Pickhuben 2", "20457", "Hamburg", "DE"), ("home", "Gartenweg 5", "23552", "Lübeck", "DE")]
    assert [(p.value, p.label) for p in hans.points(ContactKind.PHONE)] == [
        ("+49401234569", "fax"), ("+49401234560", "work"), ("+4945198765", "home"), ("+491761234567", "mobile")]
    assert [p.value for p in hans.points(ContactKind.WEB)] == ["https://muster.de"]


def test_a_row_whose_name_is_its_company_s_is_a_company(db, tmp_path):
    path = factories.csv_file(tmp_path / "tb.csv", ["First Name", "Last Name", "Display Name", "Work Phone",
                                                    "Organization"],
                              [["", "", "Acer America", "(800) 000-0000", "Acer America"],
                               ["", "", "Anna Neri", "(800) 000-0001", "Acer America"]])
    apply_import(db, preview_import(db, path))
    from smallcrm.db.models import Party

    assert sorted((p.kind, p.sort_key) for p in Party.select()) == [("company", "acer america"),
                                                                   ("person", "neri anna")]


def test_a_2_1_value_in_its_own_charset_is_read_in_it(db, tmp_path):
    card = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:安藤;ロイド;;;\r\n"
            "EMAIL:ando@example.jp\r\nNOTE;CHARSET=SHIFT_JIS:メモ\r\nEND:VCARD\r\n")
    path = tmp_path / "phone.vcf"
    path.write_bytes(card.encode("shift_jis"))
    apply_import(db, preview_import(db, path))
    ando = only("ando@example.jp")
    assert (ando.first_name, ando.last_name, ando.notes) == ("ロイド", "安藤", "メモ")


def test_a_birthday_without_a_year_is_kept_for_review_not_lost(db, tmp_path):
    """RFC 6350's --0203 and the year 1604 that Apple and CardBook write for "no year": no date to store (the
    birthday is a whole date), so the day is kept in the notes for review, with a warning, and not dropped."""
    path = tmp_path / "tb.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Bee\nEMAIL:ann@example.com\nBDAY:16040101\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:3.0\nFN:Cy Dee\nEMAIL:cy@example.com\nBDAY:1604-05-17\nEND:VCARD\n"
                    "BEGIN:VCARD\nVERSION:4.0\nFN:Di Eff\nEMAIL:di@example.com\nBDAY:--0203\nEND:VCARD\n")
    plan = preview_import(db, path, language="en")
    assert [(w.row, w.field, w.value, w.code) for w in plan.warnings] == [
        (1, "birthday", "16040101", "date_without_year"), (7, "birthday", "1604-05-17", "date_without_year"),
        (13, "birthday", "--0203", "date_without_year")]
    apply_import(db, plan)
    people = [only(f"{name}@example.com") for name in ("ann", "cy", "di")]
    assert [p.birthday for p in people] == [None, None, None]
    assert [p.notes for p in people] == [f"Imported values to review:\nBirthday: {day}"
                                         for day in ("16040101", "1604-05-17", "--0203")]


def test_a_quoted_printable_windows_line_break_is_one_line_break(db, tmp_path):
    path = tmp_path / "palm.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:2.1\nN:Desk;Ann\nEMAIL:ann@example.com\n"
                    "ADR;ENCODING=QUOTED-PRINTABLE:;;street 1=0D=0Astreet 2;city;;;\n"
                    "NOTE;ENCODING=QUOTED-PRINTABLE:one=0D=0A=0D=0Atwo\nEND:VCARD\n")
    apply_import(db, preview_import(db, path))
    ann = only("ann@example.com")
    assert (ann.addresses[0].street, ann.notes) == ("street 1\nstreet 2", "one\n\ntwo")


def test_a_row_with_only_an_address_comes_in_named_by_its_street(db, tmp_path):
    """An old address book's row that kept only an address (Outlook's bug_6372 sample): no longer refused for
    want of a name; it is shown by its street's first line, or its city."""
    path = tmp_path / "only-street.csv"
    path.write_text('First Name,Last Name,Business Street,Business City\n'
                    ',,"Via Roma 1,\nscala B",\n,,,Bologna\n,,,\n', encoding="utf-8")
    plan = preview_import(db, path)
    assert [(r.action, r.name) for r in plan.rows] == [("create", "Via Roma 1"), ("create", "Bologna")]
    apply_import(db, plan)
    street, city = (get_party(search_parties(text)[0].id) for text in ("Via Roma", "Bologna"))
    assert (street.last_name, street.addresses[0].street) == ("Via Roma 1", "Via Roma 1,\nscala B")
    assert (city.last_name, city.addresses[0].city) == ("Bologna", "Bologna")


def test_the_preview_counts_the_rows_whose_numbers_were_read_in_the_users_country(db, tmp_path):
    """A national number on a row with no country is read in the user's region (the setting): the preview
    says on how many rows, so that a file from abroad is noticed before it is imported."""
    path = tmp_path / "phones.csv"
    path.write_text("Name,Phone,Country\nAnna,02 1234 5678,\nBruno,+44 20 7946 0018,\nCarla,020 7946 0018,UK\n"
                    "Dario,347 123 4567,\nElsa,,\n", encoding="utf-8")
    plan = preview_import(db, path)
    assert plan.read_in == {"IT": 2}  # Anna and Dario: Bruno's has its code, Carla's row its country
