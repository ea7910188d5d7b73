"""`smallcrm mail ...`, `smallcrm outbox ...`, `smallcrm reminders`: the same mail services as the window."""

from __future__ import annotations

import argparse
import getpass
import sys

from smallcrm.cli import mail_in
from smallcrm.cli.issuing import INVOICE_REF, QUOTE_REF
from smallcrm.cli.output import emit_json, table, when
from smallcrm.cli.session import open_db
from smallcrm.domain import DocumentKind, OutboxStatus
from smallcrm.services.mail import outbox
from smallcrm.services.mail import outgoing as mail_out
from smallcrm.services.sales.references import invoice_ref, quote_ref
from smallcrm.services.timeline.reminders import reminders


def register(commands) -> None:
    group = commands.add_parser(
        "mail", help="send quotes and invoices by e-mail; fetch, import and review received mail").add_subparsers(
        dest="mail_command", metavar="ACTION", required=True)
    mail_in.add_commands(group)
    for kind in mail_out.DOCUMENT_KINDS:
        p = group.add_parser(kind, help=f"put a {kind}'s mail (its PDF attached) in the outbox; --now sends it")
        p.add_argument("document", help=INVOICE_REF if kind == DocumentKind.INVOICE else QUOTE_REF)
        p.add_argument("--to", help="addresses, comma separated (default: the customer's first e-mail)")
        p.add_argument("--subject", help="default: the template of the document's language")
        p.add_argument("--body", help="default: the template of the document's language")
        p.add_argument("--now", action="store_true", help="send the outbox right away")
        p.set_defaults(handler=mail_document, kind=kind)
    p = group.add_parser("setup", help="the sender and the outgoing server; the password is asked (keyring only)")
    p.add_argument("--sender", help="the address mails are sent from")
    p.add_argument("--name", help="the sender's name")
    p.add_argument("--host", help="the SMTP server")
    p.add_argument("--port", type=int)
    p.add_argument("--security", choices=("starttls", "ssl", "none"))
    p.add_argument("--user", help="the user name on the server")
    p.add_argument("--password", action="store_true", help="ask for the password (read from stdin if not a tty)")
    p.set_defaults(handler=mail_setup)
    p = group.add_parser("test", help="send a test mail to the sender (or --to) now")
    p.add_argument("--to")
    p.set_defaults(handler=mail_test)

    group = commands.add_parser("outbox", help="mails waiting to be sent").add_subparsers(
        dest="outbox_command", metavar="ACTION", required=True)
    p = group.add_parser("list", help="waiting and failed mails (--all: sent ones too)")
    p.add_argument("--all", action="store_true")
    p.set_defaults(handler=outbox_list)
    group.add_parser("send", help="send what is due now").set_defaults(handler=outbox_send)
    p = group.add_parser("retry", help="queue failed or waiting mails again and send them now")
    p.add_argument("ids", type=int, nargs="*")
    p.add_argument("--resend-unsure", action="store_true",
                   help="also those that may have gone already (checked: not in the Sent folder)")
    p.set_defaults(handler=outbox_retry)
    p = group.add_parser("confirm", help="a 'maybe sent' mail was sent after all: log it without sending")
    p.add_argument("id", type=int)
    p.set_defaults(handler=outbox_confirm)
    p = group.add_parser("delete", help="take a mail out of the outbox")
    p.add_argument("id", type=int)
    p.set_defaults(handler=outbox_delete)

    commands.add_parser("reminders", help="tasks due, quotes without an answer, quotes about to expire").set_defaults(
        handler=show_reminders)


def _send(db) -> outbox.SendReport:
    """Send what is due; a mail a stopped run left half-sent is settled first (this process holds the file)."""
    outbox.settle_interrupted(db)
    return mail_out.send_due(db)


