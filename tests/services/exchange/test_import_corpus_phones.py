"""Real vCard files of phones and phone-sync tools (Gammu, Android's AOSP tests, Yahoo! via a phone) and small
desktop exports, and the small cards that test a reader's edges, field by field: quoted-printable soft breaks at
the edge of a value, folded numbers and parameters, comment and empty lines, cards without a name. Each
expectation was written by reading the file (the comment says what is special in it); see
test_import_corpus_fields.py.
"""

from __future__ import annotations

import pytest

from tests.services.exchange.test_import_corpus import needs_corpus
from tests.services.exchange.test_import_corpus_fields import REVIEW, imported

EXPECTED: dict[str, list[dict]] = {
    # a quoted-printable UTF-8 N ending in a soft break followed by an empty line; a 3-digit number
    "vcard/gammu__quoted-printable-empty-new-line.vcf": [dict(
        kind="person", first="Joseph", last="Hörmann", phones=[("028", "home")])],
    # a quoted-printable N continued after a soft break, a NOTE ending in "=" (not quoted-printable: kept),
    # a work number folded with a space ("5555" + "4444")
    "vcard/gammu__line-continuation.vcf": [dict(
        kind="person", first="Nikdovic", last="Nikdo", notes="This ends with equal sign=",
        phones=[("55554444", "work")])],
    # Cyrillic in quoted-printable UTF-8 with a soft break after "==", a +222 number (no such country: kept
    # as typed), three empty e-mails (nothing)
    "vcard/gammu__quoted-printable-new-line.vcf": [dict(
        kind="person", first="ПОРКС", last="- PRIMA", phones=[("+222222222222", "mobile")])],
    # a Norwegian tax office in 3.0 UTF-8 (ø): only a family name, escaped colons in a folded note, a work
    # number and a fax, an address in Norway, two categories
    "vcard/gammu__vcard3-utf-8.vcf": [dict(
        kind="person", last="Bodø likningskontor", emails=["bodo.lk@skatteetaten.no"],
        phones=[("+4775546800", "work"), ("+4775546805", "fax")], tags=["Norwegian", "government"],
        notes="Telefonhenvendelser til saksbehandler: \nMan 08:00-15:30, tir-fre 12:00-15:30",
        addresses=[("work", "Moloveien 20", "8002", "Bodø", "Nordland", "NO")])],
    # Yahoo! address book 2.1 with CHARSET=utf-8 on every line: a given name only, two Australian local
    # numbers without a country (kept as typed), a note whose trailing line breaks go
    "vcard/gammu__yahoo.vcf": [dict(
        kind="person", first="ACENET", notes="ISP Ph 019833206",
        phones=[("(07) 3899-5174", "home"), ("(07) 3899-1411", "work")])],
    # Thunderbird's vCard export: the same two people as its CSV (e-mails at .invalid kept for review)
    "vcard/thunderbird__export.vcf": [
        dict(kind="person", first="contact", last="one", notes=f"{REVIEW}\nE-mails: contact1@invalid"),
        dict(kind="person", first="contact", last="two", title='"worker"',
             notes=f"here's some unicode text…\n\n{REVIEW}\nE-mails: contact2@invalid")],
    # Thunderbird: a DOS (CRLF) file with one card
    "vcard/thunderbird__dos_vcard_addressbook.vcf": [dict(
        kind="person", first="Name", last="Surname", emails=["example@gmail.com"])],
    # Android's test: "# ..." comment lines ignored, a quoted-printable note whose continuation starts with "#"
    "vcard/aosp-vcard__v21_invalid_comment_line.vcf": [dict(
        kind="person", first="Conference Call",
        notes="This is an (sharp ->#<- sharp) example. This message must NOT be ignored.")],
    # macOS 11.1 company card (X-ABSHOWAS:COMPANY): the company with its grouped, upper-case ITEM1.EMAIL
    "vcard/rcmcarddav__goldencomp.vcf": [dict(
        kind="company", name="The Golden Company", emails=["golden.company@example.com"])],
    # DAVdroid 4.0 with PRODID folded mid-token: one number given as fax and as voice (one point, the first type)
    "vcard/vcard4android__strange-rev.vcf": [dict(kind="person", first="Name", last="Name",
                                                  phones=[("+49000000", "fax")])],
    # SOGo cards without N or FN: known by their e-mail, shown by it
    "vcard/radicale__broken-vcards.vcf": [
        dict(kind="person", last="test-misses-N-or-FN@example.com", emails=["test-misses-N-or-FN@example.com"]),
        dict(kind="person", last="test-misses-N-or-FN@example1.com", emails=["test-misses-N-or-FN@example1.com"])],
    # 4.0 with SORT-AS readings on N and ORG (the names, not the readings, come in), ORG with a unit
    "vcard/aosp-vcard__v40_sort_as.vcf": [dict(
        kind="person", first="ロイド", last="安藤", company="グーグル", department="検索部門")],
    # a TEL type in Chinese (no type of ours) and a one-digit number
    "vcard/aosp-vcard__v30_multibyte_param.vcf": [dict(kind="person", first="G", middle="M", last="F",
                                                       phones=[("1", "")])],
    # an unknown CHARSET on an ASCII N: read all the same
    "vcard/jeroendesloovere-vcard__invalid_encoding.vcf": [dict(
        kind="person", first="Jeroen", last="Desloovere", emails=["site@example.com"],
        web=["http://www.jeroendesloovere.be"])],
    # malformed parameter lists on unknown properties: the name comes in
    "vcard/eds__11.vcf": [dict(kind="person", first="Invalid", last="AttributeParam")],
    # Evolution's "evil" card: folds inside parameter lists (TAB continuations), escaped ";" in ADR parts, a
    # "U.S.A." work address, a quoted-printable home address with "\\" and "\\n" (its country empty: the first
    # address's), an e-mail with ";" (kept for review), a URL with escapes
    "vcard/eds__13.vcf": [dict(
        kind="person", first="Ralf", last="Engels", company="Ralf Engels evil tests",
        emails=["Frank_Dawson@lotus.com"], phones=[("+19196769515", "work"), ("+19196769564", "fax")],
        web=["http://home%32%20.earthlink.net/~fdawson"], notes=f"{REVIEW}\nE-mails: semicolon;@points.net",
        addresses=[("work", "Evil semicolon city;", "27613-3502", "Semicolon;way", "NC", "US"),
                   ("home", "Evil backslash \\ way", "89073", "Ulm", "Newlines\nCountry\nevil", "US")])],
    # Gammu's backup: two people (phone memory and SIM) sharing one number: still two people
    "vcard/gammu__gammu.vcf": [dict(kind="person", last="Nikdo-ME", phones=[("123465789", "")]),
                               dict(kind="person", last="Nikdo-SIM", phones=[("123465789", "")])],
    # empty lines inside the card, a photo link folded over two lines (named for review), numbers and an
    # address in Germany
    "vcard/node-vcf__empty-lines.vcf": [dict(
        kind="person", prefix="Dr.", first="Erika", last="Mustermann", company="Wikimedia", role="Kommunikation",
        title="Redaktion & Gestaltung", emails=["erika@mustermann.de"], web=["http://de.wikipedia.org/"],
        phones=[("+492219999123", "work"), ("+492211234567", "home")],
        addresses=[("home", "Heidestraße 17", "51147", "Köln", "", "DE")],
        notes=f"{REVIEW}\nPhoto: http://commons.wikimedia.org/wiki/File:Erika_Mustermann_2010.jpg")],
    # BlackBerry: a PNG folded with a leading space, 2.1 TYPE= parameters, two too-short numbers (kept as typed)
    "vcard/aosp-vcard__v21_blackberry_photo.vcf": [dict(
        kind="person", last="boogie", emails=["forrestgump@walladalla.com"],
        phones=[("+5555555", "work"), ("+5555556", "mobile")], photo="image/png")],
    # Palm Desktop 2.1: quoted-printable ADR and NOTE with Windows line breaks (=0D=0A: one line break each),
    # "country" (kept for review, the user's then), numbers written after a word: "main 3248098098" is an
    # Italian mobile once read there, the others no numbers (kept as typed); custom fields have no place
    "vcard/bitpim__palm.vcf": [dict(
        kind="person", first="Exported", last="Desktop", company="Company", title="Title",
        emails=["email@example.com"],
        phones=[("+393248098098", "work"), ("home 90809890809", "home"), ("fax 09890890809", "fax"),
                ("other 90890809809", "")],
        addresses=[("", "street 1\nstreet 2\nstreet 3\nstreet 4\nstreet 5", "zip", "city", "state", "IT")],
        notes="This is the note\n\nand it can be across \nmultiple lines\n\nThis record was exported from palm "
              f"desktop 4.1\n\nthe category is busniess\n\n{REVIEW}\nCountry: country")],
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_card_comes_in_with_every_field(db, name):
    assert imported(db, name) == EXPECTED[name]
