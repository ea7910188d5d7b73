"""Sales: VAT rates (seeded with the Italian ones), products, deals, quotes, invoices, payments (frozen)."""

import uuid
from datetime import UTC, datetime

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)


def _now():
    return datetime.now(UTC).replace(tzinfo=None)


class _Owned(Model):
    uid = CharField(max_length=36, unique=True, default=lambda: str(uuid.uuid4()))
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now, index=True)
    deleted_at = DateTimeField(null=True)

    class Meta:
        legacy_table_names = False


class Party(_Owned):  # only what the foreign keys need
    pass


class VatRate(_Owned):
    code = CharField(unique=True)
    rate_bp = IntegerField()
    description = CharField(default="")
    exemption = CharField(default="")
    is_active = BooleanField(default=True)


class Product(_Owned):
    code = CharField(unique=True)
    name = CharField()
    description = TextField(default="")
    unit = CharField(default="pz")
    price_cents = IntegerField()
    vat_rate = ForeignKeyField(VatRate, backref="products")
    is_active = BooleanField(default=True)


class Deal(_Owned):
    party = ForeignKeyField(Party, backref="deals", on_delete="CASCADE")
    title = CharField()
    stage = CharField(max_length=12, default="new", index=True)
    value_cents = IntegerField(default=0)
    probability = IntegerField(default=10)
    expected_close = DateField(null=True, index=True)
    owner = CharField(default="")
    notes = TextField(default="")
    closed_at = DateTimeField(null=True)


class Quote(_Owned):
    party = ForeignKeyField(Party, backref="quotes", on_delete="CASCADE")
    deal = ForeignKeyField(Deal, null=True, backref="quotes", on_delete="SET NULL")
    number = CharField(index=True)
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


class Invoice(_Owned):
    kind = CharField(max_length=12, default="invoice")
    party = ForeignKeyField(Party, backref="invoices", on_delete="RESTRICT")
    quote = ForeignKeyField(Quote, null=True, backref="invoices", on_delete="SET NULL")
    corrects = ForeignKeyField("self", null=True, backref="credit_notes", on_delete="RESTRICT")
    status = CharField(max_length=10, default="draft", index=True)
    series = CharField(default="")
    year = IntegerField(null=True)
    number = IntegerField(null=True)
    number_text = CharField(default="")
    issue_date = DateField(null=True)
    due_date = DateField(null=True, index=True)
    payment_terms_days = IntegerField(default=30)
    notes = TextField(default="")
    language = CharField(max_length=5, default="it")
    currency = CharField(max_length=3, default="EUR")
    customer_snapshot = TextField(default="")
    taxable_cents = IntegerField(default=0)
    vat_cents = IntegerField(default=0)
    total_cents = IntegerField(default=0)
    issued_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("kind", "series", "year", "number"), True), (("party", "issue_date"), False))


class _Line(_Owned):
    position = IntegerField()
    product = ForeignKeyField(Product, null=True, on_delete="SET NULL")
    description = TextField()
    quantity_milli = IntegerField()
    unit = CharField(default="")
    unit_price_cents = IntegerField()
    discount_bp = IntegerField(default=0)
    vat_code = CharField()
    vat_rate_bp = IntegerField()
    vat_exemption = CharField(default="")
    net_cents = IntegerField()


class QuoteLine(_Line):
    quote = ForeignKeyField(Quote, backref="lines", on_delete="CASCADE")

    class Meta:
        indexes = ((("quote", "position"), False),)


class InvoiceLine(_Line):
    invoice = ForeignKeyField(Invoice, backref="lines", on_delete="CASCADE")

    class Meta:
        indexes = ((("invoice", "position"), False),)


class InvoiceCounter(Model):
    kind = CharField(max_length=12)
    series = CharField()
    year = IntegerField()
    last_number = IntegerField(default=0)

    class Meta:
        legacy_table_names = False
        primary_key = False
        indexes = ((("kind", "series", "year"), True),)


class Payment(_Owned):
    invoice = ForeignKeyField(Invoice, backref="payments", on_delete="RESTRICT")
    amount_cents = IntegerField()
    paid_on = DateField(index=True)
    method = CharField(max_length=14)
    reference = CharField(default="")
    notes = TextField(default="")


NEW = [VatRate, Product, Deal, Quote, Invoice, QuoteLine, InvoiceLine, InvoiceCounter, Payment]

VAT_RATES = [
    ("22", 2200, "IVA 22%", ""),
    ("10", 1000, "IVA 10%", ""),
    ("5", 500, "IVA 5%", ""),
    ("4", 400, "IVA 4%", ""),
    ("N4", 0, "Esente", "Operazione esente art. 10 DPR 633/72"),
    ("N3.1", 0, "Non imponibile", "Operazione non imponibile art. 8 DPR 633/72 (esportazione)"),
    ("N2.2", 0, "Non soggetta",
     "Operazione in franchigia da IVA ai sensi dell'art. 1 c. 54-89 L. 190/2014 (regime forfettario)"),
]

# An issued invoice or credit note is a legal document: no update or delete of it or of its lines, ever.
TRIGGERS = [
    """CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END""",
    """CREATE TRIGGER invoice_issued_no_delete BEFORE DELETE ON invoice WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be deleted'); END""",
    """CREATE TRIGGER invoice_line_issued_no_insert BEFORE INSERT ON invoice_line
       WHEN (SELECT status FROM invoice WHERE id = NEW.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END""",
    """CREATE TRIGGER invoice_line_issued_no_update BEFORE UPDATE ON invoice_line
       WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END""",
    """CREATE TRIGGER invoice_line_issued_no_delete BEFORE DELETE ON invoice_line
       WHEN (SELECT status FROM invoice WHERE id = OLD.invoice_id) = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END""",
]


def upgrade(db):
    with db.bind_ctx([Party, *NEW]):
        db.create_tables(NEW)
        for code, rate_bp, description, exemption in VAT_RATES:
            VatRate.create(code=code, rate_bp=rate_bp, description=description, exemption=exemption)
    for trigger in TRIGGERS:
        db.execute_sql(trigger)
