"""More real vCard files (the shared corpus), field by field: Horde, a Japanese phone, XING, Highrise, Apple in
UTF-16 and as a company, KAddressBook's 2.1 quoted-printable cards, RFC 6350's every property, a Latin-1 file.
Each expectation was written by reading the file (the comment says what is special in it); see
test_import_corpus_fields.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.services.exchange.test_import_corpus import needs_corpus
from tests.services.exchange.test_import_corpus_fields import REVIEW, imported

_JAN = dict(  # Horde's developer, as Turba exports him in 2.1 (quoted-printable UTF-8) and 3.0 (raw UTF-8)
    kind="person", prefix="Mr.", first="Jan", middle="K.", last="Schneiderö", nickname="yunosh",
    company="Horde Project", department="äöü", title="Senior Developer (äöü)", role="Developer (äöü)",
    emails=["jan@horde.org"], web=["http://janschneider.de"], notes="A German guy (äöü)",
    phones=[("+49521555123", "home"), ("+49521555456", "work"), ("+49 177 555123", "mobile"),
            ("+49521555789", "fax"), ("+49 123 555789", "pager")],  # 177 and 123: no such German numbers
    addresses=[("home", "Schönestr. 15\n33604 Bielefeld", "", "", "", "IT"),  # all in the street, no country
               ("work", "Hübschestr. 19", "", "Köln", "Allgäu", "DK")],
    birthday=date(1971, 10, 1), photo="image/png")

_JOE = dict(kind="person", first="Joe", last="Bloggs", emails=["me@joebloggs.com"],
            phones=[("+442012345678", "mobile")], web=["http://joebloggs.com"],
            addresses=[("home", "1 Trafalgar Square", "WC2N", "London", "", "GB")])

_T_FIRST = dict(kind="person", first="T-first", last="T-surname",
                addresses=[("home", "Pref Test Road", "Pref Test Postcode", "Pref Test City", "", "IT"),
                           ("work", "Test Road", "Test Postcode", "Test City", "", "IT")],
                notes=f"{REVIEW}\nCountry: Pref Test Country\nCountry: Test Country")

EXPECTED: dict[str, list[dict]] = {
    # Horde Turba 2.1: every text quoted-printable in UTF-8, N after the rest, ORG with a unit, a home address
    # written whole in the street part, a work one in Denmark, five typed numbers, a PNG
    "vcard/horde-turba__export_21.vcf": [_JAN],
    # the same man in 3.0 from a Nokia sync, with CATEGORIES Foo, "Foo;Bar" (escaped) and Bar
    "vcard/horde-turba__bug_9207.vcf": [{**_JAN, "tags": ["Bar", "Foo", "Foo;Bar"]}],
    # Apple in UTF-16 big-endian without a BOM: Spanish and Latin Extended letters, a work address in "Perú"
    "vcard/roundcube__utf-16_sample.vcf": [dict(
        kind="person", first="Ǽgean", last="ĽdaMonté",
        addresses=[("work", "169 Mária Canal", "245-876", "LaPaz", "Conceptión", "PE")])],
    # Apple's company card (X-ABShowAs:COMPANY, empty N): a Swiss work address, a home page, a JPEG
    "vcard/roundcube__apple.vcf": [dict(
        kind="company", name="Apple Computer AG", web=["http://www.apple.ch"], photo="image/jpeg",
        addresses=[("work", "Birgistrasse 4a", "8304", "Wallisellen-Zürich", "", "CH")])],
    # a Japanese phone's 2.1 card: N and NOTE in raw SHIFT_JIS, the address quoted-printable SHIFT_JIS (Tokyo,
    # no country written: the user's)
    "vcard/aosp-vcard__v21_japanese_2.vcf": [dict(
        kind="person", first="ロイド1", last="安藤", notes="メモ",
        addresses=[("home", "東京都渋谷区桜丘町26-1セルリアンタワー6階", "150-8512", "", "", "IT")])],
    # NEC phone: three SHIFT_JIS names (family part only), four short numbers each with X-NEC-* types (no type
    # of ours), a home fax, a modem and a pager
    "vcard/aosp-vcard__v21_multiple_entry.vcf": [
        dict(kind="person", last="安藤ロイド3", phones=[("9", ""), ("10", ""), ("11", ""), ("12", "fax")]),
        dict(kind="person", last="安藤ロイド4", phones=[("13", ""), ("14", "pager"), ("15", ""), ("16", "")]),
        dict(kind="person", last="安藤ロイド5", phones=[("17", ""), ("18", ""), ("19", ""), ("20", "")])],
    # ISO-8859-1 without a CHARSET (München, Düsseldorf), a home and a work address without a country (the
    # user's), "LABEL,TYPE=" lines continued without folding (ignored), an empty fax, a 0171 mobile read in
    # that country (a valid Italian number then), a local number kept as typed
    "vcard/tine20__HerrFalkMuenchen.vcf": [dict(
        kind="person", first="Falk", last="München", title="Landtagsabgeordneter",
        emails=["falk.muenchoen@landtag.xyz.de"], web=["http://falk-muenchoen.de"],
        phones=[("12212/1212", "home"), ("+3901719394461", "mobile")],
        addresses=[("home", "Klippe 58", "21255", "Bad Vilbel", "", "IT"),
                   ("work", "Platz der Republik 1", "40222", "Düsseldorf", "", "IT")])],
    # XING: CHARSET=ISO-8859-1 on ASCII text, a work address with only a city, a postcode and the placeholder
    # country "Country" (kept for review), an empty home address, a category, a photo on a server (named)
    "vcard/node-vcf__xing.vcf": [dict(
        kind="person", first="Hans-Peter", last="Mustermann", company="Example GmbH", title="CTO",
        web=["http://www.example.com"], tags=["Consulting"],
        addresses=[("work", "", "12345", "City Name", "", "IT")],
        notes="17.02.2016, 19:18 - XING - http://www.xing.com/profile/Hans-Peter-Mustermann\n\n"
              f"{REVIEW}\nCountry: Country\n"
              "Photo: https://placeholdit.imgix.net/~text?txtsize=33&txt=150%C3%97150&w=150&h=150")],
    # Highrise: two U.S. addresses with escaped commas and "United States" folded mid-word, four e-mails, nine
    # dummy numbers (other = no type, two faxes, a pager), five URLs with escaped colons, nine chat names (Highrise
    # writes "X-GOOGLE TALK" with a space)
    "vcard/ruby-vcard__highrise.vcard": [dict(
        im=[("yahoo", "yahoo.john"), ("google talk", "gtalk.john"), ("sametime", "sametime.john"),
            ("skype", "skype.john"), ("msn", "msn.john"), ("jabber", "jabber.john"), ("icq", "icq.john"),
            ("aim", "aim.john"), ("qq", "qq.john")],
        kind="person", first="John", last="Doe", company="John Doe & Partners Limited", title="Sales Manager",
        emails=["john.doe@work.com", "john.doe@home.com", "john.doe@other.com", "john.doe@custom.com"],
        phones=[("11111111", "work"), ("22222222", "mobile"), ("33333333", "home"), ("44444444", ""),
                ("55555555", "fax"), ("66666666", "fax"), ("77777777", "pager"), ("88888888", ""),
                ("99999999", "")],
        web=["http://www.homepage.com", "http://www.home.com", "http://www.work.com", "http://www.other.com",
             "http://www.custom.com"],
        addresses=[("work", "456 Grandview Building, Wide Street", "90204", "San Diego", "CA", "US"),
                   ("home", "123 Sweet Home, Narrow Street", "91102", "New York", "NY", "US")])],
    # RFC 6350's every property: N with two middle names and three suffixes, ORG with two units, a work address
    # (P.O. box and apartment joined to the street; "country" kept for review), a tel: URI (no such French
    # number: kept as typed), ANNIVERSARY, a photo on a server (named); BDAY --0203 has no year (for review)
    "vcard/icaljs__vcard.vcf": [dict(
        im=[("jabber", "alice@example.com")],
        kind="person", prefix="Dr.", first="John", middle="Philip,Paul", last="Stevenson", suffix="Jr.,M.D.,A.C.P.",
        nickname="Boss", company="ABC, Inc.", department="North American Division, Marketing",
        title="Research Scientist", role="Project Leader", emails=["jqpublic@xyz.example.com"],
        phones=[("+33-01-23-45-67", "home")], anniversary=date(1996, 4, 15),
        addresses=[("work", "street, apt, pobox", "zipcode", "city", "state", "IT")],
        notes=f"This fax number is operational 0800 to 1715 EST, Mon-Fri\n\n{REVIEW}\nCountry: country\n"
              "Birthday: --0203\nPhoto: http://www.example.com/pub/photos/jqpublic.gif")],
    # KAddressBook's 2.1 cards: quoted-printable UTF-8 with soft breaks and encoded line breaks in addresses,
    # titles and notes (en dashes), a company with only ORG, two cards with only a given name "Broken" (one
    # contact each: no e-mail to match them by), "Dr. med." as a prefix, an empty ORG
    "vcard/kcontacts__vcard10.vcf": [
        dict(kind="company", name="Bike Shop", notes="This one has a funny character at the end in the contact list",
             addresses=[("work", "DDDDDDDDDDDDDDD-Staße 2\n00000 DDDDDDDDDD", "", "", "", "IT")]),
        dict(kind="person", first="Broken", web=["http://some-webseite.com"],
             notes="This one's URL field is truncated (see contact's edit form). Remove the linebreak in the VCF's "
                   "address field and the URL will will be correct.",
             addresses=[("home", "AAAAAAA-AäAAAAA 11", "00000", "Urt", "", "IT")]),
        dict(kind="person", first="Broken", web=["http://some-webseite.com"],
             notes='this is identical to "Website broken", but with Note and URL swapped. The Note field does not '
                   "get truncated as the URL field does.",
             addresses=[("home", "AAAAAAA-AäAAAAA 11", "00000", "Urt", "", "IT")]),
        dict(kind="person", prefix="Dr. med.", first="Surname", last="Name", title="Facharzt für Allgemeinmedizin",
             notes="Sprechzeiten:\nMo   8–12, 15–18\nDi     8–12\nMi    8–12, 14–15\nDo 14–19\nFr     8–12"),
        dict(kind="person", first="Second", last="Doctor", title="Dentist",
             notes="Sprechzeiten:\nMo   8–13\nDi   10–12, 13–18\nMi  10–12, 13–18\nDo  13–18\nFr      8–12",
             addresses=[("work", "DDDDDDDDDDDstraße 26\n00000 DDDDDDDDDDDDDDDDD", "", "", "", "IT")])],
    # FastMail's sample person as Apple, Google (escaped URL colons, an item-labelled Twitter URL) and Memotoo
    # (2.1) export him: a mobile in London read in the United Kingdom, a home address there, a home page; his
    # Skype name (IMPP with X-SERVICE-TYPE, X-SKYPE, X-SKYPE-USERNAME) and his Twitter profile (X-SOCIALPROFILE,
    # X-TWITTER; Google gives it only as a URL)
    "vcard/text-vcardfast__ex-apple.vcf": [{**_JOE, "im": [("skype", "joe.bloggs")],
                                           "social": [("twitter", "http://twitter.com/joebloggs")]}],
    "vcard/text-vcardfast__ex-google.vcf": [{**_JOE, "web": ["http://joebloggs.com", "http://twitter.com/test"],
                                            "im": [("skype", "joe.bloggs")]}],
    "vcard/text-vcardfast__ex-memotoo.vcf": [{**_JOE, "im": [("skype", "joe.bloggs")],
                                             "social": [("twitter", "http://twitter.com/joebloggs")]}],
    # iOS 6.1.3 with CR CR LF line ends: ORG with an empty unit, a grouped e-mail, a 555 mobile without a
    # country (kept as typed), a URL without a scheme, a JPEG folded over 90 lines
    "vcard/aosp-vcard__v30_ios_613_multiline.vcf": [dict(
        kind="person", first="Bob", last="Smith", company="Smith Auto Repair", emails=["bob@smithauto.com"],
        phones=[("(650) 555-1212", "mobile")], web=["https://www.smithauto.com"])],
    # Sabre's every attribute: a 6-part N (the extra part ignored), ORG with a unit, six e-mails, four URLs,
    # thirteen 3-digit numbers (kept as typed; CAR repeats the work one; Apple Watch, School, MAIN, VIDEO and
    # OTHER have no type of ours), a home address in Japan, BDAY, an X-ANNIVERSARY; ten chat addresses (X-AIM,
    # X-ICQ ... repeat IMPP's: once each; Apple's x-apple: scheme names no service, X-SERVICE-TYPE does)
    "vcard/rcmcarddav__AllAttr.vcf": [dict(
        im=[("aim", "ms+aim@example.com"), ("gadu-gadu", "ms+gadu@example.com"),
            ("google talk", "ms+gtalk@example.com"), ("icq", "12345"), ("jabber", "ms@example.com"),
            ("msn", "ms+msn@example.com"), ("qq", "ms+qq@example.com"), ("skype", "ms+skype@example.com"),
            ("yahoo", "ms+yahoo@example.com"), ("", "unknown-im-service@example.com")],
        kind="person", prefix="Dr.", first="Albert", last="Wesker", suffix="MSc", nickname="Practical Al",
        company="Umbrella Corp", department="Executive Board", title="CEO",
        emails=["albert@wesker.example.com", "wesker@umbrella.example.com", "home@example.com", "work@example.com",
                "school@example.com", "other@example.com"],
        phones=[("123", "mobile"), ("234", "mobile"), ("345", ""), ("354", "home"), ("465", "work"), ("543", ""),
                ("454", ""), ("458", "fax"), ("459", "fax"), ("460", "pager"), ("466", ""), ("461", "")],
        web=["https://home.example.com", "https://work.example.com", "https://home.page", "http://other.com"],
        addresses=[("home", "239 Umbrella Ave", "99887", "Tokyo", "Kanto", "JP")],
        birthday=date(1960, 7, 17), anniversary=date(2009, 7, 3),
        notes="It should be noted that Wesker seems to only have loyalty to himself and William Birkin and seems "
              "to be playing all sides to his own advantage.")],
    # two 2.1 cards with UTF-8 quoted-printable names broken by soft line breaks (even inside "ä"); numbers that
    # are no real ones (+08..., a 7-digit Norwegian): kept as typed
    "vcard/text-vcard__encoding2.vcf": [
        dict(kind="person", first="Bartholomäus", last="von Stürmer", phones=[("+08154711", "mobile")]),
        dict(kind="person", first="Carl", last="Gauß", phones=[("+471112345", "")])],
    # a 2.1 quoted-printable ADR beginning with a soft break, the next line indented: "Österreich" split
    # across lines
    "vcard/text-vcard__quoted.vcf": [dict(
        kind="person", first="John", last="Smith",
        addresses=[("", "A street on a quoted line", "0815", "Some test town", "Some test region", "AT")])],
    # Apple's 2.1 and 3.0 exports of one card: a home and a work address in placeholder countries (kept for
    # review). The 2.1 card says nothing more (the user's country then), so 020 666 6666 is a Milan number and
    # the 0777 mobile (no such Italian number) is kept as typed; the 3.0 card's X-ABADR:uk puts both addresses
    # in Great Britain, where 0777 777 7777 is a mobile and 020 666 6666 one digit short (kept as typed)
    "vcard/text-vcard__apple_2.1_unicode.vcf": [{**_T_FIRST, "phones": [("+390206666666", "home"),
                                                                        ("0777 - 777 7777", "mobile")]}],
    "vcard/text-vcard__apple_version3.vcf": [{
        **_T_FIRST, "phones": [("020 666 6666", "home"), ("+447777777777", "mobile")],
        "addresses": [("home", "Pref Test Road", "Pref Test Postcode", "Pref Test City", "", "GB"),
                      ("work", "Test Road", "Test Postcode", "Test City", "", "GB")]}],
    # Apple style: N;CHARSET=utf-8, an item-grouped e-mail and URL with labels
    "vcard/jeroendesloovere-vcard__example.vcf": [dict(
        kind="person", first="Jeroen", last="Desloovere", emails=["site@example.com"],
        web=["http://www.jeroendesloovere.be"])],
    # Evolution: PHOTO typed "jpeg" whose bytes are a PNG (taken as what it is), only a given name, REV with junk
    "vcard/eds__photo-1.vcf": [dict(kind="person", first="photo", emails=["photo@no.where"], photo="image/png")],
    # Evolution: two PHOTO properties (work and home PNGs): one picture is kept
    "vcard/kcontacts__vcard12.vcf": [dict(
        kind="person", first="Good", last="Looking", emails=["goodlooking@example.com"], photo="image/png")],
    # Evolution: a GIF typed x-evolution-unknown, "™" in ORG with empty units
    "vcard/text-vcard__base64.vcf": [dict(
        kind="person", first="Photo", last="Victory", company="For Great Justice™", photo="image/gif")],
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_card_comes_in_with_every_field(db, name):
    assert imported(db, name) == EXPECTED[name]
