from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from smallcrm.mailwire.compose import (
    MailFile,
    address,
    compose_message,
    fill,
    placeholder_problem,
    read_message,
    template_for,
    template_problem,
)


def _headers(data: bytes) -> list[str]:
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    return [line for line in head.split("\r\n") if line and not line[0].isspace()]


def test_a_name_or_subject_with_line_breaks_cannot_add_a_header():
    evil = "Rossi\r\nBcc: spy@evil.example\r\nX-Injected: yes"
    message = compose_message(sender=address("Anna\nBcc: a@evil.example", "anna@bottega.example"),
                              to=[address(evil, "mario@rossi.example")],
                              subject="Preventivo\r\nBcc: spy@evil.example\nX-Injected: 1", body="Ciao")
    data = message.as_bytes()
    names = [line.split(":", 1)[0].lower() for line in _headers(data)]
    assert "bcc" not in names and "x-injected" not in names
    assert sorted(names) == sorted(["from", "to", "subject", "date", "message-id", "mime-version", "content-type",
                                    "content-transfer-encoding"])
    parsed = message_from_bytes(data, policy=policy.default)
    assert parsed["Subject"] == "Preventivo Bcc: spy@evil.example X-Injected: 1"
    assert parsed["To"].addresses[0].addr_spec == "mario@rossi.example"
    assert parsed["To"].addresses[0].display_name == "Rossi Bcc: spy@evil.example X-Injected: yes"


def test_the_pdf_travels_with_its_name_and_the_message_reads_back():
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 40
    when = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    message = compose_message(sender=address("Bottega Ștefănescu", "anna@bottega.example"),
                              to=[address("Nicolò Rossi", "n@rossi.example")], subject="Fattura 12/2026 – città",
                              body="Gentile Nicolò,\nin allegato.", files=[MailFile("Fattura 12-2026.pdf", pdf)],
                              message_id="<abc@bottega.example>", date=when)
    data = message.as_bytes()
    assert b"\r\n" in data and max(len(line) for line in data.split(b"\r\n")) <= 998
    mail = read_message(data)
    assert mail.message_id == "<abc@bottega.example>"
    assert mail.date == datetime(2026, 11, 22, 9, 30)
    assert mail.subject == "Fattura 12/2026 – città"
    assert mail.body == "Gentile Nicolò,\nin allegato."
    assert [(f.file_name, f.media_type, f.data) for f in mail.files] == [("Fattura 12-2026.pdf", "application/pdf",
                                                                           pdf)]


def test_templates_per_language_with_user_overrides():
    subject, body = template_for("quote", "ro")
    assert subject == "Ofertă {number} - {company}" and "{due_date}" in body
    overrides = {"quote": {"en": {"subject": "Our offer {number}"}}}
    assert template_for("quote", "en", overrides)[0] == "Our offer {number}"
    assert template_for("quote", "en", overrides)[1] == template_for("quote", "en")[1]
    values = {"customer": "Rossi", "number": "P-2026-0001", "total": "1.220,00 €", "due_date": "02/12/2026",
              "company": "Bottega"}
    assert fill("Gentile {customer}, {total} entro {due_date} {{ok}}", values) == (
        "Gentile Rossi, 1.220,00 € entro 02/12/2026 {ok}")


@pytest.mark.parametrize("text", ["{customer.__class__}", "{nome}", "{0}", "{customer", "{total[0]}"])
def test_templates_may_only_name_the_known_placeholders(text):
    assert placeholder_problem(text)
    with pytest.raises(ValueError):
        fill(text, {"customer": "x"})
    assert template_problem({"quote": {"it": {"subject": text}}})


def test_the_templates_setting_is_checked():
    assert template_problem({}) is None
    assert template_problem({"invoice": {"ro": {"subject": "Factura {number}", "body": "{customer}"}}}) is None
    assert template_problem({"order": {}})
    assert template_problem({"quote": {"de": {"subject": "x"}}})
    assert template_problem({"quote": {"it": {"title": "x"}}})
