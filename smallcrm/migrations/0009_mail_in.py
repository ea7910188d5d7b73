"""Receiving mail: how far each IMAP folder was read, and the review list of messages from senders who match no
contact. The Message-IDs already logged are in ``mail_message``, which migration 0008 made for both directions.

ON DELETE behaviour: a ``mail_message`` row goes with its communication; a ``mail_review`` row goes
with the party it was filed under or the communication it was logged as (both set once it is decided), so erasing a
person removes every copy of their mail. A pending review row belongs to no party yet: it is found by ``from_key``.
"""


def upgrade(db):
    db.execute_sql("""
        CREATE TABLE mail_folder_state (
            id INTEGER NOT NULL PRIMARY KEY,
            account VARCHAR(255) NOT NULL,
            folder VARCHAR(255) NOT NULL,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL,
            updated_at DATETIME NOT NULL
        )""")
    db.execute_sql("CREATE UNIQUE INDEX mail_folder_state_account_folder ON mail_folder_state (account, folder)")

    db.execute_sql("""
        CREATE TABLE mail_review (
            id INTEGER NOT NULL PRIMARY KEY,
            uid VARCHAR(36) NOT NULL,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL,
            deleted_at DATETIME,
            message_id VARCHAR(998) NOT NULL,
            from_address VARCHAR(320) NOT NULL,
            from_key VARCHAR(320) NOT NULL,
            from_name VARCHAR(255) NOT NULL,
            subject TEXT NOT NULL,
            preview TEXT NOT NULL,
            sent_at DATETIME,
            reason VARCHAR(40) NOT NULL,
            folder VARCHAR(255) NOT NULL,
            imap_uid INTEGER,
            raw BLOB,
            raw_size INTEGER NOT NULL,
            status VARCHAR(10) NOT NULL,
            party_id INTEGER REFERENCES party (id) ON DELETE CASCADE,
            communication_id INTEGER REFERENCES communication (id) ON DELETE CASCADE
        )""")
    db.execute_sql("CREATE UNIQUE INDEX mail_review_uid ON mail_review (uid)")
    db.execute_sql("CREATE UNIQUE INDEX mail_review_message_id ON mail_review (message_id)")
    db.execute_sql("CREATE INDEX mail_review_status_sent_at ON mail_review (status, sent_at)")
    db.execute_sql("CREATE INDEX mail_review_from_key ON mail_review (from_key)")
    db.execute_sql("CREATE INDEX mail_review_party_id ON mail_review (party_id)")
    db.execute_sql("CREATE INDEX mail_review_communication_id ON mail_review (communication_id)")
    db.execute_sql("CREATE INDEX mail_review_updated_at ON mail_review (updated_at)")
