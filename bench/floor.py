"""The floor: the same work done by hand with plain ``sqlite3`` (and bare reportlab), no ORM, no services.

Each function returns what a screen would need, as plain tuples, so that the comparison is fair: the floor
reads the same rows and builds the same output, only without peewee, dataclasses or our checks.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from io import BytesIO
from pathlib import Path
from uuid import uuid4

from smallcrm.clock import utcnow
from smallcrm.db.connection import PRAGMAS
from smallcrm.text import digits, fold

PAGE_SQL = """
SELECT p.id, p.kind, p.name, p.stage, p.owner, p.updated_at,
  (SELECT MIN(c.name) FROM affiliation a JOIN party c ON c.id = a.company_id
    WHERE a.person_id = p.id AND a.is_primary AND a.deleted_at IS NULL AND c.deleted_at IS NULL),
  (SELECT value FROM contact_point WHERE party_id = p.id AND kind = 'email' AND deleted_at IS NULL
    ORDER BY is_primary DESC, id LIMIT 1),
  (SELECT value FROM contact_point WHERE party_id = p.id AND kind = 'phone' AND deleted_at IS NULL
    ORDER BY is_primary DESC, id LIMIT 1),
  (SELECT city FROM address WHERE party_id = p.id AND is_primary AND deleted_at IS NULL ORDER BY id DESC LIMIT 1),
  (SELECT GROUP_CONCAT(t.name, ', ') FROM party_tag pt JOIN tag t ON t.id = pt.tag_id
    WHERE pt.party_id = p.id AND pt.deleted_at IS NULL AND t.deleted_at IS NULL)
FROM party p WHERE p.id IN ({marks})
"""


def connect(path: Path) -> sqlite3.Connection:
    """A bare connection with the same pragmas as ours (WAL, synchronous FULL, 64 MB cache)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    for name, value in PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    return conn


def all_ids(conn: sqlite3.Connection) -> list[int]:
    return [r[0] for r in conn.execute("SELECT id FROM party WHERE deleted_at IS NULL ORDER BY sort_key, id")]


def page_rows(conn: sqlite3.Connection, ids: list[int]) -> list[tuple]:
    """The list columns of these parties, in the order given, in one query."""
    if not ids:
        return []
    found = {r[0]: r for r in conn.execute(PAGE_SQL.format(marks=",".join("?" * len(ids))), ids)}
    return [found[i] for i in ids if i in found]


def first_page(conn: sqlite3.Connection, size: int = 200) -> list[tuple]:
    """The list's first page as the window shows it: the first ids in name order by LIMIT, then their rows."""
    ids = [r[0] for r in conn.execute("SELECT id FROM party WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT ?",
                                      (size,))]
    return page_rows(conn, ids)


def open_first_page(path: Path) -> list[tuple]:
    conn = connect(path)
    try:
        return first_page(conn)
    finally:
        conn.close()


PHONE_LIKE = re.compile(r"^[\d\s+()./-]+$")


def _phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _match(conn: sqlite3.Connection, tokens: list[str]) -> dict[int, str]:
    return dict(conn.execute("SELECT rowid, doc FROM party_fts WHERE party_fts MATCH ? LIMIT 200",
                             (" AND ".join(_phrase(t) for t in tokens),)).fetchall())


