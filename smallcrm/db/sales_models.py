"""Sales records: VAT rates, products, deals, quotes, invoices and credit notes, payments."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from smallcrm.db.models import BaseModel, OwnedModel, Party


class VatRate(OwnedModel):
    """A VAT rate or a 0% code of one country's law, in force between two days (either may be open)."""

    country = CharField(max_length=2, default="IT")  # our company's country picks its rates
    code = CharField()  # "22", "10", "N2.2" ... (a 0% code starts with its FatturaPA Natura)
    rate_bp = IntegerField()  # basis points: 2200 = 22%
    description = CharField(default="")
    exemption = CharField(default="")  # for 0%: the legal reason printed on the document (FatturaPA Natura)
    is_active = BooleanField(default=True)
    valid_from = DateField(null=True)  # None: since ever
    valid_to = DateField(null=True)  # the last day in force; None: still in force

    class Meta:
        indexes = ((("country", "code"), True),)


class TaxValue(BaseModel):
    """A value of tax law that changes by date (the stamp duty's amount and threshold): each is in force from its
    ``valid_from`` until the next one of the same name (services/sales/tax_values.py)."""

    name = CharField()
    valid_from = DateField()
    value = CharField()  # a decimal, as text: "77.47"
    note = CharField(default="")  # where it comes from (the law)

    class Meta:
        primary_key = False
        indexes = ((("name", "valid_from"), True),)


class Product(OwnedModel):
    code = CharField(unique=True)
    name = CharField()
    description = TextField(default="")
    unit = CharField(default="pz")
    price_e8 = IntegerField()  # 1e-8 of the currency: 0,035 = 3_500_000 (money.to_e8)
    vat_rate = ForeignKeyField(VatRate, backref="products")
    is_active = BooleanField(default=True)


class Deal(OwnedModel):
    party = ForeignKeyField(Party, backref="deals", on_delete="CASCADE")
    title = CharField()
    stage = CharField(max_length=12, default="new", index=True)
    value_cents = IntegerField(default=0)
    probability = IntegerField(default=10)  # percent
    expected_close = DateField(null=True, index=True)
    owner = CharField(default="")
    notes = TextField(default="")
    closed_at = DateTimeField(null=True)


class Quote(OwnedModel):
    party = ForeignKeyField(Party, backref="quotes", on_delete="CASCADE")
    deal = ForeignKeyField(Deal, null=True, backref="quotes", on_delete="SET NULL")
    number = CharField(index=True)  # "P-2026-0007"; revisions share it
    revision = IntegerField(default=1)
    previous = ForeignKeyField("self", null=True, backref="revisions", on_delete="SET NULL")
    status = CharField(max_length=10, default="draft", index=True)
    issue_date = DateField()
    valid_until = DateField(null=True)
    title = CharField(default="")
    notes = TextField(default="")
    language = CharField(max_length=5, default="it")
    currency = CharField(max_length=3, default="EUR")
    taxable_cents = IntegerField(default=0)
    vat_cents = IntegerField(default=0)
    total_cents = IntegerField(default=0)
    owner = CharField(default="")

    class Meta:
        indexes = ((("party", "issue_date"), False),)


