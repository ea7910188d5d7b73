"""Real vCard files of CardDAV servers and their clients (Nextcloud, Radicale/DAVx5, CardBook, Evolution, Mac
OS X via Roundcube) and RFC 2425-style cards, field by field. Each expectation was written by reading the file
(the comment says what is special in it); see test_import_corpus_fields.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.services.exchange.test_import_corpus import needs_corpus
from tests.services.exchange.test_import_corpus_fields import REVIEW, imported

EXPECTED: dict[str, list[dict]] = {
    # Nextcloud (Sabre): no N, so FN's last word is the family name; ADRs whose P.O. box and extended parts
    # join the street, one in Germany, one in "Germany work" (folded mid-word: kept for review); TEL types in
    # quotes; a fax whose value ends in escaped ";;,;" (dropped); BDAY and X-ABDATE with times; a category
    "vcard/icaljs__escape_semicolon.vcf": [dict(
        kind="person", first="First Last", last="NextCloud", nickname="Hugo", company="Firma",
        emails=["home@gmx.de", "work@gmx.de"],
        phones=[("11111111", "home"), ("+49205333", "mobile"), ("+49205246", "fax"), ("+49222222", "work")],
        tags=["Test-Kontakte"], notes=f"{REVIEW}\nCountry: Germany work",
        addresses=[("home", "Street, Street 2, PO", "zip", "City", "AL", "DE"),
                   ("work", "Street W, Street 2 W, PO W", "zip Work", "City Work", "AL work", "DE")],
        birthday=date(2019, 2, 10), anniversary=date(2019, 2, 20))],
    # 3.0 with a 2-part N, an ADR with an escaped ";" and line break, "Gnuland" (kept for review), BDAY 02-10
    # (no year: kept for review), three numbers that are no real ones (kept as typed), ORG with a unit
    "vcard/eventable-vobject__simple_3_0_test.ics": [dict(
        kind="person", first="Daffy Duck (with Bugs Bunny and Mr. Pluto)", last="Knudson",
        nickname="gnat and gnu and pluto", company="University of Novosibirsk",
        department="Department of Octopus Parthenogenesis",
        phones=[("+01-(0)2-765.43.21", "home"), ("+01-(0)5-555.55.55", "mobile"), ("+01-(0)2-876.54.32", "home")],
        notes=f"{REVIEW}\nCountry: Gnuland\nBirthday: 02-10",
        addresses=[("home", "Haight Street 512;\nEscape, Test", "80214", "Novosibirsk", "", "IT")])],
    # RFC 2425 style: "home.begin:vcard", lower-case names, two TITLEs (the later, German one stays), a fax
    # with a country code, a folded note, an address given only as printed (LABEL, no ADR: its lines the
    # street, "Deutschland" the country)
    "vcard/eventable-vobject__vcard_with_groups.ics": [dict(
        kind="person", first="Meister", last="Berger", title="Burgermeister", emails=["mb@goerlitz.de"],
        phones=[("+493581123456", "fax")], birthday=date(1963, 9, 21),
        addresses=[("", "Hufenshlagel 1234, 02828 Goerlitz", "", "", "", "DE")],
        notes="The Mayor of the great city of Goerlitz in the great country of Germany.\nNext line.")],
    # DAVx5: N with a middle name, NICKNAME, BDAY (FN differs from N: N's parts win)
    "vcard/radicale__contact2-with-bday.vcf": [dict(
        kind="person", first="GivenTest", middle="AdditionalsTest", last="FamilyTest", nickname="Test-NICKNAME",
        birthday=date(1970, 1, 1))],
    # CardBook: BDAY 16040101 is its "no year": no date, kept for review; no N parts, FN split at its last word
    "vcard/radicale__contact4-with-bday-no-year.vcf": [dict(
        kind="person", first="Test bday without year Thunderbird", last="CardBook",
        notes=f"{REVIEW}\nBirthday: 16040101")],
    # 2.1 with raw UTF-8 umlauts and no CHARSET, ADR;WORK;POSTAL with only a city, a postcode and Deutschland
    "vcard/tine20__contactUmlaut.vcf": [dict(
        kind="person", first="Hans", last="Müller", company="Mein Schiff", emails=["hans@schiff.de"],
        web=["http://www.meinschiff.de"], addresses=[("work", "", "90329", "Nürnberg", "", "DE")])],
    # Roundcube's export of a Mac OS X card whose N family part is an e-mail address (taken as written), a
    # note, and a minimal card "der der"
    "vcard/tine20__rcube_contacts-3.vcf": [
        dict(kind="person", last="some.one@mytine.de", emails=["some.one@mytine.de"],
             notes="Dieser Kontakt wurde automatisch bei der Syncronisation angelegt"),
        dict(kind="person", first="der", last="der", emails=["der.der@mytine.de"])],
    # Nextcloud and Evolution cards of chat accounts: the names, e-mails and accounts come in (Nextcloud says the
    # service in TYPE, XMPP is Jabber; Evolution in X-<SERVICE> properties, X-TWITTER a social profile; Nextcloud
    # has no N, so FN is split, and an empty ADR and TEL, which make nothing)
    "vcard/rcmcarddav__IM-Nextcloud.vcf": [dict(
        im=[("skype", "skype@example.com"), ("jabber", "xmpp@example.com"), ("irc", "irc@example.com"),
            ("kik", "kik@example.com"), ("telegram", "telegram@example.com"), ("sip", "sip@example.com"),
            ("qq", "qq@example.com"), ("wechat", "wechat@example.com"), ("line", "line@example.com"),
            ("kakaotalk", "kakaotalk@example.com"), ("matrix", "matrix@example.com"), ("zoom", "zoom@example.com")],
        kind="person", first="Test", last="Kontakt", emails=["kontakt@example.com"])],
    "vcard/rcmcarddav__IM-Evolution.vcf": [dict(
        im=[("aim", "hans+aim@example.com"), ("icq", "123455"), ("groupwise", "hans+groupwise@example.com"),
            ("jabber", "jabber@example.com"), ("yahoo", "yahoo@example.com"), ("gadu-gadu", "gadugadu@example.com"),
            ("msn", "msn@example.com"), ("skype", "skype@example.com"), ("google talk", "gtalk@example.com")],
        social=[("twitter", "mtwitterich")],
        kind="person", first="Hans", last="Wurst", emails=["hans@wurst.de"])],
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_card_comes_in_with_every_field(db, name):
    assert imported(db, name) == EXPECTED[name]
