"""`smallcrm tax ...`: how our company taxes its documents (regime, stamp duty) and the dated values of tax law."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from smallcrm.cli.output import emit_json, table
from smallcrm.cli.session import open_db
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.admin.tax_profile import get_tax_profile, update_tax_profile
from smallcrm.services.sales.tax_values import NAMES, list_tax_values, set_tax_value
from smallcrm.services.sales.views import DocumentView


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1", "si", "sì", "da"):
        return True
    if value in ("no", "n", "false", "0", "nu"):
        return False
    raise argparse.ArgumentTypeError(f"expected yes or no, not {text!r}")


def tax_lines(doc: DocumentView) -> list[str]:
    """What a document's tax cases add to its printout: the stamp duty, the net to pay."""
    tax = doc.tax
    if tax is None:
        return []
    lines = []
    if tax.stamp_duty:
        lines.append(f"  stamp duty {tax.stamp_duty} " + ("charged to the customer" if tax.stamp_duty_charged
                                                         else "paid by us"))
    if tax.payable != tax.total:
        lines.append(f"  net to pay {tax.payable} {doc.currency}")
    return lines


def register(commands) -> None:
    t = commands.add_parser("tax", help="our tax regime, the stamp duty, dated values of tax law").add_subparsers(
        dest="action", required=True)
    t.add_parser("show", help="how documents are taxed now").set_defaults(handler=tax_show)
    p = t.add_parser("set", help="change how documents are taxed (issued ones keep what they were issued with)")
    p.add_argument("--regime", help="RF01 ordinary, RF19 forfettario, ... (FatturaPA RegimeFiscale)")
    p.add_argument("--stamp-duty-charged", type=_yes_no, metavar="YES|NO",
                   help="add the stamp duty (marca da bollo) to the customer's total")
    p.set_defaults(handler=tax_set)
    p = t.add_parser("values", help="the dated values of tax law (stamp duty amount and threshold)")
    p.set_defaults(handler=tax_values)
    p = t.add_parser("value", help="add a dated value, in force from a day (e.g. a new stamp duty amount)")
    p.add_argument("name", choices=NAMES)
    p.add_argument("valid_from", type=date.fromisoformat, metavar="FROM", help="first day it is in force (ISO)")
    p.add_argument("value", help="e.g. 2,50")
    p.add_argument("--note", default="", help="where it comes from (the law)")
    p.set_defaults(handler=tax_value)


def _show(args) -> None:
    profile, tax = get_company_profile(), get_tax_profile()
    if args.json:
        return emit_json({"tax_regime": profile.tax_regime, **vars(tax)})
    print(f"{'tax regime':24} {profile.tax_regime}")
    print(f"{'stamp duty charged':24} {'yes' if tax.stamp_duty_charged else 'no'}")


def tax_show(args):
    with open_db(args, create=False):
        _show(args)


def tax_set(args):
    with open_db(args) as db:
        if args.regime is not None:
            update_company_profile(db, replace(get_company_profile(), tax_regime=args.regime))
        tax = get_tax_profile()
        if args.stamp_duty_charged is not None:
            tax = replace(tax, stamp_duty_charged=args.stamp_duty_charged)
        update_tax_profile(db, tax)
        _show(args)


def tax_values(args):
    with open_db(args, create=False):
        rows = list_tax_values()
    if args.json:
        return emit_json(rows)
    table([[v.name, str(v.valid_from), str(v.value), v.note] for v in rows], ["name", "from", "value", "law"])


def tax_value(args):
    with open_db(args) as db:
        view, _ = set_tax_value(db, args.name, args.valid_from, args.value, args.note)
    if args.json:
        return emit_json(view)
    print(f"{view.name} is {view.value} from {view.valid_from}")