def search(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[tuple]:
    """The search service's work by hand: the same candidate queries (name prefix, word prefix, FTS5 trigram
    MATCH, each capped as ours), the same filter and ranking in plain Python, the same detail queries."""
    stripped = text.strip()
    phone = digits(stripped) if PHONE_LIKE.match(stripped) else ""
    phone = phone[2:] if stripped.startswith("00") else phone
    query = phone if len(phone) >= 3 else fold(text)
    if not query:
        return []
    tokens = query.split()
    ids = set() if len(phone) >= 3 else {r[0] for r in conn.execute(
        "SELECT id FROM party WHERE deleted_at IS NULL AND sort_key >= ? AND sort_key < ? ORDER BY sort_key LIMIT ?",
        (query, query + "\uffff", limit))}
    word_hits = {r[0] for r in conn.execute("SELECT rowid FROM party_words WHERE party_words MATCH ? LIMIT 200",
                                            ('"' + tokens[0].replace('"', '""') + '" *',))}
    ids |= word_hits
    long = [t for t in tokens if len(t) >= 3]
    docs = _match(conn, long) if long else {}
    ids |= docs.keys()
    starts = {t: re.compile(r"(?<![^\W_])" + re.escape(t)) for t in tokens}
    if len(tokens) > 1:
        if len(query) >= 3:
            whole = _match(conn, [query])
            docs.update(whole)
            ids |= whole.keys()
        missing = [i for i in ids if i not in docs]
        if missing:
            marks = ",".join("?" * len(missing))
            docs.update(conn.execute(f"SELECT rowid, doc FROM party_fts WHERE rowid IN ({marks})", missing).fetchall())
        ids = {i for i in ids if i in docs and (query in docs[i] or all(
            (t in docs[i]) if len(t) >= 3 else starts[t].search(docs[i]) for t in tokens))}
        word_hits = {i for i in ids if all(starts[t].search(docs[i]) for t in tokens)}
    else:
        word_hits |= {i for i, doc in docs.items() if starts[query].search(doc)}
    if not ids:
        return []
    found = list(ids)
    names = (query, " ".join(reversed(tokens)))
    ranked = []
    for pid, kind, name, key, stage, deleted in conn.execute(
            f"SELECT id, kind, name, sort_key, stage, deleted_at FROM party WHERE id IN ({','.join('?' * len(found))})",
            found):
        if deleted is None:
            words = key.split()
            rank = 0 if key in names else 1 if all(any(w.startswith(t) for w in words) for t in tokens) else \
                2 if pid in word_hits else 3
            ranked.append((rank, key, pid, kind, name, stage))
    ranked = sorted(ranked)[:limit]
    shown = [r[2] for r in ranked]
    marks = ",".join("?" * len(shown))
    detail: dict[int, str] = {}
    for pid, company in conn.execute(f"SELECT a.person_id, c.name FROM affiliation a JOIN party c "
                                     f"ON a.company_id = c.id WHERE a.person_id IN ({marks}) AND a.deleted_at IS NULL "
                                     f"AND c.deleted_at IS NULL ORDER BY a.is_primary DESC", shown):
        detail.setdefault(pid, company)
    for pid, kind, value in conn.execute(f"SELECT party_id, kind, value FROM contact_point WHERE party_id IN ({marks}) "
                                         f"AND deleted_at IS NULL ORDER BY kind, is_primary DESC", shown):
        if kind in ("email", "phone"):
            detail.setdefault(pid, value)
    return [(pid, kind, name, detail.get(pid, ""), stage, rank) for rank, _, pid, kind, name, stage in ranked]


def overview(conn: sqlite3.Connection, party_id: int, limit: int = 50) -> tuple:
    """The party, its newest ``limit`` timeline entries (the same five sources), counts, open tasks."""
    party = conn.execute("SELECT kind, * FROM party WHERE id = ?", (party_id,)).fetchone()
    scope = [party_id]
    if party[0] == "company":
        scope += [r[0] for r in conn.execute(
            "SELECT person_id FROM affiliation WHERE company_id = ? AND deleted_at IS NULL", (party_id,))]
    marks = ",".join("?" * len(scope))
    streams = [
        conn.execute(f"SELECT occurred_at, id, kind, subject, body, direction FROM communication "
                     f"WHERE (party_id IN ({marks}) OR person_id IN ({marks})) AND deleted_at IS NULL "
                     f"ORDER BY occurred_at DESC LIMIT ?", (*scope, *scope, limit)).fetchall(),
        conn.execute(f"SELECT done_at, id, title, notes FROM task WHERE party_id IN ({marks}) AND deleted_at IS NULL "
                     f"AND done_at IS NOT NULL ORDER BY done_at DESC LIMIT ?", (*scope, limit)).fetchall(),
        conn.execute(f"SELECT issue_date, id, number, status, total_cents FROM quote WHERE party_id IN ({marks}) "
                     f"AND deleted_at IS NULL ORDER BY issue_date DESC, id DESC LIMIT ?", (*scope, limit)).fetchall(),
        conn.execute(f"SELECT issue_date, id, number_text, total_cents FROM invoice WHERE party_id IN ({marks}) "
                     f"AND status = 'issued' AND deleted_at IS NULL ORDER BY issue_date DESC, id DESC LIMIT ?",
                     (*scope, limit)).fetchall(),
        conn.execute(f"SELECT y.paid_on, y.id, i.number_text, y.amount_cents FROM payment y JOIN invoice i "
                     f"ON i.id = y.invoice_id WHERE i.party_id IN ({marks}) AND y.deleted_at IS NULL "
                     f"ORDER BY y.paid_on DESC, y.id DESC LIMIT ?", (*scope, limit)).fetchall(),
    ]
    entries = sorted((e for s in streams for e in s), key=lambda e: str(e[0]), reverse=True)[:limit]
    count = conn.execute(f"SELECT COUNT(*) FROM communication WHERE (party_id IN ({marks}) OR person_id IN "
                         f"({marks})) AND deleted_at IS NULL", (*scope, *scope)).fetchone()[0]
    tasks = conn.execute("SELECT id, title, due_at FROM task WHERE party_id = ? AND done_at IS NULL "
                         "AND deleted_at IS NULL ORDER BY due_at", (party_id,)).fetchall()
    return party, entries, count, tasks


def _now() -> str:
    return str(utcnow())  # naive UTC, as peewee stores it


LINE_COLUMNS = ("uid, created_at, updated_at, position, description, quantity_milli, unit, unit_price_e8, "
                "discount_bp, vat_code, vat_rate_bp, vat_exemption, net_cents")


def insert_document(conn: sqlite3.Connection, kind: str, party_id: int, lines: int) -> int:
    """A draft quote or invoice with ``lines`` lines: bare INSERTs in one durable transaction."""
    now, today = _now(), date.today().isoformat()
    conn.execute("BEGIN IMMEDIATE")
    if kind == "quote":
        cur = conn.execute(
            "INSERT INTO quote (uid, created_at, updated_at, party_id, number, revision, status, issue_date, "
            "valid_until, title, notes, language, currency, taxable_cents, vat_cents, total_cents, owner) "
            "VALUES (?, ?, ?, ?, 'P-floor', 1, 'draft', ?, ?, '', '', 'it', 'EUR', ?, ?, ?, '')",
            (str(uuid4()), now, now, party_id, today, today, 650_000 * lines, 143_000 * lines, 793_000 * lines))
    else:
        cur = conn.execute(
            "INSERT INTO invoice (uid, created_at, updated_at, kind, party_id, status, series, number_text, "
            "payment_terms_days, notes, language, currency, customer_snapshot, taxable_cents, vat_cents, "
            "total_cents) VALUES (?, ?, ?, 'invoice', ?, 'draft', '', '', 30, '', 'it', 'EUR', '', ?, ?, ?)",
            (str(uuid4()), now, now, party_id, 650_000 * lines, 143_000 * lines, 793_000 * lines))
    doc_id = cur.lastrowid
    table, fk = ("quote_line", "quote_id") if kind == "quote" else ("invoice_line", "invoice_id")
    conn.executemany(
        f"INSERT INTO {table} ({LINE_COLUMNS}, {fk}) VALUES (?, ?, ?, ?, ?, ?, '', ?, 0, '22', 2200, '', ?, ?)",
        [(str(uuid4()), now, now, n, f"Riga {n}", 1000, 6_500_000_000, 6500, doc_id) for n in range(1, lines + 1)])
    conn.execute("COMMIT")
    return doc_id


def issue(conn: sqlite3.Connection, invoice_id: int, series: str = "") -> int:
    """Number and freeze a draft: counter, then the invoice row, in one durable transaction."""
    today = date.today()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT OR IGNORE INTO invoice_counter (kind, series, year, last_number) VALUES ('invoice', ?, ?, 0)",
                 (series, today.year))
    conn.execute("UPDATE invoice_counter SET last_number = last_number + 1 WHERE kind = 'invoice' AND series = ? "
                 "AND year = ?", (series, today.year))
    number = conn.execute("SELECT last_number FROM invoice_counter WHERE kind = 'invoice' AND series = ? AND year = ?",
                          (series, today.year)).fetchone()[0]
    conn.execute("UPDATE invoice SET status = 'issued', series = ?, year = ?, number = ?, number_text = ?, "
                 "issue_date = ?, due_date = ?, issued_at = ?, updated_at = ? WHERE id = ?",
                 (series, today.year, number, f"{number}/{today.year}", today.isoformat(), today.isoformat(), _now(),
                  _now(), invoice_id))
    conn.execute("COMMIT")
    return number


