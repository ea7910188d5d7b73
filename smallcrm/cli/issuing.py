"""What the sales commands say about documents: how one is named on the command line, and, when an invoice
cannot be issued yet, each missing item with the command that fills it."""

from __future__ import annotations

import sys

from smallcrm.domain import IssueRequirement
from smallcrm.services.sales.readiness import IncompleteDocument, MissingItem, english

R = IssueRequirement

INVOICE_REF = ("the invoice or credit note: its number (62/2026, NC 3/2026, 12/2026/A) or #ID (the id lists show "
               "in brackets); a bare 62 is the id or this year's number 62, refused when it could be both")
CREDIT_NOTE_REF = ("the credit note: its number (NC 3/2026) or #ID; a bare 3 is the id or this year's NC 3, refused "
                   "when it could be both")
QUOTE_REF = ("the quote: its number (P-2026-0007, P-2026-0007 rev. 2) or #ID; a bare 7 is the id or this year's "
             "P-...-0007, refused when it could be both")

# the options of `smallcrm company` and of `smallcrm contacts edit ID` that fill each item
_COMPANY_OPTION = {
    R.SELLER_NAME: "--name …", R.SELLER_STREET: "--street …", R.SELLER_POSTAL_CODE: "--postal-code …",
    R.SELLER_CITY: "--city …", R.SELLER_COUNTRY: "--country …", R.SELLER_TAX_ID: "--vat-number … (or --tax-code …)",
    R.SELLER_TAX_REGIME: "--tax-regime RF01 (ordinary; RF19 forfettario …)", R.SELLER_IBAN: "--iban …",
}
_CONTACT_OPTION = {
    R.BUYER_NAME: "--company … (a person: --first … --last …)", R.BUYER_STREET: "--street …",
    R.BUYER_POSTAL_CODE: "--postal-code …", R.BUYER_CITY: "--city …", R.BUYER_COUNTRY: "--country …",
    R.BUYER_TAX_ID: "--vat … (or --tax-code …)", R.BUYER_TAX_CODE: "--tax-code …", R.BUYER_VAT_NUMBER: "--vat …",
}


def fill_command(item: MissingItem) -> str:
    """The command that fills ``item``: `smallcrm company --vat-number …`, `smallcrm contacts edit 42 --street …`."""
    if item.ours:
        return f"smallcrm company {_COMPANY_OPTION[item.requirement]}"
    return f"smallcrm contacts edit {item.party_id} {_CONTACT_OPTION[item.requirement]}"


def say_missing(error: IncompleteDocument, what: str) -> int:
    """Print why ``what`` cannot be issued, one missing item a line with the command that fills it; exit code 3
    (invalid input), as for any other refused value."""
    print(f"smallcrm: {what} cannot be issued yet: {len(error.missing)} "
          f"{'item is' if len(error.missing) == 1 else 'items are'} missing", file=sys.stderr)
    labels = [english(item.requirement) + (f" ({item.party_name})" if item.party_name else "")
              for item in error.missing]
    width = max(len(label) for label in labels)
    for label, item in zip(labels, error.missing, strict=True):
        print(f"  {label.ljust(width)}  {fill_command(item)}", file=sys.stderr)
    return 3
