"""vCard files as phones and address books write them, and the 4.0 files we write."""

from __future__ import annotations

import base64

from smallcrm.documents.vcard import VCardAddress, VCardContact, read_vcards, write_vcard

PHOTO = base64.b64encode(bytes(range(256)) * 8).decode()
PHONE_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ros=C3=A0;Mari=\r\no;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Mario Ros=C3=A0\r\n"
    "TEL;CELL;PREF:+39 333 1234567\r\nTEL;WORK;VOICE:02 1234 5678\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Cliente dal 2019, molto =E8 affidabile=0D=0A=\r\n"
    "seconda riga\r\nEND:VCARD\r\n"
)


def folded(line: str, width: int = 60) -> str:
    return "\r\n ".join(line[i:i + width] for i in range(0, len(line), width))


def test_vcard_30_with_folded_lines_quoted_printable_and_a_photo():
    text = "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "N:Bianchi;Anna;Maria;Dott.;", "FN:Anna Bianchi",
        "ORG:Società Alfa S.r.l.;Vendite", "TITLE:Direttrice commerciale",
        "item1.EMAIL;TYPE=INTERNET,WORK:anna@alfa.it", "EMAIL;TYPE=HOME:anna.b@example.org",
        "TEL;TYPE=CELL:+39 347 765 4321",
        folded("PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO),
        folded("NOTE:Una nota lunga\\, con virgole\\; punti e virgola e\\na capo, piegata su più righe del file "
               "perché supera i settantacinque caratteri", 40),
        "ADR;TYPE=WORK:;Scala B;Via Roma 1;Milano;MI;20121;Italia",
        "CATEGORIES:Clienti,VIP", "UID:abc-123@phone", "END:VCARD", "",
    ])
    [card] = list(read_vcards(text))
    assert (card.version, card.family_name, card.given_name, card.formatted_name) == (
        "3.0", "Bianchi", "Anna", "Anna Bianchi")
    assert (card.name_prefix, card.middle_name, card.name_suffix) == ("Dott.", "Maria", "")  # N's parts kept apart
    assert card.organization == "Società Alfa S.r.l." and card.title == "Direttrice commerciale"
    assert card.department == "Vendite"  # ORG's unit after the name
    assert card.photo == base64.b64decode(PHOTO)
    assert card.emails == ["anna@alfa.it", "anna.b@example.org"]
    assert card.phones == [("+39 347 765 4321", ("cell",))]
    assert card.note == ("Una nota lunga, con virgole; punti e virgola e\na capo, piegata su più righe del file "
                         "perché supera i settantacinque caratteri")
    assert card.addresses == [VCardAddress(("work",), "Via Roma 1, Scala B", "Milano", "MI", "20121", "Italia")]
    assert (card.categories, card.uid, card.problem) == (["Clienti", "VIP"], "abc-123@phone", "")


def test_vcard_21_quoted_printable_soft_breaks_and_charsets():
    [card] = list(read_vcards(PHONE_21))
    assert (card.family_name, card.given_name, card.formatted_name) == ("Rosà", "Mario", "Mario Rosà")
    assert card.phones == [("+39 333 1234567", ("cell", "pref")), ("02 1234 5678", ("work", "voice"))]
    assert card.note == "Cliente dal 2019, molto è affidabile\nseconda riga"  # =0D=0A: one line break


def test_vcard_40_several_cards_with_their_line_numbers():
    text = ("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Beta SpA\nORG:Beta SpA\nTEL;VALUE=uri;TYPE=work:tel:+39-02-555"
            "\nBDAY:19800517\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Solo Nome\nEMAIL;PREF=1:solo@example.org\n"
            "END:VCARD\n")
    first, second = read_vcards(text)
    assert (first.line, first.kind, first.organization, first.phones, first.birthday) == (
        1, "org", "Beta SpA", [("+39-02-555", ("work",))], "19800517")
    assert (second.line, second.formatted_name, second.emails) == (9, "Solo Nome", ["solo@example.org"])


def test_a_truncated_file_gives_the_card_with_a_problem():
    cards = list(read_vcards("BEGIN:VCARD\nVERSION:3.0\nFN:Primo\nEND:VCARD\nBEGIN:VCARD\nFN:Tronc"))
    assert [(c.formatted_name, c.problem) for c in cards] == [("Primo", ""), ("Tronc", "truncated")]


def test_garbage_lines_and_text_outside_cards_are_ignored():
    text = "hello\n:::\nBEGIN:VCARD\nno colon here\n;;;:x\nFN:Ok\nEND:VCARD\ntrailing"
    assert [c.formatted_name for c in read_vcards(text)] == ["Ok"]


