"""A GDPR erasure on the server: what goes with the person, and the scrub of the current state and of every past
operation naming them (docs/TEAM-MODE.md, "Merge rules": a laptop that re-syncs from zero never receives them)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from smallcrm.erased_records import placeholder
from smallcrm.services.sales.seal import erased_customer
from smallcrm.sync.kinds import DOCUMENT_PARTS, DOCUMENT_STATUS_FIELD, ERASED_WITH, ISSUED, TABLES, TableKind


def scrub(conn: psycopg.Connection, scrubbed: list[str], by: str, seq: int) -> None:
    """Empty the records ``scrubbed`` and every op_log row naming them, drop their conflicts, keep their uids."""
    conn.execute("UPDATE record SET fields = '{}', versions = '{}', erased = true, "
                 "deleted_at = coalesce(deleted_at, now()), seq = %s WHERE uid = ANY(%s)", (seq, scrubbed))
    conn.execute("UPDATE op_log SET fields = '{}' WHERE uid = ANY(%s)", (scrubbed,))
    conn.execute("DELETE FROM conflict WHERE uid = ANY(%s)", (scrubbed,))
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO erasure (uid, by) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        [(u, by) for u in scrubbed])


PAID_BY = {"payment": "invoice_id", "refund": "credit_note_id"}  # append-only records kept, their notes cleared


def _by_reference(links: dict[str, list[str]]) -> tuple[str, dict[str, Any]]:
    """``(fields->>'name' = ANY(%(frontier)s) AND tbl = ANY(...)) OR ...`` for each field name and the tables
    that link by it: the name is written out (from kinds, never from a request) so that the planner matches the
    expression indexes of schema step 2."""
    arms, params = [], {}
    for n, (name, tables) in enumerate(sorted(links.items())):
        if not name.isidentifier():
            raise ValueError(name)
        arms.append(f"(fields->>'{name}' = ANY(%(frontier)s) AND tbl = ANY(%(t{n})s))")
        params[f"t{n}"] = tables
    return " OR ".join(arms), params


def erasure_lookup() -> tuple[str, dict[str, Any]]:
    """The query of one step of ``erased_with`` (also for the test that sees it use the indexes)."""
    links: dict[str, list[str]] = {}
    for table, names in ERASED_WITH.items():
        for name in names:
            links.setdefault(name, []).append(table)
    match, params = _by_reference(links)
    params |= {"status": DOCUMENT_STATUS_FIELD, "issued": ISSUED.value, "documents": documents()}
    return (f"SELECT uid FROM record WHERE (merged_into = ANY(%(frontier)s) OR (({match}) AND NOT "
            f"(tbl = ANY(%(documents)s) AND fields->>%(status)s = %(issued)s))) AND NOT uid = ANY(%(seen)s)"), params


def erased_with(conn: psycopg.Connection, uid: str) -> list[str]:
    """``uid``, its merged losers, and the records that belong to them (kinds.ERASED_WITH), to a fixed point."""
    query, params = erasure_lookup()
    seen, frontier = [uid], [uid]
    while frontier:
        found = conn.execute(query, {**params, "seen": seen, "frontier": frontier}).fetchall()
        frontier = [row[0] for row in found]
        seen += frontier
    return seen


def clear_payment_notes(conn: psycopg.Connection, erased: list[str]) -> None:
    """The person's payments and refunds stay with their issued documents (accounting records), but their free
    notes go, as the laptop's erasure clears them: from the state and from every past operation, without a new
    version (each laptop clears them in its own erasure, so the check's versions still agree)."""
    documents = [row[0] for row in conn.execute(
        "SELECT uid FROM record WHERE tbl = 'invoice' AND fields->>'party_id' = ANY(%s)", (erased,))]
    if not documents:
        return
    match, params = _by_reference({name: [table] for table, name in PAID_BY.items()})
    paid = [row[0] for row in conn.execute(
        f"UPDATE record SET fields = fields || '{{\"notes\": \"\"}}' WHERE ({match}) "
        f"AND coalesce(fields->>'notes', '') <> '' RETURNING uid", {**params, "frontier": documents})]
    conn.execute("UPDATE op_log SET fields = fields || '{\"notes\": \"\"}' WHERE uid = ANY(%s) AND fields ? 'notes'",
                 (paid,))


def documents() -> list[str]:
    return [t for t, (kind, _area) in TABLES.items() if kind is TableKind.DOCUMENT and t not in DOCUMENT_PARTS]


def made_placeholders(conn: psycopg.Connection, erased: list[str], sent: dict[str, Any]) -> dict[str, Any]:
    """The "Erased" records to keep that the erasing laptop did not send: parties among ``erased`` that issued
    documents point to, which that laptop did not know of (another laptop invoiced the person meanwhile). Made
    here from the party's fields by the laptop's own rule, named after a piece of the uid; every laptop then
    writes them as it writes the eraser's."""
    rows = conn.execute(
        "SELECT p.uid, p.fields FROM record p WHERE p.tbl = 'party' AND p.uid = ANY(%(erased)s) AND EXISTS "
        "(SELECT 1 FROM record i WHERE i.tbl = ANY(%(documents)s) AND i.fields->>'party_id' = p.uid AND "
        "i.fields->>%(status)s = %(issued)s)", {"erased": erased, "documents": documents(),
                                                 "status": DOCUMENT_STATUS_FIELD, "issued": ISSUED.value}).fetchall()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    return {uid: placeholder(fields, uid[:8], now) for uid, fields in rows if uid not in sent}


def keep_placeholders(conn: psycopg.Connection, erased: list[str], placeholders: dict[str, Any]) -> dict[str, Any]:
    """The "Erased" records the erasing laptop kept in its trash because issued documents point to them, stored as
    it sent them (the person's and their merged copies' only: nothing else can be named this way), in the trash
    and no longer marked erased, so that a laptop joining later reads them with the snapshot as every laptop holds
    them; their uids stay in ``erasure``, so anything written about them later is still refused. Returns what
    the erase operation's row keeps, for the laptops that follow the feed."""
    kept = {uid: fields for uid, fields in placeholders.items() if uid in erased and isinstance(fields, dict)}
    with conn.cursor() as cur:
        cur.executemany("UPDATE record SET fields = %s, erased = false WHERE tbl = 'party' AND uid = %s",
                        [(Jsonb(fields), uid) for uid, fields in kept.items()])
        # and the insert that made each, scrubbed with the rest: a laptop replaying the feed from before the
        # erasure (the server's ready file, server/seed.py) gets the placeholder where the person came in, ahead
        # of the issued documents that point to it
        cur.executemany("UPDATE op_log SET fields = %s WHERE tbl = 'party' AND uid = %s AND kind = 'insert'",
                        [(Jsonb(fields), uid) for uid, fields in kept.items()])
    return {"placeholders": kept} if kept else {}


def strip_documents(conn: psycopg.Connection, erased: list[str]) -> None:
    """The person's issued documents keep of their copy of the customer what the seal covers (``erased_customer``,
    the laptop's own rule), in the state and in every past operation, without a new version (each laptop strips
    them in its own erasure)."""
    documents = [row[0] for row in conn.execute(
        "SELECT uid FROM record WHERE tbl = 'invoice' AND fields->>'party_id' = ANY(%s)", (erased,))]
    if not documents:
        return
    for table, key in (("record", "uid"), ("op_log", "seq")):
        rows = conn.execute(f"SELECT {key}, fields->>'customer_snapshot' FROM {table} WHERE uid = ANY(%s) "
                            "AND coalesce(fields->>'customer_snapshot', '') <> ''", (documents,)).fetchall()
        changed = [(erased_customer(text), at) for at, text in rows if erased_customer(text) != text]
        with conn.cursor() as cur:
            cur.executemany(f"UPDATE {table} SET fields = jsonb_set(fields, '{{customer_snapshot}}', "
                            f"to_jsonb(%s::text)) WHERE {key} = %s", changed)
