"""Build tests/fixtures/schemas/v000N.sqlite3: one small database per past schema version, with data.

    .venv/bin/python tests/fixtures/make_schema_fixtures.py        (rewrites them all)

Each file is migrated to version N by the real runner and filled with raw INSERTs of only the columns
that existed at version N, so it looks like a file a user of that release would have. Run it again (and
commit the new file) when a migration is added: the newest past version gets its own fixture.
The values written here are the ones tests/reliability/test_schema_upgrades.py expects to find.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sqlite3
import sys
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from smallcrm.db.connection import open_database  # noqa: E402
from smallcrm.db.migrate import head_version, upgrade  # noqa: E402

FOLDER = REPO / "tests" / "fixtures" / "schemas"
T = "2024-03-04 10:11:12"  # every timestamp of the fixtures (stored naive UTC)
SELLER = ('{"name": "Bottega Rossi S.r.l.", "street": "Via Garibaldi 1", "postal_code": "20121", "city": "Milano", '
          '"province": "MI", "country": "IT", "vat_number": "IT12345670017", "tax_code": "", "iban": '
          '"IT60X0542811101000000123456", "bic": "", "email": "", "phone": "", "website": ""}')


def _owned(conn: sqlite3.Connection, table: str, **columns) -> int:
    rows = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # the same uids at every rebuild
    columns = {"uid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"smallcrm-fixture/{table}/{rows}")),
               "created_at": T, "updated_at": T, **columns}
    # peewee's defaults live in Python, not in the schema: a NOT NULL column not given gets its empty value
    for _, name, kind, notnull, default, pk in conn.execute(f"PRAGMA table_info({table})"):
        if notnull and default is None and not pk and name not in columns:
            columns[name] = 0 if kind.upper() in ("INTEGER", "REAL") else ""
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    return conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(columns.values())).lastrowid


def _party(conn, kind: str, name: str, first: str = "", last: str = "", **extra) -> int:
    sort_key = f"{last} {first}".strip().lower() if kind == "person" else name.lower()
    return _owned(conn, "party", kind=kind, first_name=first, last_name=last, name=name, sort_key=sort_key,
                  job_title=extra.pop("job_title", ""), stage=extra.pop("stage", "lead"), source="fiera 2024",
                  owner="anna", notes=extra.pop("notes", ""), vat_number=extra.pop("vat_number", ""),
                  tax_code="", country="IT", **extra)


def fill_parties(conn: sqlite3.Connection) -> None:
    """Version 1 and later: parties, contact points, addresses, tags, communications, tasks, a setting."""
    acme = _party(conn, "company", "Acme Utensili S.r.l.", vat_number="IT01234567897", stage="customer")
    mario = _party(conn, "person", "Mario Rossi", "Mario", "Rossi", job_title="Buyer", notes="prefers calls")
    _party(conn, "person", "Giulia Bianchi", "Giulia", "Bianchi", stage="prospect")
    gone = _party(conn, "person", "Mario Rosi", "Mario", "Rosi", deleted_at=T)
    conn.execute("UPDATE party SET merged_into_id = ? WHERE id = ?", (mario, gone))
    _owned(conn, "affiliation", person_id=mario, company_id=acme, role="Acquisti", is_primary=1)
    for party, kind, value, key in ((mario, "email", "mario.rossi@acme.it", "mario.rossi@acme.it"),
                                    (mario, "phone", "+393471234567", "+393471234567"),
                                    (acme, "web", "https://acme.it", "acme.it")):
        _owned(conn, "contact_point", party_id=party, kind=kind, label="", value=value, match_key=key,
               is_primary=1)
    _owned(conn, "address", party_id=acme, label="sede", street="Via Roma 1", postal_code="20121",
           city="Milano", province="MI", country="IT", is_primary=1)
    tag = _owned(conn, "tag", name="Fornitori", key="fornitori")
    _owned(conn, "party_tag", party_id=acme, tag_id=tag)
    call = _owned(conn, "communication", party_id=acme, person_id=mario, kind="call", direction="out",
                  occurred_at="2024-03-01 09:00:00", subject="Offerta trapani", body="Vuole 20 pezzi",
                  duration_seconds=600, outcome="interested", owner="anna")
    _owned(conn, "communication", party_id=mario, kind="note", direction="", occurred_at="2024-03-02 09:00:00",
           subject="Compleanno", body="", owner="anna")
    _owned(conn, "task", title="Richiamare Mario", party_id=mario, communication_id=call,
           due_at="2024-03-08 09:00:00", priority=1, owner="anna")
    _owned(conn, "task", title="Spedire catalogo", party_id=acme, done_at=T, priority=2, owner="anna")
    conn.execute("INSERT OR REPLACE INTO setting (key, value, updated_at) VALUES ('default_owner', '\"anna\"', ?)",
                 (T,))


def _seal(conn: sqlite3.Connection, invoice_id: int, version: int) -> str:
    """The seal the release of schema ``version`` gave an invoice it issued: 13 sealed with version 1 and 14 with
    version 2, both over prices in cents (computed here with migration 0013's frozen copy of version 1, which
    reads that schema's columns); 15 with version 3 (the live seal's, whose columns that schema has); from 16,
    the live seal's current version."""
    if version >= 16:
        from smallcrm.services.sales.seal import seal_document

        return seal_document(conn.execute, invoice_id, "")
    if version == 15:
        from smallcrm.services.sales.seal import seal, sealed_content

        return seal("", sealed_content(conn.execute, invoice_id, "3"), "3")
    frozen = importlib.import_module("smallcrm.migrations.0013_sealed_documents")
    if version == 13:
        return frozen.seal("", frozen.sealed_content(conn.execute, invoice_id))
    content = frozen.sealed_content(conn.execute, invoice_id) | {
        "nets": [net for (net,) in conn.execute("SELECT net_cents FROM invoice_line WHERE invoice_id = ? "
                                                "AND deleted_at IS NULL ORDER BY position, id", (invoice_id,))],
        "vat_by_rate": {}}
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "2:" + hashlib.sha256(f"\n{text}".encode()).hexdigest()


