"""Whether a draft invoice or credit note can get its number: what the law wants on it and is still missing.

A number is for good (the document is frozen and sealed when it gets one), so everything an Italian accountant
checks on an invoice is checked before: our name, address, P.IVA or codice fiscale and tax regime (and the IBAN
when the invoice asks to be paid by bank transfer); the customer's name, address and, by who they are, their tax number:

* an Italian business: its P.IVA or its codice fiscale (an association may have only the latter);
* an Italian private person: the codice fiscale (or a P.IVA: a sole trader buying as one);
* a business abroad: its VAT number (or, in our own country when that is not Italy, its tax code: a Romanian
  shop's Romanian customer by its CUI);
* a private person abroad: nothing more than name and address.

Every missing datum is reported at once, each with where it is filled (our company profile, or the customer's
record), in one :class:`IncompleteDocument` error: the CLI prints each with the command that fills it, the window
a button per item. Adding a requirement (the tax regime, say) is one row of ``SELLER_CHECKS`` or one test in
``_buyer_missing``, a member of ``IssueRequirement`` and its texts in the CLI and the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from smallcrm.db.models import Party
from smallcrm.domain import InvoiceKind, IssueRequirement, PartyKind, PaymentMeans
from smallcrm.errors import ValidationError
from smallcrm.services.admin.company import get_company_profile
from smallcrm.services.sales.document_lines import customer_block
from smallcrm.services.sales.views import CompanyProfile, CustomerBlock

R = IssueRequirement
_ITALY = "IT"


@dataclass(frozen=True)
class MissingItem:
    """One datum a document needs: which, and where it is filled (``party_id`` None: our company profile; else
    the customer's record), by the field of the profile or of the party form that holds it."""

    requirement: IssueRequirement
    field: str
    party_id: int | None = None
    party_name: str = ""

    @property
    def ours(self) -> bool:
        return self.party_id is None


class IncompleteDocument(ValidationError):
    """Data the law wants on the document is missing: ``missing`` lists every item (the ``issue`` field: none of
    the document's own fields is wrong)."""

    def __init__(self, missing: tuple[MissingItem, ...]) -> None:
        names = ", ".join(_ENGLISH[item.requirement] for item in missing)
        super().__init__("issue", f"Missing before it can be issued: {names}", code="incomplete_document",
                         missing=missing, count=len(missing))
        self.missing = missing


# what each requirement names, in the services' English (the window and the CLI have their own words)
_ENGLISH = {
    R.SELLER_NAME: "our company's name", R.SELLER_STREET: "our street", R.SELLER_POSTAL_CODE: "our postal code",
    R.SELLER_CITY: "our city", R.SELLER_COUNTRY: "our country",
    R.SELLER_TAX_ID: "our P.IVA or codice fiscale", R.SELLER_TAX_REGIME: "our tax regime",
    R.SELLER_IBAN: "our IBAN, for the bank transfer",
    R.BUYER_NAME: "the customer's name", R.BUYER_STREET: "the customer's street",
    R.BUYER_POSTAL_CODE: "the customer's postal code", R.BUYER_CITY: "the customer's city",
    R.BUYER_COUNTRY: "the customer's country", R.BUYER_TAX_ID: "the customer's P.IVA or codice fiscale",
    R.BUYER_TAX_CODE: "the customer's codice fiscale", R.BUYER_VAT_NUMBER: "the customer's VAT number",
}

# our company: (requirement, the profile field that fills it, whether the profile has it)
SELLER_CHECKS: tuple[tuple[IssueRequirement, str, Callable[[CompanyProfile], bool]], ...] = (
    (R.SELLER_NAME, "name", lambda p: bool(p.name.strip())),
    (R.SELLER_STREET, "street", lambda p: bool(p.street.strip())),
    (R.SELLER_POSTAL_CODE, "postal_code", lambda p: bool(p.postal_code.strip())),
    (R.SELLER_CITY, "city", lambda p: bool(p.city.strip())),
    (R.SELLER_COUNTRY, "country", lambda p: bool(p.country.strip())),
    (R.SELLER_TAX_ID, "vat_number", lambda p: bool(p.vat_number.strip() or p.tax_code.strip())),
    (R.SELLER_TAX_REGIME, "tax_regime", lambda p: bool(p.tax_regime.strip())),
)


def _seller_missing(profile: CompanyProfile, kind: InvoiceKind, means: PaymentMeans) -> list[MissingItem]:
    missing = [MissingItem(requirement, field) for requirement, field, present in SELLER_CHECKS
               if not present(profile)]
    if kind == InvoiceKind.INVOICE and means == PaymentMeans.BANK_TRANSFER and not profile.iban.strip():
        missing.append(MissingItem(R.SELLER_IBAN, "iban"))  # a credit note asks for no payment
    return missing


def _buyer_missing(party_id: int, party_kind: PartyKind, customer: CustomerBlock, home: str) -> list[MissingItem]:
    def item(requirement: IssueRequirement, field: str) -> MissingItem:
        return MissingItem(requirement, field, party_id, customer.name)

    missing = [item(requirement, field) for requirement, field, value in (
        (R.BUYER_NAME, "name", customer.name), (R.BUYER_STREET, "street", customer.street),
        (R.BUYER_POSTAL_CODE, "postal_code", customer.postal_code), (R.BUYER_CITY, "city", customer.city),
        (R.BUYER_COUNTRY, "country", customer.country)) if not (value or "").strip()]
    country = (customer.country or "").strip().upper()
    vat, tax_code = customer.vat_number.strip(), customer.tax_code.strip()
    if not country:
        return missing  # which number they need depends on where they are: the country comes first
    if party_kind == PartyKind.COMPANY:
        if country == _ITALY and not (vat or tax_code):
            missing.append(item(R.BUYER_TAX_ID, "vat_number"))
        elif country != _ITALY and not (vat or (tax_code and country == home)):
            missing.append(item(R.BUYER_VAT_NUMBER, "vat_number"))
    elif country == _ITALY and not (tax_code or vat):
        missing.append(item(R.BUYER_TAX_CODE, "tax_code"))
    return missing


def missing_items(kind: InvoiceKind, profile: CompanyProfile, party_id: int, party_kind: PartyKind,
                  customer: CustomerBlock, means: PaymentMeans = PaymentMeans.BANK_TRANSFER
                  ) -> tuple[MissingItem, ...]:
    """Everything a document of ``kind`` from ``profile`` to ``customer`` still lacks (empty: it can be issued).

    ``means``: how the invoice asks to be paid (the IBAN only for a bank transfer)."""
    home = (profile.country or _ITALY).strip().upper()
    return (*_seller_missing(profile, kind, PaymentMeans(means)), *_buyer_missing(party_id, party_kind, customer, home))


def document_missing(kind: InvoiceKind, party_id: int, profile: CompanyProfile | None = None,
                     customer: CustomerBlock | None = None, means: PaymentMeans = PaymentMeans.BANK_TRANSFER
                     ) -> tuple[MissingItem, ...]:
    """What a document of ``kind`` to the customer ``party_id``, asking to be paid by ``means``, still lacks, as
    our profile and their record read now (what issuing freezes onto it: the issuing service hands in the two it
    has read already)."""
    party_kind = Party.select(Party.kind).where(Party.id == party_id).scalar()
    return missing_items(kind, profile or get_company_profile(), party_id, PartyKind(party_kind),
                         customer or customer_block(party_id), means)


def english(requirement: IssueRequirement) -> str:
    """What ``requirement`` names, in plain English (the CLI's words)."""
    return _ENGLISH[requirement]
