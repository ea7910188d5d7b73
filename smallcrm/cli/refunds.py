"""`smallcrm refund`: money paid back to a customer against an issued credit note."""

from __future__ import annotations

from datetime import date

from smallcrm.cli.issuing import CREDIT_NOTE_REF
from smallcrm.cli.output import emit_json
from smallcrm.cli.session import open_db
from smallcrm.domain import InvoiceKind, PaymentMethod
from smallcrm.services.sales import invoices, refunds
from smallcrm.services.sales.references import invoice_ref


def register(commands) -> None:
    refund = commands.add_parser(
        "refund", help="record money paid back against an issued credit note",
        description="Record money paid back to a customer against an issued credit note: no more than is left of "
                    "it, nor than we owe on its invoice (what was paid, then credited).")
    refund.add_argument("credit_note", help=CREDIT_NOTE_REF)
    refund.add_argument("amount", help="e.g. 610 or 1.234,50")
    refund.add_argument("--date", type=date.fromisoformat, help="the day it was paid back (default today)")
    refund.add_argument("--method", default="bank_transfer", choices=[m.value for m in PaymentMethod])
    refund.add_argument("--reference", default="", help="the transfer's reference (CRO/TRN), a receipt number")
    refund.add_argument("--note", default="")
    refund.set_defaults(handler=record)


def record(args):
    with open_db(args, create=False) as db:
        note = invoice_ref(args.credit_note, bare=InvoiceKind.CREDIT_NOTE)
        view, _ = refunds.record_refund(db, refunds.RefundDraft(note, args.amount, args.date, args.method,
                                                                args.reference, args.note))
        invoice = invoices.get_invoice(view.invoice_id)
    if args.json:
        return emit_json(view)
    owed = f"still owed to the customer {invoice.credit_balance}" if invoice.credit_balance else "nothing more owed"
    print(f"Refunded {view.amount} on credit note {view.credit_note_number} (invoice {view.invoice_number}); "
          f"{owed} ({invoice.payment_status})")
