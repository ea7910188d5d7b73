"""An erasure runs under the apply lock, so every laptop's sync waits while it looks for what goes with the person:
the lookup goes by index (schema step 2), never through every record of the team. ERASURE_SCALE_RECORDS sets how
many records the table holds (``ERASURE_SCALE_RECORDS=1000000 pytest -s ...`` prints the times at scale)."""

from __future__ import annotations

import os
import time

import psycopg

from smallcrm.server import erasure
from smallcrm.sync.kinds import ERASED_WITH


def _fill(conn: psycopg.Connection, records: int) -> None:
    """``records`` records: a third persons, the rest their communications and tasks (uids made in SQL)."""
    people = records // 3
    conn.execute("INSERT INTO record (tbl, uid, fields, seq) SELECT 'party', 'p' || n, "
                 "jsonb_build_object('kind', 'person', 'last_name', 'Rossi ' || n, 'notes', repeat('x', 80)), n "
                 "FROM generate_series(1, %s) AS n", (people,))
    conn.execute("INSERT INTO record (tbl, uid, fields, seq) SELECT CASE WHEN n %% 2 = 0 THEN 'communication' ELSE "
                 "'task' END, 'c' || n, jsonb_build_object('party_id', 'p' || (n %% %s + 1), 'subject', 'Call ' || n, "
                 "'body', repeat('y', 120)), n FROM generate_series(1, %s) AS n", (people, records - people))
    conn.execute("ANALYZE record")


def _plan(conn: psycopg.Connection, frontier: list[str]) -> str:
    query, params = erasure.erasure_lookup()
    rows = conn.execute("EXPLAIN " + query, {**params, "seen": frontier, "frontier": frontier}).fetchall()
    return "\n".join(row[0] for row in rows)


def test_the_erasure_finds_what_goes_with_the_person_by_index_not_by_reading_every_record(postgres):
    records = int(os.environ.get("ERASURE_SCALE_RECORDS", "30000"))
    with psycopg.connect(postgres.new_database(), autocommit=True) as conn:
        _fill(conn, records)
        plan = _plan(conn, ["p7"])
        assert "Seq Scan on record" not in plan, plan
        started = time.perf_counter()
        found = erasure.erased_with(conn, "p7")
        took = time.perf_counter() - started
        assert found[0] == "p7" and len(found) > 1
        assert {u for (u,) in conn.execute("SELECT uid FROM record WHERE fields->>'party_id' = 'p7'")} == set(found[1:])
        print(f"\n  erasure lookup among {records} records: {took * 1000:.1f} ms ({len(found)} records go)")


def test_every_reference_an_erasure_follows_has_its_index(postgres):
    names = {name for links in ERASED_WITH.values() for name in links} | set(erasure.PAID_BY.values())
    with psycopg.connect(postgres.new_database(), autocommit=True) as conn:
        indexed = {row[0] for row in conn.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'record'")}
    missing = [n for n in sorted(names) if not any(f"'{n}'::text" in definition for definition in indexed)]
    assert missing == [], "add an index for these in a new step of smallcrm/server/schema.py"