RECEIVABLES_SQL = """
WITH open AS (
  SELECT i.party_id, i.due_date,
         i.total_cents
         - COALESCE((SELECT SUM(amount_cents) FROM payment y WHERE y.invoice_id = i.id AND y.deleted_at IS NULL), 0)
         - COALESCE((SELECT SUM(total_cents) FROM invoice c WHERE c.corrects_id = i.id AND c.status = 'issued'
                     AND c.kind = 'credit_note'), 0) AS due,
         CAST(julianday(:today) - julianday(i.due_date) AS INTEGER) AS late
  FROM invoice i WHERE i.deleted_at IS NULL AND i.kind = 'invoice' AND i.status = 'issued'
)
SELECT o.party_id, p.kind, p.name, COUNT(*), SUM(due),
       SUM(CASE WHEN due_date IS NULL OR late <= 0 THEN due ELSE 0 END),
       SUM(CASE WHEN late BETWEEN 1 AND 30 THEN due ELSE 0 END),
       SUM(CASE WHEN late BETWEEN 31 AND 60 THEN due ELSE 0 END),
       SUM(CASE WHEN late BETWEEN 61 AND 90 THEN due ELSE 0 END),
       SUM(CASE WHEN late > 90 THEN due ELSE 0 END),
       MAX(CASE WHEN late > 0 THEN late ELSE 0 END)
FROM open o JOIN party p ON p.id = o.party_id
WHERE due > 0 GROUP BY o.party_id
"""


