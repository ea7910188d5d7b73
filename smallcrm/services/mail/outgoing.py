"""Mailing a quote or an invoice: the texts from the template of its language, the PDF attached, the message
queued in the outbox (``services/outbox.py`` sends it); the SMTP account from the settings and the keyring; the
mailto: fallback for people without SMTP settings."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from smallcrm.changes import Changes
from smallcrm.clock import local_today
from smallcrm.db.connection import Database
from smallcrm.db.mail_models import OutboxMessage
from smallcrm.documents.formatting import format_date, format_money
from smallcrm.domain import DocumentKind, InvoiceStatus
from smallcrm.errors import Conflict, ValidationError
from smallcrm.keychain import forget_secret, keyring_available, read_secret, store_secret
from smallcrm.mailwire.compose import MailFile, address, compose_message, fill, new_message_id, template_for
from smallcrm.mailwire.smtp import SendError, SmtpAccount, SmtpTransport
from smallcrm.services.admin.company import get_company_profile
from smallcrm.services.admin.settings import get_setting, save_settings
from smallcrm.services.einvoicing.sending import send_pec_due
from smallcrm.services.mail.outbox import SendReport, due_ids, send_outbox
from smallcrm.services.mail.sent_copies import sent_copies
from smallcrm.services.parties import store
from smallcrm.services.sales.invoices import get_invoice
from smallcrm.services.sales.quotes import get_quote
from smallcrm.services.sales.views import DocumentView
from smallcrm.services.timeline.attachments import safe_file_name
from smallcrm.services.timeline.tasks import TaskDraft, insert_task
from smallcrm.validation import normalize_email

DOCUMENT_KINDS = (DocumentKind.QUOTE, DocumentKind.INVOICE)  # an invoice id may be a credit note: its kind comes
# from the document


@dataclass(frozen=True)
class DocumentMail:
    """What the send dialog starts from: the addresses we know, the texts from the template, the file."""

    kind: DocumentKind
    document_id: int
    party_id: int
    party_name: str
    number: str
    language: str
    addresses: tuple[str, ...]  # the customer's e-mail contact points (the first is the primary one)
    subject: str
    body: str
    file_name: str


# -- the account --------------------------------------------------------------------------------------
def smtp_secret_name(user: str, host: str) -> str:
    return f"smtp:{user}@{host}"


def save_smtp_password(password: str) -> bool:
    """Keep the password of the configured SMTP user in the keyring; False: kept for this session only."""
    name = smtp_secret_name(get_setting("smtp_user"), get_setting("smtp_host"))
    if not password:
        forget_secret(name)
        return True
    return store_secret(name, password)


def has_smtp_password() -> bool:
    return bool(read_secret(smtp_secret_name(get_setting("smtp_user"), get_setting("smtp_host"))))


def mail_configured() -> bool:
    """True when mail can be sent from here (a server and a sender address are set)."""
    return bool(get_setting("smtp_host") and get_setting("mail_sender_address"))


MAIL_SETTINGS = ("mail_sender_name", "mail_sender_address", "smtp_host", "smtp_port", "smtp_security", "smtp_user",
                 "smtp_timeout_seconds", "mail_templates", "follow_up_after_days", "expiring_within_days")


def password_persists() -> bool:
    """False when no system keyring works here: a password typed now is kept for this session only."""
    return keyring_available()


def save_mail_settings(db: Database, values: dict, password: str | None = None) -> tuple[bool, Changes]:
    """Save the Mail tab in one transaction; ``password`` (None: unchanged) goes to the keyring only. A password
    already kept follows a change of user or server. Returns whether the password persists across sessions."""
    unknown = set(values) - set(MAIL_SETTINGS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "Not a mail setting", code="unknown_setting")
    old_name = smtp_secret_name(get_setting("smtp_user"), get_setting("smtp_host"))
    changes = save_settings(db, values)
    new_name = smtp_secret_name(get_setting("smtp_user"), get_setting("smtp_host"))
    kept = read_secret(old_name) if new_name != old_name and password is None else None
    if kept:
        password = kept
        forget_secret(old_name)
    persisted = save_smtp_password(password) if password is not None else password_persists()
    return persisted, changes


def mail_template(kind: DocumentKind, language: str) -> tuple[str, str]:
    """The subject and body used now for a kind of document in a language (the user's, else the built-in)."""
    return template_for(kind, language, get_setting("mail_templates"))


def default_mail_template(kind: DocumentKind, language: str) -> tuple[str, str]:
    return template_for(kind, language)


def smtp_account() -> SmtpAccount:
    host, user = get_setting("smtp_host"), get_setting("smtp_user")
    return SmtpAccount(host=host, port=get_setting("smtp_port"), security=get_setting("smtp_security"), user=user,
                       password=read_secret(smtp_secret_name(user, host)) or "",
                       timeout=float(get_setting("smtp_timeout_seconds")))


def smtp_transport() -> SmtpTransport:
    """A transport for ``send_outbox`` (it connects only when something is due)."""
    return SmtpTransport(smtp_account())


def send_due(db: Database, progress: Callable[[int, int, str], None] | None = None,
             cancel: Callable[[], bool] | None = None
             ) -> SendReport:
    """Send what is due in the outbox through the SMTP server of the settings, with a copy of each in the IMAP
    Sent folder when an incoming account is set (and the setting keeps it on); then the e-invoices waiting for
    the SdI, from the PEC mailbox."""
    report = SendReport()
    if mail_configured() or due_ids():  # with mail waiting and no server set, the error says what to set
        report = send_outbox(db, smtp_transport(), progress=progress, cancel=cancel, copies=sent_copies())
    return report.add(send_pec_due(db, progress=progress, cancel=cancel))


def _sender():
    sender = get_setting("mail_sender_address")
    if not sender:
        raise Conflict("Set the sender's address in Settings → Mail first", code="mail_not_configured")
    return address(get_setting("mail_sender_name") or get_setting("company_name"), sender)


def send_test_mail(to: str | None = None) -> str:
    """Send a short mail straight away (not through the outbox) to check the settings; returns the address."""
    sender = _sender()
    target = normalize_email(to, "to") if to else sender.addr_spec
    message = compose_message(sender=sender, to=[address("", target)], subject="SmallCRM: test mail",
                              body="This mail was sent by SmallCRM to check the outgoing mail settings.")
    with smtp_transport() as transport:
        refused = transport.send(message.as_bytes(), sender.addr_spec, [target])
    if refused:
        raise SendError(f"The mail server refused the recipient {target}", code="smtp_recipient_refused",
                        transient=False, recipients=target)
    return target


# -- a document's mail --------------------------------------------------------------------------------
def _document(kind: DocumentKind, document_id: int) -> DocumentView:
    if kind not in DOCUMENT_KINDS:
        raise ValidationError("kind", f"Only quotes and invoices are mailed, not {kind!r}", code="choice_invalid")
    view = get_quote(document_id) if kind == DocumentKind.QUOTE else get_invoice(document_id)
    if kind == DocumentKind.INVOICE and view.status != InvoiceStatus.ISSUED:
        raise Conflict("Issue the invoice before sending it", code="invoice_not_issued")
    return view


def _pdf(view: DocumentView) -> bytes:
    from smallcrm.services.sales.printing import invoice_pdf, quote_pdf  # reportlab loads when a mail is composed

    return quote_pdf(view.id) if view.kind == DocumentKind.QUOTE else invoice_pdf(view.id)


def pdf_file_name(view: DocumentView) -> str:
    names = {DocumentKind.QUOTE: {"it": "Preventivo", "en": "Quote", "ro": "Oferta"},
             DocumentKind.INVOICE: {"it": "Fattura", "en": "Invoice", "ro": "Factura"},
             DocumentKind.CREDIT_NOTE: {"it": "Nota di credito", "en": "Credit note", "ro": "Nota de credit"}}
    word = names[view.kind].get(view.language, names[view.kind]["it"])
    number = view.number.replace("/", "-")
    return safe_file_name(f"{word} {number}.pdf")


def template_values(view: DocumentView) -> dict[str, str]:
    """The placeholders of a document's mail, written as its language writes money and dates."""
    company = (view.seller or get_company_profile()).name or get_setting("mail_sender_name")
    due = view.valid_until if view.kind == DocumentKind.QUOTE else view.due_date
    return {"customer": view.customer.name or view.party.name, "number": view.number,
            "total": format_money(view.total, view.currency, view.language),
            "due_date": format_date(due, view.language) if due else "", "company": company}


def document_mail(kind: DocumentKind, document_id: int) -> DocumentMail:
    """The mail the send dialog proposes for a quote or an invoice (nothing is saved)."""
    view = _document(kind, document_id)
    subject, body = template_for(view.kind, view.language, get_setting("mail_templates"))
    values = template_values(view)
    addresses = tuple(store.party_view(store.get_live(view.party.id, include_trash=True)).emails)
    return DocumentMail(view.kind, view.id, view.party.id, view.party.name, view.number, view.language, addresses,
                        fill(subject, values).strip(" -–"), fill(body, values), pdf_file_name(view))


def clean_recipients(to: list[str] | str) -> list[str]:
    """The addresses typed (comma or semicolon separated), checked; the field is "to"."""
    items = to.replace(";", ",").split(",") if isinstance(to, str) else list(to)
    addresses = [normalize_email(item, "to") for item in (i.strip() for i in items) if item]
    if not addresses:
        raise ValidationError("to", "Write at least one e-mail address", code="required")
    return list(dict.fromkeys(addresses))


def queue_document_mail(db: Database, kind: DocumentKind, document_id: int, to: list[str] | str, subject: str,
                        body: str, call_back: str | None = None, call_back_days: int | None = None
                        ) -> tuple[int, Changes]:
    """Compose the mail of a quote or an invoice with its PDF and put it in the outbox (one transaction).

    The outbox keeps the exact bytes, Message-ID included: whenever it goes, it goes as composed now.
    ``call_back``: the title of a task to call the customer ``call_back_days`` from today (the setting
    ``follow_up_after_days`` by default), added in the same transaction."""
    recipients = clean_recipients(to)
    if not subject.strip():
        raise ValidationError("subject", "Write a subject", code="required")
    sender = _sender()
    view = _document(kind, document_id)
    pdf = _pdf(view)
    message_id = new_message_id(sender.addr_spec)
    message = compose_message(sender=sender, to=[address(view.customer.name if len(recipients) == 1 else "", a)
                                                 for a in recipients],
                              subject=subject, body=body, files=[MailFile(pdf_file_name(view), pdf)],
                              message_id=message_id)
    with db.atomic():
        store.get_live(view.party.id)
        row = OutboxMessage.create(party=view.party.id, message_id=message_id, message=message.as_bytes(),
                                   sender=sender.addr_spec, recipients=json.dumps(recipients),
                                   subject=str(message["Subject"]), document_kind=view.kind, document_id=view.id)
        changes = Changes(outbox={row.id}, parties={view.party.id})
        if call_back:
            days = get_setting("follow_up_after_days") if call_back_days is None else call_back_days
            task = insert_task(TaskDraft(call_back, local_today() + timedelta(days=days), view.party.id,
                                         notes=view.number))  # the number ties the task to the document
            changes.tasks.add(task.id)
    return row.id, changes


# -- without SMTP -------------------------------------------------------------------------------------
def mailto_link(to: list[str] | str, subject: str, body: str) -> str:
    """A mailto: address that opens the user's mail program with the mail written (RFC 6068)."""
    recipients = clean_recipients(to)
    query = f"subject={quote(subject, safe='')}&body={quote(body.replace(chr(13), ''), safe='')}"
    return "mailto:" + ",".join(quote(a, safe="@") for a in recipients) + "?" + query


def save_document_pdf(kind: DocumentKind, document_id: int, folder: str | Path) -> Path:
    """Write the document's PDF into ``folder`` (to attach by hand); returns the file written."""
    view = _document(kind, document_id)
    target = Path(folder) / pdf_file_name(view)
    target.write_bytes(_pdf(view))
    return target
