"""Composing a document's mail: texts from the template of its language, checked addresses, the fallbacks."""

from email import message_from_bytes, policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from smallcrm.db.mail_models import OutboxMessage
from smallcrm.errors import Conflict, ValidationError
from smallcrm.keychain import read_secret
from smallcrm.mailwire.smtp import SendError
from smallcrm.services.admin.settings import set_setting
from smallcrm.services.mail.outgoing import (
    document_mail,
    mailto_link,
    queue_document_mail,
    save_document_pdf,
    save_smtp_password,
    send_test_mail,
)
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories
from tests.smtp_test_server import configure


def test_the_quote_mail_is_written_in_its_language_with_the_customer_addresses(db, quote, company_named):
    mail = document_mail("quote", quote.id)
    assert mail.addresses == ("ufficio@rossi-impianti.example", "mario@rossi-impianti.example")
    assert mail.subject == f"Preventivo {quote.number} - Bottega Bianchi S.n.c."
    assert "Gentile Rossi Impianti S.r.l.," in mail.body and "1.220,00\xa0€" in mail.body and "02/12/2026" in mail.body
    assert mail.file_name == f"Preventivo {quote.number}.pdf"


def test_an_invoice_in_english_uses_the_user_template_and_its_due_date(db, english_invoice, company_named):
    set_setting(db, "mail_templates", {"invoice": {"en": {"subject": "Your invoice {number} ({total})"}}})
    mail = document_mail("invoice", english_invoice.id)
    assert mail.subject == f"Your invoice {english_invoice.number} (€366.00)"
    assert "due on 03/12/2026" in mail.body
    assert mail.file_name == f"Invoice {english_invoice.number.replace('/', '-')}.pdf"


def test_a_template_with_an_unknown_placeholder_is_refused(db):
    with pytest.raises(ValidationError) as caught:
        set_setting(db, "mail_templates", {"quote": {"it": {"body": "Gentile {cliente}"}}})
    assert caught.value.field == "mail_templates" and "{cliente}" in caught.value.message


def test_a_draft_invoice_is_not_mailed(db, customer):
    draft = factories.draft_invoice(db, customer.id, [LineDraft("X", 1, "10", 0, "22")])
    with pytest.raises(Conflict) as caught:
        document_mail("invoice", draft.id)
    assert caught.value.code == "invoice_not_issued"


def test_addresses_and_subject_are_checked_before_anything_is_queued(db, quote):
    configure(db, None)
    for to, field in (("", "to"), ("mario@", "to"), ("ok@x.example, not an address", "to")):
        with pytest.raises(ValidationError) as caught:
            queue_document_mail(db, "quote", quote.id, to, "Oggetto", "Testo")
        assert caught.value.field == field
    with pytest.raises(ValidationError) as caught:
        queue_document_mail(db, "quote", quote.id, "a@x.example", "  ", "Testo")
    assert caught.value.field == "subject"
    assert OutboxMessage.select().count() == 0


def test_without_a_sender_address_nothing_is_queued(db, quote):
    with pytest.raises(Conflict) as caught:
        queue_document_mail(db, "quote", quote.id, "a@x.example", "Oggetto", "Testo")
    assert caught.value.code == "mail_not_configured"


def test_a_customer_name_with_line_breaks_cannot_inject_a_header(db):
    configure(db, None)
    view = factories.company(db, "Evil\r\nBcc: spy@evil.example")
    quote = factories.draft_quote(db, view.id, [LineDraft("X", 1, "10", 0, "22")])
    outbox_id, _ = queue_document_mail(db, "quote", quote.id, "victim@x.example",
                                       "Offerta\r\nBcc: spy@evil.example", "Testo")
    data = bytes(OutboxMessage.get_by_id(outbox_id).message)
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in head and b"\nBcc:" not in head
    parsed = message_from_bytes(data, policy=policy.default)
    assert parsed["Bcc"] is None and [a.addr_spec for a in parsed["To"].addresses] == ["victim@x.example"]
    assert parsed["Subject"] == "Offerta Bcc: spy@evil.example"


def test_mailto_opens_the_mail_program_with_the_texts(db, quote, tmp_path):
    link = mailto_link("mario@rossi.example; anna@rossi.example", "Preventivo P-1 & co", "Riga 1\r\nRiga 2 = ok?")
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and unquote(parts.path) == "mario@rossi.example,anna@rossi.example"
    query = parse_qs(parts.query)
    assert query == {"subject": ["Preventivo P-1 & co"], "body": ["Riga 1\nRiga 2 = ok?"]}
    path = save_document_pdf("quote", quote.id, tmp_path)
    assert path.parent == tmp_path and path.read_bytes().startswith(b"%PDF")


def test_a_test_mail_goes_to_the_sender(db, smtp_server):
    server = smtp_server()
    configure(db, server)
    assert send_test_mail() == "anna@bottega.example"
    assert server.messages[0].rcpt_tos == ["anna@bottega.example"]
    save_smtp_password("wrong")
    with pytest.raises(SendError) as caught:
        send_test_mail()
    assert caught.value.code == "smtp_auth_refused"


def test_the_password_is_kept_under_the_user_and_host(db):
    set_setting(db, "smtp_host", "smtp.example.com")
    set_setting(db, "smtp_user", "anna")
    assert save_smtp_password("pw") is True
    assert read_secret("smtp:anna@smtp.example.com") == "pw"
    save_smtp_password("")
    assert read_secret("smtp:anna@smtp.example.com") is None


@pytest.fixture
def company_named(db):
    set_setting(db, "company_name", "Bottega Bianchi S.n.c.")


def test_a_call_back_task_comes_with_the_queued_quote(db, quote):
    from datetime import timedelta

    from smallcrm.clock import local_today, to_local
    from smallcrm.services.timeline.tasks import list_tasks

    configure(db, None)
    set_setting(db, "follow_up_after_days", 10)
    _, changes = queue_document_mail(db, "quote", quote.id, "a@x.example", "Oggetto", "Testo", "Richiamare")
    (task,) = list_tasks(party_id=quote.party.id)
    assert changes.tasks == {task.id} and task.title == "Richiamare" and task.notes == quote.number
    assert to_local(task.due_at).date() == local_today() + timedelta(days=10)
