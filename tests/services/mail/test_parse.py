"""Reading received messages: encodings, structure, missing parts, hostile input."""

from __future__ import annotations

import base64
from datetime import datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.mailwire import big_parts
from smallcrm.mailwire.parse import MB, MailAddress, address_key, parse_message
from tests.services.mail.messages import message


def raw(headers: str, body: bytes | str = b"") -> bytes:
    head = headers.strip().replace("\n", "\r\n").encode("latin-1")
    return head + b"\r\n\r\n" + (body.encode("latin-1") if isinstance(body, str) else body)


def test_a_plain_message_in_utc():
    mail = parse_message(raw("""
From: =?utf-8?q?Nicol=C3=B2_Ferr=C3=A0?= <Nicolo@Ferra.IT>
To: Anna <anna@ourshop.it>, bob@ourshop.it
Cc: "Rossi, Mario" <mario@acme.it>
Subject: =?utf-8?b?UHJldmVudGl2byDigqwgMTAwMA==?=
Date: Mon, 02 Mar 2026 10:30:00 +0100
Message-ID: <abc.123@ferra.it>
Content-Type: text/plain; charset=utf-8
""", "Grazie.\r\n"))
    assert mail.sender == MailAddress("Nicolò Ferrà", "Nicolo@ferra.it")
    assert [a.address for a in mail.to] == ["anna@ourshop.it", "bob@ourshop.it"]
    assert mail.cc == [MailAddress("Rossi, Mario", "mario@acme.it")]
    assert mail.subject == "Preventivo € 1000"
    assert mail.sent_at == datetime(2026, 3, 2, 9, 30)
    assert mail.message_id == "<abc.123@ferra.it>" and not mail.made_up_id
    assert mail.body == "Grazie."
    assert mail.notes == []


def test_quoted_printable_and_iso_8859_1():
    mail = parse_message(raw("""
From: a@b.it
Subject: =?ISO-8859-1?Q?Caff=E8_e_t=E8?=
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable
""", "Perch=E9 s=EC, una riga molto lunga che va a capo =\r\nqui.\r\n"))
    assert mail.subject == "Caffè e tè"
    assert mail.body == "Perché sì, una riga molto lunga che va a capo qui."


def test_base64_body_and_a_header_in_raw_latin_1():
    body = base64.encodebytes("Già fatto, è ok".encode()).decode()
    mail = parse_message(raw("From: a@b.it\nSubject: Fattura n\xb0 12\nContent-Type: text/plain; charset=utf-8\n"
                             "Content-Transfer-Encoding: base64", body))
    assert mail.body == "Già fatto, è ok"
    assert mail.subject == "Fattura n° 12"


def test_an_unknown_charset_is_read_with_replacement_not_a_crash():
    mail = parse_message(raw("""
From: a@b.it
Subject: =?x-martian?q?ciao_=E8?=
Content-Type: text/plain; charset="x-martian-7"
""", b"plain ascii and \xe8 \xff"))
    assert mail.subject.startswith("ciao ")
    assert mail.body.startswith("plain ascii and ")
    assert "è" in mail.body  # not UTF-8: read as Windows-1252


def test_nested_multipart_prefers_the_plain_text_and_keeps_the_files():
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "a@b.it", "Nested"
    outer.set_content("Testo semplice")
    outer.add_alternative("<p>Testo <b>HTML</b></p>", subtype="html")
    outer.add_attachment(b"GIF89a", maintype="image", subtype="gif", filename="logo.gif")
    forwarded = EmailMessage()
    forwarded["From"], forwarded["Subject"] = "c@d.it", "Inoltrato"
    forwarded.set_content("dentro")
    outer.add_attachment(forwarded)
    mail = parse_message(outer.as_bytes())
    assert mail.body == "Testo semplice"
    assert [(f.file_name, f.media_type) for f in mail.files] == [("logo.gif", "image/gif"),
                                                               ("attachment-2.eml", "message/rfc822")]
    assert b"Subject: Inoltrato" in mail.files[1].data
    assert mail.files[0].data == b"GIF89a"


def test_html_only_becomes_readable_text():
    mail = parse_message(raw("From: a@b.it\nContent-Type: text/html; charset=utf-8", """
<html><head><style>p {color: red}</style><title>x</title></head><body>
<p>Gentile cliente,</p><p>ecco l&#39;elenco:</p><ul><li>uno</li><li>due &amp; tre</li></ul>
<p>Vedi <a href="https://acme.it/offerta">l'offerta</a><br>Saluti</p><script>alert(1)</script></body></html>"""))
    assert mail.body == ("Gentile cliente,\n\necco l'elenco:\n\n• uno\n• due & tre\n\n"
                         "Vedi l'offerta <https://acme.it/offerta>\nSaluti")


def test_no_from_is_read_without_a_sender_and_gets_a_stable_id():
    bytes_ = raw("To: anna@ourshop.it\nSubject: Anonimo", "testo")
    mail = parse_message(bytes_)
    assert mail.sender is None and not mail.looks_empty
    assert mail.made_up_id and mail.message_id.endswith("@no-message-id.smallcrm.invalid>")
    assert parse_message(bytes_.replace(b"\r\n", b"\n")).message_id == mail.message_id


def test_an_attachment_over_the_limit_is_left_out_with_a_note():
    big = bytes(30 * MB)
    message_bytes = message(files=(("archivio.zip", "application/zip", big), ("nota.txt", "text/plain", b"ok")))

    mail = parse_message(message_bytes, max_attachment_bytes=25 * MB)

    assert [f.file_name for f in mail.files] == ["nota.txt"]
    assert mail.notes == ["Attachment archivio.zip (30.0 MB) not kept: over the 25 MB limit"]
    assert parse_message(message_bytes, max_attachment_bytes=31 * MB).files[0].data == big


