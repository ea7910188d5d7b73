"""Issued documents frozen whole and sealed:

- ``invoice.seller_snapshot``: our company's block (name, address, tax numbers, bank details) as it was when
  the document was issued, so a reprint, a mail or a payment QR code of last year's invoice never shows this
  year's profile. Documents issued before this step get the profile as it is now: the best there is.
- ``invoice.chain_hash``: the seal of ``smallcrm.services.sales.seal`` (version 1), chained per kind, series
  and year, over the frozen content; the documents issued before this step are sealed here, in number order.
- Triggers that also refuse what slipped past the old ones: ``REPLACE INTO`` and ``INSERT OR REPLACE`` (SQLite
  deletes the old row without firing delete triggers, unless recursive triggers are on, which a plain shell
  does not turn on) over an issued invoice or one of its lines. Upserts are updates, which were refused.

The old update trigger is dropped while the existing documents are filled in and sealed, and made again.

The seal is computed here as version 1 of the seal was, over the columns of this schema (a frozen copy: the
live module reads the columns of later schemas).
"""

import hashlib
import json

_CUSTOMER_FIELDS = ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code")
_SELLER_FIELDS = ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code",
                  "iban", "bic", "extra")
_DOCUMENT_SQL = """
    SELECT i.kind, i.series, i.year, i.number, i.number_text, i.issue_date, i.due_date, i.currency,
           i.customer_snapshot, i.seller_snapshot, i.taxable_cents, i.vat_cents, i.total_cents,
           COALESCE(c.number_text, '')
    FROM invoice i LEFT JOIN invoice c ON c.id = i.corrects_id
    WHERE i.id = ?"""
_LINES_SQL = """
    SELECT position, description, quantity_milli, unit, unit_price_cents, discount_bp, vat_code, vat_rate_bp,
           vat_exemption
    FROM invoice_line WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY position, id"""


def _legal(snapshot, fields):
    values = json.loads(snapshot) if snapshot else {}
    return {name: values.get(name, "") for name in fields}


def sealed_content(execute, invoice_id):
    """Version 1's content of a document, read from this schema's rows."""
    (kind, series, year, number, number_text, issue_date, due_date, currency, customer, seller, taxable, vat, total,
     corrects) = next(iter(execute(_DOCUMENT_SQL, (invoice_id,))))
    return {
        "kind": kind, "series": series, "year": year, "number": number, "number_text": number_text,
        "issue_date": str(issue_date or ""), "due_date": str(due_date or ""), "currency": currency,
        "corrects": corrects, "customer": _legal(customer, _CUSTOMER_FIELDS),
        "seller": _legal(seller, _SELLER_FIELDS), "totals": [taxable, vat, total],
        "lines": [list(line) for line in execute(_LINES_SQL, (invoice_id,))],
    }


def seal(previous, content):
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "1:" + hashlib.sha256(f"{previous}\n{text}".encode()).hexdigest()


def previous_seal(execute, kind, series, year, number):
    rows = list(execute("SELECT chain_hash FROM invoice WHERE status = 'issued' AND kind = ? AND series = ? "
                        "AND year = ? AND number = ?", (kind, series, year, number - 1)))
    return rows[0][0] if rows else ""

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
        sealed = seal(previous_seal(execute, kind, series, year, number), sealed_content(execute, invoice_id))
        db.execute_sql("UPDATE invoice SET chain_hash = ? WHERE id = ?", (sealed, invoice_id))
    db.execute_sql(UPDATE_TRIGGER)
    for trigger in TRIGGERS:
        db.execute_sql(trigger)