def fill_sales(conn: sqlite3.Connection, version: int) -> None:
    """Version 3 and later: a product, an accepted quote, an issued and a draft invoice, a payment; from version
    13 the issued invoice carries our company's block and its seal, as that release issued it. Unit prices are in
    cents until version 14, in 1e-8 from 15."""
    acme = conn.execute("SELECT id FROM party WHERE name = 'Acme Utensili S.r.l.'").fetchone()[0]
    vat = conn.execute("SELECT id FROM vat_rate WHERE code = '22'").fetchone()[0]
    price = {"price_e8": 10_000_000_000} if version >= 15 else {"price_cents": 10000}
    product = _owned(conn, "product", code="TR-01", name="Trapano", unit="pz", vat_rate_id=vat, is_active=1,
                     **price)
    quote = _owned(conn, "quote", party_id=acme, number="P-2024-0001", revision=1, status="accepted",
                   issue_date="2024-03-03", valid_until="2024-04-02", title="Trapani", language="it",
                   currency="EUR", taxable_cents=200000, vat_cents=44000, total_cents=244000, owner="anna")
    line = dict(position=1, product_id=product, description="Trapano", quantity_milli=20000, unit="pz",
                discount_bp=0, vat_code="22", vat_rate_bp=2200, net_cents=200000,
                **{f"unit_{name}": value for name, value in price.items()})
    _owned(conn, "quote_line", quote_id=quote, **line)
    for status, extra in (("issued", {}), ("draft", {"description": "Punte"})):
        invoice = _owned(conn, "invoice", kind="invoice", party_id=acme, quote_id=quote, status="draft",
                         payment_terms_days=30, language="it", currency="EUR", taxable_cents=200000,
                         vat_cents=44000, total_cents=244000)
        _owned(conn, "invoice_line", invoice_id=invoice, **{**line, **extra})
        if status == "issued":  # lines first: the triggers freeze an issued invoice
            conn.execute("UPDATE invoice SET series = '', year = 2024, number = 1, "
                         "number_text = '1/2024', issue_date = '2024-03-04', due_date = '2024-04-03', "
                         "customer_snapshot = '{\"name\": \"Acme Utensili S.r.l.\"}', issued_at = ? "
                         "WHERE id = ?", (T, invoice))
            if version >= 13:
                conn.execute("UPDATE invoice SET seller_snapshot = ? WHERE id = ?", (SELLER, invoice))
                conn.execute("UPDATE invoice SET chain_hash = ? WHERE id = ?", (_seal(conn, invoice, version), invoice))
            conn.execute("UPDATE invoice SET status = 'issued' WHERE id = ?", (invoice,))
            conn.execute("INSERT INTO invoice_counter (kind, series, year, last_number) "
                         "VALUES ('invoice', '', 2024, 1)")
            _owned(conn, "payment", invoice_id=invoice, amount_cents=100000, paid_on="2024-03-10",
                   method="bank_transfer", reference="CRO 123", notes="")


def _fill_party_term(pw) -> None:
    """Before migration 0025 each word of the index was a row of ``party_term``, which the live code no longer
    writes: the same entries (the live code's documents and words) written into the tables of then."""
    from smallcrm.db.search_index import party_entries

    ids = [r[0] for r in pw.execute_sql("SELECT id FROM party WHERE deleted_at IS NULL")]
    with pw.atomic():
        for party_id, (doc, terms) in party_entries(pw, ids).items():
            pw.execute_sql("INSERT INTO party_fts (rowid, doc) VALUES (?, ?)", (party_id, doc))
            for term in terms:
                pw.execute_sql("INSERT INTO party_term (term, party_id) VALUES (?, ?)", (term, party_id))
        pw.execute_sql("DELETE FROM setting WHERE key = 'search_index_stale'")


def build(version: int, path: Path) -> None:
    for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        side.unlink(missing_ok=True)
    db = open_database(path, migrate=False, exclusive=False, daily_backup=False)
    try:
        upgrade(db, target=version, backup=False)
    finally:
        db.close()
    conn = sqlite3.connect(path)
    try:
        with conn:
            fill_parties(conn)
            if version >= 3:
                fill_sales(conn, version)
        if version >= 2:  # the live code fills the index after migrating, as a user's file would have it
            from peewee import SqliteDatabase

            from smallcrm.db.search_index import rebuild_if_stale

            pw = SqliteDatabase(str(path))
            if pw.table_exists("party_term"):
                _fill_party_term(pw)
            else:
                rebuild_if_stale(pw)
            pw.close()
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA page_size = 1024")  # small files in the repository
        conn.execute("VACUUM")
    finally:
        conn.close()
    path.with_name(path.name + ".lock").unlink(missing_ok=True)


def main() -> None:
    """The fixtures of past versions that are missing (``--all``: every one again, e.g. after changing what
    they hold; that rewrites files the repository already has)."""
    FOLDER.mkdir(exist_ok=True)
    for version in range(1, head_version()):
        target = FOLDER / f"v{version:04d}.sqlite3"
        if target.exists() and "--all" not in sys.argv[1:]:
            continue
        build(version, target)
        print(f"{target.relative_to(REPO)}: schema {version}, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