def test_what_we_write_is_folded_escaped_and_reads_back_the_same():
    card = VCardContact(uid="urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", kind="individual",
                        formatted_name="Zoë Ăsănescu", family_name="Ăsănescu", given_name="Zoë",
                        organization="Alfa, Beta; Gamma", title="CEO", emails=["zoe@example.ro"],
                        phones=[("+40721234567", ("cell",))], urls=["https://example.ro"],
                        addresses=[VCardAddress((), "Str. Lungă 1", "Iași", "IS", "700001", "RO")],
                        note="riga uno\nriga due, con virgola; e punto e virgola \\ barra " + "ș" * 60,
                        categories=["VIP", "a,b"], birthday="19800517", extras={"X-SMALLCRM-VAT": "RO18547290"})
    text = write_vcard(card)
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCARD" and lines[1] == "VERSION:4.0" and text.endswith("END:VCARD\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    [back] = list(read_vcards(text))
    for name in ("uid", "kind", "formatted_name", "family_name", "given_name", "organization", "title", "emails",
                 "phones", "urls", "addresses", "note", "categories", "birthday", "extras"):
        assert getattr(back, name) == getattr(card, name), name


def test_another_reader_understands_what_we_write():
    import vobject

    card = VCardContact(uid="urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e", kind="individual",
                        formatted_name="Zoë Ăsănescu", family_name="Ăsănescu", given_name="Zoë", organization="Alfa",
                        emails=["zoe@example.ro"], phones=[("+40721234567", ("cell",))],
                        addresses=[VCardAddress((), "Str. Lungă 1", "Iași", "IS", "700001", "RO")],
                        note="due righe,\nuna; due " + "ș" * 60)
    [parsed] = vobject.readComponents(write_vcard(card))
    assert parsed.fn.value == "Zoë Ăsănescu" and parsed.email.value == "zoe@example.ro"
    assert (parsed.n.value.family, parsed.n.value.given) == ("Ăsănescu", "Zoë")
    assert parsed.tel.value == "+40721234567" and parsed.adr.value.city == "Iași"
    assert parsed.note.value == card.note


def test_apple_labels_and_address_countries_given_beside_a_grouped_property():
    """Apple writes a number's type as a label in the same group (item1.TEL + item1.X-ABLabel), before or
    after it, and an address's country as a code (X-ABADR) beside a name that may say nothing."""
    text = "\r\n".join([
        "BEGIN:VCARD", "VERSION:3.0", "N:Rossi;Anna;;;", "item1.TEL;type=VOICE:+39 347 111 2222",
        "item1.X-ABLabel:_$!<Mobile>!$_", "item2.X-ABLabel:WhatsApp", "item2.TEL:+39 348 333 4444",
        "ITEM3.TEL:02 1234 5678", "ITEM3.X-ABLABEL:_$!<WorkFAX>!$_", "item4.TEL:06 1234 5678",
        "item4.X-ABLabel:Casa al mare", "item5.ADR:;;Via Roma 1;Milano;;20121;", "item5.X-ABADR:it",
        "item5.X-ABLabel:_$!<Home>!$_", "item6.ADR;type=WORK:;;Hauptstr. 2;Berlin;;10115;Deutschland",
        "END:VCARD", ""])
    card = next(read_vcards(text))
    assert card.phones == [("+39 347 111 2222", ("voice", "cell")), ("+39 348 333 4444", ("whatsapp",)),
                           ("02 1234 5678", ("fax",)), ("06 1234 5678", ("casa al mare",))]
    assert [(a.street, a.country, a.country_code, a.types) for a in card.addresses] == [
        ("Via Roma 1", "", "it", ("home",)), ("Hauptstr. 2", "Deutschland", "", ("work",))]


def test_a_photo_in_base64_without_an_encoding_parameter_is_read_a_link_is_only_named():
    """Thunderbird's "binary valuetype" card writes PHOTO:/9j/4AAQ... with no ENCODING: the bytes are the
    picture's; a PHOTO that is a link stays a link (nothing is fetched)."""
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n" + folded("PHOTO:" + PHOTO) + "\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nPHOTO;VALUE=uri:https://example.com/b.jpg\r\nEND:VCARD\r\n")
    first, second = read_vcards(text)
    assert first.photo == base64.b64decode(PHOTO) and not first.photo_link
    assert (second.photo, second.photo_link) == (b"", "https://example.com/b.jpg")


def test_an_android_21_value_goes_on_after_a_backslash_at_the_end_of_its_line():
    """Android writes a line break inside a 2.1 value as a backslash at the line's end; the next line is the
    value's, not a property (it was dropped, and the address lost its city)."""
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Bo\r\nADR;HOME:;;Via Po 1\\\r\nscala B\\\r\n"
            "interno 3;Torino;;10121;Italia\r\nNOTE:ends with an escaped backslash \\\\\r\n"
            "EMAIL:bo@example.com\r\nEND:VCARD\r\n")
    card = next(read_vcards(text))
    assert (card.addresses[0].street, card.addresses[0].city) == ("Via Po 1\nscala B\ninterno 3", "Torino")
    assert card.note == "ends with an escaped backslash \\" and card.emails == ["bo@example.com"]
