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
the chains already written: a document is checked with the version its seal names.

- Version 1: the content above.
- Version 2 adds the legal fields of the tax cases (``smallcrm.tax_cases``): the tax setup frozen on the
  document (regime, stamp duty, withholding, pension fund, VAT collectability), the amounts they make, how it
  asks to be paid (payment means, terms, each instalment's due date and amount), and the seller's tax regime and
  company registry data.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence

VERSION = "2"  # what a document issued now is sealed with
Execute = Callable[[str, Sequence], Iterable[tuple]]

_CUSTOMER_FIELDS = ("name", "street", "postal_code", "city", "province", "country", "vat_number", "tax_code")
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
    SELECT position, description, quantity_milli, unit, unit_price_cents, discount_bp, vat_code, vat_rate_bp,
           vat_exemption
    FROM invoice_line WHERE invoice_id = ? AND deleted_at IS NULL ORDER BY position, id"""
_TAX_SQL = ("SELECT tax_setup, pension_fund_cents, withholding_cents, stamp_duty_cents, payable_cents, payment_means, "
            "payment_terms FROM invoice WHERE id = ?")
_INSTALMENTS_SQL = ("SELECT position, due_date, amount_cents FROM invoice_instalment WHERE invoice_id = ? "
                    "ORDER BY position")
_ISSUED_SQL = """
    SELECT id, kind, series, year, number, number_text, chain_hash FROM invoice
    WHERE status = 'issued' ORDER BY kind, series, year, number"""
_COUNTERS_SQL = "SELECT kind, series, year, last_number FROM invoice_counter"


def _legal(snapshot: str, fields: tuple[str, ...]) -> dict:
    values = json.loads(snapshot) if snapshot else {}
    return {name: values.get(name, "") for name in fields}


def sealed_content(execute: Execute, invoice_id: int, version: str = VERSION) -> dict:
    """The content a seal of ``version`` covers, read with ``execute`` (a DB-API ``execute``) from the stored
    rows."""
    (kind, series, year, number, number_text, issue_date, due_date, currency, customer, seller, taxable, vat, total,
     corrects) = next(iter(execute(_DOCUMENT_SQL, (invoice_id,))))
    content = {
        "kind": kind, "series": series, "year": year, "number": number, "number_text": number_text,
        "issue_date": str(issue_date or ""), "due_date": str(due_date or ""), "currency": currency,
        "corrects": corrects, "customer": _legal(customer, _CUSTOMER_FIELDS),
        "seller": _legal(seller, _SELLER_FIELDS if version == "1" else _SELLER_FIELDS_2),
        "totals": [taxable, vat, total],
        "lines": [list(line) for line in execute(_LINES_SQL, (invoice_id,))],
    }
    if version != "1":
        setup, *amounts, means, terms = next(iter(execute(_TAX_SQL, (invoice_id,))))
        content["tax"] = {"setup": json.loads(setup) if setup else {}, "amounts": amounts}
        content["payment"] = {"means": means, "terms": json.loads(terms) if terms else {},
                              "instalments": [[p, str(d), c] for p, d, c in execute(_INSTALMENTS_SQL, (invoice_id,))]}
    return content


def seal(previous: str, content: dict, version: str = VERSION) -> str:
    """The seal of a document whose predecessor in its chain has the seal ``previous`` ("" for the first)."""
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{version}:" + hashlib.sha256(f"{previous}\n{text}".encode()).hexdigest()


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
    counters = {tuple(row[:3]): row[3] for row in execute(_COUNTERS_SQL, ())}
    for key in sorted(set(chains) | set(counters)):
        kind, series, year = key
        label = f"{kind.replace('_', ' ')}s of {year}" + (f", series {series}" if series else "")
        documents, previous = chains.get(key, []), ""
        for expected, (invoice_id, *_, number, number_text, stored) in enumerate(documents, start=1):
            if number != expected:
                problems.append(f"{label}: number {expected} is missing (the next one is {number_text})")
                break
            version = stored.partition(":")[0]
            if version not in ("1", VERSION) or stored != seal(previous, sealed_content(execute, invoice_id, version),
                                                               version):
                problems.append(f"{label}: {number_text} does not match its seal: it was changed after it was "
                                f"issued, or a document before it was")
                break
            previous = stored
        if counters.get(key, 0) != len(documents):
            problems.append(f"{label}: the counter says {counters.get(key, 0)} were issued, the database holds "
                            f"{len(documents)}")
    return problems
