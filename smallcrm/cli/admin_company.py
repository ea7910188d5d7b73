"""`smallcrm company ...`: our company's profile, as documents head and freeze it (name, address, tax numbers,
bank account, register data, tax regime) and how invoices ask to be paid by default."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from smallcrm.cli.output import emit_json
from smallcrm.cli.session import open_db
from smallcrm.cli.tax import yes_no
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.admin.settings import get_setting, save_settings

REGISTRY_OPTIONS = {  # our company's register data, as documents print them
    "rea-office": "companies register (REA): office, the province (MI)", "rea-number": "REA number",
    "share-capital": "share capital (capitale sociale)", "sole-shareholder": "SU one shareholder, SM several",
    "liquidation": "LS in liquidation, LN not", "trade-register": "Romania: Nr. Reg. Com. (J40/1234/2020)",
    "tax-regime": "RF01 ordinary, RF19 forfettario ... (also: smallcrm tax set --regime)"}


def register(commands) -> None:
    company = commands.add_parser("company", help="show or set our company's profile (documents' header)")
    for name in ("name", "street", "postal-code", "city", "province", "country", "vat-number", "tax-code", "iban",
                 "bic", "email", "phone", "website"):
        company.add_argument(f"--{name}")
    for name, text in REGISTRY_OPTIONS.items():
        company.add_argument(f"--{name}", help=text)
    company.add_argument("--logo", type=Path, help="a PNG file")
    company.add_argument("--terms", type=int, help="days to pay")
    company.add_argument("--end-of-month", type=yes_no, metavar="YES|NO", help="invoices fall due at the end of the "
                         "month (30 days end of month)")
    company.add_argument("--payment-method", metavar="MPnn", help="how invoices ask to be paid (MP05 bank transfer)")
    company.set_defaults(handler=company_profile)


def company_profile(args):
    with open_db(args) as db:
        profile = get_company_profile()
        changes = {name.replace("-", "_"): getattr(args, name.replace("-", "_")) for name in (
            "name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code", "iban", "bic",
            "email", "phone", "website", *REGISTRY_OPTIONS)}
        changes = {k: v for k, v in changes.items() if v is not None}
        if args.logo:
            changes["logo_png"] = args.logo.read_bytes()
        if args.terms is not None:
            changes["payment_terms_days"] = args.terms
        if changes:
            profile, _ = update_company_profile(db, replace(profile, **changes))
        defaults = {"payment_end_of_month": args.end_of_month, "payment_means": args.payment_method}
        save_settings(db, {key: value for key, value in defaults.items() if value is not None})
        defaults = {key: get_setting(key) for key in defaults}
    if args.json:
        return emit_json({k: v for k, v in vars(profile).items() if k != "logo_png"})
    for name in ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code", "iban",
                 "email", "phone", "website", "payment_terms_days", *(n.replace("-", "_") for n in REGISTRY_OPTIONS)):
        print(f"{name:20} {getattr(profile, name)}")
    for key, value in defaults.items():
        print(f"{key:20} {value}")
    print(f"{'logo':20} {'yes' if profile.logo_png else 'no'}")