def _report(args: argparse.Namespace, report: outbox.SendReport) -> int:
    if args.json:
        emit_json({"sent": report.sent, "failed": report.failed, "waiting": report.waiting,
                   "errors": [{"code": e.code, "message": e.message} for e in report.errors],
                   "copy_problem": str(report.copy_problem) if report.copy_problem else None})
    else:
        print(f"Sent {report.sent}, failed {report.failed}, waiting {report.waiting}")
        for error in report.errors:
            print(f"smallcrm: {error.message}", file=sys.stderr)
    if report.copy_problem is not None:
        print(f"smallcrm: sent, but no copy was kept in the IMAP Sent folder: {report.copy_problem}", file=sys.stderr)
    return 0 if not report.errors else 7


def mail_document(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        document_id = (invoice_ref if args.kind == DocumentKind.INVOICE else quote_ref)(args.document)
        proposed = mail_out.document_mail(args.kind, document_id)
        to = args.to or (proposed.addresses[0] if proposed.addresses else "")
        outbox_id, _ = mail_out.queue_document_mail(db, args.kind, document_id, to, args.subject or proposed.subject,
                                                    args.body or proposed.body)
        if not args.now:
            print(f"Mail {outbox_id} to {to} is in the outbox ({proposed.file_name} attached)")
            return 0
        return _report(args, _send(db))


def mail_setup(args: argparse.Namespace) -> int:
    values = {key: value for key, value in (
        ("mail_sender_address", args.sender), ("mail_sender_name", args.name), ("smtp_host", args.host),
        ("smtp_port", args.port), ("smtp_security", args.security), ("smtp_user", args.user)) if value is not None}
    password = None
    if args.password:
        password = getpass.getpass("Password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")
    with open_db(args, create=False) as db:
        persisted, _ = mail_out.save_mail_settings(db, values, password)
    print("Mail settings saved" + ("" if persisted or password is None else
                                   "; no system keyring: the password is not kept after this command"))
    return 0


def mail_test(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        address = mail_out.send_test_mail(args.to)
    print(f"Test mail sent to {address}")
    return 0


def outbox_list(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        rows = outbox.list_outbox(include_sent=args.all)
    if args.json:
        emit_json(rows)
        return 0
    if not rows:
        print("The outbox is empty")
        return 0
    table([[str(r.id), "maybe sent" if r.maybe_sent and r.status == OutboxStatus.FAILED else r.status,
            ", ".join(r.recipients), r.subject, when(r.sent_at or r.created_at), str(r.attempts), r.last_error]
           for r in rows],
          ["id", "status", "to", "subject", "when", "tries", "problem"])
    return 0


def outbox_send(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        return _report(args, _send(db))


def outbox_retry(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        outbox.retry_now(db, args.ids or None, resend_unsure=args.resend_unsure)
        return _report(args, _send(db))


def outbox_confirm(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        changes = outbox.confirm_sent(db, args.id)
    if changes.communications:
        print(f"Mail {args.id} logged as sent (timeline entry {', '.join(map(str, sorted(changes.communications)))})")
    else:  # a PEC message to the SdI: its e-invoice file is marked sent instead
        print(f"Mail {args.id} marked sent (e-invoice of invoice {', '.join(map(str, sorted(changes.invoices)))})")
    return 0


def outbox_delete(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        outbox.delete_outbox_message(db, args.id)
    print(f"Mail {args.id} taken out of the outbox")
    return 0


def show_reminders(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        found = reminders()
    if args.json:
        emit_json(found)
        return 0
    print(f"Tasks due today or overdue: {len(found.due_tasks)}")
    for task in found.due_tasks:
        print(f"  {task.id}  {when(task.due_at)}  {task.title}" + (f" · {task.party.name}" if task.party else ""))
    print(f"Quotes without an answer: {len(found.unanswered_quotes)}")
    for quote in found.unanswered_quotes:
        print(f"  {quote.quote_id}  {quote.number} · {quote.party.name} · sent {quote.days} day(s) ago")
    print(f"Quotes about to expire: {len(found.expiring_quotes)}")
    for quote in found.expiring_quotes:
        print(f"  {quote.quote_id}  {quote.number} · {quote.party.name} · expires {quote.valid_until}")
    return 0
