"""Finding a party in a keystroke: substrings, accents folded, phone digits, best matches first.

Ranking: 0 the whole name, 1 every word typed starts a word of the name, 2 every word typed starts a word
of the record (company, e-mail, tag...), 3 a substring somewhere. No ranking function runs over the whole
index: each path reads a bounded number of candidates through an index (name order, word prefixes,
trigrams). Every keystroke runs this, so the queries are plain SQL on the bare cursor and the per-candidate
work is one precompiled pattern.
"""

from __future__ import annotations

import re

from smallcrm.db.models import database
from smallcrm.db.search_index import (
    documents,
    name_prefix_matches,
    substring_matches,
    term_prefix_matches,
)
from smallcrm.domain import ContactKind, PartyKind, Stage
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


def _word_start(token: str) -> re.Pattern:
    """Finds ``token`` where a word starts (not after a letter or digit)."""
    return re.compile(r"(?<![^\W_])" + re.escape(token))


def _contains(token: str, starts_word: re.Pattern, doc: str) -> bool:
    """A long word may stand anywhere (trigram substring); a short one must start a word."""
    return token in doc if len(token) >= 3 else starts_word.search(doc) is not None


class _Ranking:
    """The rank of a candidate for what was typed (the query's parts worked out once, not per candidate)."""

    def __init__(self, query: str, tokens: list[str]):
        self.names = (query, " ".join(reversed(tokens)))  # "mario rossi" is the person sorted as "rossi mario"
        self.tokens = tokens

    def rank(self, sort_key: str, word_hit: bool) -> int:
        if sort_key in self.names:
            return 0
        name_words = sort_key.split()
        if all(any(w.startswith(t) for w in name_words) for t in self.tokens):
            return 1
        return 2 if word_hit else 3


def _marks(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def _detail(ids: list[int]) -> dict[int, str]:
    """What tells two hits with the same name apart: the company, else the e-mail, else the phone."""
    detail: dict[int, str] = {}
    if not ids:
        return detail
    marks = _marks(ids)
    for person_id, company in database.execute_sql(
            f"SELECT a.person_id, c.name FROM affiliation a JOIN party c ON a.company_id = c.id "
            f"WHERE a.person_id IN ({marks}) AND a.deleted_at IS NULL AND c.deleted_at IS NULL "
            f"ORDER BY a.is_primary DESC", ids):
        detail.setdefault(person_id, company)
    # kind is checked here, not in SQL, so that SQLite walks the party index, not every e-mail and phone
    for party_id, kind, value in database.execute_sql(
            f"SELECT party_id, kind, value FROM contact_point WHERE party_id IN ({marks}) AND deleted_at IS NULL "
            f"ORDER BY kind, is_primary DESC", ids):
        if kind in (ContactKind.EMAIL, ContactKind.PHONE):
            detail.setdefault(party_id, value)
    return detail


def _candidates(query: str, tokens: list[str], phone: bool, limit: int) -> tuple[set[int], set[int]]:
    """(every candidate id, those where each word typed starts a word of the record)."""
    pw = database
    long_tokens = [t for t in tokens if len(t) >= 3]
    ids: set[int] = set() if phone else set(name_prefix_matches(pw, query, limit))
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
        patterns = [(t, _word_start(t)) for t in tokens]
        ids = {i for i in ids if i in docs and (query in docs[i] or all(_contains(t, p, docs[i]) for t, p in patterns))}
        word_hits = {i for i in ids if all(p.search(docs[i]) for _, p in patterns)}
    else:
        starts_word = _word_start(query)
        word_hits.update(i for i, doc in docs.items() if i not in word_hits and starts_word.search(doc))
    return ids, word_hits


def search_parties(text: str, limit: int = 20) -> list[SearchHit]:
    """The parties that best match what was typed so far."""
    phone = phone_query(text)
    query = phone or fold(text)
    if not query:
        return []
    tokens = query.split()
    ids, word_hits = _candidates(query, tokens, bool(phone), limit)
    if not ids:
        return []
    ids_list = list(ids)
    # the trash is left out here, not in SQL, so that SQLite looks the ids up, not the live-parties index
    rows = database.execute_sql(f"SELECT id, kind, name, sort_key, stage, deleted_at FROM party "
                                f"WHERE id IN ({_marks(ids_list)})", ids_list)
    rank = _Ranking(query, tokens).rank
    ranked = sorted((rank(sort_key, pid in word_hits), sort_key, pid, kind, name, stage)
                    for pid, kind, name, sort_key, stage, deleted_at in rows if deleted_at is None)[:limit]
    detail = _detail([row[2] for row in ranked])
    return [SearchHit(pid, PartyKind(kind), name, detail.get(pid, ""), Stage(stage), rank)
            for rank, _, pid, kind, name, stage in ranked]