def test_header_injection_through_an_encoded_subject_or_name_stays_on_one_line():
    mail = parse_message(raw("From: =?utf-8?q?Mario=0D=0ABcc=3A_evil=40x.it?= <mario@acme.it>\n"
                             "Subject: =?utf-8?q?Ciao=0D=0ABcc:_evil@x.it?="))
    assert mail.subject == "Ciao Bcc: evil@x.it"
    assert mail.sender == MailAddress("Mario Bcc: evil@x.it", "mario@acme.it")
    assert "\n" not in mail.subject + mail.sender.name and "\r" not in mail.subject + mail.sender.name


def test_malformed_mime_is_read_as_far_as_possible():
    mail = parse_message(raw("From: a@b.it\nSubject: rotto\nContent-Type: multipart/mixed; boundary=\"XX\"",
                             "--XX\r\nContent-Type: text/plain\r\n\r\nprima parte\r\n--XX\r\nContent-Type: "
                             "application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n@@not base64@@"))
    assert mail.body == "prima parte"
    assert any("not well formed" in n for n in mail.notes)
    assert len(mail.files) == 1


def test_rfc2231_file_names_and_unreadable_dates():
    mail = parse_message(raw("""
From: a@b.it
Date: the day after tomorrow
Content-Type: application/pdf
Content-Disposition: attachment; filename*=utf-8''fattura%20n%C2%B0%2012.pdf
""", b"%PDF"))
    assert mail.sent_at is None
    assert [f.file_name for f in mail.files] == ["fattura n° 12.pdf"]


def test_addresses_match_in_one_form():
    assert address_key("Mario.Rossi@ACME.it") == address_key("mario.rossi@acme.it")
    assert address_key("hans@xn--mller-kva.de") == address_key("hans@müller.de")


def test_a_deep_nest_of_multiparts_does_not_crash():
    depth = 200
    head = "".join(f"--b{n}\r\nContent-Type: multipart/mixed; boundary=b{n + 1}\r\n\r\n" for n in range(depth))
    mail = parse_message(raw("From: a@b.it\nContent-Type: multipart/mixed; boundary=b0", head + "testo"))
    assert mail.sender is not None
    assert any("nested too deeply" in n for n in mail.notes)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_reading_never_an_exception(data):
    mail = parse_message(data)
    assert isinstance(mail.body, str) and isinstance(mail.subject, str) and mail.message_id
    assert "\n" not in mail.subject


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([b"From: a@b.it\r\n", b"Content-Type: multipart/mixed; boundary=x\r\n",
                                 b"--x\r\n", b"--x--\r\n", b"\r\n", b"Content-Transfer-Encoding: base64\r\n",
                                 b"Content-Type: text/plain; charset=x-nope\r\n", b"=?utf-8?b?w6g=?=\r\n",
                                 b"Content-Disposition: attachment; filename*=bad''%ZZ\r\n", b"\xff\xfe\x00"]),
                max_size=40))
def test_mime_shaped_garbage_gives_a_reading(parts):
    mail = parse_message(b"".join(parts))
    assert isinstance(mail.body, str)


def _lines_like_base64(count: int) -> str:
    return "".join(f"{n:04d}" + "Ab+/" * 18 + "\n" for n in range(count))


def test_a_big_message_reads_the_same_as_a_small_one():
    """Large base64 runs are set aside while parsing (speed); what comes out must not change."""
    text = _lines_like_base64(100)  # a text body that looks like base64: given back as it was
    payload = bytes(range(256)) * 4096  # 1 MB
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "a@b.it", "Grande"
    mail.set_content(text)
    mail.add_attachment(payload, maintype="application", subtype="octet-stream", filename="dati.bin")
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "c@d.it", "Inoltrato"
    inner.set_content("x")
    inner.add_attachment(payload, maintype="application", subtype="pdf", filename="dentro.pdf")
    mail.add_attachment(inner)

    big = parse_message(mail.as_bytes())

    assert big.body == text.strip()
    assert big.files[0].data == payload
    forwarded = parse_message(big.files[1].data)
    assert forwarded.files[0].data == payload and b"SmallCrmRun" not in big.files[1].data


def test_a_big_base64_part_with_bad_padding_is_read_leniently():
    body = base64.encodebytes(bytes(range(256)) * 3000).rstrip(b"\n=") + b"\n"  # the padding cut off
    raw_ = (b"From: a@b.it\r\nContent-Type: application/octet-stream; name=x.bin\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + body)
    mail = parse_message(raw_)
    assert len(mail.files) == 1 and mail.files[0].data[:512] == bytes(range(256)) * 2


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300),
       files=st.lists(st.binary(min_size=0, max_size=12_000), max_size=3),
       crlf=st.booleans())
def test_setting_big_parts_aside_changes_nothing_of_the_reading(text, files, crlf):
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "a@b.it", "Prova"
    mail.set_content(text or "x")
    for n, data in enumerate(files):
        mail.add_attachment(data, maintype="application", subtype="octet-stream", filename=f"f{n}.bin")
    raw_ = mail.as_bytes()
    if crlf:
        raw_ = raw_.replace(b"\n", b"\r\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(big_parts, "SET_ASIDE_FROM", 0)
        fast = parse_message(raw_)
    slow = parse_message(raw_)
    assert (fast.body, fast.files, fast.notes) == (slow.body, slow.files, slow.notes)
    assert [f.data for f in fast.files] == files
