"""The tax cases of a document, computed in this one place: the PDF, the exports, the window's totals and the
e-invoice all read the numbers made here (over the lines' totals of ``smallcrm.totals``, one rounding rule).

The rule, in the order it is applied:

1. **Regime.** A company in the regime forfettario (RF19, L. 190/2014 art. 1 c. 54-89) or of the old minimi
   (RF02, L. 244/2007) charges no VAT: every line with a positive rate is put at N2.2 (the lines' service does it
   before pricing: ``document_lines.clean_lines``); lines already at a 0% code (an N1 expense advanced in the
   customer's name) keep it. Every document of such a company carries the regime's legal wording.
2. **Stamp duty** (imposta di bollo, DPR 642/72, tariff art. 13; virtual on e-invoices, DM 17/06/2014 art. 6):
   due when the amount of the document not subject to VAT exceeds the threshold (77,47 EUR), for the amount of
   the day (2,00 EUR since 26 June 2013): both are dated values (``services/sales/tax_values``), read for the
   document's date. "Not subject to VAT" is the taxable of the Natura codes N1, N2.x, N3.4, N3.5, N3.6 and N4.
   Exports and the supplies treated as exports (N3.1, N3.2 intra-EU, N3.3 San Marino: tariff art. 15, DL 331/93
   art. 66 c. 15) bear none, nor do N5, N6.x and N7, on which VAT is charged or due by someone. Charged to the
   customer (a setting) it is added to the total, as an N1 amount (art. 15: the e-invoice writes it as an N1
   line and BolloVirtuale SI); otherwise our company pays it and the total is unchanged. A credit note applies
   the same rule to itself, with the setup of the invoice it corrects.
3. **Payable**: the document total less what the customer does not pay us.

Money: every amount here is rounded to the cent once, half up (``smallcrm.money``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from smallcrm.domain import Natura, TaxRegime
from smallcrm.money import round_cents
from smallcrm.totals import Totals, VatBucket

ZERO = Decimal("0.00")
NO_VAT_REGIMES = frozenset({TaxRegime.FORFETTARIO, TaxRegime.MINIMI})
STAMP_DUTY_NATURES = frozenset({Natura.EXCLUDED, Natura.NOT_SUBJECT_SERVICES, Natura.NOT_SUBJECT,
                                Natura.LIKE_EXPORT, Natura.INTENT_DECLARATION, Natura.NOT_TAXABLE_OTHER,
                                Natura.EXEMPT})


@dataclass(frozen=True)
class StampDutyRule:
    """The stamp duty of the document's date: due above ``threshold``, ``amount`` each document."""

    threshold: Decimal = Decimal("77.47")
    amount: Decimal = Decimal("2.00")
    charged: bool = True  # to the customer, added to the total


@dataclass(frozen=True)
class TaxSetup:
    """How a document is taxed beyond its lines' VAT: frozen on an invoice when it is issued."""

    regime: TaxRegime = TaxRegime.ORDINARY
    stamp_duty: StampDutyRule = field(default_factory=StampDutyRule)


@dataclass(frozen=True)
class TaxTotals:
    """A document's totals with its tax cases. ``total`` is the document's total (FatturaPA
    ImportoTotaleDocumento); ``payable`` what the customer is to pay us (the balance, the QR code, the
    instalments)."""

    buckets: tuple[VatBucket, ...]
    taxable: Decimal
    vat: Decimal
    stamp_duty: Decimal  # due on this document (0 when not due)
    stamp_duty_charged: Decimal  # of which charged to the customer (in the total)
    total: Decimal
    payable: Decimal
    notes: tuple[str, ...]  # the legal wordings the document carries (keys of ``documents.legal_notes``)


def charges_no_vat(regime: TaxRegime) -> bool:
    return regime in NO_VAT_REGIMES


def bears_stamp_duty(vat_code: str) -> bool:
    """Whether amounts at this VAT code count towards the stamp duty's threshold."""
    return vat_code in STAMP_DUTY_NATURES


def tax_totals(totals: Totals, setup: TaxSetup) -> TaxTotals:
    """The totals of lines already priced (``totals.compute_totals``) with the tax cases of ``setup``."""
    buckets = totals.buckets
    taxable = sum((b.taxable for b in buckets), ZERO)
    vat = sum((b.vat for b in buckets), ZERO)
    notes: list[str] = []
    if charges_no_vat(setup.regime):
        notes.append(f"regime_{setup.regime.value}")
    exempt = sum((b.taxable for b in buckets if bears_stamp_duty(b.vat_code)), ZERO)
    stamp = setup.stamp_duty.amount if exempt > setup.stamp_duty.threshold else ZERO
    charged = stamp if setup.stamp_duty.charged else ZERO
    if stamp:
        notes.append("stamp_duty_charged" if charged else "stamp_duty")
    total = taxable + vat + charged
    return TaxTotals(buckets, taxable, vat, round_cents(stamp), round_cents(charged), total, total, tuple(notes))
