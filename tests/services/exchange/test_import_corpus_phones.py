"""Real vCard files of phones and phone-sync tools (Gammu, Android's AOSP tests, Yahoo! via a phone) and small
desktop exports, field by field: quoted-printable soft breaks at the edge of a value, folded numbers, comment
lines. Each expectation was written by reading the file (the comment says what is special in it); see
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
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_card_comes_in_with_every_field(db, name):
    assert imported(db, name) == EXPECTED[name]
