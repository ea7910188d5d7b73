"""Imports as batches that can be undone: one row per import, one per party it created or changed."""


def upgrade(db):
    db.execute_sql("""
        CREATE TABLE import_batch (
            id INTEGER NOT NULL PRIMARY KEY,
            uid VARCHAR(36) NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            deleted_at DATETIME,
            file_name VARCHAR(255) NOT NULL,
            file_kind VARCHAR(10) NOT NULL,
            layout VARCHAR(20) NOT NULL,
            mapping TEXT NOT NULL,
            created_count INTEGER NOT NULL,
            updated_count INTEGER NOT NULL,
            skipped_count INTEGER NOT NULL,
            rejected_count INTEGER NOT NULL,
            undone_at DATETIME
        )""")
    db.execute_sql("CREATE UNIQUE INDEX import_batch_uid ON import_batch (uid)")
    db.execute_sql("CREATE INDEX import_batch_updated_at ON import_batch (updated_at)")
    db.execute_sql("""
        CREATE TABLE import_change (
            id INTEGER NOT NULL PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
            party_id INTEGER NOT NULL REFERENCES party (id) ON DELETE CASCADE,
            action VARCHAR(10) NOT NULL,
            row_number INTEGER NOT NULL,
            external_uid VARCHAR(255) NOT NULL,
            previous TEXT NOT NULL,
            added TEXT NOT NULL
        )""")
    db.execute_sql("CREATE INDEX import_change_batch_id ON import_change (batch_id)")
    db.execute_sql("CREATE INDEX import_change_party_id ON import_change (party_id)")
    db.execute_sql("CREATE INDEX import_change_external_uid ON import_change (external_uid)")
