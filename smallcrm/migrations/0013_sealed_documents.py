"""Issued documents frozen whole and sealed:

- ``invoice.seller_snapshot``: our company's block (name, address, tax numbers, bank details) as it was when
  the document was issued, so a reprint, a mail or a payment QR code of last year's invoice never shows this
  year's profile. Documents issued before this step get the profile as it is now: the best there is.
- ``invoice.chain_hash``: the seal of ``smallcrm.services.sales.seal`` (version 1, named here: the content of
  later versions reads columns this step does not know), chained per kind, series
  and year, over the frozen content; the documents issued before this step are sealed here, in number order.
- Triggers that also refuse what slipped past the old ones: ``REPLACE INTO`` and ``INSERT OR REPLACE`` (SQLite
  deletes the old row without firing delete triggers, unless recursive triggers are on, which a plain shell
  does not turn on) over an issued invoice or one of its lines. Upserts are updates, which were refused.

The old update trigger is dropped while the existing documents are filled in and sealed, and made again.
"""

import json

from smallcrm.services.sales.seal import previous_seal, seal, sealed_content

SELLER = ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code", "iban", "bic",
          "email", "phone", "website")

TRIGGERS = [
    """CREATE TRIGGER invoice_issued_no_replace BEFORE INSERT ON invoice
       WHEN EXISTS (SELECT 1 FROM invoice WHERE status = 'issued' AND (id = NEW.id OR uid = NEW.uid
                    OR (kind = NEW.kind AND series = NEW.series AND year = NEW.year AND number = NEW.number)))
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be replaced'); END""",
    """CREATE TRIGGER invoice_line_issued_no_replace BEFORE INSERT ON invoice_line
       WHEN EXISTS (SELECT 1 FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
                    WHERE i.status = 'issued' AND (l.id = NEW.id OR l.uid = NEW.uid))
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END""",
]
UPDATE_TRIGGER = """CREATE TRIGGER invoice_issued_no_update BEFORE UPDATE ON invoice WHEN OLD.status = 'issued'
       BEGIN SELECT RAISE(ABORT, 'an issued invoice cannot be changed'); END"""


def _profile(db) -> str:
    stored = {key: json.loads(value) for key, value in db.execute_sql(
        "SELECT key, value FROM setting WHERE key LIKE 'company_%'")}
    return json.dumps({name: stored.get(f"company_{name}", "IT" if name == "country" else "")
                       for name in SELLER}, ensure_ascii=False)


def upgrade(db):
    db.execute_sql("ALTER TABLE invoice ADD COLUMN seller_snapshot TEXT NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE invoice ADD COLUMN chain_hash TEXT NOT NULL DEFAULT ''")
    db.execute_sql("DROP TRIGGER invoice_issued_no_update")
    execute = db.execute_sql
    db.execute_sql("UPDATE invoice SET seller_snapshot = ? WHERE status = 'issued'", (_profile(db),))
    issued = list(db.execute_sql("SELECT id, kind, series, year, number FROM invoice WHERE status = 'issued' "
                                 "ORDER BY kind, series, year, number"))
    for invoice_id, kind, series, year, number in issued:
        sealed = seal(previous_seal(execute, kind, series, year, number), sealed_content(execute, invoice_id, "1"), "1")
        db.execute_sql("UPDATE invoice SET chain_hash = ? WHERE id = ?", (sealed, invoice_id))
    db.execute_sql(UPDATE_TRIGGER)
    for trigger in TRIGGERS:
        db.execute_sql(trigger)
