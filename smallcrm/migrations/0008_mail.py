"""Mail: the Message-ID of every logged mail (so no mail is logged twice, sent or received) and the outbox of
mails waiting to be sent, each kept as the exact bytes that will go out (a retry sends the very same message)."""


def upgrade(db):
    db.execute_sql("""
        CREATE TABLE IF NOT EXISTS mail_message (
            id INTEGER NOT NULL PRIMARY KEY,
            uid VARCHAR(36) NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            deleted_at DATETIME,
            communication_id INTEGER NOT NULL REFERENCES communication (id) ON DELETE CASCADE,
            message_id VARCHAR(998) NOT NULL,
            folder VARCHAR(255) NOT NULL,
            imap_uid INTEGER,
            direction VARCHAR(3) NOT NULL
        )""")
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS mail_message_uid ON mail_message (uid)")
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS mail_message_message_id ON mail_message (message_id)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS mail_message_updated_at ON mail_message (updated_at)")
    db.execute_sql("CREATE INDEX IF NOT EXISTS mail_message_communication_id ON mail_message (communication_id)")
    db.execute_sql("""
        CREATE TABLE outbox (
            id INTEGER NOT NULL PRIMARY KEY,
            uid VARCHAR(36) NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            deleted_at DATETIME,
            party_id INTEGER NOT NULL REFERENCES party (id) ON DELETE CASCADE,
            message_id VARCHAR(998) NOT NULL,
            message BLOB NOT NULL,
            sender VARCHAR(255) NOT NULL,
            recipients TEXT NOT NULL,
            subject TEXT NOT NULL,
            document_kind VARCHAR(12) NOT NULL,
            document_id INTEGER,
            status VARCHAR(8) NOT NULL,
            attempts INTEGER NOT NULL,
            last_error TEXT NOT NULL,
            last_error_code VARCHAR(40) NOT NULL,
            next_attempt_at DATETIME,
            sending_since DATETIME,
            sent_at DATETIME,
            communication_id INTEGER REFERENCES communication (id) ON DELETE SET NULL
        )""")
    db.execute_sql("CREATE UNIQUE INDEX outbox_uid ON outbox (uid)")
    db.execute_sql("CREATE UNIQUE INDEX outbox_message_id ON outbox (message_id)")
    db.execute_sql("CREATE INDEX outbox_updated_at ON outbox (updated_at)")
    db.execute_sql("CREATE INDEX outbox_status_next_attempt_at ON outbox (status, next_attempt_at)")
    db.execute_sql("CREATE INDEX outbox_party_id ON outbox (party_id)")
    db.execute_sql("CREATE INDEX outbox_document ON outbox (document_kind, document_id)")
