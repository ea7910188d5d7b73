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
from smallcrm.errors import ValidationError
from smallcrm.services.einvoicing.output import save_einvoice
from smallcrm.services.einvoicing.source import DeliveryNote, DocumentReference, EInvoiceOptions
from smallcrm.services.sales.references import invoice_ref

PROBLEMS_EXIT = 3  # the file was written, but the local checks found problems: correct them before it is sent


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
    receipts = invoices.add_parser("receipts", help="the SdI's answers").add_subparsers(
        dest="receipts_command", metavar="ACTION", required=True)
    einvoicing_sdi.add_fetch_command(receipts)
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
