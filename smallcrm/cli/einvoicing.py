"""`smallcrm invoices xml`: an issued invoice's or credit note's FatturaPA file, made, kept with it and written."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from smallcrm.cli import einvoicing_sdi
from smallcrm.cli.issuing import INVOICE_REF
from smallcrm.cli.output import emit_json
from smallcrm.cli.session import open_db
from smallcrm.clock import to_local
from smallcrm.domain import ReceiptAction
from smallcrm.errors import ValidationError
from smallcrm.services.einvoicing.incoming import list_incoming
from smallcrm.services.einvoicing.output import save_einvoice
from smallcrm.services.einvoicing.receipts import APPLIED, import_receipt_files
from smallcrm.services.einvoicing.source import DeliveryNote, DocumentReference, EInvoiceOptions
from smallcrm.services.sales.references import invoice_ref

PROBLEMS_EXIT = 3  # the file was written, but the local checks found problems: correct them before it is sent
NOT_USED_EXIT = 3  # receipts import: at least one file could not be read or matched (each one listed with why)


def _day(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(field, f"Not a date (YYYY-MM-DD): {text}", code="invalid") from exc


def _reference(text: str) -> DocumentReference:
    """NUMBER[:YYYY-MM-DD[:CIG[:CUP]]]"""
    number, day, cig, cup = ([*text.split(":"), "", "", ""])[:4]
    return DocumentReference(number.strip(), _day(day, "reference") if day else None, cig.strip(), cup.strip())


def _delivery_note(text: str) -> DeliveryNote:
    """NUMBER:YYYY-MM-DD"""
    number, _, day = text.partition(":")
    return DeliveryNote(number.strip(), _day(day, "ddt"))


def add_invoice_commands(invoices) -> None:
    """``invoices xml``, beside the invoice commands of the sales group; sending to the SdI and its answers."""
    einvoicing_sdi.add_sdi_commands(invoices)
    sub = invoices.add_parser(
        "xml", help="write an issued invoice's or credit note's FatturaPA e-invoice (kept with it)",
        description=f"The file is made (or rebuilt while it waits to be sent) and kept with the invoice; once sent, "
                    f"the file as sent is written. Exit code {PROBLEMS_EXIT}: written, but the local checks found "
                    f"problems to correct before it is sent (listed on stderr).")
    sub.add_argument("invoice", help=INVOICE_REF)
    sub.add_argument("-o", "--output", type=Path, required=True,
                     help="a file, or a folder (the file gets its official name IT<code>_<progressive>.xml)")
    sub.add_argument("--type", dest="document_type", default="",
                     help="TipoDocumento (TD01 invoice, TD04 credit note, TD05 debit note, TD06 parcella, TD24 "
                          "deferred invoice...); default: the document's own")
    sub.add_argument("--order", action="append", type=_reference, default=[], metavar="NUMBER[:DATE[:CIG[:CUP]]]",
                     help="the customer's purchase order (repeatable)")
    sub.add_argument("--contract", action="append", type=_reference, default=[], metavar="NUMBER[:DATE[:CIG[:CUP]]]",
                     help="the contract (repeatable)")
    sub.add_argument("--ddt", action="append", type=_delivery_note, default=[], metavar="NUMBER:DATE",
                     help="a delivery note a deferred invoice (TD24) bills (repeatable)")
    sub.add_argument("--attach-pdf", action="store_true", help="attach the courtesy PDF")
    sub.set_defaults(handler=invoice_xml)
    add_receipt_commands(invoices)


def invoice_xml(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        invoice_id = invoice_ref(args.invoice)
        given = args.document_type or args.order or args.contract or args.ddt or args.attach_pdf
        options = EInvoiceOptions(args.document_type.upper(), tuple(args.order), tuple(args.contract),
                                  tuple(args.ddt), args.attach_pdf) if given else None
        output, _ = save_einvoice(db, invoice_id, args.output, options)
    if args.json:
        emit_json({"file": output.file_name, "path": output.path, "status": str(output.status),
                   "problems": [{"field": p.field, "code": p.code, "message": p.message} for p in output.problems]})
    else:
        print(f"Wrote {output.path} ({output.file_name}, {str(output.status).replace('_', ' ')})")
    for problem in output.problems:
        print(f"  {problem.field}: {problem.message}", file=sys.stderr)
    return PROBLEMS_EXIT if output.problems else 0


def add_receipt_commands(invoices) -> None:
    """``invoices receipts import FILE...`` and ``invoices receipts list``."""
    group = invoices.add_parser("receipts", help="the SdI's receipts of e-invoices: import them, list what was read")
    commands = group.add_subparsers(dest="receipts_command", required=True)
    sub = commands.add_parser(
        "import", help="read receipts saved as .eml (the whole PEC message), .xml or .p7m",
        description="Each file is read, matched to its e-invoice by the SdI's file name or identifier, moves its "
                    "status, and is kept on the incoming list (also when it cannot be used: with the reason). "
                    "Prints, for each file, the kind (RC, NS, MC, NE, DT, AT, pec-acceptance, pec-delivery, "
                    "pec-non-delivery, invoice-received, unknown), the SdI file name, the invoice and what was done; "
                    "--json prints a list of objects with the keys kind, file, invoice (id or null) and action. "
                    f"Exit code 0 when every file was used, {NOT_USED_EXIT} when at least one could not be read, "
                    "matched or applied (a duplicate, an unknown file, a supplier's invoice only listed). Signed "
                    "files are verified only when SMALLCRM_SDI_CA_BUNDLE names a PEM file of trusted CAs.")
    sub.add_argument("files", nargs="+", type=Path, metavar="FILE")
    sub.set_defaults(handler=receipts_import)
    sub = commands.add_parser("list", help="the incoming list: every message read, newest first, with its reason")
    sub.add_argument("--limit", type=int, default=50)
    sub.set_defaults(handler=receipts_list)
    einvoicing_sdi.add_fetch_command(commands)


def receipts_import(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        outcomes, _ = import_receipt_files(db, args.files)
    einvoicing_sdi.print_outcomes(args, [path.name for path in args.files], outcomes)
    return 0 if all(o.action in APPLIED - {ReceiptAction.LISTED} for o in outcomes) else NOT_USED_EXIT


def receipts_list(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        rows = list_incoming(args.limit)
    if args.json:
        emit_json(rows)
        return 0
    for row in rows:
        invoice = f"#{row.invoice_id}" if row.invoice_id is not None else "-"
        print(f"{to_local(row.received_at):%Y-%m-%d %H:%M}  {row.kind:<16} {row.file_name or '-':<32} {invoice:<6} "
              f"{row.action.value.replace('_', ' ')}: {row.reason.splitlines()[0] if row.reason else ''}")
    if not rows:
        print("No e-invoice messages read yet.")
    return 0
