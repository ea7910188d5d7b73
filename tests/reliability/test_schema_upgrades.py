"""Every past schema version, as a stored file with data, upgrades to head with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from smallcrm.db.backup import integrity_problems, list_backups
from smallcrm.db.connection import open_database
from smallcrm.db.migrate import head_version
from smallcrm.services.parties.parties import get_party
from smallcrm.services.parties.search import search_parties
from smallcrm.services.sales.invoices import get_invoice, list_invoices
from smallcrm.services.sales.payments import list_payments
from smallcrm.services.sales.quotes import get_quote
from smallcrm.services.sales.seal import chain_problems
from smallcrm.services.timeline.communications import list_communications
from smallcrm.services.timeline.tasks import list_tasks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
PAST = list(range(1, head_version()))
SALES = 3  # the schema version that brought quotes, invoices and payments


def test_there_is_one_fixture_per_past_version():
    """A new migration makes today's head a past version: run dev/make_schema_fixtures.py."""
    assert sorted(p.name for p in FIXTURES.glob("v*.sqlite3")) == [f"v{v:04d}.sqlite3" for v in PAST]


def _version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    finally:
        conn.close()


def _id(db, sql: str) -> int:
    return db.execute_sql(sql).fetchone()[0]


def _upgrade(version: int, folder: Path):
    path = folder / "crm.sqlite3"
    shutil.copyfile(FIXTURES / f"v{version:04d}.sqlite3", path)
    assert _version(path) == version
    return open_database(path)


@pytest.fixture(params=PAST, ids=lambda v: f"v{v:04d}")
def upgraded(request, tmp_path):
    with _upgrade(request.param, tmp_path) as db:
        yield request.param, db


@pytest.fixture(params=[v for v in PAST if v >= SALES], ids=lambda v: f"v{v:04d}")
def upgraded_with_sales(request, tmp_path):
    with _upgrade(request.param, tmp_path) as db:
        yield db


def test_parties_and_their_timeline_survive_the_upgrade(upgraded):
    version, db = upgraded
    path = db.path
    versions = [r[0] for r in db.execute_sql("SELECT version FROM schema_version ORDER BY version")]
    assert versions == list(range(1, head_version() + 1))
    [backup] = list_backups(path)  # the copy taken before migrating, of the old version
    assert backup.reason == f"before-migration-{version + 1:04d}"
    assert _version(backup.path) == version

    mario = get_party(_id(db, "SELECT id FROM party WHERE name = 'Mario Rossi'"))
    assert (mario.job_title, mario.notes, mario.stage, mario.source) == ("Buyer", "prefers calls", "lead",
                                                                         "fiera 2024")
    assert mario.emails == ["mario.rossi@acme.it"] and mario.phones == ["+393471234567"]
    assert [(a.company.name, a.role) for a in mario.companies] == [("Acme Utensili S.r.l.", "Acquisti")]
    acme = get_party(_id(db, "SELECT id FROM party WHERE kind = 'company'"))
    assert acme.vat_number == "IT01234567897" and list(acme.tags) == ["Fornitori"]
    assert [(a.street, a.city) for a in acme.addresses] == [("Via Roma 1", "Milano")]
    merged = get_party(_id(db, "SELECT id FROM party WHERE name = 'Mario Rosi'"), include_trash=True)
    assert merged.deleted_at is not None
    assert _id(db, f"SELECT merged_into_id FROM party WHERE id = {merged.id}") == mario.id

    [call] = list_communications(acme.id)
    assert (call.subject, call.body, call.duration_seconds, call.person.name) == (
        "Offerta trapani", "Vuole 20 pezzi", 600, "Mario Rossi")
    # a person's timeline shows what was said with them on behalf of their company too
    assert [c.subject for c in list_communications(mario.id)] == ["Compleanno", "Offerta trapani"]
    assert [t.title for t in list_tasks(mario.id)] == ["Richiamare Mario"]
    assert [t.title for t in list_tasks(acme.id, include_done=True)] == ["Spedire catalogo"]

    # search works on the upgraded file: by name, by e-mail, by a piece of the phone number
    assert [h.name for h in search_parties("Rossi")][:1] == ["Mario Rossi"]
    assert [h.name for h in search_parties("mario.rossi@acme")] == ["Mario Rossi"]
    assert "Mario Rossi" in [h.name for h in search_parties("3471234567")]
    assert [h.name for h in search_parties("Utensili")][:1] == ["Acme Utensili S.r.l."]
    # a two-letter prefix of a word that does not start the name: found by the words' index alone
    assert "Acme Utensili S.r.l." in [h.name for h in search_parties("ut")]
    assert integrity_problems(path) == []


def test_sales_survive_the_upgrade(upgraded_with_sales):
    db = upgraded_with_sales
    acme = _id(db, "SELECT id FROM party WHERE kind = 'company'")
    quote = get_quote(_id(db, "SELECT id FROM quote"))
    assert (quote.number, quote.status, str(quote.total)) == ("P-2024-0001", "accepted", "2440.00")
    rows = {r.status: r for r in list_invoices(party_id=acme)}
    issued = get_invoice(rows["issued"].id)
    assert (issued.number, str(issued.total), len(issued.lines)) == ("1/2024", "2440.00", 1)
    assert [str(p.amount) for p in issued.payments] == ["1000.00"]
    assert get_invoice(rows["draft"].id).lines[0].description == "Punte"
    [payment] = list_payments(party_id=acme)
    assert (payment.invoice_number, payment.reference) == ("1/2024", "CRO 123")
    assert chain_problems(db.pw.execute_sql) == [] and issued.seller is not None  # sealed by the upgrade
    # an issued invoice stays frozen after the upgrade
    with pytest.raises(Exception, match="issued invoice cannot be changed"):
        db.execute_sql("UPDATE invoice SET total_cents = 1 WHERE id = ?", (issued.id,))
