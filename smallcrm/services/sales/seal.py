"""Tamper evidence for issued documents: each one is sealed with a hash chained to the previous one of its
kind, series and year, over its frozen content.

The database's triggers refuse any change to an issued document through SQL (UPDATE, DELETE, REPLACE,
upserts). The seal is for what triggers cannot stop: someone who drops them, edits the file with another tool,
or removes a document. ``smallcrm check`` recomputes every chain and the counters (numbers 1..N without a gap,
the counter at N) and names the first broken link.

The sealed content is what tax law keeps on an issued document: its number and dates, the seller's and the
customer's legal block (names, addresses, tax numbers; not the e-mail address, which erasure may remove), the
lines and the totals, and the invoice a credit note corrects. The seal is read from the database with plain
SQL, so that the issuing service (peewee) and the check (a read-only sqlite3 connection to the file) read
exactly the same values. A seal starts with its version, so that later fields can be added without breaking
the chains already written: each seal is checked against the content of its own version.

- Version 1: the above.
- Version 2 (documents issued since migration 0014): also each line's amount and a credit note's VAT per rate,
  which are no longer always its lines' price times quantity and its taxable times the rate: a credit note's
  are its share of its invoice's (``credit_room``).
- Version 3 (since migration 0015): a line's unit price in 1e-8 of the currency (``unit_price_e8``, up to 8
  decimals), where versions 1 and 2 have it in cents, as prices were stored then. Their documents' prices are
  read back in cents, which every price stored before 0015 is exactly (a price changed to one finer than a
  cent cannot be read so, and shows as a change).
- Version 4 (since migration 0016): also the legal fields of the tax cases (``smallcrm.tax_cases``): the tax
  setup frozen on the document (regime, stamp duty, withholding, pension fund, VAT collectability), the amounts
  they make, how it asks to be paid (payment means, terms, each instalment's due date and amount), and the
  seller's tax regime and company registry data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from smallcrm.domain import DocumentKind

VERSION = "4"  # what new seals are made with
VERSIONS = ("1", "2", "3", "4")
_E8_PER_CENT = 1_000_000
Execute = Callable[[str, Sequence], Iterable[tuple]]

_CUSTOMER_FIELDS = ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code")
LEGAL_CUSTOMER_FIELDS = _CUSTOMER_FIELDS  # what tax law keeps of an erased customer (services/privacy/erasure.py)
_SELLER_FIELDS = ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code",
                  "iban", "bic", "extra")
_SELLER_FIELDS_2 = (*_SELLER_FIELDS, "tax_regime", "rea_office", "rea_number", "share_capital", "sole_shareholder",
                    "liquidation", "trade_register")

_DOCUMENT_SQL = """
    SELECT i.kind, i.series, i.year, i.number, i.number_text, i.issue_date, i.due_date, i.currency,
           i.customer_snapshot, i.seller_snapshot, i.taxable_cents, i.vat_cents, i.total_cents,
           COALESCE(c.number_text, '')
    FROM invoice i LEFT JOIN invoice c ON c.id = i.corrects_id
    WHERE i.id = ?"""
_LINES_SQL = """
    SELECT position, description, quantity_milli, unit, unit_price_e8, discount_bp, vat_code, vat_rate_bp,
           vat_exemption
    FROM invoice_line WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY position, id"""
_NETS_SQL = "SELECT net_cents FROM invoice_line WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY position, id"
_TAX_SQL = ("SELECT tax_setup, pension_fund_cents, withholding_cents, stamp_duty_cents, payable_cents, payment_means, "
            "payment_terms FROM invoice WHERE id = ?")
_INSTALMENTS_SQL = ("SELECT position, due_date, amount_cents FROM invoice_instalment WHERE invoice_id = ? "
                    "ORDER BY position")
_ISSUED_SQL = """
    SELECT id, kind, series, year, number, number_text, chain_hash FROM invoice
    WHERE status = 'issued' ORDER BY kind, series, year, number"""
# the counters of invoices and credit notes (quotes are numbered from the same table, and are no legal documents)
_COUNTERS_SQL = "SELECT kind, series, year, last_number FROM invoice_counter WHERE kind IN (?, ?)"


def erased_customer(snapshot: str) -> str:
    """An issued document's copy of an erased customer: what the seal covers stays, every other value is
    blanked. One rule for the laptop's erasure and the team server's, so that a laptop joining later holds the
    same text as those that erased."""
    if not snapshot:
        return snapshot
    kept = {k: v if k in LEGAL_CUSTOMER_FIELDS else ("" if isinstance(v, str) else None)
            for k, v in json.loads(snapshot).items()}
    return json.dumps(kept, ensure_ascii=False)


def _legal(snapshot: str, fields: tuple[str, ...]) -> dict:
    values = json.loads(snapshot) if snapshot else {}
    return {name: values.get(name, "") for name in fields}


def _in_cents(line: tuple) -> list:
    """A line as versions 1 and 2 sealed it: its unit price in cents (a price finer than a cent stays a fraction,
    which no seal of theirs holds)."""
    values = list(line)
    price = values[4]
    values[4] = price // _E8_PER_CENT if price % _E8_PER_CENT == 0 else str(Decimal(price) / _E8_PER_CENT)
    return values


def sealed_content(execute: Execute, invoice_id: int, version: str = "1") -> dict:
    """The content a seal of ``version`` covers, read with ``execute`` (a DB-API ``execute``) from the stored
    rows (of the current schema: migration 0013 carries its own copy of version 1 over the columns of its time)."""
    (kind, series, year, number, number_text, issue_date, due_date, currency, customer, seller, taxable, vat, total,
     corrects) = next(iter(execute(_DOCUMENT_SQL, (invoice_id,))))
    return {
        "kind": kind, "series": series, "year": year, "number": number, "number_text": number_text,
        "issue_date": str(issue_date or ""), "due_date": str(due_date or ""), "currency": currency,
        "corrects": corrects, "customer": _legal(customer, _CUSTOMER_FIELDS),
        "seller": _legal(seller, _SELLER_FIELDS if version in ("1", "2", "3") else _SELLER_FIELDS_2),
        "totals": [taxable, vat, total],
        "lines": [list(line) if version in ("3", "4") else _in_cents(line)
                  for line in execute(_LINES_SQL, (invoice_id,))],
    } | (_version_2(execute, invoice_id) if version != "1" else {}) | (
        _version_4(execute, invoice_id) if version == "4" else {})


def _version_2(execute: Execute, invoice_id: int) -> dict:
    (vat_by_rate,) = next(iter(execute("SELECT vat_by_rate FROM invoice WHERE id = ?", (invoice_id,))))
    nets = [net for (net,) in execute(_NETS_SQL, (invoice_id,))]
    return {"nets": nets, "vat_by_rate": json.loads(vat_by_rate) if vat_by_rate else {}}


def _version_4(execute: Execute, invoice_id: int) -> dict:
    """The tax cases' legal fields: the frozen tax setup, its amounts, and how the invoice asks to be paid."""
    setup, *amounts, means, terms = next(iter(execute(_TAX_SQL, (invoice_id,))))
    return {"tax": {"setup": json.loads(setup) if setup else {}, "amounts": amounts},
            "payment": {"means": means, "terms": json.loads(terms) if terms else {},
                        "instalments": [[p, str(d), c] for p, d, c in execute(_INSTALMENTS_SQL, (invoice_id,))]}}


