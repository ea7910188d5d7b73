"""Refunds, and the VAT of a credit note as its share of the invoice's:

- ``refund``: money paid back to a customer against an issued credit note (the day, the method, a reference
  and a note), trashed like a payment when recorded by mistake. A partial index sums a credit note's live
  refunds from the index alone, as ``payment_live_amount`` does for payments (settlement, receivables).
- ``invoice.vat_by_rate``: a credit note's VAT per VAT code, in cents, as JSON (``{"22": 624}``): its share of
  the invoice's VAT at that rate, the last credit taking what is left (``services/sales/credit_room.py``), so
  it is stored rather than computed again from the lines. Empty for invoices, and for the credit notes issued
  before this step, whose VAT was each rate's taxable times the rate, as it still reads.

Nothing existing is rewritten: an issued document keeps its seal (version 1); those issued from now on are
sealed with version 2, which also covers the lines' amounts and ``vat_by_rate``.
"""


def upgrade(db):
    db.execute_sql("ALTER TABLE invoice ADD COLUMN vat_by_rate TEXT NOT NULL DEFAULT ''")
    db.execute_sql(
        'CREATE TABLE "refund" ("id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(36) NOT NULL, '
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "deleted_at" DATETIME, '
        '"credit_note_id" INTEGER NOT NULL, "amount_cents" INTEGER NOT NULL, "refunded_on" DATE NOT NULL, '
        '"method" VARCHAR(14) NOT NULL, "reference" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, '
        'FOREIGN KEY ("credit_note_id") REFERENCES "invoice" ("id") ON DELETE RESTRICT)')
    db.execute_sql('CREATE UNIQUE INDEX "refund_uid" ON "refund" ("uid")')
    db.execute_sql('CREATE INDEX "refund_updated_at" ON "refund" ("updated_at")')
    db.execute_sql('CREATE INDEX "refund_credit_note_id" ON "refund" ("credit_note_id")')
    db.execute_sql("CREATE INDEX refund_live_amount ON refund (credit_note_id, amount_cents) WHERE deleted_at IS NULL")
