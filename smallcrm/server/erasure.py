"""A GDPR erasure on the server: what goes with the person, and the scrub of the current state and of every past
operation naming them (docs/TEAM-MODE.md, "Merge rules": a laptop that re-syncs from zero never receives them)."""

from __future__ import annotations

from typing import Any

import psycopg

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


def erased_with(conn: psycopg.Connection, uid: str) -> list[str]:
    """``uid``, its merged losers, and the records that belong to them (kinds.ERASED_WITH), to a fixed point."""
    links = [(table, name) for table, names in ERASED_WITH.items() for name in names]
    match = " OR ".join(f"(tbl = %(t{n})s AND fields->>%(f{n})s = ANY(%(frontier)s))" for n in range(len(links)))
    params: dict[str, Any] = {f"t{n}": table for n, (table, _name) in enumerate(links)}
    params |= {f"f{n}": name for n, (_table, name) in enumerate(links)}
    params |= {"status": DOCUMENT_STATUS_FIELD, "issued": ISSUED.value, "documents": documents()}
    seen, frontier = [uid], [uid]
    while frontier:
        found = conn.execute(
            f"SELECT uid FROM record WHERE NOT uid = ANY(%(seen)s) AND (merged_into = ANY(%(frontier)s) OR "
            f"(({match}) AND NOT (tbl = ANY(%(documents)s) AND fields->>%(status)s = %(issued)s)))",
            {**params, "seen": seen, "frontier": frontier}).fetchall()
        frontier = [row[0] for row in found]
        seen += frontier
    return seen


def documents() -> list[str]:
    return [t for t, (kind, _area) in TABLES.items() if kind is TableKind.DOCUMENT and t not in DOCUMENT_PARTS]
