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
   line and BolloVirtuale SI); otherwise our company pays it and the total is unchanged. A credit note is a
   document of its own (tariff art. 13 n. 1: "fatture, note ... recanti addebitamenti o accreditamenti"): it bears
   its own stamp duty when its own amount not subject to VAT exceeds the threshold, paid by us and not in what it
   credits; the invoice's stamp duty stays due on the invoice. What the customer was charged for it is credited
   back whole by the credit note that credits the rest of the invoice (``credit_room``), never part by part.
3. **Pension fund contribution** (rivalsa INPS 4%, L. 335/95 and L. 662/96 art. 1 c. 212; a cassa
   professionale's contributo integrativo, 2-5%): the rate times the fees, i.e. the taxable of every line but
   those excluded by art. 15 (N1: sums advanced in the customer's name). It follows the VAT treatment of the
   fees: it joins their VAT code (their largest one when they have several) and is taxed with them, so the VAT
   summary's taxable includes it (as FatturaPA's DatiRiepilogo does).
4. **Withholding tax** (ritenuta d'acconto, DPR 600/73 art. 25: 20% by default): the rate times its base, which
   is a share (``base_percent``: 100% for professionals, 50% or 20% for agents) of the fees, plus the
   contribution when it is subject to it (the rivalsa INPS is, a cassa's contributo integrativo is not). The
   customer keeps it and pays it to the State: it is not in what they pay us. Only a customer that is a
   withholding agent (a business, not a private person) withholds, and never on a forfettario's fees (L.
   190/2014 art. 1 c. 67): the setup has no withholding then.
5. **Split payment** (scissione dei pagamenti, DPR 633/72 art. 17-ter): a public body (and the companies the law
   lists) pays the VAT of our invoice to the State itself. The VAT is shown and is in the total, but it is not
   paid to us. Deferred VAT (art. 6 c. 5) changes no amount, only its wording.
6. **Payable**: the document total less the withholding tax and the VAT of a split payment.
7. **VAT in the local currency**: a Romanian company's invoice in another currency states its VAT in lei too
   (Codul fiscal art. 319 c. 20 lit. n and art. 290: the exchange rate of the day, BNR's), at the rate written
   on the document, rounded to the ban once.

A credit note is taxed with the setup of the invoice it corrects, but its contribution (at the VAT code the
invoice charged it at, whatever the note's own lines), VAT per code, withholding tax and stamp duty are its share
of the invoice's (``Shares``, worked out by ``services/sales/credit_room.py``), so
that the credit notes of an invoice add up to it to the cent.

Money: every amount here is rounded to the cent once, half up (``smallcrm.money``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from smallcrm.domain import Natura, PensionFund, TaxRegime, VatCollectability, WithholdingKind
from smallcrm.money import HUNDRED, round_cents
from smallcrm.totals import Totals, VatBucket

ZERO = Decimal("0.00")
NO_VAT_REGIMES = frozenset({TaxRegime.FORFETTARIO, TaxRegime.MINIMI})
REVERSE_CHARGE_NATURES = frozenset({Natura.REVERSE_SCRAP, Natura.REVERSE_GOLD, Natura.REVERSE_SUBCONTRACT,
                                    Natura.REVERSE_BUILDINGS, Natura.REVERSE_PHONES, Natura.REVERSE_ELECTRONICS,
                                    Natura.REVERSE_CONSTRUCTION, Natura.REVERSE_ENERGY, Natura.REVERSE_OTHER,
                                    Natura.REVERSE_CHARGE_UNTIL_2020})
_NATURES_LONGEST_FIRST = sorted(Natura, key=lambda n: -len(n.value))
STAMP_DUTY_NATURES = frozenset({Natura.EXCLUDED, Natura.NOT_SUBJECT_SERVICES, Natura.NOT_SUBJECT,
                                Natura.LIKE_EXPORT, Natura.INTENT_DECLARATION, Natura.NOT_TAXABLE_OTHER,
                                Natura.EXEMPT, Natura.NOT_SUBJECT_UNTIL_2020})


# the pension funds' own names, the same in every language (documents and the window print them)
FUND_NAMES = {
    PensionFund.LAWYERS: "Cassa Forense", PensionFund.ACCOUNTANTS: "CNPADC", PensionFund.SURVEYORS: "CIPAG",
    PensionFund.ENGINEERS_ARCHITECTS: "Inarcassa", PensionFund.NOTARIES: "Cassa del Notariato",
    PensionFund.BOOKKEEPERS: "CNPR", PensionFund.ENASARCO: "ENASARCO", PensionFund.LABOUR_CONSULTANTS: "ENPACL",
    PensionFund.DOCTORS: "ENPAM", PensionFund.PHARMACISTS: "ENPAF", PensionFund.VETERINARIANS: "ENPAV",
    PensionFund.AGRICULTURE_EMPLOYEES: "ENPAIA", PensionFund.SHIPPING: "Fondo spedizionieri",
    PensionFund.JOURNALISTS: "INPGI", PensionFund.ONAOSI: "ONAOSI", PensionFund.CASAGIT: "CASAGIT",
    PensionFund.INDUSTRIAL_EXPERTS: "EPPI", PensionFund.MULTI_PROFESSION: "EPAP", PensionFund.BIOLOGISTS: "ENPAB",
    PensionFund.NURSES: "ENPAPI", PensionFund.PSYCHOLOGISTS: "ENPAP", PensionFund.INPS: "INPS",
}


@dataclass(frozen=True)
class StampDutyRule:
    """The stamp duty of the document's date: due above ``threshold``, ``amount`` each document."""

    threshold: Decimal = Decimal("77.47")
    amount: Decimal = Decimal("2.00")
    charged: bool = True  # to the customer, added to the total


@dataclass(frozen=True)
class WithholdingRule:
    """The withholding tax the customer keeps: ``rate`` percent of ``base_percent`` percent of the fees."""

    kind: WithholdingKind = WithholdingKind.PERSONS
    rate: Decimal = Decimal("20")
    base_percent: Decimal = Decimal("100")
    reason: str = "A"  # FatturaPA CausalePagamento (the CU form's code: A, professional fees)


@dataclass(frozen=True)
class PensionFundRule:
    """The pension fund contribution added to the fees: ``rate`` percent of them."""

    fund: PensionFund = PensionFund.INPS
    rate: Decimal = Decimal("4")
    withheld: bool = True  # part of the withholding tax's base (the rivalsa INPS is; a cassa's is not)


@dataclass(frozen=True)
class TaxSetup:
    """How a document is taxed beyond its lines' VAT: frozen on an invoice when it is issued."""

    regime: TaxRegime = TaxRegime.ORDINARY
    stamp_duty: StampDutyRule = field(default_factory=StampDutyRule)
    withholding: WithholdingRule | None = None
    pension_fund: PensionFundRule | None = None
    collectability: VatCollectability = VatCollectability.IMMEDIATE
    local_currency: str = ""  # the currency the law wants the VAT in ("RON" for a Romanian company), "" none
    exchange_rate: Decimal | None = None  # units of local_currency for one of the document's


@dataclass(frozen=True)
class TaxTotals:
    """A document's totals with its tax cases. ``total`` is the document's total (FatturaPA
    ImportoTotaleDocumento); ``payable`` what the customer is to pay us (the balance, the QR code, the
    instalments)."""

    buckets: tuple[VatBucket, ...]  # the VAT summary: the lines' and the contribution's taxable per code
    taxable: Decimal
    vat: Decimal
    pension_fund: Decimal  # the contribution (in ``taxable``), 0 without one
    pension_fund_vat_code: str  # the VAT code the contribution is taxed at
    withholding_base: Decimal
    withholding: Decimal  # the withholding tax the customer keeps
    split_vat: Decimal  # the VAT the customer pays to the State (split payment), 0 otherwise
    stamp_duty: Decimal  # due on this document (0 when not due)
    stamp_duty_charged: Decimal  # of which charged to the customer (in the total)
    total: Decimal
    payable: Decimal
    notes: tuple[str, ...]  # the legal wordings the document carries (keys of ``documents.legal_notes``)
    vat_local: Decimal | None = None  # the VAT in ``local_currency`` at ``exchange_rate``


@dataclass(frozen=True)
class Shares:
    """Amounts a credit note takes as its share of its invoice's instead of computing them from its own lines
    (None: computed as for any document): the last credit of an invoice takes exactly what is left of each."""

    pension_fund: Decimal | None = None
    vat: Mapping[str, Decimal] | None = None  # per VAT code
    withholding: Decimal | None = None
    stamp_duty: Decimal | None = None  # due on the credit note itself (a document of its own), paid by us
    stamp_duty_charged: Decimal | None = None  # in its total: the invoice's stamp duty charged, credited back
    pension_fund_at: tuple[str, Decimal] | None = None  # the VAT code and percent the invoice charged it at


def charges_no_vat(regime: TaxRegime) -> bool:
    return regime in NO_VAT_REGIMES


def nature_of(vat_code: str) -> Natura | None:
    """The Natura of a 0% VAT code: the code itself (N2.2), or the one it starts with, a second rate of the same
    nature with its own legal reason (N4-18: exempt, art. 10 n. 18); None for a rate (22) or another code."""
    for nature in _NATURES_LONGEST_FIRST:
        if vat_code == nature.value or (vat_code.startswith(nature.value) and not vat_code[len(nature.value)].isalnum()
                                        and vat_code[len(nature.value)] != "."):
            return nature
    return None


def bears_stamp_duty(vat_code: str) -> bool:
    """Whether amounts at this VAT code count towards the stamp duty's threshold."""
    return nature_of(vat_code) in STAMP_DUTY_NATURES


def reverse_charge(vat_code: str) -> bool:
    return nature_of(vat_code) in REVERSE_CHARGE_NATURES


def _with_contribution(buckets: tuple[VatBucket, ...], at: tuple[str, Decimal], amount: Decimal
                       ) -> tuple[VatBucket, ...]:
    """The VAT buckets with the contribution added to the VAT code ``at`` (a credit note with no line there gets
    a bucket of its own: it credits the contribution where its invoice charged it)."""
    code, percent = at
    out = []
    for bucket in buckets:
        if bucket.vat_code == code:
            taxable = bucket.taxable + amount
            bucket = VatBucket(code, bucket.vat_percent, taxable, round_cents(taxable * bucket.vat_percent / HUNDRED))
        out.append(bucket)
    if all(bucket.vat_code != code for bucket in buckets):
        out.append(VatBucket(code, percent, amount, round_cents(amount * percent / HUNDRED)))
    return tuple(out)


def tax_totals(totals: Totals, setup: TaxSetup, shares: Shares | None = None) -> TaxTotals:
    """The totals of lines already priced (``totals.compute_totals``) with the tax cases of ``setup``; a credit
    note's with the ``shares`` of its invoice's it takes."""
    shares = shares or Shares()
    buckets = totals.buckets
    fees = [b for b in buckets if nature_of(b.vat_code) != Natura.EXCLUDED]
    fees_amount = sum((b.taxable for b in fees), ZERO)
    notes: list[str] = []
    if charges_no_vat(setup.regime):
        notes.append(f"regime_{setup.regime.value}")
    contribution, contribution_code = ZERO, ""
    if setup.pension_fund is not None and fees_amount > 0:
        contribution = (shares.pension_fund if shares.pension_fund is not None
                        else round_cents(fees_amount * setup.pension_fund.rate / HUNDRED))
        largest = max(fees, key=lambda b: b.taxable)  # the fees' VAT code, their largest one when several
        at = shares.pension_fund_at or (largest.vat_code, largest.vat_percent)
        buckets, contribution_code = _with_contribution(buckets, at, contribution), at[0]
        if setup.pension_fund.fund == PensionFund.INPS:
            notes.append("pension_fund_inps")
    if shares.vat is not None:
        buckets = tuple(VatBucket(b.vat_code, b.vat_percent, b.taxable, shares.vat.get(b.vat_code, b.vat))
                        for b in buckets)
    taxable = sum((b.taxable for b in buckets), ZERO)
    vat = sum((b.vat for b in buckets), ZERO)
    withholding_base = withholding = ZERO
    if setup.withholding is not None and fees_amount > 0:
        subject = fees_amount + (contribution if setup.pension_fund and setup.pension_fund.withheld else ZERO)
        withholding_base = round_cents(subject * setup.withholding.base_percent / HUNDRED)
        withholding = round_cents(withholding_base * setup.withholding.rate / HUNDRED)
        if shares.withholding is not None:
            withholding = shares.withholding
    split_vat = vat if setup.collectability == VatCollectability.SPLIT_PAYMENT else ZERO
    if setup.collectability == VatCollectability.SPLIT_PAYMENT and vat:
        notes.append("split_payment")
    elif setup.collectability == VatCollectability.DEFERRED and vat:
        notes.append("deferred_vat")
    if any(reverse_charge(b.vat_code) for b in buckets):
        notes.append("reverse_charge")
    exempt = sum((b.taxable for b in buckets if bears_stamp_duty(b.vat_code)), ZERO)
    stamp = setup.stamp_duty.amount if exempt > setup.stamp_duty.threshold else ZERO
    if shares.stamp_duty is not None:
        stamp = shares.stamp_duty
    charged = stamp if setup.stamp_duty.charged else ZERO
    if shares.stamp_duty_charged is not None:
        charged = shares.stamp_duty_charged
    if stamp:
        notes.append("stamp_duty_charged" if charged and shares.stamp_duty_charged is None else "stamp_duty")
    total = taxable + vat + charged
    vat_local = round_cents(vat * setup.exchange_rate) if setup.exchange_rate else None
    return TaxTotals(buckets, taxable, vat, contribution, contribution_code, withholding_base, withholding, split_vat,
                     round_cents(stamp), round_cents(charged), total, total - withholding - split_vat, tuple(notes),
                     vat_local)
