"""Rebuilding the party search index from the data (after a migration or a bulk load)."""

from __future__ import annotations

from smallcrm.db import search_index
from smallcrm.db.connection import open_database
from smallcrm.db.migrate import available_steps, upgrade
from smallcrm.db.search_index import rebuild_if_stale, rebuild_search_index, reindex_parties
from smallcrm.services.parties.search import search_parties
from tests.db.helpers import NOW, add_contact_point, add_party


def indexed(pw) -> tuple[set[int], set[int]]:
    fts = {r[0] for r in pw.execute_sql("SELECT rowid FROM party_fts")}
    terms = {r[0] for r in pw.execute_sql("SELECT rowid FROM party_words")}
    return fts, terms


def mark_stale(pw) -> None:
    pw.execute_sql("INSERT OR REPLACE INTO setting (key, value, updated_at) "
                   "VALUES ('search_index_stale', 'true', ?)", (NOW,))


def test_rebuild_indexes_every_live_party_across_chunks(db, monkeypatch):
    ex = db.execute_sql
    live = [add_party(ex, f"Rossi {i}", first="Mario", last=f"Rossi {i}") for i in range(7)]
    trashed = add_party(ex, "Giulia Bianchi", deleted=True)
    # a gap in the ids, and chunks smaller than the table, so the chunk loop is exercised
    ex("DELETE FROM party WHERE id = ?", (live[3],))
    live.remove(live[3])
    monkeypatch.setattr(search_index, "CHUNK", 2)
    ex("DELETE FROM party_fts")
    ex("DELETE FROM party_words")

    assert rebuild_search_index(db.pw) == len(live)
    assert indexed(db.pw) == (set(live), set(live))
    assert trashed not in indexed(db.pw)[0]
    assert {h.id for h in search_parties("rossi")} == set(live)
    assert search_parties("bianchi") == []


def test_rebuild_replaces_stale_entries(db):
    ex = db.execute_sql
    mario = add_party(ex, "Mario Rossi", first="Mario", last="Rossi")
    add_contact_point(ex, mario, "email", "mario@example.com")
    reindex_parties(db.pw, [mario])
    assert [h.id for h in search_parties("ross")] == [mario]
    # the data changes behind the index's back (as a migration or a bulk import would)
    ex("UPDATE party SET name = 'Luigi Verdi', first_name = 'Luigi', last_name = 'Verdi', sort_key = 'verdi luigi'")
    ex("UPDATE contact_point SET value = 'luigi@example.com', match_key = 'luigi@example.com'")
    assert [h.id for h in search_parties("ross")] == [mario]  # stale
    assert rebuild_search_index(db.pw) == 1
    assert search_parties("ross") == []
    assert [h.id for h in search_parties("verdi")] == [mario]
    assert [h.id for h in search_parties("luigi@exa")] == [mario]
    docs = [r[0] for r in ex("SELECT doc FROM party_fts")]
    assert len(docs) == 1 and "mario" not in docs[0]


def test_rebuild_if_stale_runs_only_when_flagged_and_clears_the_flag(db):
    ex = db.execute_sql
    mario = add_party(ex, "Mario Rossi", first="Mario", last="Rossi")
    assert rebuild_if_stale(db.pw) is False
    assert indexed(db.pw) == (set(), set())  # nothing was rebuilt
    mark_stale(db.pw)
    assert rebuild_if_stale(db.pw) is True
    assert indexed(db.pw) == ({mario}, {mario})
    assert ex("SELECT COUNT(*) FROM setting WHERE key = 'search_index_stale'").fetchone() == (0,)
    assert rebuild_if_stale(db.pw) is False


def test_open_database_rebuilds_a_stale_index(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        mario = add_party(db.execute_sql, "Mario Rossi", first="Mario", last="Rossi")
        mark_stale(db.pw)
        assert search_parties("ossi") == []  # a substring needs the index (a name prefix does not)
    with open_database(path) as db:
        assert [h.id for h in search_parties("ossi")] == [mario]


def test_the_words_of_party_term_move_into_party_words_as_they_are(tmp_path):
    """Migration 0025 copies the words of a file whose index is in step: no rebuild, the same words found."""
    [step] = [s.version for s in available_steps() if s.name.endswith("word_prefix_index")]
    db = open_database(tmp_path / "crm.sqlite3", migrate=False)
    try:
        upgrade(db, target=step - 1)
        ex = db.execute_sql
        with db.atomic():
            acme = add_party(ex, "Acme S.r.l.", kind="company")
            mario = add_party(ex, "Mario Rossi", first="Mario", last="Rossi")
            ex("DELETE FROM setting WHERE key = 'search_index_stale'")
            ex("INSERT INTO party_fts (rowid, doc) VALUES (?, 'acme s.r.l.'), (?, 'mario rossi')", (acme, mario))
            # words no rebuild would make from these rows: found afterwards only if they were copied
            for term, party in (("acme", acme), ("utensili", acme), ("mario", mario), ("rossi", mario),
                                ("3471234567", mario)):
                ex("INSERT INTO party_term (term, party_id) VALUES (?, ?)", (term, party))
        assert upgrade(db, target=step) == [step]
        assert not db.pw.table_exists("party_term")
        assert sorted((party, sorted(words.split())) for party, words in ex("SELECT rowid, words FROM party_words")) \
            == [(acme, ["acme", "utensili"]), (mario, ["3471234567", "mario", "rossi"])]
        assert [h.id for h in search_parties("ut")] == [acme]
        assert [h.id for h in search_parties("34")] == [mario]
        assert [h.id for h in search_parties("r")] == [mario]
    finally:
        db.close()