def receivables(conn: sqlite3.Connection, today: date) -> list[tuple]:
    """Per customer: owed, not yet due and the four ageing buckets, aggregated in SQL, sorted like ours."""
    rows = conn.execute(RECEIVABLES_SQL, {"today": today.isoformat()}).fetchall()
    return sorted(rows, key=lambda r: (-r[10], -r[4], r[2]))


def backup(path: Path, target: Path) -> None:
    """SQLite's online backup API into a new file, nothing else (no check, no rotation)."""
    src, dst = sqlite3.connect(str(path)), sqlite3.connect(str(target))
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def quick_check(path: Path, tables: tuple[str, ...] = ("schema_version", "setting")) -> list[str]:
    """What the open-time check does on a large file, by hand: quick_check of the core tables."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return [r[0] for t in tables for r in conn.execute(f"PRAGMA quick_check({t})")]
    finally:
        conn.close()


def document_lines(conn: sqlite3.Connection, table: str, fk: str, doc_id: int) -> list[tuple]:
    return conn.execute(f"SELECT position, description, quantity_milli, unit, unit_price_e8, discount_bp, "
                        f"vat_code, net_cents FROM {table} WHERE {fk} = ? ORDER BY position", (doc_id,)).fetchall()


def table_pdf(title: str, lines: list[tuple]) -> bytes:
    """A bare reportlab document: a title and one table of the lines (built-in Helvetica, no styling)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    data = [("#", "Description", "Qty", "Unit", "Price", "Disc.", "VAT", "Amount")]
    data += [(str(p), d, f"{q / 1000:g}", u, f"{c / 100:.2f}", f"{b / 100:g}", v, f"{n / 100:.2f}")
             for p, d, q, u, c, b, v, n in lines]
    doc.build([Paragraph(title, getSampleStyleSheet()["Title"]), Table(data, repeatRows=1)])
    return out.getvalue()


def document_pdf(conn: sqlite3.Connection, kind: str, doc_id: int) -> bytes:
    table, fk = ("quote_line", "quote_id") if kind == "quote" else ("invoice_line", "invoice_id")
    return table_pdf(f"{kind} {doc_id}", document_lines(conn, table, fk, doc_id))
