"""`smallcrm invoices send-einvoice`, `invoices pec ...`, `invoices receipts fetch`: an issued invoice's e-invoice
sent to the SdI from the PEC mailbox (through the outbox: `smallcrm outbox list` shows it while it waits), the PEC
mailbox's settings and its test, and the SdI's answers read from it."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace

from smallcrm.cli.issuing import INVOICE_REF
from smallcrm.cli.output import emit_json
from smallcrm.cli.session import open_db
from smallcrm.mailwire.imap import SECURITY
from smallcrm.services.einvoicing.fetching import ReceiptsFetch, fetch_receipts
from smallcrm.services.einvoicing.pec_account import (
    check_pec_settings,
    pec_settings,
    save_pec_settings,
)
from smallcrm.services.einvoicing.receipts import ReceiptOutcome
from smallcrm.services.einvoicing.sending import send_einvoice, send_pec_due
from smallcrm.services.einvoicing.source import EInvoiceOptions
from smallcrm.services.sales.references import invoice_ref

WAITING_EXIT = 7  # as `smallcrm outbox send`: the server could not be reached, the e-invoice waits in the outbox


def add_sdi_commands(invoices) -> None:
    p = invoices.add_parser(
        "send-einvoice", help="send an issued invoice's or credit note's e-invoice to the SdI from the PEC mailbox",
        description="The file is made (as `invoices xml` makes it), refused while the local checks find problems, "
                    "and put in the outbox as a PEC message to the SdI, then sent at once (--later: with the "
                    f"outbox). Offline it waits in the outbox and leaves once, later (exit code {WAITING_EXIT}).")
    p.add_argument("invoice", help=INVOICE_REF)
    p.add_argument("--type", dest="document_type", default="",
                   help="TipoDocumento (TD01, TD04, TD05, TD06, TD24...); default: the document's own")
    p.add_argument("--later", action="store_true", help="only queue it: it leaves with the next outbox send")
    p.add_argument("--anyway", action="store_true",
                   help="send a credit note kept in the books only (the SdI rejected its invoice, which for the tax "
                        "rules was then not issued) all the same: only if that invoice reached the SdI another way")
    p.set_defaults(handler=send)

    pec = invoices.add_parser("pec", help="the PEC mailbox e-invoices are sent from and the SdI answers to")
    actions = pec.add_subparsers(dest="pec_command", metavar="ACTION", required=True)
    p = actions.add_parser("setup", help="set the PEC mailbox (only the values given change); the password goes "
                                         "to the keyring")
    p.add_argument("--address", help="the PEC address e-invoices are sent from")
    p.add_argument("--user", help="the user name (usually the PEC address)")
    p.add_argument("--smtp-host")
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--smtp-security", choices=SECURITY)
    p.add_argument("--imap-host")
    p.add_argument("--imap-port", type=int)
    p.add_argument("--imap-security", choices=SECURITY)
    p.add_argument("--folders", help="where the SdI's answers are read, comma-separated (default INBOX)")
    p.add_argument("--password", action="store_true", help="ask for the password (read from stdin if not a tty)")
    p.set_defaults(handler=setup)
    actions.add_parser("show", help="the PEC mailbox and the SdI address files go to").set_defaults(handler=show)
    actions.add_parser("test", help="log in to both servers and open the folders (nothing sent)").set_defaults(
        handler=test)


def add_fetch_command(receipts) -> None:
    """``invoices receipts fetch``, beside ``invoices receipts import``."""
    p = receipts.add_parser("fetch", help="read the SdI's answers from the PEC mailbox (IMAP) and take them in")
    p.set_defaults(handler=fetch)


def send(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        options = EInvoiceOptions(args.document_type.upper()) if args.document_type else None
        sending, _ = send_einvoice(db, invoice_ref(args.invoice), options, anyway=args.anyway)
        report = None if args.later else send_pec_due(db)
    gone = report is not None and report.sent > 0
    if args.json:
        emit_json({"file": sending.file.file_name, "to": sending.to, "outbox": sending.outbox_id,
                   "message_id": sending.message_id, "sent": gone,
                   "errors": [{"code": e.code, "message": e.message} for e in (report.errors if report else [])]})
    elif gone:
        print(f"Sent {sending.file.file_name} to {sending.to} (outbox {sending.outbox_id})")
    else:
        print(f"{sending.file.file_name} to {sending.to} waits in the outbox ({sending.outbox_id})")
    for error in report.errors if report else []:
        print(f"smallcrm: {error.message}", file=sys.stderr)
    return 0 if report is None or gone else WAITING_EXIT


def _password(args: argparse.Namespace) -> str | None:
    if not args.password:
        return None
    return getpass.getpass("PEC password: ") if sys.stdin.isatty() else sys.stdin.readline().rstrip("\n")


def setup(args: argparse.Namespace) -> int:
    given = {name: value for name, value in (
        ("address", args.address), ("user", args.user), ("smtp_host", args.smtp_host),
        ("smtp_port", args.smtp_port), ("smtp_security", args.smtp_security), ("imap_host", args.imap_host),
        ("imap_port", args.imap_port), ("imap_security", args.imap_security), ("folders", args.folders))
        if value is not None}
    password = _password(args)
    with open_db(args, create=False) as db:
        saved = save_pec_settings(db, replace(pec_settings(), **given), password)
    print("PEC mailbox saved" + ("; no system keyring: the password is not kept after this command"
                                 if saved.password_kept == "session" else ""))
    return 0


def show(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        current = pec_settings()
    if args.json:
        emit_json(current)
        return 0
    print(f"PEC address:   {current.address or '(not set)'}")
    print(f"User:          {current.user or '(not set)'}"
          + ("" if current.has_password else "  (no password kept)"))
    print(f"Outgoing:      {current.smtp_host or '(not set)'}:{current.smtp_port} {current.smtp_security}")
    print(f"Incoming:      {current.imap_host or '(not set)'}:{current.imap_port} {current.imap_security}, "
          f"folders {current.folders}")
    print(f"SdI address:   {current.sdi_address}"
          + (" (assigned by the SdI)" if current.sdi_assigned else " (until the SdI's first answer)"))
    return 0


def test(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        found = check_pec_settings(pec_settings())
    folders = ", ".join(f"{name} ({count} messages)" for name, count in found.folders)
    print(f"Outgoing server {found.smtp} took the login; incoming: {folders}")
    return 0


def fetch(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        fetched = fetch_receipts(db)
    _print_fetch(args, fetched)
    return 0 if fetched.stopped is None else 1


def print_outcomes(args: argparse.Namespace, names: list[str], outcomes: list[ReceiptOutcome]) -> None:
    """What reading each message did (``names``: where each came from), or with --json the list of objects."""
    if args.json:
        emit_json([{"kind": o.kind, "file": o.file, "invoice": o.invoice, "action": o.action} for o in outcomes])
        return
    for name, o in zip(names, outcomes, strict=True):
        invoice = f"invoice #{o.invoice}" if o.invoice is not None else "no invoice"
        print(f"{name}: {o.kind} {o.file or '-'} ({invoice}): {o.action.value.replace('_', ' ')}")
        print(f"  {o.reason}".replace("\n", "\n  "))
        if o.sdi_address:
            print(f"The SdI assigned the address {o.sdi_address}: the next e-invoices go there")


def _print_fetch(args: argparse.Namespace, fetched: ReceiptsFetch) -> None:
    print_outcomes(args, fetched.labels, fetched.outcomes)
    if not args.json:
        print(f"{len(fetched.outcomes)} message(s) read")
    for note in fetched.notes:
        print(f"smallcrm: {note}", file=sys.stderr)
    if fetched.stopped is not None:
        print(f"smallcrm: stopped at {fetched.stopped[0]} (read again next time): {fetched.stopped[1]}",
              file=sys.stderr)
