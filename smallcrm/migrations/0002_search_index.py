"""Search index: an FTS5 trigram table for substrings and a term table for short prefixes.

The index is filled by the live code after migrating (the stale flag below), so that this step stays
frozen while the way documents are built may improve.
"""


def upgrade(db):
    db.execute_sql("CREATE VIRTUAL TABLE party_fts USING fts5(doc, tokenize='trigram')")
    db.execute_sql("CREATE TABLE party_term (term TEXT NOT NULL, party_id INTEGER NOT NULL, "
                   "PRIMARY KEY (term, party_id)) WITHOUT ROWID")
    db.execute_sql("CREATE INDEX party_term_party ON party_term (party_id)")
    db.execute_sql("INSERT OR REPLACE INTO setting (key, value, updated_at) "
                   "VALUES ('search_index_stale', 'true', CURRENT_TIMESTAMP)")
