"""The party search index, kept in step with every write.

Two FTS5 tables, one row per party in each: ``party_fts`` (migration 0002), a trigram index over one folded
document per party (substrings of three characters or more, accents folded away), and ``party_words``
(migration 0024), the folded words of names, companies, e-mails, tags and phone digits, for prefixes of any
length, one- and two-character ones too, which trigrams cannot match. ``party_words`` is tokenized on
whitespace only (every other character is part of a word), so that its words are exactly the ones
``party_entry`` made and a typed prefix is one FTS5 token, whatever it holds; its prefix indexes of one to five
characters answer the prefixes typed first without merging every word that starts with them (migration 0024).
It replaced ``party_term``, one table row per word (~14 per party): an import of 100k contacts wrote 1.4M
index rows for it. Trashed parties are removed from both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import phonenumbers
from peewee import Database as PeeweeDatabase

from smallcrm.domain import ContactKind
from smallcrm.text import digits, fold, words

CHUNK = 20_000


def _national_prefix(country_code: int) -> str:
    region = phonenumbers.region_code_for_country_code(country_code)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    return (meta.national_prefix or "") if meta else ""


_PREFIXES: dict[int, str] = {}


def phone_digit_forms(e164: str) -> list[str]:
    """The digit strings people type for a number: +39 02 1234 5678 -> 390212345678 and 0212345678."""
    full = digits(e164)
    for size in (1, 2, 3):
        code = int(full[:size]) if full[:size] else 0
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            if code not in _PREFIXES:
                _PREFIXES[code] = _national_prefix(code)
            return [full, _PREFIXES[code] + full[size:]]
    return [full]


def _placeholders(ids: list[int]) -> str:
    return ",".join("?" * len(ids))


def party_entry(name: str, first: str, last: str, title: str, notes: str, vat: str, tax: str,
                points: Iterable[tuple[ContactKind | str, str]], companies: Iterable[str],
                tags: Iterable[str]) -> tuple[str, set[str]]:
    """The document and the prefix terms of one party, from its values: contact points as (kind, value) in
    their stored order, the names of the companies a person works for, tag names."""
    extra: list[str] = []
    term_extra: list[str] = []
    for kind, value in points:
        if kind == ContactKind.PHONE:
            forms = phone_digit_forms(value)
            extra.extend(forms)
            term_extra.extend(forms)
        elif kind == ContactKind.EMAIL:
            extra.append(value)
            local, _, domain = value.partition("@")
            term_extra.extend([local, domain.split(".")[0]])
        else:
            extra.append(value)
    for text in (*companies, *tags):
        extra.append(text)
        term_extra.append(text)
    names = [name, first, last]
    doc = fold(" | ".join([*names, title, *extra, vat, tax, notes]))
    terms = set(words(" ".join([*names, *term_extra])))
    terms.update(t for t in (digits(vat), tax.lower()) if t)
    return doc, terms


def party_entries(pw: PeeweeDatabase, ids: list[int]) -> dict[int, tuple[str, set[str]]]:
    """The document and the prefix terms of each live party in ``ids``, read from its rows."""
    marks = _placeholders(ids)
    parties = pw.execute_sql(
        f"SELECT id, name, first_name, last_name, job_title, notes, vat_number, tax_code FROM party "
        f"WHERE id IN ({marks}) AND deleted_at IS NULL", ids).fetchall()
    # each party's points, companies and tags in the order they were added (their ids): the same entry
    # whichever index the query planner walks, and the one an import builds from its values in hand
    points: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    companies: dict[int, list[tuple[int, str]]] = defaultdict(list)
    tags: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for point_id, party_id, kind, value in pw.execute_sql(
            f"SELECT id, party_id, kind, value FROM contact_point WHERE party_id IN ({marks}) "
            f"AND deleted_at IS NULL", ids):
        points[party_id].append((point_id, kind, value))
    for link_id, person_id, company_name in pw.execute_sql(
            f"SELECT a.id, a.person_id, c.name FROM affiliation a JOIN party c ON c.id = a.company_id "
            f"WHERE a.person_id IN ({marks}) AND a.deleted_at IS NULL AND c.deleted_at IS NULL", ids):
        companies[person_id].append((link_id, company_name))
    for link_id, party_id, tag in pw.execute_sql(
            f"SELECT pt.id, pt.party_id, t.name FROM party_tag pt JOIN tag t ON t.id = pt.tag_id "
            f"WHERE pt.party_id IN ({marks}) AND pt.deleted_at IS NULL AND t.deleted_at IS NULL", ids):
        tags[party_id].append((link_id, tag))
    return {party_id: party_entry(name, first, last, title, notes, vat, tax,
                                  [(kind, value) for _, kind, value in sorted(points[party_id])],
                                  [name for _, name in sorted(companies[party_id])],
                                  [tag for _, tag in sorted(tags[party_id])])
            for party_id, name, first, last, title, notes, vat, tax in parties}


def _insert(pw: PeeweeDatabase, built: dict[int, tuple[str, set[str]]]) -> None:
    cursor = pw.cursor()
    cursor.executemany("INSERT INTO party_fts (rowid, doc) VALUES (?, ?)",
                       [(pid, doc) for pid, (doc, _) in built.items()])
    # sorted: the same row for the same words, however the set was built (an import's or a rebuild's)
    cursor.executemany("INSERT INTO party_words (rowid, words) VALUES (?, ?)",
                       [(pid, " ".join(sorted(terms))) for pid, (_, terms) in built.items()])


def reindex_parties(pw: PeeweeDatabase, party_ids: Iterable[int]) -> None:
    """Bring the index in step for these parties (a trashed or missing party leaves the index)."""
    ids = sorted(set(party_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = _placeholders(chunk)
        pw.execute_sql(f"DELETE FROM party_fts WHERE rowid IN ({marks})", chunk)
        pw.execute_sql(f"DELETE FROM party_words WHERE rowid IN ({marks})", chunk)
        _insert(pw, party_entries(pw, chunk))


def index_new_parties(pw: PeeweeDatabase, built: dict[int, tuple[str, set[str]]]) -> None:
    """Add parties that have no index entry yet (an import's new rows) from ``party_entry``s the caller built
    from the values in hand, instead of reading the rows back."""
    _insert(pw, built)


def rebuild_search_index(pw: PeeweeDatabase) -> int:
    """Rebuild the whole index (after a migration or a bulk load); returns the parties indexed."""
    total = 0
    with pw.atomic():
        pw.execute_sql("DELETE FROM party_fts")
        pw.execute_sql("DELETE FROM party_words")
        top = pw.execute_sql("SELECT COALESCE(MAX(id), 0) FROM party").fetchone()[0]
        for low in range(1, top + 1, CHUNK):
            ids = [r[0] for r in pw.execute_sql(
                "SELECT id FROM party WHERE id BETWEEN ? AND ? AND deleted_at IS NULL",
                (low, low + CHUNK - 1))]
            if ids:
                built = party_entries(pw, ids)
                _insert(pw, built)
                total += len(built)
        pw.execute_sql("DELETE FROM setting WHERE key = 'search_index_stale'")
    return total


def rebuild_if_stale(pw: PeeweeDatabase) -> bool:
    if not pw.table_exists("setting"):
        return False
    row = pw.execute_sql("SELECT value FROM setting WHERE key = 'search_index_stale'").fetchone()
    if row:
        rebuild_search_index(pw)
        return True
    return False


def fts_phrase(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def substring_matches(pw: PeeweeDatabase, tokens: list[str], cap: int) -> dict[int, str]:
    """Parties whose document holds every token (each three characters or more): id -> document."""
    expression = " AND ".join(fts_phrase(t) for t in tokens)
    rows = pw.execute_sql("SELECT rowid, doc FROM party_fts WHERE party_fts MATCH ? LIMIT ?", (expression, cap))
    return dict(rows.fetchall())


def prefix_bounds(prefix: str) -> tuple[str, str]:
    return prefix, prefix + "\uffff"


def word_prefix_query(prefix: str) -> str:
    """The ``party_words MATCH`` expression for the parties with a word starting with ``prefix``."""
    return fts_phrase(prefix) + " *"


def term_prefix_matches(pw: PeeweeDatabase, prefix: str, cap: int) -> list[int]:
    """Parties with a word starting with ``prefix`` (any length, so also one or two characters), the oldest
    first."""
    rows = pw.execute_sql("SELECT rowid FROM party_words WHERE party_words MATCH ? LIMIT ?",
                          (word_prefix_query(prefix), cap))
    return [r[0] for r in rows]


def name_prefix_matches(pw: PeeweeDatabase, prefix: str, cap: int) -> list[int]:
    """Live parties whose sort key ("rossi mario", "acme srl") starts with ``prefix``, in name order."""
    rows = pw.execute_sql("SELECT id FROM party WHERE deleted_at IS NULL AND sort_key >= ? AND sort_key < ? "
                          "ORDER BY sort_key LIMIT ?", (*prefix_bounds(prefix), cap))
    return [r[0] for r in rows]


def documents(pw: PeeweeDatabase, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = pw.execute_sql(f"SELECT rowid, doc FROM party_fts WHERE rowid IN ({_placeholders(ids)})", ids)
    return dict(rows.fetchall())
