"""Fixes proposed for the core, measured here beside what they would replace (not used by the app).

``party_rows_sql``: the lazy list's page of rows in one hand-written query (the floor's), handed back as the
same ``PartyRow`` values as ``smallcrm.services.lists.party_rows``. The harness checks that both give the same
rows before it times them.
"""

from __future__ import annotations

from bench.floor import PAGE_SQL
from smallcrm.db.models import Party, database
from smallcrm.services.views import PartyRow

# the newest primary address wins, as in party_rows (its dict keeps the last row the index hands out)
_SQL = PAGE_SQL.replace("WHERE party_id = p.id AND is_primary AND deleted_at IS NULL LIMIT 1",
                        "WHERE party_id = p.id AND is_primary AND deleted_at IS NULL ORDER BY id DESC LIMIT 1")


def party_rows_sql(db, ids: list[int]) -> list[PartyRow]:
    if not ids:
        return []
    stamp = Party.updated_at.python_value
    found = {r[0]: r for r in database.execute_sql(_SQL.format(marks=",".join("?" * len(ids))), ids)}
    return [PartyRow(i, kind, name, company or "", email or "", phone or "", city or "", stage, owner, tags or "",
                     stamp(updated))
            for i in ids if (r := found.get(i))
            for _, kind, name, stage, owner, updated, company, email, phone, city, tags in (r,)]
