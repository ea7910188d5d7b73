"""Real address books, field by field: each card of these corpus files (../shared/corpus/contacts) imported and
compared with what the file says, written here by reading the file (the comment names what is special in it).

A contact is described as a dict of the fields that have a value; a file's expectation lists every card.
"""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.db.models import Party
from smallcrm.domain import ContactKind
from smallcrm.services.exchange.imports import apply_import, preview_import
from smallcrm.services.parties import store
from smallcrm.services.parties.photos import get_photo
from tests.services.exchange.test_import_corpus import CORPUS, needs_corpus


def described(view) -> dict:
    """A contact as the tests below write it: only what it has (phones as stored, with their type)."""
    main = next((a for a in view.companies if a.is_primary), None)
    values = {
        "kind": str(view.kind), "prefix": view.name_prefix, "first": view.first_name, "middle": view.middle_name,
        "last": view.last_name, "suffix": view.name_suffix, "name": view.name if view.kind == "company" else "",
        "nickname": view.nickname, "company": main.company.name if main else "", "role": main.role if main else "",
        "department": view.department, "title": view.job_title,
        "emails": view.emails, "phones": [(p.value, p.label) for p in view.points(ContactKind.PHONE)],
        "web": [p.value for p in view.points(ContactKind.WEB)], "tags": sorted(view.tags), "notes": view.notes,
        "im": [(p.label, p.value) for p in view.points(ContactKind.IM)],
        "social": [(p.label, p.value) for p in view.points(ContactKind.SOCIAL)],
        "addresses": [(a.label, a.street, a.postal_code, a.city, a.province, a.country) for a in view.addresses],
        "birthday": view.birthday, "anniversary": view.anniversary,
        "photo": get_photo(view.id).media_type if view.has_photo else "",
    }
    return {k: v for k, v in values.items() if v}


def imported(db, name: str) -> list[dict]:
    """The contacts a file makes (not the companies made for people's ORG), in the file's order."""
    plan = preview_import(db, CORPUS / name, language="en")
    assert not plan.rejections, plan.rejections
    apply_import(db, plan)
    made = set(plan.new_companies)
    rows = Party.select().where(Party.deleted_at.is_null()).order_by(Party.id)
    return [described(store.party_view(p)) for p in rows if not (p.kind == "company" and p.sort_key in made)]


