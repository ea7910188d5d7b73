"""Party lists: filtered and sorted in SQL, handed out as ids and rows loaded by id (for lazy views)."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import SQL, fn

from smallcrm.db.models import Party, PartyTag, Tag, database
from smallcrm.db.search_index import fts_phrase, prefix_bounds
from smallcrm.domain import PartyKind, Stage, parse_choice
from smallcrm.errors import ValidationError
from smallcrm.services.search import phone_query
from smallcrm.services.views import PartyRow
from smallcrm.text import fold

SORTS = {
    "name": Party.sort_key,
    "stage": Party.stage,
    "owner": Party.owner,
    "updated": Party.updated_at,
    "created": Party.created_at,
}


@dataclass
class PartyQuery:
    kind: str | None = None
    text: str = ""
    tag: str | None = None
    stage: str | None = None
    owner: str | None = None
    order_by: str = "name"
    descending: bool = False
    trash: bool = False  # list the trash instead of the live records


def _text_filter(text: str):
    phone = phone_query(text)
    tokens = [phone] if phone else fold(text).split()
    conditions = []
    for token in tokens:
        if len(token) >= 3:
            conditions.append(Party.id.in_(SQL("(SELECT rowid FROM party_fts WHERE party_fts MATCH ?)",
                                               [fts_phrase(token)])))
        else:
            conditions.append(Party.id.in_(SQL("(SELECT party_id FROM party_term WHERE term >= ? AND term < ?)",
                                               list(prefix_bounds(token)))))
    return conditions


def _select(query: PartyQuery, *columns):
    select = Party.select(*columns)
    conditions = [Party.deleted_at.is_null(False) & Party.merged_into.is_null()] if query.trash else [
        Party.deleted_at.is_null()]
    if query.kind:
        conditions.append(Party.kind == str(parse_choice(PartyKind, query.kind, "kind")))
    if query.stage:
        conditions.append(Party.stage == str(parse_choice(Stage, query.stage, "stage")))
    if query.owner is not None:
        conditions.append(Party.owner == query.owner)
    if query.tag:
        tagged = (PartyTag.select(PartyTag.party).join(Tag)
                  .where(Tag.key == fold(query.tag), PartyTag.deleted_at.is_null()))
        conditions.append(Party.id.in_(tagged))
    if query.text.strip():
        conditions.extend(_text_filter(query.text))
    return select.where(*conditions)


def _order(query: PartyQuery):
    if query.order_by not in SORTS:
        raise ValidationError("order_by", f"Cannot sort by {query.order_by}", code="choice_invalid",
                              allowed=", ".join(SORTS))
    column = SORTS[query.order_by]
    return (column.desc(), Party.id.desc()) if query.descending else (column, Party.id)


def party_ids(db, query: PartyQuery) -> list[int]:
    """Every matching id in display order: what a lazy list keeps in memory (a few MB at a million).

    Read through the bare cursor: building a peewee row per id costs more than the query itself.
    """
    sql, params = _select(query, Party.id).order_by(*_order(query)).sql()
    return [r[0] for r in database.execute_sql(sql, params)]


def count_parties(db, query: PartyQuery) -> int:
    return _select(query, Party.id).count()


# one query for a page of the list (five separate IN queries cost twice as much: bench/RESULTS.md)
_PAGE_SQL = """
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


def party_rows(db, ids: list[int]) -> list[PartyRow]:
    """The rows for these ids, in the same order (missing ids are skipped)."""
    if not ids:
        return []
    stamp = Party.updated_at.python_value
    found = {r[0]: r for r in database.execute_sql(_PAGE_SQL.format(marks=",".join("?" * len(ids))), ids)}
    return [PartyRow(pid, kind, name, company or "", email or "", phone or "", city or "", stage, owner, tags or "",
                     stamp(updated))
            for pid, kind, name, stage, owner, updated, company, email, phone, city, tags in
            (found[i] for i in ids if i in found)]


def list_parties(db, query: PartyQuery, offset: int = 0, limit: int = 100) -> list[PartyRow]:
    """A page of the list by OFFSET/LIMIT: the window's first page before every id is in."""
    sql, params = _select(query, Party.id).order_by(*_order(query)).offset(offset).limit(limit).sql()
    return party_rows(db, [r[0] for r in database.execute_sql(sql, params)])


def list_tags(db) -> list[tuple[str, int]]:
    """Tags in use, with how many live parties carry each."""
    rows = (Tag.select(Tag.name, fn.COUNT(Party.id)).join(PartyTag).join(Party)
            .where(Tag.deleted_at.is_null(), PartyTag.deleted_at.is_null(), Party.deleted_at.is_null())
            .group_by(Tag.id).order_by(Tag.key).tuples())
    return list(rows)
