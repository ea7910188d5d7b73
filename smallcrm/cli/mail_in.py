"""`smallcrm mail ...` (receiving): the IMAP account, fetching, importing .eml/mbox files, the review list.
``add_commands`` adds them to the ``mail`` group that smallcrm/cli/mail.py makes for the sending side."""

from __future__ import annotations

import argparse
import sys

from smallcrm.cli.output import emit_json, table, warn, when
from smallcrm.cli.session import open_db
from smallcrm.domain import ReviewStatus
from smallcrm.mailwire.imap import SECURITY
from smallcrm.services.mail.account import ImapSettings, imap_settings, save_imap_settings
from smallcrm.services.mail.incoming import MailInReport, fetch_mail, import_mail_file
from smallcrm.services.mail.review import (
    STATUSES,
    attach_review,
    create_contact_from_review,
    ignore_review,
    list_reviews,
)


def add_commands(group) -> None:
    p = group.add_parser("account", help="show or set the IMAP account mail is fetched from")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--security", choices=SECURITY)
    p.add_argument("--user")
    p.add_argument("--folders", help="comma-separated, e.g. 'INBOX, Clienti'")
    p.add_argument("--max-attachment-mb", type=int, help="larger attachments are left out with a note")
    p.add_argument("--fetch-minutes", type=int,
                   help="minutes between the window's automatic fetches (0: only when asked)")
    p.add_argument("--copy-sent", action=argparse.BooleanOptionalAction,
                   help="keep a copy of the mail sent from SmallCRM in this account's Sent folder (the default)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    p.set_defaults(handler=account)

    p = group.add_parser("fetch", help="read new mail from the IMAP account and log it on the timelines")
    p.set_defaults(handler=fetch)

    p = group.add_parser("import", help="import .eml files or mbox files (as mail programs export them)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=import_files)

    p = group.add_parser("review", help="mail from unknown senders: list it, or decide on one message")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--create", type=int, metavar="ID", help="make a contact of the sender and log the message")
    action.add_argument("--attach", type=int, metavar="ID", help="log the message on the party given with --to")
    action.add_argument("--ignore", type=int, metavar="ID", help="drop the message from the list for good")
    p.add_argument("--to", type=int, metavar="PARTY", help="the person or company for --attach")
    p.add_argument("--status", default=ReviewStatus.PENDING, choices=STATUSES, help="which messages to list")
    p.set_defaults(handler=review)


def account(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        current = imap_settings()
        changes = {"host": args.host, "port": args.port, "security": args.security, "user": args.user,
                   "folders": args.folders, "attachment_max_mb": args.max_attachment_mb,
                   "fetch_minutes": args.fetch_minutes, "copy_sent": args.copy_sent}
        password = sys.stdin.readline().rstrip("\r\n") if args.password_stdin else None
        if any(v is not None for v in changes.values()) or password:
            wanted = ImapSettings(**{**current.__dict__, **{k: v for k, v in changes.items() if v is not None}})
            saved = save_imap_settings(db, wanted, password)
            if saved.password_kept == "session":
                warn("No keyring on this system: the password is kept for this session only (until this command ends)")
            current = imap_settings()
    if args.json:
        emit_json(current)
        return 0
    print(f"Server    {current.host or '(not set)'}:{current.port} ({current.security})")
    print(f"User      {current.user or '(not set)'}")
    print(f"Folders   {current.folders}")
    print(f"Password  {'kept in the keyring' if current.has_password else 'none kept'}")
    print(f"Largest attachment kept: {current.attachment_max_mb} MB")
    every = f"every {current.fetch_minutes} min" if current.fetch_minutes else "only when asked"
    print(f"Fetched by the window: {every}")
    print(f"Copy of sent mail in the Sent folder: {'yes' if current.copy_sent else 'no'}")
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} messages", end="" if done < total else "\n", file=sys.stderr, flush=True)


def _print_report(args: argparse.Namespace, report: MailInReport) -> None:
    if args.json:
        emit_json({k: v for k, v in report.__dict__.items() if k not in ("changes", "more")})
        return
    print(f"{report.logged} logged on timelines, {report.for_review} waiting for review "
          f"(smallcrm mail review), {report.already_known} already known, {report.skipped} skipped, "
          f"{len(report.rejected)} rejected" + (" — cancelled" if report.cancelled else ""))
    for label, reason in report.rejected:
        warn(f"rejected {label}: {reason}")
    for note in report.notes:
        warn(note)


def fetch(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        report = fetch_mail(db, progress=_progress)
    _print_report(args, report)
    return 0


def import_files(args: argparse.Namespace) -> int:
    total = MailInReport()
    with open_db(args, create=False) as db:
        for name in args.files:
            total.add(import_mail_file(db, name, progress=_progress))
    _print_report(args, total)
    return 0


def review(args: argparse.Namespace) -> int:
    if args.attach is not None and args.to is None:
        print("smallcrm mail review: --attach needs --to PARTY", file=sys.stderr)
        return 2
    with open_db(args, create=False) as db:
        if args.create is not None:
            party, _ = create_contact_from_review(db, args.create)
            print(f"Created {party.name} ({party.id}) and logged the message on the timeline")
            return 0
        if args.attach is not None:
            attach_review(db, args.attach, args.to)
            print(f"Logged message {args.attach} on party {args.to}")
            return 0
        if args.ignore is not None:
            ignore_review(db, args.ignore)
            print(f"Message {args.ignore} ignored")
            return 0
        rows = list_reviews(args.status)
    if args.json:
        emit_json(rows)
    elif not rows:
        print("No messages to review" if args.status == ReviewStatus.PENDING else f"No {args.status} messages")
    else:
        table([[str(r.id), when(r.sent_at or r.received_at), (f"{r.from_name} <{r.from_address}>" if r.from_name
                                                            else r.from_address or "(no sender)"),
                r.subject[:60]] for r in rows], ["id", "date", "from", "subject"])
    return 0
