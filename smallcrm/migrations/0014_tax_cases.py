"""The tax cases of Italian shops and professionals (``smallcrm/tax_cases.py``):

- ``tax_value``: values of tax law that change by date, each in force from ``valid_from`` to the next one of its
  name: the stamp duty's threshold (77,47 EUR, 150.000 lire made euro) and amount (1,81 EUR from 1 June 2005,
  2,00 EUR from 26 June 2013, DL 69/2013 art. 7-bis c. 3).
- ``invoice.tax_setup``: the tax cases frozen on a document when it is issued (JSON); ``stamp_duty_cents``: the
  stamp duty due on it; ``payable_cents``: what the customer is to pay us, which payments and balances now count
  (the total, for every document written before this step).
- ``invoice_live_by_party`` covers ``payable_cents`` instead of ``total_cents`` (the receivables read it).

The update trigger of issued invoices is dropped while the new column is filled in, and made again.
"""

TAX_VALUES = [
    ("stamp_duty_threshold", "2002-01-01", "77.47", "DPR 642/72, tariff art. 13 c. 1 n. 1, note 2 (150.000 lire)"),
    ("stamp_duty_amount", "2005-06-01", "1.81", "DM 24/05/2005"),
    ("stamp_duty_amount", "2013-06-26", "2.00", "DL 69/2013 art. 7-bis c. 3"),
]

UPDATE_TRIGGER = """CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END"""


def upgrade(db):
    db.execute_sql('CREATE TABLE "tax_value" ("name" VARCHAR(255) NOT NULL, "valid_from" DATE NOT NULL, '
                   '"value" VARCHAR(255) NOT NULL, "note" VARCHAR(255) NOT NULL)')
    db.execute_sql('CREATE UNIQUE INDEX "tax_value_name_valid_from" ON "tax_value" ("name", "valid_from")')
    for row in TAX_VALUES:
        db.execute_sql("INSERT INTO tax_value (name, valid_from, value, note) VALUES (?, ?, ?, ?)", row)

    for column in ("tax_setup TEXT NOT NULL DEFAULT ''", "stamp_duty_cents INTEGER NOT NULL DEFAULT 0",
                   "payable_cents INTEGER NOT NULL DEFAULT 0"):
        db.execute_sql(f"ALTER TABLE invoice ADD COLUMN {column}")
    db.execute_sql("DROP TRIGGER invoice_issued_no_update")
    db.execute_sql("UPDATE invoice SET payable_cents = total_cents")
    db.execute_sql(UPDATE_TRIGGER)

    db.execute_sql("DROP INDEX invoice_live_by_party")
    db.execute_sql("CREATE INDEX invoice_live_by_party ON invoice (kind, status, party_id, due_date, payable_cents) "
                   "WHERE deleted_at IS NULL")
