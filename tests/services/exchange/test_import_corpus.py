"""Address books exported by real programs (the shared corpus, ../shared/corpus/contacts beside the checkout)
come in whole: every card or row becomes a contact, with its e-mails and phones.

The expectations were written by reading each file (the comment says what is in it); the files are not copied
into the project. When the corpus is not there (a checkout without shared/), the tests are skipped, saying so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.db.models import Address, ContactPoint, Party
from smallcrm.domain import ContactKind
from smallcrm.errors import ValidationError
from smallcrm.numbers import typed_in
from smallcrm.services.exchange.imports import apply_import, preview_import


def _corpus() -> Path | None:
    for folder in Path(__file__).resolve().parents:
        candidate = folder / "shared" / "corpus" / "contacts"
        if candidate.is_dir():
            return candidate
    return None


CORPUS = _corpus()
needs_corpus = pytest.mark.skipif(CORPUS is None, reason="no shared/corpus/contacts beside the checkout "
                                                         "(the real address books are not part of the project)")

# file: (cards or rows in, contacts out, e-mails kept, phones kept (fax and pager included)), read by hand
EXPECTED: dict[str, tuple[int, int, int, int]] = {
    # one US card: country "U.S.A.", a voice and a fax number, one good e-mail and one with a ";" in it
    "vcard/eds__13.vcf": (1, 1, 1, 2),
    # two Thunderbird people, one e-mail each at a reserved (.invalid, RFC 2606) domain: no address to write
    # to, so kept in the notes for review (test_a_value_that_cannot_be_read_is_kept_for_review)
    "vcard/thunderbird__basic_vcard_addressbook.vcf": (2, 2, 0, 0),
    # a company only (ORG), two e-mails, two numbers that are no real numbers (+123456789, +987654321)
    "vcard/roundcube__johndoe.vcf": (1, 1, 2, 2),
    # two cards, two people (Nikdo-ME, Nikdo-SIM) sharing one number: still two people
    "vcard/gammu__gammu.vcf": (2, 2, 0, 2),
    # an Australian with three e-mails and four local numbers (home, work, cell, fax), two addresses
    "vcard/text-vcardfast__fm.vcf": (1, 1, 3, 4),
    # two cards with no name at all, only an e-mail each
    "vcard/radicale__broken-vcards.vcf": (2, 2, 2, 0),
    # three cards of a Japanese phone (SHIFT_JIS names), four short numbers each (one fax, one pager)
    "vcard/aosp-vcard__v21_multiple_entry.vcf": (3, 3, 0, 12),
    # DAVx5's every field: U.S.A. and a German address, a German number and +1-800-MYFAX
    "vcard/vcard4android__allfields-vcard3.vcf": (1, 1, 2, 2),
    # the same person three times (vCard 4.0, 2.1, 3.0): one contact, one e-mail, a work and a home number
    "vcard/node-vcf__multiple.vcf": (3, 1, 1, 2),
    # Apple's every field with placeholder values: two e-mails, ten numbers typed as words (one repeated)
    "vcard/tine20__mac_os_x_addressbook.vcf": (1, 1, 2, 9),
    # "United States of America", two e-mails, five numbers
    "vcard/aosp-vcard__v21_complicated.vcf": (1, 1, 2, 5),
    # a Chinese card whose four TEL values are the same text (no digits): kept once, as typed
    "vcard/eds__5.vcf": (1, 1, 1, 1),
    # Ximian Evolution's welcome card: no VERSION, US numbers without a country code
    "vcard/kcontacts__vcard4.vcf": (1, 1, 1, 2),
    # a Spanish Apple card in UTF-16 without BOM
    "vcard/roundcube__utf-16_sample.vcf": (1, 1, 0, 0),
    # Outlook CSV: an Indonesian with one e-mail and 8-9 digit dummy numbers (two distinct values)
    "csv/horde-data__Outlook.csv": (1, 1, 1, 2),
    # KMail CSV: the same person
    "csv/horde-data__KMail.csv": (1, 1, 1, 2),
    # lx-office: three German customers with country "D", two of them with a phone
    "csv/tine20__importtest_lxoffice1.csv": (3, 3, 0, 2),
}

# cards with nothing to know a contact by: only notes (gammu), an empty photo (sabre issue 64), a nickname
# and a chat id (Android); an Outlook row with only a street (horde bug 6372) comes in, named by it
EMPTY_CARDS = {"aosp-vcard__v21_im.vcf", "gammu__char-escaping.vcf", "sabre-vobject__issue64.vcf"}


UNMAPPED = {"horde-data__Palm.csv": "file_no_header", "horde-data__Thunderbird.csv": "file_no_header",
            "ox-appsuite__jpcontact.csv": "mapping_empty"}


def _counts(kind: ContactKind) -> int:
    return ContactPoint.select().where(ContactPoint.kind == kind, ContactPoint.deleted_at.is_null()).count()


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_real_address_book_comes_in_whole(db, name):
    cards, contacts, emails, phones = EXPECTED[name]
    plan = preview_import(db, CORPUS / name)
    assert len(plan.rows) == cards, [(r.row, r.action, r.name) for r in plan.rows]
    assert not plan.rejections, plan.rejections
    apply_import(db, plan)
    people = Party.select().where(Party.deleted_at.is_null(), Party.merged_into.is_null())
    # a person's company is made as a contact of its own: count the people and companies the file names
    assert people.count() - len(plan.new_companies) == contacts
    assert (_counts(ContactKind.EMAIL), _counts(ContactKind.PHONE)) == (emails, phones)


@needs_corpus
def test_every_file_of_the_corpus_is_read_without_a_lost_card(db):
    """Not one card or row is refused in the whole corpus (LDIF is not an import format), but the few that
    carry nothing to know a contact by (read by hand: no name, e-mail, phone or organisation)."""
    refused = {}
    for path in sorted((CORPUS / "vcard").iterdir()) + sorted((CORPUS / "csv").iterdir()):
        try:
            plan = preview_import(db, path)
        except ValidationError as error:  # a file without a header row, or in a layout whose column names
            # we do not know (Outlook in Japanese): the user maps its columns first
            assert error.code == UNMAPPED.get(path.name), (path.name, error)
            continue
        if path.name in EMPTY_CARDS:
            assert [r.code for r in plan.rejections] == ["required"], (path.name, plan.rejections)
        elif plan.rejections:
            refused[path.name] = [(r.row, r.field, r.reason) for r in plan.rejections[:2]]
    assert not refused


@needs_corpus
def test_a_value_that_cannot_be_read_is_kept_for_review(db):
    """An e-mail at a reserved domain does not cost the row: the contact comes in, the value waits in its
    notes, and the preview lists it (row, field, value, reason)."""
    plan = preview_import(db, CORPUS / "vcard/thunderbird__basic_vcard_addressbook.vcf")
    assert [(w.row, w.field, w.value) for w in plan.warnings] == [
        (1, "email", "john.doe@genericemail.invalid"), (7, "email", "jane.doe@genericemail.invalid")]
    apply_import(db, plan)
    john = Party.get(Party.first_name == "John")
    assert "john.doe@genericemail.invalid" in john.notes


@needs_corpus
def test_countries_and_numbers_from_the_corpus_are_read_in_the_contact_s_country(db):
    """ "U.S.A." is the United States, and its fax is labelled a fax (not a number to call)."""
    plan = preview_import(db, CORPUS / "vcard/eds__13.vcf")
    apply_import(db, plan)
    party = Party.get(Party.first_name == "Ralf")
    assert party.country == "US"
    fax = ContactPoint.get(ContactPoint.party == party, ContactPoint.value == "+19196769564")
    assert fax.label == "fax"


COUNTRY_CARDS = [("United States of America", "(617) 236-0442", "US", "+16172360442"),
                 ("U.S.A.", "617 236 0442", "US", "+16172360442"),
                 ("England", "020 7946 0018", "GB", "+442079460018"),
                 ("Great Britain", "020 7946 0018", "GB", "+442079460018"),
                 ("Turkey", "0212 555 12 34", "TR", "+902125551234"),
                 ("Deutschland", "030 1234567", "DE", "+49301234567"),
                 ("FRA", "01 23 45 67 89", "FR", "+33123456789"),
                 ("Rumänien", "021 312 3456", "RO", "+40213123456")]


@pytest.mark.parametrize(("country", "typed", "code", "number"), COUNTRY_CARDS)
def test_a_number_is_read_in_the_address_s_country(db, tmp_path, country, typed, code, number):
    path = tmp_path / "card.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jo;;;\r\nADR;TYPE=WORK:;;1 Main St;Town;;12345;{country}\r\n"
                    f"TEL;TYPE=WORK:{typed}\r\nEND:VCARD\r\n", encoding="utf-8")
    plan = preview_import(db, path)
    assert not plan.warnings and not plan.rejections
    apply_import(db, plan)
    assert Party.get().country == code
    assert [p.value for p in ContactPoint.select()] == [number]


def test_an_unknown_country_is_kept_with_a_warning(db, tmp_path):
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jo;;;\r\nADR:;;1 Main St;Town;;1;Gnuland\r\n"
                    "TEL:12\r\nEMAIL:jo@\r\nEND:VCARD\r\n", encoding="utf-8")
    with typed_in("it"):  # the person works in Italian (the window's language, or the command line's --lang)
        plan = preview_import(db, path)
    assert not plan.rejections
    assert [(w.field, w.value) for w in plan.warnings] == [("country", "Gnuland"), ("email", "jo@"), ("phone", "12")]
    apply_import(db, plan)
    jo = Party.get()
    # in the user's language: the note is text the user reads and edits
    assert jo.notes == "Valori importati da controllare:\nPaese: Gnuland\nE-mail: jo@"
    assert [p.value for p in ContactPoint.select()] == ["12"]  # as typed


@needs_corpus
def test_every_address_comes_with_its_type(db):
    """FastMail's card: a home address in Sydney and a work one in Melbourne, both in Australia."""
    apply_import(db, preview_import(db, CORPUS / "vcard/text-vcardfast__fm.vcf"))
    joe = Party.get(Party.first_name == "Joe")
    rows = Address.select().where(Address.party == joe).order_by(Address.id)
    assert [(a.label, a.street, a.postal_code, a.city, a.province, a.country, a.is_primary) for a in rows] == [
        ("home", "1 Nowhere Road", "2000", "Sydney", "NSW", "AU", True),
        ("work", "1 Work St", "3000", "Melbourne", "VIC", "AU", False)]
    labels = sorted(p.label for p in ContactPoint.select().where(ContactPoint.kind == ContactKind.PHONE))
    assert labels == ["fax", "home", "mobile", "work"]


def test_an_extension_is_kept(db, tmp_path):
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jo;;;\r\nTEL;TYPE=WORK:02 1234 5678 ext. 12\r\n"
                    "TEL;TYPE=CELL:347 765 4321\r\nEND:VCARD\r\n", encoding="utf-8")
    apply_import(db, preview_import(db, path))
    assert sorted((p.value, p.label) for p in ContactPoint.select()) == [
        ("+390212345678;ext=12", "work"), ("+393477654321", "mobile")]