class Invoice(OwnedModel):
    """An invoice or a credit note: a draft until issued, then immutable (enforced by triggers too)."""

    kind = CharField(max_length=12, default="invoice")  # invoice | credit_note
    party = ForeignKeyField(Party, backref="invoices", on_delete="RESTRICT")
    quote = ForeignKeyField(Quote, null=True, backref="invoices", on_delete="SET NULL")
    corrects = ForeignKeyField("self", null=True, backref="credit_notes", on_delete="RESTRICT")
    status = CharField(max_length=10, default="draft", index=True)  # draft | issued
    series = CharField(default="")
    year = IntegerField(null=True)
    number = IntegerField(null=True)
    number_text = CharField(default="")  # "12/2026/A"
    issue_date = DateField(null=True)
    due_date = DateField(null=True, index=True)
    payment_terms_days = IntegerField(default=30)  # the first instalment's days (payment_terms has them all)
    payment_terms = TextField(default="")  # JSON (services/sales/payment_terms.py); "": payment_terms_days days
    payment_means = CharField(max_length=4, default="MP05")  # a PaymentMeans code: how it asks to be paid
    instalment_count = IntegerField(default=1)  # an issued invoice's instalments (1: its due date is the only one)
    notes = TextField(default="")
    language = CharField(max_length=5, default="it")
    currency = CharField(max_length=3, default="EUR")
    customer_snapshot = TextField(default="")  # JSON: name, address, VAT, tax code as at issue
    seller_snapshot = TextField(default="")  # JSON: our company's block as at issue (logo aside)
    chain_hash = TextField(default="")  # the seal (services/sales/seal.py), chained per kind, series and year
    vat_by_rate = TextField(default="")  # JSON {VAT code: cents}: a credit note's VAT, its share of the invoice's
    taxable_cents = IntegerField(default=0)
    vat_cents = IntegerField(default=0)
    total_cents = IntegerField(default=0)  # the document's total (with a stamp duty charged to the customer)
    tax_setup = TextField(default="")  # JSON: the tax cases (smallcrm/tax_cases.py TaxSetup) frozen when issued
    exchange_rate = CharField(default="")  # a draft: units of our local currency for one of its own ("4.9750")
    vat_collectability = CharField(max_length=1, default="I")  # a draft's VatCollectability (frozen in tax_setup)
    withholding = BooleanField(null=True)  # a draft: the customer withholds tax on our fees (None: as the customer is)
    pension_fund_cents = IntegerField(default=0)  # the pension fund contribution (in the taxable)
    withholding_cents = IntegerField(default=0)  # the withholding tax the customer keeps
    stamp_duty_cents = IntegerField(default=0)  # the stamp duty due on it (charged to the customer or not)
    payable_cents = IntegerField(default=0)  # what the customer pays us: what payments and balances count
    issued_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("kind", "series", "year", "number"), True), (("party", "issue_date"), False))


class DocumentLine(OwnedModel):
    """A line of a quote or an invoice; the VAT rate is copied so a later change of rates alters nothing."""

    position = IntegerField()
    product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
    description = TextField()
    quantity_milli = IntegerField()  # thousandths: 1.5 hours = 1500
    unit = CharField(default="")
    unit_price_e8 = IntegerField()  # 1e-8 of the currency, up to 8 decimals as FatturaPA (money.to_e8)
    discount_bp = IntegerField(default=0)  # basis points: 10% = 1000
    vat_code = CharField()
    vat_rate_bp = IntegerField()
    vat_exemption = CharField(default="")
    net_cents = IntegerField()


class QuoteLine(DocumentLine):
    quote = ForeignKeyField(Quote, backref="lines", on_delete="CASCADE")

    class Meta:
        indexes = ((("quote", "position"), False),)


class InvoiceLine(DocumentLine):
    invoice = ForeignKeyField(Invoice, backref="lines", on_delete="CASCADE")

    class Meta:
        indexes = ((("invoice", "position"), False),)


class InvoiceInstalment(BaseModel):
    """When an issued invoice is to be paid, part by part: written when it is issued, frozen with it (triggers).
    ``cumulative_cents``: this part and those before it, so that what is paid covers the first ones first."""

    invoice = ForeignKeyField(Invoice, backref="instalments", on_delete="CASCADE")
    position = IntegerField()
    due_date = DateField()
    amount_cents = IntegerField()
    cumulative_cents = IntegerField()

    class Meta:
        indexes = ((("invoice", "position"), True),)


class InvoiceCounter(BaseModel):
    """The last number given in a series and year: read and bumped inside the issuing transaction."""

    kind = CharField(max_length=12)
    series = CharField()
    year = IntegerField()
    last_number = IntegerField(default=0)

    class Meta:
        primary_key = False
        indexes = ((("kind", "series", "year"), True),)


class Payment(OwnedModel):
    invoice = ForeignKeyField(Invoice, backref="payments", on_delete="RESTRICT")
    amount_cents = IntegerField()
    paid_on = DateField(index=True)
    method = CharField(max_length=14)  # cash | card | bank_transfer | other
    reference = CharField(default="")
    notes = TextField(default="")


class Refund(OwnedModel):
    """Money paid back to a customer against an issued credit note (services/sales/refunds.py)."""

    credit_note = ForeignKeyField(Invoice, backref="refunds", on_delete="RESTRICT")
    amount_cents = IntegerField()
    refunded_on = DateField()
    method = CharField(max_length=14)  # a PaymentMethod
    reference = CharField(default="")
    notes = TextField(default="")


SALES_MODELS = [TaxValue, VatRate, Product, Deal, Quote, Invoice, QuoteLine, InvoiceLine, InvoiceInstalment,
                InvoiceCounter, Payment, Refund]
