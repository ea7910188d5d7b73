"""Finding a party in a keystroke: substrings, accents folded, phone digits, best matches first.

Ranking: 0 the whole name, 1 every word typed starts a word of the name, 2 every word typed starts a word
of the record (company, e-mail, tag...), 3 a substring somewhere. No ranking function runs over the whole
index: each path reads a bounded number of candidates through an index (name order, word prefixes,
trigrams).
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
CANDIDATES = 200


def phone_query(text: str) -> str | None:
    """The digits to look for when ``text`` looks like (part of) a phone number."""
    text = text.strip()
    if not _PHONE_LIKE.match(text):
        return None
    found = digits(text)
    if text.startswith("00"):
        found = found[2:]
    return found if len(found) >= 3 else None


def _word_prefix(token: str, doc: str) -> bool:
    return re.search(r"(?<![^\W_])" + re.escape(token), doc) is not None


def _contains(token: str, doc: str) -> bool:
    """A long word may stand anywhere (trigram substring); a short one must start a word."""
    return token in doc if len(token) >= 3 else _word_prefix(token, doc)


def _rank(query: str, tokens: list[str], sort_key: str, word_hit: bool) -> int:
    names = (query, " ".join(reversed(tokens)))  # "mario rossi" is the person sorted as "rossi mario"
    if sort_key in names:
        return 0
    name_words = sort_key.split()
    if all(any(w.startswith(t) for w in name_words) for t in tokens):
        return 1
    return 2 if word_hit else 3


def _detail(ids: list[int]) -> dict[int, str]:
    """What tells two hits with the same name apart: the company, else the e-mail, else the phone."""
    detail: dict[int, str] = {}
    company = Party.alias()
    for link in (Affiliation.select(Affiliation.person, company.name)
                 .join(company, on=(Affiliation.company == company.id))
                 .where(Affiliation.person.in_(ids), Affiliation.deleted_at.is_null(),
                        company.deleted_at.is_null())
                 .order_by(Affiliation.is_primary.desc()).tuples()):
        detail.setdefault(link[0], link[1])
    # kind is checked here, not in SQL, so that SQLite walks the party index, not every e-mail and phone
    for party_id, kind, value in (ContactPoint.select(ContactPoint.party, ContactPoint.kind, ContactPoint.value)
                                  .where(ContactPoint.party.in_(ids), ContactPoint.deleted_at.is_null())
                                  .order_by(ContactPoint.kind, ContactPoint.is_primary.desc()).tuples()):
        if kind in ("email", "phone"):
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
    ids: set[int] = set(name_prefix_matches(pw, query, limit)) if not phone else set()
    word_hits = set(term_prefix_matches(pw, tokens[0], CANDIDATES))
    ids |= word_hits
    docs = substring_matches(pw, long_tokens, CANDIDATES) if long_tokens else {}
    ids |= docs.keys()
    if len(tokens) > 1:  # every word typed must be in the record, or the whole text as typed ("io ro")
        if len(query) >= 3:
            whole = substring_matches(pw, [query], CANDIDATES)
            docs.update(whole)
            ids |= whole.keys()
        docs.update(documents(pw, [i for i in ids if i not in docs]))
        ids = {i for i in ids if i in docs and (query in docs[i] or all(_contains(t, docs[i]) for t in tokens))}
        word_hits = {i for i in ids if all(_word_prefix(t, docs[i]) for t in tokens)}
    else:
        word_hits |= {i for i, doc in docs.items() if _word_prefix(query, doc)}
    if not ids:
        return []
    rows = (Party.select(Party.id, Party.kind, Party.name, Party.sort_key, Party.stage, Party.deleted_at)
            .where(Party.id.in_(list(ids))).tuples())
    ranked = sorted((_rank(query, tokens, sort_key, pid in word_hits), sort_key, pid, kind, name, stage)
                    for pid, kind, name, sort_key, stage, deleted_at in rows if deleted_at is None)[:limit]
    detail = _detail([row[2] for row in ranked])
    return [SearchHit(pid, kind, name, detail.get(pid, ""), stage, rank)
            for rank, _, pid, kind, name, stage in ranked]
