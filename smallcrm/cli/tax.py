"""`smallcrm tax ...`: how our company taxes its documents (regime, stamp duty) and the dated values of tax law."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from smallcrm.cli.output import emit_json, table
from smallcrm.cli.session import open_db
from smallcrm.domain import DocumentKind, InvoiceStatus, PensionFund
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.admin.tax_profile import get_tax_profile, update_tax_profile
from smallcrm.services.sales import catalog
from smallcrm.services.sales.payment_terms import terms_text
from smallcrm.services.sales.tax_values import NAMES, list_tax_values, set_tax_value
from smallcrm.services.sales.views import DocumentView


def yes_no(text: str) -> bool:
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
    if tax.pension_fund:
        lines.append(f"  pension fund contribution {tax.pension_fund} (taxed at {tax.pension_fund_vat_code})")
    if tax.withholding:
        lines.append(f"  withholding tax {tax.withholding} on {tax.withholding_base}")
    if tax.split_vat:
        lines.append(f"  VAT {tax.split_vat} paid to the State by the customer (split payment)")
    if tax.vat_local is not None and doc.tax_setup is not None and doc.tax_setup.exchange_rate:
        lines.append(f"  VAT in {doc.tax_setup.local_currency} {tax.vat_local} (1 {doc.currency} = "
                     f"{doc.tax_setup.exchange_rate} {doc.tax_setup.local_currency})")
    if tax.stamp_duty:
        lines.append(f"  stamp duty {tax.stamp_duty} " + ("charged to the customer" if tax.stamp_duty_charged
                                                         else "paid by us"))
    if tax.payable != tax.total:
        lines.append(f"  net to pay {tax.payable} {doc.currency}")
    lines += [f"  warning: {warning.message}" for warning in doc.warnings]
    return lines


def terms_lines(doc: DocumentView) -> list[str]:
    """How an invoice asks to be paid: method, terms, and each instalment when there are several."""
    if doc.kind != DocumentKind.INVOICE or doc.payment_terms is None:
        return []
    lines = [f"  payment {doc.payment_means}, terms {terms_text(doc.payment_terms)}"]
    if len(doc.instalments) > 1:
        lines += [f"  instalment {i.position}: {i.due_date} {i.amount}" + (f" ({i.outstanding} to pay)"
                  if doc.status == InvoiceStatus.ISSUED else "") for i in doc.instalments]
    return lines


def register(commands) -> None:
    t = commands.add_parser("tax", help="our tax regime, the stamp duty, dated values of tax law").add_subparsers(
        dest="action", required=True)
    t.add_parser("show", help="how documents are taxed now").set_defaults(handler=tax_show)
    p = t.add_parser("set", help="change how documents are taxed (issued ones keep what they were issued with)")
    p.add_argument("--regime", help="RF01 ordinary, RF19 forfettario, ... (FatturaPA RegimeFiscale)")
    p.add_argument("--stamp-duty-charged", type=yes_no, metavar="YES|NO",
                   help="add the stamp duty (marca da bollo) to the customer's total")
    p.add_argument("--withholding", metavar="RT0n", help="withholding tax business customers keep on our fees: "
                   "RT01 ritenuta d'acconto of a person, RT02 of a company, ... ('' for none)")
    p.add_argument("--withholding-rate", metavar="PERCENT", help="its rate (20)")
    p.add_argument("--withholding-base", metavar="PERCENT", help="the share of the fees it is on (100; agents 50)")
    p.add_argument("--withholding-reason", metavar="CODE", help="the payment's reason in the CU form (A)")
    p.add_argument("--pension-fund", metavar="TCnn", help="pension fund contribution added to our fees: TC22 "
                   "rivalsa INPS, TC04 Inarcassa, ... ('' for none)")
    p.add_argument("--pension-fund-rate", metavar="PERCENT", help="its rate (4)")
    p.add_argument("--pension-fund-withheld", type=yes_no, metavar="YES|NO",
                   help="the contribution is subject to the withholding tax (default: yes for TC22 only)")
    p.set_defaults(handler=tax_set)
    p = t.add_parser("values", help="the dated values of tax law (stamp duty amount and threshold)")
    p.set_defaults(handler=tax_values)
    p = t.add_parser("value", help="add a dated value, in force from a day (e.g. a new stamp duty amount)")
    p.add_argument("name", choices=NAMES)
    p.add_argument("valid_from", type=date.fromisoformat, metavar="FROM", help="first day it is in force (ISO)")
    p.add_argument("value", help="e.g. 2,50")
    p.add_argument("--note", default="", help="where it comes from (the law)")
    p.set_defaults(handler=tax_value)
    _register_vat(commands)


def _register_vat(commands) -> None:
    v = commands.add_parser("vat", help="VAT rates and 0%% codes, with the days they are in force").add_subparsers(
        dest="action", required=True)
    p = v.add_parser("list", help="the rates in force today (--all: every one, with its days)")
    p.add_argument("--all", action="store_true")
    p.set_defaults(handler=vat_list)
    p = v.add_parser("add", help="add a rate or a 0%% code of our country, or change one")
    p.add_argument("code", help="22, 21, N4, N4-18 (a 0%% code starts with its Natura) ...")
    p.add_argument("percent", help="e.g. 22 or 0")
    p.add_argument("--description", default="")
    p.add_argument("--exemption", default="", help="a 0%% code's legal reason, printed on documents")
    p.add_argument("--from", dest="valid_from", type=date.fromisoformat, metavar="DAY",
                   help="first day in force (ISO; default: always)")
    p.add_argument("--until", dest="valid_to", type=date.fromisoformat, metavar="DAY",
                   help="last day in force (ISO; default: still in force)")
    p.set_defaults(handler=vat_add)


def vat_list(args):
    with open_db(args, create=False):
        rows = catalog.list_vat_rates(include_inactive=args.all)
    if args.json:
        return emit_json(rows)
    table([[r.code, f"{r.percent}%", str(r.valid_from or ""), str(r.valid_to or ""), r.description, r.exemption]
           for r in rows], ["code", "rate", "from", "until", "", "exemption"])


def vat_add(args):
    with open_db(args) as db:
        view, _ = catalog.save_vat_rate(db, args.code, args.percent, args.description, args.exemption,
                                        args.valid_from, args.valid_to)
    if args.json:
        return emit_json(view)
    days = f" from {view.valid_from}" if view.valid_from else ""
    days += f" until {view.valid_to}" if view.valid_to else ""
    print(f"VAT {view.code} ({view.country}): {view.percent}%{days}")


def _show(args) -> None:
    profile, tax = get_company_profile(), get_tax_profile()
    if args.json:
        return emit_json({"tax_regime": profile.tax_regime, **vars(tax)})
    print(f"{'tax regime':24} {profile.tax_regime}")
    print(f"{'stamp duty charged':24} {'yes' if tax.stamp_duty_charged else 'no'}")
    if tax.withholding_kind:
        print(f"{'withholding tax':24} {tax.withholding_kind} {tax.withholding_rate}% on {tax.withholding_base}% "
              f"of the fees, reason {tax.withholding_reason}")
    else:
        print(f"{'withholding tax':24} none")
    if tax.pension_fund:
        print(f"{'pension fund':24} {tax.pension_fund} {tax.pension_fund_rate}%"
              + (", subject to the withholding tax" if tax.pension_fund_withheld else ""))
    else:
        print(f"{'pension fund':24} none")


def tax_show(args):
    with open_db(args, create=False):
        _show(args)


def tax_set(args):
    with open_db(args) as db:
        if args.regime is not None:
            update_company_profile(db, replace(get_company_profile(), tax_regime=args.regime))
        tax = get_tax_profile()
        given = {"stamp_duty_charged": args.stamp_duty_charged, "withholding_kind": args.withholding,
                 "withholding_rate": args.withholding_rate, "withholding_base": args.withholding_base,
                 "withholding_reason": args.withholding_reason, "pension_fund": args.pension_fund,
                 "pension_fund_rate": args.pension_fund_rate, "pension_fund_withheld": args.pension_fund_withheld}
        if args.pension_fund and args.pension_fund_withheld is None:  # the rivalsa INPS is withheld on, a cassa not
            given["pension_fund_withheld"] = args.pension_fund.strip().upper() == PensionFund.INPS
        update_tax_profile(db, replace(tax, **{k: v for k, v in given.items() if v is not None}))
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
