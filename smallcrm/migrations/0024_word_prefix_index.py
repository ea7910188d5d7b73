"""The search index's words move from ``party_term`` (one row per word and party, ~14 per party, each with an
entry in a second index) to ``party_words``, an FTS5 table with one row per party: the words separated by
spaces, tokenized on whitespace only, with prefix indexes of one and two characters for the short prefixes
typed first. Writing a party's index entry is then two FTS5 inserts instead of one and ~14 b-tree rows
(an import of 100k contacts wrote 1.4M rows into ``party_term``).

The words are copied from ``party_term`` as they are, so the index needs no rebuild; a file whose index
was already stale keeps its flag and is rebuilt on open by the live code, as before.
"""


def upgrade(db):
    db.execute_sql(
        "CREATE VIRTUAL TABLE party_words USING fts5(words, "
        "tokenize = \"unicode61 remove_diacritics 0 categories 'L* N* M* P* S* C*'\", "
        "prefix = '1 2', detail = none, columnsize = 0)")
    db.execute_sql("INSERT INTO party_words (rowid, words) "
                   "SELECT party_id, group_concat(term, ' ') FROM party_term GROUP BY party_id")
    db.execute_sql("DROP TABLE party_term")  # its index party_term_party goes with it
