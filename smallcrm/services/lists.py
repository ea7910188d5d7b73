"""Party lists: filtered and sorted in SQL, handed out as ids and rows loaded by id (for lazy views)."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import SQL, fn

from smallcrm.db.models import Address, Affiliation, ContactPoint, Party, PartyTag, Tag, database
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


def party_rows(db, ids: list[int]) -> list[PartyRow]:
    """The rows for these ids, in the same order (missing ids are skipped)."""
    if not ids:
        return []
    company = Party.alias()
    companies = dict(Affiliation.select(Affiliation.person, fn.MIN(company.name))
                     .join(company, on=(Affiliation.company == company.id))
                     .where(Affiliation.person.in_(ids), Affiliation.is_primary, Affiliation.deleted_at.is_null(),
                            company.deleted_at.is_null())
                     .group_by(Affiliation.person).tuples())
    points: dict[tuple[int, str], str] = {}
    for party_id, kind, value in (ContactPoint.select(ContactPoint.party, ContactPoint.kind, ContactPoint.value)
                                  .where(ContactPoint.party.in_(ids), ContactPoint.deleted_at.is_null())
                                  .order_by(ContactPoint.is_primary.desc(), ContactPoint.id).tuples()):
        points.setdefault((party_id, kind), value)
    cities = dict(Address.select(Address.party, Address.city)
                  .where(Address.party.in_(ids), Address.is_primary, Address.deleted_at.is_null()).tuples())
    tags = dict(PartyTag.select(PartyTag.party, fn.GROUP_CONCAT(Tag.name, ", ")).join(Tag)
                .where(PartyTag.party.in_(ids), PartyTag.deleted_at.is_null(), Tag.deleted_at.is_null())
                .group_by(PartyTag.party).tuples())
    found = {p.id: p for p in Party.select(Party.id, Party.kind, Party.name, Party.stage, Party.owner,
                                           Party.updated_at).where(Party.id.in_(ids))}
    return [PartyRow(i, p.kind, p.name, companies.get(i, ""), points.get((i, "email"), ""),
                     points.get((i, "phone"), ""), cities.get(i, ""), p.stage, p.owner, tags.get(i, ""),
                     p.updated_at)
            for i in ids if (p := found.get(i))]


def list_parties(db, query: PartyQuery, offset: int = 0, limit: int = 100) -> list[PartyRow]:
    ids = [r[0] for r in _select(query, Party.id).order_by(*_order(query)).offset(offset).limit(limit).tuples()]
    return party_rows(db, ids)


def list_tags(db) -> list[tuple[str, int]]:
    """Tags in use, with how many live parties carry each."""
    rows = (Tag.select(Tag.name, fn.COUNT(Party.id)).join(PartyTag).join(Party)
            .where(Tag.deleted_at.is_null(), PartyTag.deleted_at.is_null(), Party.deleted_at.is_null())
            .group_by(Tag.id).order_by(Tag.key).tuples())
    return list(rows)
