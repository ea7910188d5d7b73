"""Finding a party in a keystroke: substrings, accents folded, phone digits, best matches first.

Ranking: 0 the whole name, 1 the name starts with the query, 2 every word of the query starts a word of
the record, 3 a substring somewhere. No ranking function runs over the whole index: each path reads a
bounded number of candidates through an index (name order, word prefixes, trigrams).
"""

from __future__ import annotations

import re

from smallcrm.db.models import Affiliation, ContactPoint, Party, database
from smallcrm.db.search_index import (
    documents,
    name_prefix_matches,
    substring_matches,
    term_prefix_matches,
)
from smallcrm.services.views import SearchHit
from smallcrm.text import digits, fold

_PHONE_LIKE = re.compile(r"^[\d\s+()./-]+$")
CANDIDATES = 400


def phone_query(text: str) -> str | None:
    """The digits to look for when ``text`` looks like (part of) a phone number."""
    text = text.strip()
    if not _PHONE_LIKE.match(text):
        return None
    found = digits(text)
    if text.startswith("00"):
        found = found[2:]
    return found if len(found) >= 3 else None


def _rank(query: str, tokens: list[str], sort_key: str, name: str, doc: str) -> int:
    if query in (name, sort_key):
        return 0
    if name.startswith(query) or sort_key.startswith(query):
        return 1
    if all(re.search(r"(?<![^\W_])" + re.escape(t), doc) for t in tokens):
        return 2
    return 3


def _detail(hits: list[Party]) -> dict[int, str]:
    """What tells two hits with the same name apart: the company, else the e-mail, else the phone."""
    ids = [p.id for p in hits]
    detail: dict[int, str] = {}
    company = Party.alias()
    for link in (Affiliation.select(Affiliation.person, company.name)
                 .join(company, on=(Affiliation.company == company.id))
                 .where(Affiliation.person.in_(ids), Affiliation.deleted_at.is_null(),
                        company.deleted_at.is_null())
                 .order_by(Affiliation.is_primary.desc()).tuples()):
        detail.setdefault(link[0], link[1])
    for party_id, value in (ContactPoint.select(ContactPoint.party, ContactPoint.value)
                            .where(ContactPoint.party.in_(ids), ContactPoint.deleted_at.is_null(),
                                   ContactPoint.kind.in_(("email", "phone")))
                            .order_by(ContactPoint.kind, ContactPoint.is_primary.desc()).tuples()):
        detail.setdefault(party_id, value)
    return detail


def search_parties(db, text: str, limit: int = 20) -> list[SearchHit]:
    """The parties that best match what was typed so far."""
    pw = database
    phone = phone_query(text)
    query = phone or fold(text)
    if not query:
        return []
    tokens = query.split()
    long_tokens = [t for t in tokens if len(t) >= 3]
    ids: set[int] = set()
    if not phone:
        ids.update(name_prefix_matches(pw, query, limit))
    ids.update(term_prefix_matches(pw, tokens[0], CANDIDATES))
    docs: dict[int, str] = {}
    if long_tokens:
        docs = substring_matches(pw, long_tokens, CANDIDATES)
        ids.update(docs)
    # what was typed, spaces and all, may be a piece of the record across a word's end ("io ro" in
    # "mario rossi") even when its short words start no word of it
    phrase = query if len(tokens) > 1 and len(query) >= 3 else None
    if phrase:
        docs.update(substring_matches(pw, [phrase], CANDIDATES))
        ids.update(docs)
    docs.update(documents(pw, [i for i in ids if i not in docs]))
    # every word typed must be in the record, as a substring (long) or a word prefix (short)
    matched = [i for i in ids if i in docs and ((phrase is not None and phrase in docs[i]) or all(
        (t in docs[i]) if len(t) >= 3 else re.search(r"(?<![^\W_])" + re.escape(t), docs[i])
        for t in tokens))]
    if not matched:
        return []
    parties = list(Party.select(Party.id, Party.kind, Party.name, Party.sort_key, Party.stage)
                   .where(Party.id.in_(matched), Party.deleted_at.is_null()))
    ranked = sorted(parties, key=lambda p: (_rank(query, tokens, p.sort_key, fold(p.name), docs[p.id]),
                                            p.sort_key, p.id))[:limit]
    detail = _detail(ranked)
    return [SearchHit(p.id, p.kind, p.name, detail.get(p.id, ""), p.stage,
                      _rank(query, tokens, p.sort_key, fold(p.name), docs[p.id])) for p in ranked]
