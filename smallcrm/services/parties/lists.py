"""Party lists: filtered and sorted in SQL, handed out as ids and rows loaded by id (for lazy views).

The list is what the window shows first and scrolls through, so its queries are plain SQL strings on the
bare cursor: building them through peewee and making rows through it cost as much as SQLite's own work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from smallcrm.db.models import Party, PartyTag, Tag, database
from smallcrm.db.search_index import fts_phrase, word_prefix_query
from smallcrm.domain import PartyKind, Stage, parse_choice, stored
from smallcrm.errors import ValidationError
from smallcrm.services.parties.search import phone_query
from smallcrm.services.views import PartyRow
from smallcrm.text import fold

SORTS = {"name": "sort_key", "stage": "stage", "owner": "owner", "updated": "updated_at", "created": "created_at"}


@dataclass
class PartyQuery:
    kind: PartyKind | None = None
    text: str = ""
    tag: str | None = None
    stage: Stage | None = None
    owner: str | None = None
    order_by: str = "name"
    descending: bool = False
    trash: bool = False  # list the trash instead of the live records


def _text_filter(text: str) -> tuple[list[str], list]:
    phone = phone_query(text)
    tokens = [phone] if phone else fold(text).split()
    conditions, params = [], []
    for token in tokens:
        if len(token) >= 3:
            conditions.append("id IN (SELECT rowid FROM party_fts WHERE party_fts MATCH ?)")
            params.append(fts_phrase(token))
        else:
            conditions.append("id IN (SELECT rowid FROM party_words WHERE party_words MATCH ?)")
            params.append(word_prefix_query(token))
    return conditions, params


def _where(query: PartyQuery) -> tuple[str, list]:
    """The WHERE clause of ``query`` over ``party`` and its parameters."""
    conditions = ["deleted_at IS NOT NULL AND merged_into_id IS NULL" if query.trash else "deleted_at IS NULL"]
    params: list = []
    if query.kind:
        conditions.append("kind = ?")
        params.append(str(parse_choice(PartyKind, query.kind, "kind")))
    if query.stage:
        conditions.append("stage = ?")
        params.append(str(parse_choice(Stage, query.stage, "stage")))
    if query.owner is not None:
        conditions.append("owner = ?")
        params.append(query.owner)
    if query.tag:
        conditions.append("id IN (SELECT pt.party_id FROM party_tag pt JOIN tag t ON t.id = pt.tag_id "
                          "WHERE t.key = ? AND pt.deleted_at IS NULL)")
        params.append(fold(query.tag))
    if query.text.strip():
        text_conditions, text_params = _text_filter(query.text)
        conditions += text_conditions
        params += text_params
    return " AND ".join(conditions), params


def _order(query: PartyQuery) -> str:
    if query.order_by not in SORTS:
        raise ValidationError("order_by", f"Cannot sort by {query.order_by}", code="choice_invalid",
                              allowed=", ".join(SORTS))
    direction = " DESC" if query.descending else ""
    return f"{SORTS[query.order_by]}{direction}, id{direction}"


def _ids_sql(query: PartyQuery) -> tuple[str, list]:
    where, params = _where(query)
    return f"SELECT id FROM party WHERE {where} ORDER BY {_order(query)}", params


def party_ids(query: PartyQuery) -> list[int]:
    """Every matching id in display order: what a lazy list keeps in memory (a few MB at a million)."""
    sql, params = _ids_sql(query)
    return [r[0] for r in database.execute_sql(sql, params)]


def count_parties(query: PartyQuery) -> int:
    where, params = _where(query)
    return database.execute_sql(f"SELECT COUNT(*) FROM party WHERE {where}", params).fetchone()[0]


# one query for a page of the list (five separate IN queries cost twice as much: bench/RESULTS.md); the
# columns come out in PartyRow's order, missing details as ''
_PAGE_SQL = """
SELECT p.id, p.kind, p.name,
  COALESCE((SELECT MIN(c.name) FROM affiliation a JOIN party c ON c.id = a.company_id
    WHERE a.person_id = p.id AND a.is_primary AND a.deleted_at IS NULL AND c.deleted_at IS NULL), ''),
  COALESCE((SELECT value FROM contact_point WHERE party_id = p.id AND kind = 'email' AND deleted_at IS NULL
    ORDER BY is_primary DESC, id LIMIT 1), ''),
  COALESCE((SELECT value FROM contact_point WHERE party_id = p.id AND kind = 'phone' AND deleted_at IS NULL
    ORDER BY is_primary DESC, id LIMIT 1), ''),
  COALESCE((SELECT city FROM address WHERE party_id = p.id AND is_primary AND deleted_at IS NULL
    ORDER BY id DESC LIMIT 1), ''),
  p.stage, p.owner,
  COALESCE((SELECT GROUP_CONCAT(t.name, ', ') FROM party_tag pt JOIN tag t ON t.id = pt.tag_id
    WHERE pt.party_id = p.id AND pt.deleted_at IS NULL AND t.deleted_at IS NULL), ''),
  p.updated_at
FROM party p WHERE p.id IN ({marks})
"""


_kind, _stage = stored(PartyKind), stored(Stage)


def _row(pid, kind, name, company, email, phone, city, stage, owner, tags, updated) -> PartyRow:
    return PartyRow(pid, _kind(kind), name, company, email, phone, city, _stage(stage), owner, tags,
                    datetime.fromisoformat(updated))


def party_rows(ids: list[int]) -> list[PartyRow]:
    """The rows for these ids, in the same order (missing ids are skipped)."""
    if not ids:
        return []
    found = {r[0]: r for r in database.execute_sql(_PAGE_SQL.format(marks=",".join("?" * len(ids))), ids)}
    return [_row(*found[i]) for i in ids if i in found]


def list_parties(query: PartyQuery, offset: int = 0, limit: int = 100) -> list[PartyRow]:
    """A page of the list by OFFSET/LIMIT: the window's first page before every id is in."""
    sql, params = _ids_sql(query)
    return party_rows([r[0] for r in database.execute_sql(f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset])])


def list_tags() -> list[tuple[str, int]]:
    """Tags in use, with how many live parties carry each."""
    rows = (Tag.select(Tag.name, fn.COUNT(Party.id)).join(PartyTag).join(Party)
            .where(Tag.deleted_at.is_null(), PartyTag.deleted_at.is_null(), Party.deleted_at.is_null())
            .group_by(Tag.id).order_by(Tag.key).tuples())
    return list(rows)
