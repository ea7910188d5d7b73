"""More real address books, field by field (see test_import_corpus_fields.py): Apple's grouped labels and
address countries, Cozy, SyncEvolution, and the rest. Each expectation was written by reading the file; the
comment says what is special in it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smallcrm.db.models import Party
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.imports import apply_import, inspect_import, preview_import
from smallcrm.services.parties import store
from tests.services.exchange.test_import_corpus import CORPUS, needs_corpus
from tests.services.exchange.test_import_corpus_fields import REVIEW, described, imported

EXPECTED: dict[str, list[dict]] = {
    # iOS 5: X-ABADR:de beside two addresses in placeholder countries (Germany, the placeholders kept for
    # review), nine "numbers" that are words (kept as typed) of every type (MAIN is no type we keep), three
    # e-mails, three URLs, a five-part N
    "vcard/tine20__ios_5_addressbook.vcf": [dict(
        kind="person", prefix="Prefix", first="Lars", middle="Paul", last="Kneschke", suffix="Suffix",
        company="Organisation", department="Department", title="Team Leader",
        emails=["lars@kneschke.de", "l.kneschke@metaways.de", "andere@mail.de"],
        phones=[("+49 MOBIL", "mobile"), ("Tel Iphone", "mobile"), ("+49 PRIVAT", "home"), ("+49 BUSINESS", "work"),
                ("zentrale", ""), ("+49 FAX PRIVAT", "fax"), ("+49 FAX", "fax"), ("anderesfax", "fax"),
                ("+49 PAGER", "pager")],
        web=["https://www.heise.de", "https://www.private.de", "https://www.work.de"],
        addresses=[("home", "Address Privat 1", "12345", "City Privat", "", "DE"),
                   ("work", "Pickhuben 2", "20457", "Hamburg", "", "DE")],
        notes=f"Notes\nwith\nLine Break\n\n{REVIEW}\nCountry: COUNTRY PRIVAT\nCountry: COUNTRY BUSINESS")],
    # Cobook (Apple style): every property grouped and labelled, the number's type only in its label
    # (_$!<Mobile>!$_), the address's too (_$!<Home>!$_), an IMPP (Skype) and a social profile (Twitter)
    "vcard/text-vcardfast__ex-cobook.vcf": [dict(
        im=[("skype", "joe.bloggs")], social=[("twitter", "http://twitter.com/joebloggs")],
        kind="person", first="Joe", last="Bloggs", emails=["me@joebloggs.com"], phones=[("+442012345678", "mobile")],
        web=["http://joebloggs.com"], addresses=[("home", "1 Trafalgar Square", "WC2N", "London", "", "GB")])],
    # macOS 10.11 card whose X-ABShowAs is broken (X-ABShowAs-ABShowAs: a person, then), a grouped work address
    # with no X-ABADR in a placeholder country (kept for review), a U.S.-style number (kept as typed)
    "vcard/kcontacts__vcardwithitemasapplesupport.vcf": [dict(
        kind="person", first="SOMENAME", company="SOME COMPANY", phones=[("(111) 111-1111", "work")],
        addresses=[("work", "STREET", "ZIP", "CITY", "STATE", "IT")],
        notes=f"SOME NOTES\n\n{REVIEW}\nCountry: COUNTRY")],
    # Gmail's 2.1 export: no ADR, two addresses only as printed (LABEL, quoted-printable with =0D=0A), the
    # last line "Hong Kong" their country, whose numbers the eight-digit dummies are not (kept as typed)
    "vcard/ruby-vcard__gmail.vcard": [dict(
        im=[("google talk", "gtalk.step"), ("aim", "aim.step"), ("yahoo", "yahoo.step"), ("msn", "msn.step"),
            ("icq", "icq.step"), ("jabber", "jabber.step")],
        kind="person", first="Stepcase", last="TestUser", company="Stepcase.com", title="CTO",
        emails=["testuser@stepcase.com"], notes="Stepcase test user is a robot.",
        phones=[("44444444", "fax"), ("66666666", "pager"), ("22222222", "home"), ("11111111", "mobile"),
                ("55555555", "fax"), ("33333333", "work")],
        addresses=[("home", "123 Home, Home Street, Kowloon, N/A", "", "", "", "HK"),
                   ("home", "321 Office, Work Road, Tsuen Wan NT", "", "", "", "HK")])],
    # Ximian Evolution's welcome card (no VERSION): an organisation, its address only as a LABEL ending in
    # "USA", so the numbers without a country code are American (the label's "Drive  3" one space, as every run of
    # spaces in a printed address)
    "vcard/kcontacts__vcard4.vcf": [dict(
        kind="company", name="Ximian, Inc.", emails=["hello@ximian.com"], notes="Welcome to the Ximian Addressbook.",
        phones=[("+16172360442", "work"), ("+16172368630", "fax")], web=["https://www.ximian.com/"],
        addresses=[("work", "401 Park Drive 3 West, Boston, MA 02215", "", "", "", "US")])],
    # Outlook, every cell quoted: a row with nothing but a business street over two lines (commas in it),
    # shown by its first line; "0/0/00" birthday and anniversary (no date), Sensitivity "Unspecified"
    "csv/horde-data__bug_6372.csv": [dict(
        kind="person", last="123, 12th Floor", addresses=[("", "123, 12th Floor,\nMain Street", "", "", "", "IT")])],
    # KAddressBook 3.0: a home address in "German" (Germany, as the work one says), its numbers read there (the
    # 0173 mobile is a digit short: kept as typed), KAddressBook's own anniversary and department, ROLE at KDE,
    # a PNG, a LOGO and a SOUND (not kept), BDAY with a time
    "vcard/kcontacts__vcard5.vcf": [dict(
        kind="person", first="Heiko", last="Mustermann", nickname="clown", company="KDE", role="Developer",
        department="Edutainment", emails=["heiko.mustermann@freenet.org", "heiko8@tst.inf.tu-dresden.de"],
        phones=[("+49351223344", "home"), ("+49351443322", "work"), ("0173 223344", "mobile")],
        web=["http://www.mustermann.de/~heiko/"], tags=["Friend"], photo="image/png",
        birthday=date(1955, 7, 19), anniversary=date(1982, 7, 7),
        notes="I'm a friendly note text,\nplease copy me to your address book...",
        addresses=[("home", "Buehlauer Strasse 45", "01327", "Dresden", "Sachsen", "DE"),
                   ("work", "Prager Strasse 55", "01066", "Dresden", "Sachsen", "DE")])],
    # Mac OS X 10.x: ORG with an escaped "," and ";", three addresses with X-ABADR:de beside placeholder
    # countries (kept for review), two "email other" (not e-mails: kept for review), nine numbers that are words
    # (IPHONE is a mobile; MAIN and OTHER say no type), the repeated one once; relations (X-ABRELATEDNAMES) not kept
    "vcard/tine20__mac_os_x_addressbook.vcf": [dict(
        im=[("aim", "Messenger Work (AIM)"), ("aim", "Messenger Private (AIM)"), ("aim", "Messenger Other (AIM)")],
        kind="person", first="Lars", last="Kneschke", company="ORGANI,SATION", department="UN;IT",
        emails=["l.kneschke@metaways.de", "lars@kneschke.de"],
        phones=[("+49 BUSINESS", "work"), ("+49 MOBIL", "mobile"), ("+49 PRIVAT", "home"), ("Tel Iphone", "mobile"),
                ("Tel Zentrale", ""), ("+49 FAX PRIVAT", "fax"), ("+49 FAX", "fax"), ("+49 PAGER", "pager"),
                ("Tel other", "")],
        addresses=[("work", "Address Business 1", "12345", "City Business", "", "DE"),
                   ("home", "Address Privat 1", "12345", "City Privat", "", "DE"),
                   ("", "andere sta..e", "andere plz", "andere stan..e", "", "DE")],
        notes=f"Notes\nwith\nLine Break and , and ; yeah!\n\n{REVIEW}\nCountry: COUNTRY BUSINESS\n"
              "Country: COUNTRY PRIVAT\nCountry: andere land\nE-mails: email other\nE-mails: email other")],
    # Thunderbird's two test books (one with empty lines between the cards): e-mails at .invalid (for review)
    **{f"vcard/thunderbird__{name}_vcard_addressbook.vcf": [
        dict(kind="person", first="John", last="Doe", notes=f"{REVIEW}\nE-mails: john.doe@genericemail.invalid"),
        dict(kind="person", first="Jane", last="Doe", notes=f"{REVIEW}\nE-mails: jane.doe@genericemail.invalid")]
       for name in ("basic", "emptylines")},
    # RCMCardDAV's chat test cards (Google, KAddressBook, ownCloud, eM Client, iOS): a name and chat ids, in IMPP
    # with X-SERVICE-TYPE, or a TYPE, or the URI's scheme (xmpp: is Jabber, ymsgr: Yahoo, gg: Gadu-Gadu; Apple's
    # x-apple: says none), or X-<SERVICE> properties; the same one twice (iOS's X-AIM and IMPP aim:) once
    "vcard/rcmcarddav__IM-GoogleContacts.vcf": [dict(
        kind="person", first="Google", last="IMTestKontakt",
        im=[("aim", "aim@example.com"), ("icq", "12345"), ("google talk", "gtalk@example.com"),
            ("qq", "qq@example.com"), ("skype", "skype@example.com"), ("yahoo", "yahoo@example.com"),
            ("msn", "msn@example.com"), ("jabber", "jabber@example.com")])],
    "vcard/rcmcarddav__IM-KAddressbook.vcf": [dict(
        kind="person", first="KAddressbook", last="IMKontakt",
        im=[("icq", "12345"), ("skype", "skype@example.com"), ("aim", "aim@example.com"),
            ("gadu-gadu", "gadugadu@example.com"), ("google talk", "gtalk@example.com"),
            ("groupwise", "groupwise@example.com"), ("msn", "msn@example.com"), ("twitter", "mtwitterich")])],
    "vcard/rcmcarddav__IM-Owncloud.vcf": [dict(
        kind="person", first="Owncloud", last="IMKontakt",
        im=[("irc", "irc@example.com"), ("skype", "skype@example.com"), ("telegram", "telegram@example.com")])],
    "vcard/rcmcarddav__IM-eMClient.vcf": [dict(
        kind="person", first="EMClient", last="Testkontakt",
        im=[("jabber", "jabber@example.com"), ("skype", "skype@example.com"), ("icq", "12345"),
            ("msn", "msn@example.com"), ("aim", "aim@example.com"), ("google talk", "gtalk@example.com"),
            ("gadu-gadu", "gadugadu@example.com"), ("irc", "irc@example.com"), ("yahoo", "yahoo@example.com")])],
    "vcard/rcmcarddav__IM-iOS.vcf": [dict(
        kind="person", first="Test", last="IosIMKontakt",
        im=[("icq", "18383828"), ("aim", "aim@example.com"), ("msn", "msn@example.com"),
            ("yahoo", "yahoo@example.com"), ("jabber", "jabber@example.com"), ("skype", "skype@example.com"),
            ("whatsapp", "0283839"), ("mike’s very special", "mikeim@example.com"),
            ("google talk", "gtalk@example.com"), ("facebook", "fbook@example.com"), ("qq", "qq@example.com"),
            ("gadu-gadu", "gadu@example.com"), ("skype", "skype2@example.com")])],
    # Apple style: an ADR and the same address as a LABEL (the ADR is taken), empty X-ABLabels, a category
    "vcard/text-vcard__label.vcf": [dict(
        kind="person", first="Joe", last="Bloggs", emails=["joe.bloggs@joebloggs.com"], tags=["myContacts"],
        addresses=[("", "422 S. New Lane", "02072", "Stoughton", "MA", "US")])],
    # Evolution 2.1 in Chinese, every value quoted-printable UTF-8 split by soft breaks: N with only a given
    # name, an address whose street has three lines, four numbers that are the same text (kept once, as typed)
    "vcard/eds__5.vcf": [dict(
        kind="person", first="十城目管理大型知座", company="十城目管理大型知座", title="十城目管理大型知座",
        emails=["weird@weird.com"], phones=[("十城目管理大型知座", "work")],
        addresses=[("work", "十城目管理大型知座, " + "\n".join(["十城目管理大型知座"] * 3), "", "", "", "IT")])],
    # pictures: iCloud's 50 KB inline JPEG; an iCloud photo on a server with a crop (named for review, not
    # fetched); Apple's company card with a JPEG; a 2.1 card's BASE64 JPEG (and a number with its +1); Thunderbird's
    # bare base64 PHOTO with no ENCODING said; sabre's large JPEG folded with two-space continuations
    "vcard/rcmcarddav__InlinePhoto.vcf": [dict(
        kind="person", first="Max", last="Mustermann", emails=["special@maxmu.de"], photo="image/jpeg")],
    "vcard/rcmcarddav__UriPhotoCrop.vcf": [dict(
        kind="person", first="Max", last="Mustermann", emails=["special@maxmu.de"],
        notes=f"{REVIEW}\nPhoto: http://localhost/raven.jpg")],
    "vcard/roundcube__photo.vcf": [dict(kind="company", name="Apple Computer AG", photo="image/jpeg")],
    "vcard/gammu__photo-2.vcf": [dict(
        kind="person", first="Bar", last="Foobar", birthday=date(1942, 4, 2), phones=[("+12345677", "mobile")],
        photo="image/jpeg")],
    "vcard/thunderbird__v3-binary-jpeg.vcf": [dict(
        kind="person", first="Binary", last="JPEG", photo="image/jpeg",
        notes="This v3.0 card has a JPEG photo as binary data and binary valuetype.")],
    "vcard/sabre-vobject__issue153.vcf": [dict(kind="person", first="Test", last="Benutzer", photo="image/jpeg")],
    # Tine 2.0's WebDAV card of every field: five-part N, ORG with a unit, ROLE and TITLE, three e-mails, four
    # German numbers in their types (the address's country, Germany), a work and a home address, BDAY,
    # anniversary, a note with line breaks
    "vcard/tine20__WebDAVCollaborator.vcf": [dict(
        kind="person", prefix="salutation", first="Vorname", middle="Middle", last="Nachname", suffix="name suffix",
        nickname="nickname", company="Firma", department="department", role="job description", title="Position",
        emails=["mail@example.com", "mail2@example.com", "mail3@example.com"],
        phones=[("+4940123450", "work"), ("+4940123451", "home"), ("+4940123453", "mobile"), ("+4940123452", "fax")],
        web=["https://websi.te"], birthday=date(1980, 8, 9), anniversary=date(2013, 8, 16),
        notes="Nots \nWith \nLine\nBreaks",
        addresses=[("work", "business street 2, Office", "45734", "businesscity", "businessarea", "DE"),
                   ("home", "private street 44", "44322", "private cyty", "private area", "DE")])],
    # Android 2.1: an ADR whose street goes on over three lines, each line's end escaped by a backslash (it was
    # cut after its first line, losing the city); a second card of AOSP's escapes in N (\\; \\\\ \\:)
    "vcard/aosp-vcard__v21_adr_multiple_line.vcf": [dict(
        kind="person", last="bogus", web=["http://bogus.com/"], birthday=date(2008, 12, 3),
        addresses=[("home", "Grindelberg 999", "99999", "Hamburg", "", "DE"),
                   ("home", "Hermann v. Brevern\n9999999\nPackstation 999", "99999", "Hamburg", "", "DE")])],
    "vcard/aosp-vcard__v21_backslash.vcf": [dict(kind="person", first="A;B\\", middle="C\\;", prefix="D",
                                                 suffix=":E")],
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_card_comes_in_with_every_field(db, name):
    assert imported(db, name) == EXPECTED[name]


# Palm Desktop's CSV has no line of column names: its columns as Palm writes them (Horde's description)
PALM = ("last_name", "first_name", "job_title", "company", "phone", "phone", "fax", "phone", "email", "street", "city",
        "province", "postal_code", "country", None, None, None, None, "notes", None, "tags")


def described_all(plan) -> list[dict]:
    """The contacts an applied plan made (not the companies made for people's company), in the file's order."""
    rows = Party.select().where(Party.deleted_at.is_null()).order_by(Party.id)
    return [described(store.party_view(p)) for p in rows
            if not (p.kind == "company" and p.sort_key in plan.new_companies)]


@needs_corpus
def test_a_file_without_column_names_is_said_so_and_read_whole_once_mapped(db):
    """Palm Desktop: two rows and no header. Proposed as it is, the preview says the first line is a contact
    (it used to take it for the column names, and import one row of two); mapped, both rows come in."""
    path = CORPUS / "csv/horde-data__Palm.csv"
    source = inspect_import(path)
    assert source.needs_confirmation and source.mapping.headers[:3] == ("#1", "#2", "#3")
    assert source.sample[0][:3] == ("Shumway1", "Gordon", "President")
    with pytest.raises(ValidationError) as error:
        preview_import(db, path)
    assert error.value.code == "file_no_header"
    plan = preview_import(db, path, source.mapping.with_fields(PALM), language="en")
    assert not plan.rejections
    apply_import(db, plan)
    # the numbers are read in the address's country (U.S.A.); the e-mail's "!" is a letter an address may have
    assert described_all(plan) == [
        dict(kind="person", first="Gordon", last="Shumway1", title="President", company="Alf Ltd",
             emails=["Gordon!@usa.com"], tags=["Family"],
             phones=[("+14085551254", ""), ("+14085551255", ""), ("+14085551256", "fax"), ("+14085551257", "")],
             addresses=[("", "123 Anywhere Street", "95128", "San Jose", "CA", "US")]),
        dict(kind="person", first="Gordon", last="Shumway2", title="VP", company="Alf Ltd",
             emails=["Gordon2@usa.com"], tags=["Family"],
             phones=[("+14055551234", ""), ("+14085551235", ""), ("+14085551236", "fax"), ("+14085551237", "")],
             addresses=[("", "12345 Lost Street", "95129", "San Jose", "CA", "US")])]


@needs_corpus
def test_cozy_every_card_comes_in_and_these_field_by_field(db):
    """Cozy's 229 generated cards: every one comes in (CHAT its Skype names, SOCIAL its Twitter ones); the cards
    below, read by hand, field by field. Cozy writes a whole address into ADR's street ("8 Forest Dale Trail,
    Boroon, Philippines"): its last part is the country, so the made-up numbers are not read as Italian ones
    (they are kept as typed); "Macedonia" is North Macedonia's former name. Three people share foo@bar.com or
    the number 12345: possible duplicates, created."""
    plan = preview_import(db, CORPUS / "vcard/cozy-contacts__cozy-contacts.vcf", language="en")
    assert not plan.rejections and plan.counts["create"] == 229
    assert [(r.row, r.reason) for r in plan.rows if r.reason] == [
        (336, "possible duplicate of row 17"), (2181, "possible duplicate of row 17"),
        (2286, "possible duplicate of row 2181")]
    apply_import(db, plan)
    made = {index: card for index, card in enumerate(described_all(plan))}
    assert len(made) == 229
    assert {i: made[i] for i in (0, 1, 2, 3, 23, 36, 200, 226, 228)} == {
        0: dict(kind="person", first="Louis", last="Fuller", birthday=date(1989, 9, 19), emails=["lfullerf@hexun.com"],
                phones=[("5-(882)492-4222", "home")], im=[("skype", "lfuller1m")]),
        1: dict(kind="person", first="foo", last="SDS"),
        2: dict(kind="person", first="Foo", last="M4D", company="Cozy", emails=["foo@bar.com"],
                phones=[("12345789", ""), ("098765432", "")]),
        3: dict(kind="person", first="Chris", last="Fernandez", birthday=date(2006, 3, 29),
                im=[("skype", "cfernandezz")],
                phones=[("0-(721)298-0787", "home")],
                addresses=[("home", "8 Forest Dale Trail,  Boroon", "", "", "", "PH"),
                           ("home", "11843 Thierer Hill,  Boyu", "", "", "", "CN")]),
        23: dict(kind="person", first="Joshua", last="Chavez", emails=["jchavezn@mozilla.org"],
                 im=[("skype", "jchavezn")], social=[("twitter", "@jchavezn")],  # the Skype name twice: once
                 addresses=[("work", "00 Linden Circle, 20238 Washington", "", "", "", "US")]),
        36: dict(kind="person", prefix="Rev", first="Kimberly", middle="nulla mollis", last="Alvarez", suffix="IV",
                 company="Youfeed", title="Payment Adjustment Coordinator", emails=["foo@bar.com"],
                 phones=[("7-(468)537-8989", "home")],
                 addresses=[("home", "873 Dahle Alley,  Gravatá", "", "", "", "BR")],
                 tags=sorted(["bar", "cozy", "fab", "family", "foo", "gag", "gg", "halo", "luv", "top", "toto", "tutu",
                              "tux", "work", "dsrgfesersegsgexegxexgxg"])),
        200: dict(kind="person", first="Willie", last="Wilson", emails=["wwilson60@rambler.ru"],
                  social=[("twitter", "@wwilson60")],
                  addresses=[("work", "71 Lien Pass,  Чегране", "", "", "", "MK")] * 2),
        226: dict(kind="person", first="Philip", last="Hudson", emails=["phudson6w@imdb.com"],
                  social=[("twitter", "@phudson6w")],
                  addresses=[("home", "72438 Superior Court, 92036 CEDEX Paris La Défense", "", "", "", "FR")]),
        228: dict(kind="person", first="FOO", phones=[("12345", "")]),
    }


# SyncEvolution's test set, once as Evolution writes it (3.0) and once as sent to SyncML phones (2.1): the same
# people, by nickname; a long note is compared by its start (the whole text is the file's, unfolded)
_SYNC = {
    "user1": dict(
        kind="person", first="John", last="Doe", nickname="user1", company="Test Inc.", department="Testing, test#1",
        title="Senior Tester", role="professional test case", birthday=date(2006, 1, 8),
        anniversary=date(2006, 1, 9), tags=["TEST"], web=["http://john.doe.com"],
        emails=["john.doe@work.com", "john.doe@home.priv", "john.doe@other.world", "john.doe@yet.another.world"],
        # three addresses in made-up countries (kept for review), their P.O. boxes after the street
        addresses=[("work", "Test Drive 2, Test Box #2", "12346", "Test Town", "Upper Test County", "IT"),
                   ("home", "Test Drive 1, Test Box #1", "12345", "Test Village", "Lower Test County", "IT"),
                   ("", "Test Drive 3, Test Box #3", "12347", "Test Megacity", "Test County", "IT")],
        notes="This is a test case which uses almost all Evolution fields.\n\nImported values to "),
    "user2": dict(kind="person", prefix="Umlaut", first="Ä", middle="Ö", last="Ü", suffix="ß", nickname="user2",
                  tags=["Business"], notes="This user tests some of the advanced aspects of vcards:\n- non-ASCII ",
                  addresses=[("home", "Umlaut Ä in Line 1, Line 2, test 5", "test 2", "test 1", "test 3", "IT")]),
    "user3": dict(kind="person", prefix="Mr.", first="GIF", nickname="user3", notes="image in GIF format",
                  photo="image/gif"),
    "user4": dict(kind="person", prefix="Mrs.", first="PNG", nickname="user4", notes="image in PNG format",
                  photo="image/png"),
    "user5": dict(kind="person", prefix="Ms.", first="JPG", nickname="user5", notes="image in JPG format",
                  photo="image/jpeg"),
    "user6": dict(kind="person", prefix="Mr.", first="First ; special ;", middle="middle", last="Last",
                  nickname="user6", notes='The first name is "First ; special ;".'),
    "user7": dict(kind="person", first="line", last="breaks", nickname="user7",
                  notes="This test case uses line breaks. This is line 1.\nLine 2.\n\nLine breaks in vcard 2",
                  addresses=[("home", "Address Line 1, Address Line 2\nAddress Line 3", "", "", "", "IT")]),
    "user8": dict(kind="person", first="special", last="characters", nickname="user8",
                  notes="Here are some special characters: comma , colon : semicolon ;"),
    "user9": dict(kind="person", first="char", last="set", nickname="user9",
                  notes="Tests charset specification with quotation marks."),
    "user10": dict(kind="person", prefix="large", first="vcard", nickname="user10",
                   notes="large vcard with plenty of special chars < & < & < & < & < & < & < & < & < & < &"),
    "user11": dict(kind="person", first="long", last="line", nickname="user11",
                   notes="This is a long line without any special characters. This is a simpler example th"),
    "user12": dict(kind="person", first="entities", last="xml", nickname="user12",
                   notes="ampersand entity &amp; less-than entity &lt;"),
    "user13": dict(kind="person", first="unquoted", last="colon", nickname="user13",
                   notes="a colon is not a special character so here it comes : and not quoting necessary"),
    "user14": dict(kind="person", first="quotation", last="marks", nickname="user14",
                   notes="here are some quotation marks: single ' double \" back ` - none of them is specia"),
    "user15": dict(kind="person", first="spouse", last="name", nickname="user15", notes="Spouse's Name: foobar"),
    "user16": dict(kind="person", last="incomplete", nickname="user16", notes="test case with empty email"),
    # the card with a trailing "=" that Funambol took for a soft line break (3.0 only): no N, FN is the name
    "user17": dict(kind="person", last="parserbug=", nickname="user17",
                   notes="triggers parser bug in Funambol 3.0: trailing = is mistaken for soft line break="),
}
# the numbers are words (kept as typed) of every type; 2.1 has four of the eight
_SYNC_PHONES = {"vcard/syncevolution__eds_contact.vcf": [
    ("business 1", "work"), ("home 2", "home"), ("mobile 3", "mobile"), ("businessfax 4", "fax"),
    ("homefax 5", "fax"), ("pager 6", "pager"), ("car 7", ""), ("primary 8", "")],
    "vcard/syncevolution__vcard21.vcf": [("business 1", "work"), ("home 2", "home"), ("mobile 3", "mobile"),
                                         ("pager 6", "pager")]}


# user1's chat names, one X-<SERVICE> each (Evolution's X-EVOLUTION-UI-SLOT beside them); 2.1 has four of the eight
_SYNC_CHATS = {"vcard/syncevolution__eds_contact.vcf": [
    ("aim", "AIM JOHN"), ("yahoo", "YAHOO JDOE"), ("icq", "ICQ JD"), ("groupwise", "GROUPWISE DOE"),
    ("gadu-gadu", "GADUGADU DOE"), ("jabber", "JABBER DOE"), ("msn", "MSN DOE"), ("skype", "SKYPE DOE")],
    "vcard/syncevolution__vcard21.vcf": [("aim", "AIM JOHN"), ("yahoo", "YAHOO JDOE"), ("icq", "ICQ JD"),
                                         ("groupwise", "GROUPWISE DOE")]}


@needs_corpus
@pytest.mark.parametrize(("name", "people"), [
    ("vcard/syncevolution__eds_contact.vcf", ["user17", "user16", "user11", "user12", "user13", "user14", "user15",
                                             "user9", "user2", "user8", "user7", "user1", "user5", "user4", "user6",
                                             "user3", "user10"]),
    ("vcard/syncevolution__vcard21.vcf", ["user16", "user11", "user1", "user5", "user4", "user6", "user3", "user10",
                                          "user12", "user13", "user14", "user15", "user9", "user2", "user8", "user7"])])
def test_syncevolution_every_card_field_by_field(db, name, people):
    made = imported(db, name)
    for card in made:
        card["notes"] = card["notes"][:len(_SYNC[card["nickname"]]["notes"])]
    expected = [{**_SYNC[nick], "phones": _SYNC_PHONES[name], "im": _SYNC_CHATS[name]} if nick == "user1"
                else _SYNC[nick] for nick in people]
    assert made == expected
