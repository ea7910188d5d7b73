"""Files attached to timeline entries (sent quotes, received mail): rows here, bytes in a folder beside the database."""


def upgrade(db):
    db.execute_sql("""
        CREATE TABLE attachment (
            id INTEGER NOT NULL PRIMARY KEY,
            uid VARCHAR(36) NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            deleted_at DATETIME,
            communication_id INTEGER NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
            file_name VARCHAR(255) NOT NULL,
            media_type VARCHAR(255) NOT NULL,
            size INTEGER NOT NULL,
            sha256 VARCHAR(64) NOT NULL
        )""")
    db.execute_sql("CREATE UNIQUE INDEX attachment_uid ON attachment (uid)")
    db.execute_sql("CREATE INDEX attachment_updated_at ON attachment (updated_at)")
    db.execute_sql("CREATE INDEX attachment_communication_id ON attachment (communication_id)")
    db.execute_sql("CREATE INDEX attachment_sha256 ON attachment (sha256)")