def seal(previous: str, content: dict, version: str = "1") -> str:
    """The seal of a document whose predecessor in its chain has the seal ``previous`` ("" for the first), over
    ``content`` of ``version`` (1 by default, as ``sealed_content``)."""
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{version}:" + hashlib.sha256(f"{previous}\n{text}".encode()).hexdigest()


def seal_document(execute: Execute, invoice_id: int, previous: str) -> str:
    """A document's seal as issuing makes it now: the current version over what it covers."""
    return seal(previous, sealed_content(execute, invoice_id, VERSION), VERSION)


def _holds(execute: Execute, invoice_id: int, previous: str, stored: str) -> bool:
    """Whether ``stored`` is the seal of the document, in the version it says it is."""
    version = stored.partition(":")[0]
    return version in VERSIONS and stored == seal(previous, sealed_content(execute, invoice_id, version), version)


def previous_seal(execute: Execute, kind: str, series: str, year: int, number: int) -> str:
    rows = list(execute("SELECT chain_hash FROM invoice WHERE status = 'issued' AND kind = ? AND series = ? "
                        "AND year = ? AND number = ?", (kind, series, year, number - 1)))
    return rows[0][0] if rows else ""


def chain_problems(execute: Execute) -> list[str]:
    """What is wrong with the chains of issued documents and their counters: empty when every seal holds."""
    problems: list[str] = []
    chains: dict[tuple, list[tuple]] = {}
    for row in execute(_ISSUED_SQL, ()):
        chains.setdefault(row[1:4], []).append(row)
    counters = {tuple(row[:3]): row[3]
                for row in execute(_COUNTERS_SQL, (DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE))}
    for key in sorted(set(chains) | set(counters)):
        kind, series, year = key
        label = f"{kind.replace('_', ' ')}s of {year}" + (f", series {series}" if series else "")
        documents, previous = chains.get(key, []), ""
        for expected, (invoice_id, *_, number, number_text, stored) in enumerate(documents, start=1):
            if number != expected:
                problems.append(f"{label}: number {expected} is missing (the next one is {number_text})")
                break
            if not _holds(execute, invoice_id, previous, stored):
                problems.append(f"{label}: {number_text} does not match its seal: it was changed after it was "
                                f"issued, or a document before it was")
                break
            previous = stored
        if counters.get(key, 0) != len(documents):
            problems.append(f"{label}: the counter says {counters.get(key, 0)} were issued, the database holds "
                            f"{len(documents)}")
    return problems
