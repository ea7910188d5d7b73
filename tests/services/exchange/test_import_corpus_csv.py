"""Real CSV address books (the shared corpus), field by field: Outlook in English and German, Windows Address
Book, KAddressBook, Thunderbird, the oldest Gmail layout, Google's and an ERP's exports. Each expectation was
written by reading the file (the comment says what is special in it); see test_import_corpus_fields.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.services.exchange.test_import_corpus import needs_corpus
from tests.services.exchange.test_import_corpus_fields import REVIEW, imported

EXPECTED: dict[str, list[dict]] = {
    # Outlook 2003, every cell quoted: numbers in area 123 (no U.S. area: kept as typed) for a business fax, a
    # business and a mobile phone, E-mail Type SMTP, 0/0/00 dates (no date), a category, a note of three lines
    "csv/horde-data__bug_6311.csv": [dict(
        kind="person", first="John", last="Smith", company="International Inc", emails=["john@example.com"],
        phones=[("(123) 555-1111", "fax"), ("(123) 555-2222", "work"), ("(123) 555-3333", "mobile")],
        tags=["Programming"], notes="PHP\nPerl\nPython")],
    # Outlook 2013 in German, Windows-1252 (Weiß): a business address in "Deutschland" with a German number in
    # it; the second person has no address, so his 040 and 0176 numbers (home = business) are kept as typed
    "csv/tine20__importtest_outlook2013.csv": [
        dict(kind="person", first="Christian", last="Baumann", company="unittest", title="Vertrieb",
             emails=["c.baumann@unittest.de"], phones=[("+49406432131550", "work")],
             addresses=[("", "Pickhuben 2", "20457", "Hamburg", "", "DE")]),
        dict(kind="person", first="Cornelius", last="Weiß", company="unittest", title="Softwareengineering",
             emails=["c.weiss@unittest.de"], phones=[("040 6432131545", "work"), ("0176 164321545", "mobile")]),
    ],
    # Outlook 2007 in German whose header lost its umlauts (U+FFFD): a company-only row with one number, then a
    # person whose numbers are words (kept as typed; "geschäftlich" is unreadable, so only "privat" and
    # "Mobiltelefon" say a type), a business fax, a category
    "csv/tine20__adb_outlook2007_default_de.csv": [
        dict(kind="company", name="The Firm", phones=[("+4983242332", "")]),
        dict(kind="person", first="Vorname", last="Nachname", company="Firma", title="Pressestelle",
             emails=["email@example.org"], tags=["Partner"],
             phones=[("+4923782112", "fax"), ("tel_work", ""), ("tel_car", ""), ("tel_home", "home"),
                     ("tel_cell", "mobile"), ("tel_cell_private", "mobile")]),
    ],
    # Roundcube's every-column CSV (UTF-8 with a BOM): three e-mails, eleven numbers of their types (Phone Video
    # and Assistant's Phone go nowhere; the repeated ones once), a work and a home address in countries no one
    # knows, dd/mm/yyyy birthday and anniversary, five web sites without a domain (kept for review); "Title"
    # (the salutation or the job?) and the Other address are not proposed
    "csv/roundcube__all.csv": [dict(
        im=[("aim", "aim"), ("icq", "icq"), ("jabber", "jabber"), ("msn", "msn"), ("skype", "skype"),
            ("yahoo", "yahoo")],
        kind="person", first="First Name", middle="Middle Name", last="Last Name", suffix="Suffix",
        nickname="Nickname", company="Company", department="Department", title="Job Title",
        emails=["home@example.com", "work@example.com", "other@example.com"],
        phones=[("100", "home"), ("200", "home"), ("300", "work"), ("400", "work"), ("500", "mobile"), ("600", ""),
                ("700", "fax"), ("800", "fax"), ("900", ""), ("111", "pager"), ("444", "")],
        addresses=[("work", "Work Street", "Work Zip", "Work City", "Work State", "IT"),
                   ("home", "Home Street", "Home Zip", "Home City", "Home State", "IT")],
        birthday=date(1991, 1, 20), anniversary=date(1992, 2, 20), tags=["test"],
        notes=f"Notes\n\n{REVIEW}\nCountry: Work Country\nCountry: Home Country\nWeb: https://blog\n"
              "Web: https://home\nWeb: https://other\nWeb: https://profile\nWeb: https://work")],
    # Thunderbird's English CSV: two e-mails, five "numbers" that are words, a work address in Poland and a home
    # one in the USA, two web pages (the birthday in three columns is not proposed)
    "csv/roundcube__tb_plain.csv": [dict(
        kind="person", first="Firstname", last="Lastname", nickname="Nick", company="Organization",
        department="department", title="title", emails=["test@domain.tld", "next@domain.tld"],
        phones=[("phone work", "work"), ("phone home", "home"), ("fax", "fax"), ("pager", "pager"),
                ("mobile", "mobile")],
        web=["http://page.com", "http://webpage.tld"],
        addresses=[("work", "Addr work", "33-333", "Wcity", "Wstate", "PL"),
                   ("home", "Priv address", "xx-xxx", "City", "region", "US")])],
    # Thunderbird, every value quoted: a company only (display name = organisation) with a U.S. 800 number
    # that is all zeros (kept as typed)
    "csv/thunderbird__quote.csv": [dict(kind="company", name="Acer America", phones=[("(800) 000-0000", "work")])],
    # Thunderbird in UTF-16LE with a BOM: one person, an e-mail at host.invalid (kept for review)
    "csv/thunderbird__utf16_addressbook.csv": [dict(
        kind="person", first="John", last="Doe", notes=f"{REVIEW}\nE-mails: johndoe@host.invalid")],
    # Thunderbird in Shift_JIS, nothing declared (short enough to be valid Korean code page bytes too): the
    # Japanese names, the e-mail at host.invalid kept for review
    "csv/thunderbird__shiftjis_addressbook.csv": [dict(
        kind="person", first="権兵衛", last="名無し", notes=f"{REVIEW}\nE-mails: 名無しの権兵衛@host.invalid")],
    # ";"-separated: two people with .invalid e-mails (kept for review)
    "csv/thunderbird__csv_semicolon.csv": [
        dict(kind="person", first="John", last="Doe", notes=f"{REVIEW}\nE-mails: john@doe.invalid"),
        dict(kind="person", first="Jane", last="Doe", notes=f"{REVIEW}\nE-mails: jane@doe.invalid")],
    # Thunderbird's tab-separated .txt: the same two people as its export.csv
    "csv/thunderbird__export.txt": [
        dict(kind="person", first="contact", last="one", notes=f"{REVIEW}\nE-mails: contact1@invalid"),
        dict(kind="person", first="contact", last="two", title='"worker"',
             notes=f"here's some unicode text…\n\n{REVIEW}\nE-mails: contact2@invalid")],
    # Windows Address Book: the Indonesian developer, home = business address in "Indonesia", six cells of the
    # same dummy number (one point, typed by its first column) and a mobile, a personal web page, a memo
    "csv/horde-data__WAB.csv": [dict(
        kind="person", first="Firman", last="Wandayandi", nickname="firman", company="Foo", department="Foo Net",
        title="Web Developer", emails=["firman@php.net"], phones=[("99999999", "home"), ("999999999", "mobile")],
        web=["http://php.hm/~firman"], notes="It's\nmultiline\nmemo.",
        addresses=[("work", "Foo Street", "99999", "Bandung", "West Java", "ID"),
                   ("home", "Foo Street", "99999", "Bandung", "West Java", "ID")])],
    # KAddressBook, every cell quoted; the sample's cells are shifted (Given Name "Firman Wandayandi",
    # Additional Names "Wandayandi", no family name): taken as written; ROLE, two addresses (postcode and
    # country only), the same dummy number in five columns
    "csv/horde-data__KMail.csv": [dict(
        kind="person", first="Firman Wandayandi", middle="Wandayandi", nickname="firman", company="Foo",
        department="Foo Net", role="Web Developer", emails=["firman@php.net"],
        phones=[("99999999", "home"), ("999999999", "mobile")], web=["http://php.hm/~firman"],
        notes="It's a notes.",
        addresses=[("work", "Foo Street", "99999", "", "", "ID"), ("home", "Foo Street", "99999", "", "", "ID")])],
    # the oldest Gmail layout: Name, E-mail, then a "Section 1" (a second e-mail, one dummy number in four
    # columns, a company with a comma, Mr/Mrs as the title, a street)
    "csv/horde-data__Gmail.csv": [
        dict(kind="person", first="John", last="Doe", company="Example, Corp.", title="Mr",
             emails=["john@example.com", "john.doe@example.com"], phones=[("9999999", "")],
             addresses=[("", "Foo Street", "", "", "", "IT")]),
        dict(kind="person", first="Jeniffer", last="Doe", company="Example, Corp.", title="Mrs",
             emails=["jeniffer@example.com", "jeniffer.doe@example.com"], phones=[("9999999", "")],
             addresses=[("", "Foo Street", "", "", "", "IT")])],
    # a Google-like layout (Address 1 - ...): a German address and number, a web page without a scheme, a
    # two-digit-year birthday 01.01.99 (1899 or 1999? kept for review)
    "csv/tine20__adb_google_import.csv": [dict(
        kind="person", first="Max", last="Mustermann", company="Musterfirma", emails=["max@muster.de"],
        phones=[("+494012345", "")], web=["https://www.muster.de"], notes=f"{REVIEW}\nBirthday: 01.01.99",
        addresses=[("", "Musterstraße 1", "22767", "Hamburg", "", "DE")])],
    # ";"-separated, Windows-1252 (Ö, Ü): four people and their e-mails; the last has first and last name
    # swapped in the file itself
    "csv/tine20__importtest_win1252.csv": [
        dict(kind="person", first="Peter", last="Pan", emails=["peter.pan@ecologic.eu"]),
        dict(kind="person", first="Maja", last="Biene", emails=["maja.biene@bienenstock.de"]),
        dict(kind="person", first="ÖzdemirÖ", last="Üglü", emails=["oezdemir@ueglue.tu"]),
        dict(kind="person", first="Weiss", last="Cornelius", emails=["c.weiss@metaways.de"])],
    # LX-Office customers: one "name" column (split at its last word), country "D" (Germany's car sign),
    # short local numbers (kept as typed)
    "csv/tine20__importtest_lxoffice1.csv": [
        dict(kind="person", first="Wolfgang", last="Berger", phones=[("12345", "")],
             addresses=[("", "Heuerstraße 2", "11108", "Weixdorf DD", "", "DE")]),
        dict(kind="person", last="Nitsch", phones=[("1234", "")],
             addresses=[("", "Heuerstraße 16", "11418", "Staßfurt", "", "DE")]),
        dict(kind="person", last="Wolfer", addresses=[("", "Heuerstraße 44", "11558", "Großenhain", "", "DE")])],
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_row_comes_in_with_every_field(db, name):
    assert imported(db, name) == EXPECTED[name]
