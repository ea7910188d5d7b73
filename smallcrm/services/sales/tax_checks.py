"""What the VAT codes of an invoice's lines ask of its customer, checked before it is issued, and what is
probably a mistake, said as a warning (the invoice can still be issued).

- Reverse charge (N6.x, DPR 633/72 art. 17 c. 5-6 and art. 74 c. 7-8): the customer pays the VAT, so they must be
  a business with a VAT number.
- An intra-EU supply of goods (N3.2, DL 331/93 art. 41) is not taxable only towards a business registered for VAT
  in another member state: the customer's VAT number must be a valid EU one (checked by its format and check
  digits, python-stdnum; VIES is online and SmallCRM is not), of a country other than ours.
- Warned: a customer with a foreign VAT number charged our VAT (an intra-EU sale is N3.2 for goods, N2.1 for
  services), and N3.2 or N6.x used by a company that charges no VAT (forfettario).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stdnum.eu import vat as eu_vat

from smallcrm.domain import Natura, TaxRegime
from smallcrm.errors import ValidationError
from smallcrm.services.sales.views import CustomerBlock, LineView
from smallcrm.tax_cases import charges_no_vat, nature_of, reverse_charge

# the member states' VAT prefixes (Greece writes EL; XI is Northern Ireland's goods)
EU_PREFIXES = frozenset({"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE",
                         "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI"})


@dataclass(frozen=True)
class TaxWarning:
    """A likely mistake in a draft's tax treatment: ``code`` for the window's words, ``message`` in English."""

    code: str
    message: str
    params: dict = field(default_factory=dict)


def _prefix(vat_number: str) -> str:
    text = "".join(vat_number.split()).upper()
    return text[:2] if text[:2].isalpha() else ""


def _own(country: str) -> str:
    return "EL" if country == "GR" else country


def check_tax_cases(lines: tuple[LineView, ...] | list[LineView], customer: CustomerBlock, our_country: str) -> None:
    """Refuse to issue what the law does not allow for this customer (the error names the first line at fault)."""
    for index, line in enumerate(lines):
        if reverse_charge(line.vat_code) and not customer.vat_number.strip():
            raise ValidationError(f"lines[{index}].vat_code", f"Line {index + 1} is under reverse charge "
                                  f"({line.vat_code}): the customer must have a VAT number",
                                  code="reverse_charge_needs_vat", vat_code=line.vat_code)
        if nature_of(line.vat_code) == Natura.INTRA_EU:
            number = "".join(customer.vat_number.split()).upper()
            prefix = _prefix(number)
            if prefix not in EU_PREFIXES or prefix == _own(our_country) or not eu_vat.is_valid(number):
                raise ValidationError(f"lines[{index}].vat_code", f"Line {index + 1} is an intra-EU supply (N3.2): "
                                      f"the customer needs a valid VAT number of another EU country, not "
                                      f"{number or 'none'}", code="intra_eu_vat_invalid", vat_number=number)


def tax_warnings(lines: tuple[LineView, ...] | list[LineView], customer: CustomerBlock, our_country: str,
                 regime: TaxRegime) -> tuple[TaxWarning, ...]:
    """What looks wrong in a draft's tax treatment, without stopping it."""
    found: list[TaxWarning] = []
    prefix = _prefix(customer.vat_number)
    if prefix and prefix != _own(our_country) and any(line.vat_percent > 0 for line in lines):
        found.append(TaxWarning("foreign_vat_charged", f"The customer's VAT number is foreign ({prefix}) and the "
                                "invoice charges VAT: a sale to a business in another EU country is N3.2 (goods) "
                                "or N2.1 (services)", {"country": prefix}))
    if charges_no_vat(regime) and any(nature_of(line.vat_code) == Natura.INTRA_EU or reverse_charge(line.vat_code)
                                      for line in lines):
        found.append(TaxWarning("regime_natura", "A company in the regime forfettario invoices every line at N2.2"))
    return tuple(found)