REVIEW = "Imported values to review:"
EXPECTED: dict[str, list[dict]] = {
    # DAVx5's every field: N with all five parts, two nicknames, ORG with two units, a TITLE, two e-mails, a
    # German number in an area 1234 that does not exist and a vanity fax (+1-800-MYFAX: too short once spelled),
    # both kept as typed, a U.S.A.
    # work address and a second work address in "Klöster-Reich" (no country: kept for review), two notes,
    # categories A and B'C, two URLs, BDAY with a time, ANNIVERSARY, an inline JPEG
    "vcard/vcard4android__allfields-vcard3.vcf": [dict(
        im=[("myim", "anonymous@example.com"), ("skype", "echo@example.com")],
        kind="person", prefix="DDDr.", first="Firstname", middle="Middlename1 Middlename2", last="Lastname",
        suffix="MBA", nickname="Nick1, Nick2", company="ABC, Inc.", department="North American Division, Marketing",
        title="Director, Research and Development", role="Programmer",
        emails=["private@example.com", "work@example.com"],
        phones=[("+49 1234 56788", "home"), ("+1-800-MYFAX", "fax")],
        web=["https://www.davx5.com/", "http://www.swbyps.restaurant.french/~chezchic.html"], tags=["A", "B'C"],
        notes=f"This fax number is operational 0800 to 1715 EST, Mon-Fri.\nSecond note\n\n{REVIEW}\n"
              "Country: Klöster-Reich",
        addresses=[("work", "6544 Battleford Drive", "27613-3502", "Raleigh", "NC", "US"),
                   ("work", "Teststraße 22, vorne hinten, Postfach 314", "4043", "Mönchspfaffingen", "", "US")],
        birthday=date(1996, 4, 15), anniversary=date(2014, 8, 12), photo="image/jpeg")],
    # an Android 2.1 card: N "Gump;Forrest;Hoge;Pos;Tao" (FN says Joe Due), ORG with an escaped ";" in a unit,
    # five numbers (work in area 111, which no U.S. number has, and the last three Japanese-style local numbers:
    # kept as typed; home read in the address's country, the U.S.), two U.S. addresses, two e-mails, two notes
    # (the second quoted-printable, a soft break before " to the aid"), BDAY 19800101, a URL, a JPEG
    "vcard/aosp-vcard__v21_complicated.vcf": [dict(
        kind="person", prefix="Pos", first="Forrest", middle="Hoge", last="Gump", suffix="Tao",
        company="Gump Shrimp Co.", department="Sales Dept.;Manager, Fish keeper", title="Shrimp Man",
        role="Fish Cake Keeper!",
        emails=["forrestgump@walladalla.com", "cell@example.com"],
        phones=[("(111) 555-1212", "work"), ("+14045551212", "home"), ("0311111111", "mobile"), ("0322222222", ""),
                ("0333333333", "")], web=["http://www.example.com/"], birthday=date(1980, 1, 1),
        notes="The following note is the example from RFC 2045.\nNow's the time for all folk to come to the aid "
              "of their country.",
        addresses=[("work", "100 Waters Edge", "30314", "Baytown", "LA", "US"),
                   ("home", "42 Plantation St.", "30314", "Baytown", "LA", "US")],
        photo="image/jpeg")],
    # Joe Bloggs of FastMail's test: Mr, a nickname, ORG with a department, three e-mails, four Australian local
    # numbers without an area code (home, work, cell, fax: kept as typed), a home and a work address, two URLs,
    # a note with every punctuation mark
    "vcard/text-vcardfast__fm.vcf": [dict(
        kind="person", prefix="Mr", first="Joe", last="Bloggs", nickname="me", company="Company",
        department="Department", title="Position", role="Position",
        emails=["joebloggs@example.com", "joebloggs2@example.com", "joeblogss3@example.com"],
        phones=[("5551234", "home"), ("5552345", "work"), ("5553456", "mobile"), ("5554567", "fax")],
        web=["http://personalsite.example.com", "http://www.example.com"],
        notes="This is a fully filled out\ncontact with everything\nexcept custom fields\n"
              "~!@#$%^&*()_+`1234567890-=\n[]\\\\{}|\\;':\",./<>?",
        addresses=[("home", "1 Nowhere Road", "2000", "Sydney", "NSW", "AU"),
                   ("work", "1 Work St", "3000", "Melbourne", "VIC", "AU")],
        birthday=date(1912, 10, 15))],
    # Windows Mobile 6.5: a name only in N's family part and an ANNIVERSARY as a bare date
    "vcard/aosp-vcard__v21_winmo_65.vcf": [dict(kind="person", last="Example", anniversary=date(2009, 10, 10))],
    # eM Client: N with a prefix (the suffix only in FN), two e-mails, six numbers typed as words (kept as typed,
    # one of each: home, cell, other, two faxes, work), a home and a work address in countries no one knows
    # (the work one first: it is PREF), ORG with a department, BDAY, a note with line breaks, a bare URL
    "vcard/tine20__emclient_addressbook.vcf": [dict(
        kind="person", prefix="Prefix", first="Vor", last="Nach", company="Firma", department="Abteilung",
        title="Position", emails=["privat@email.de", "business@email.de"],
        phones=[("+49 PRIVAT", "home"), ("+49 MOBIL", "mobile"), ("+49 MOBIL2", ""), ("+49 FAX", "fax"),
                ("+49 PRIVATFAX", "fax"), ("+49 BUSINESS", "work")],
        web=["https://www.business.de"],
        notes=f"Notes\nwith\nbreaks\n\n{REVIEW}\nCountry: COUNTRY PRIVAT\nCountry: COUNTRY BUSINESS",
        addresses=[("home", "Address Privat", "98765", "City Privat", "", "IT"),
                   ("work", "Address Business", "12345", "City Business", "", "IT")],
        birthday=date(1950, 1, 26))],
    # Erika Mustermann three times (vCard 4.0, 2.1, 3.0): one contact; Dr., a role, a title with "&", a work
    # and a home number in Cologne, a home address in Germany, the photo only as a link (not fetched)
    "vcard/node-vcf__multiple.vcf": [dict(
        kind="person", prefix="Dr.", first="Erika", last="Mustermann", company="Wikimedia",
        title="Redaktion & Gestaltung", role="Kommunikation", emails=["erika@mustermann.de"],
        phones=[("+492219999123", "work"), ("+492211234567", "home")],
        addresses=[("home", "Heidestraße 17", "51147", "Köln", "", "DE")],
        notes=f"{REVIEW}\nPhoto: http://commons.wikimedia.org/wiki/File:Erika_Mustermann_2010.jpg")],
    # five German people of a generated sample: birthdays, a category each, notes, three e-mails, a nickname,
    # a URL (X-MAIDENNAME, BIRTHPLACE and TZ have no place here)
    "vcard/jeroendesloovere-vcard__contacts.vcf": [
        dict(kind="person", first="Thies-Tillman", last="Jacobsen", tags=["Sportverein"],
             notes="Lieblingsfarbe: Violett", birthday=date(1908, 10, 25)),
        dict(kind="person", first="Lenn", last="Biernoth", title="Strassenreiniger", emails=["lenn@lbi.net"],
             tags=["Familie"], birthday=date(1951, 11, 22),
             notes="Interessen: Internet trollen, Kekse backen, Videos schneiden\nLieblingsessen: Chillibrot mit "
                   "Kartoffelpuffer"),
        dict(kind="person", first="Ludwig-Götz", last="Graßl", title="Rentner",
             emails=["ludwig-goetz@ludwig-goetz-grassl.org"], tags=["Piratenpartei"], birthday=date(1943, 2, 7),
             notes="Interessen: Stofftiere, Basketball\nLieblingsessen: Reiberouladen"),
        dict(kind="person", first="Marita", last="Kreutzer", nickname="mkr", title="Rentnerin", tags=["CCC"],
             birthday=date(1943, 7, 26),
             notes="Interessen: Handarbeiten\nLieblingsfarbe: Weiß\nLieblingsessen: Orangen"),
        dict(kind="person", first="Kathi", last="Hoelzl", emails=["kathi.hoelzl@alhilal.net"],
             web=["http://kho.me/"], tags=["Piratenpartei"], birthday=date(2002, 7, 11)),
    ],
    # a Windows-1252 2.1 card: ë in the name, a company of its own (ORG with an empty unit), two e-mails, two
    # numbers that are no numbers (+123456789, +987654321: kept as typed), an address in the Cayman Islands
    "vcard/roundcube__johndoe.vcf": [dict(
        kind="person", first="John", last="Doë", company="roundcube.net",
        emails=["inbox@roundcube.net", "roundcube@gmail.com"],
        phones=[("+123456789", "work"), ("+987654321", "mobile")], notes="The notes...",
        addresses=[("work", "The street", "5555", "Hometown", "", "KY")])],
    # Outlook CSV (Horde's sample): an Indonesian web developer with a department, business and home addresses
    # (the same), two faxes, a main, a home and a pager number all 99999999 and a mobile 999999999 (dummies kept
    # as typed: no Indonesian number is that short), a multi-line memo, a web page
    "csv/horde-data__Outlook.csv": [dict(
        kind="person", first="Firman", last="Wandayandi", company="Foo", department="Foo Net",
        title="Web Developer", emails=["firman@php.net"],
        phones=[("99999999", "fax"), ("999999999", "mobile")],  # one number is one point: the first column's type
        web=["http://php.hm/~firman"], notes="It's\nmultiline\nmemo.",
        addresses=[("work", "Foo Street", "99999", "Bandung", "West Java", "ID"),
                   ("home", "Foo Street", "99999", "Bandung", "West Java", "ID")])],
    # Google CSV of Roundcube's tests: every name part, a nickname, a birthday, a note with a quote, four e-mails,
    # seven "numbers" that are words (kept as typed, each with its Google type: pager, main, home, home fax,
    # mobile, work, work fax), a home and a work address (countries no one knows), the company and title, two
    # web sites, a group
    "csv/roundcube__gmail.csv": [dict(
        kind="person", prefix="Prefix", first="Firstname", middle="Middle", last="Lastname", suffix="Suffix",
        nickname="nick", company="company", title="jobtitle",
        emails=["home@aaa.pl", "work@email.pl", "unknown@email.com", "other@email.com"],
        phones=[("pager", "pager"), ("mainphone", ""), ("homephone", "home"), ("homefax", "fax"),
                ("mobile", "mobile"), ("workphone", "work"), ("workfax", "fax")],
        web=["https://test.com", "https://home.page.com"], tags=["Test"],
        notes=f'note"note\n\n{REVIEW}\nCountry: home_country\nCountry: work_country',
        addresses=[("home", "home_street", "home_zip", "home_city", "home_state", "IT"),
                   ("work", "work_street", "work_zip", "work_city", "", "IT")],
        birthday=date(1975, 12, 12))],
    # KAddressBook's vCard 4.0 Sherlock Holmes: Mr, a nickname, an empty PHOTO (no picture), BDAY with a time,
    # ANNIVERSARY, three tel: URIs (UK 055 numbers: home with its extension kept, cell, work), two e-mails, an
    # address in the United
    # Kingdom without a type, TITLE and ROLE, two categories, a URL
    "vcard/kcontacts__testfullvcard.vcf": [dict(
        im=[("jabber", "detective@sherlockholmes.com")],
        kind="person", prefix="Mr", first="Sherlock", last="Holmes", nickname="Shirley", title="Detective",
        emails=["sherlock.holmes@gmail.com", "detective@sherlockholmes.com"],
        phones=[("+445555555555;ext=5555", "home"), ("+445555556666", "mobile"), ("+445555557777", "work")],
        web=["https://sherlockholmes.com"], tags=["FICTION", "LITERATURE"],
        addresses=[("", "221B Baker Street", "NW1", "London", "", "GB")],
        birthday=date(1953, 10, 15), anniversary=date(1996, 4, 15))],
    # Thunderbird: only FN (so its last word is the last name), a note, a PNG as a data: URI folded over lines
    "vcard/thunderbird__v4-uri-png.vcf": [dict(
        kind="person", first="URI PNG, version", last="4.0",
        notes="This v4.0 card has a PNG photo as a URI and URI valuetype.", photo="image/png")],
    # Radicale: a 3.0 card whose base64 PHOTO is a data: URI all the same, a nickname
    "vcard/radicale__contact_photo_with_data_uri.vcf": [dict(
        kind="person", last="Contact", nickname="test", photo="image/png")],
    # CardBook: a data: URI with its ";" and "," escaped as text, an e-mail, only FN
    "vcard/rcmcarddav__VCard4-DataUriPhoto.vcf": [dict(
        kind="person", first="vCard 4 Contact with", last="image", emails=["bbb@example.org"], photo="image/jpeg")],
    # a company card of Evolution (from Yahoo!): only ORG and one Australian 1300 number, no address to read it
    # in (kept as typed)
    "vcard/gammu__evolution.vcf": [dict(kind="company", name="NIB", phones=[("1300135540", "")])],
    # Evolution's Canadian: N without its last parts, a work and a home address, the same one (both kept)
    "vcard/eds__4.vcf": [dict(
        kind="person", first="canada", last="address",
        addresses=[("work", "92 Main St. N.", "L3Y 4A1", "Newmarket", "ON", "CA"),
                   ("home", "92 Main St. N.", "L3Y 4A1", "Newmarket", "ON", "CA")])],
    # SOGo Connector: ORG with a unit, two categories, a work and a home address with an extended line and a
    # region folded mid-word, in countries no one knows, five numbers typed as words (work, home, cell, fax,
    # pager), two e-mails, two URLs with an escaped colon, TITLE, BDAY, a note with line breaks
    "vcard/tine20__sogo_connector.vcf": [dict(
        kind="person", first="Lars", last="Kneschke", company="Organisation", department="Business Unit",
        title="Titel", emails=["l.kneschke@metaways.de", "lars@kneschke.de"],
        phones=[("+49 BUSINESS", "work"), ("+49 PRIVAT", "home"), ("+49 MOBIL", "mobile"), ("+49 FAX", "fax"),
                ("+49 PAGER", "pager")],
        web=["http://www.tine20.com", "http://www.tine20.org"], tags=["CATEGORY 1", "CATEGORY 2"],
        notes=f"Notes\nwith\nLine Break\n\n{REVIEW}\nCountry: Country Business\nCountry: Country Privat",
        addresses=[("work", "Address Business 1, Address Business 2", "12345", "City Business", "Region Business",
                    "IT"),
                   ("home", "Address Privat 1, Address Privat 2", "12345", "City Privat", "Region Privat", "IT")],
        birthday=date(1975, 1, 16))],
    # ownCloud: Greek FN, an N of Bopomofo, Latin and Greek, a Russian note; the lines are folded in the middle of
    # a UTF-8 character (the file is UTF-8 only once unfolded)
    "vcard/kcontacts__vcard9.vcf": [dict(
        kind="person", last="123ㄓㄕㄖbcdeαβγδαβγδαβγδαβγδαβγδαβγδαβㄤㄓㄕㄖ",
        notes="Длинный комментарий на русском языке, чтобы в результате получилась строка более 70 символов.")],
    # Thunderbird's CSV export: two people with e-mails at the reserved .invalid domain (no address to write to:
    # kept for review), a job title in quotes, a note with an ellipsis; the custom columns go nowhere
    "csv/thunderbird__export.csv": [
        dict(kind="person", first="contact", last="one", notes=f"{REVIEW}\nE-mails: contact1@invalid"),
        dict(kind="person", first="contact", last="two", title='"worker"',
             notes=f"here's some unicode text…\n\n{REVIEW}\nE-mails: contact2@invalid"),
    ],
    # Yahoo! CSV (Horde's sample), mapped as proposed: the Indonesian web developer again, with a nickname, a
    # pager and a mobile number (dummies), a website, a work and a home address, multi-line comments ("Work"
    # holds a chat name, not a number: not proposed)
    "csv/horde-data__Yahoo.csv": [dict(
        kind="person", first="Firman", last="Wandayandi", nickname="firman", company="Foo",
        emails=["firman@php.net"], phones=[("99999999", "pager"), ("999999999", "mobile")],
        web=["http://php.hm/~firman"], notes="It's\nmultiline\nmemo.",
        addresses=[("work", "Foo Street", "99999", "Bandung", "West Java", "ID"),
                   ("home", "Foo Street", "99999", "Bandung", "West Java", "ID")])],
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_card_comes_in_with_every_field(db, name):
    assert imported(db, name) == EXPECTED[name]
