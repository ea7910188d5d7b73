"""Privacy (GDPR): consents, a review date per party, the erasure log and the audit log of changes."""

STATEMENTS = [
    "ALTER TABLE party ADD COLUMN review_on DATE",
    "ALTER TABLE party ADD COLUMN anonymised_at DATETIME",
    """CREATE TABLE consent (
        id INTEGER NOT NULL PRIMARY KEY,
        uid VARCHAR(36) NOT NULL,
        created_at DATETIME NOT NULL,
        updated_at DATETIME NOT NULL,
        deleted_at DATETIME,
        party_id INTEGER NOT NULL REFERENCES party (id) ON DELETE CASCADE,
        purpose VARCHAR(100) NOT NULL,
        lawful_basis VARCHAR(30) NOT NULL,
        given_at DATETIME NOT NULL,
        given_how VARCHAR(255) NOT NULL,
        withdrawn_at DATETIME,
        withdrawn_how VARCHAR(255) NOT NULL,
        note TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX consent_uid ON consent (uid)",
    "CREATE INDEX consent_updated_at ON consent (updated_at)",
    "CREATE INDEX consent_party_id ON consent (party_id)",
    # no personal data here: the party's uid, counts of what went, the reason
    """CREATE TABLE erasure_log (
        id INTEGER NOT NULL PRIMARY KEY,
        uid VARCHAR(36) NOT NULL,
        at DATETIME NOT NULL,
        who VARCHAR(255) NOT NULL,
        action VARCHAR(12) NOT NULL,
        party_uid VARCHAR(36) NOT NULL,
        party_kind VARCHAR(10) NOT NULL,
        reason TEXT NOT NULL,
        erased TEXT NOT NULL,
        kept TEXT NOT NULL
    )""",
    "CREATE UNIQUE INDEX erasure_log_uid ON erasure_log (uid)",
    "CREATE INDEX erasure_log_party_uid ON erasure_log (party_uid)",
    # party_id has no foreign key: an erasure deletes the rows of the party itself, and a trigger-free
    # insert keeps writes cheap
    """CREATE TABLE audit_log (
        id INTEGER NOT NULL PRIMARY KEY,
        at DATETIME NOT NULL,
        who VARCHAR(255) NOT NULL,
        record_kind VARCHAR(20) NOT NULL,
        record_id INTEGER NOT NULL,
        record_uid VARCHAR(36) NOT NULL,
        party_id INTEGER,
        action VARCHAR(12) NOT NULL,
        field VARCHAR(40) NOT NULL,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL
    )""",
    "CREATE INDEX audit_log_party_id_at ON audit_log (party_id, at)",
    "CREATE INDEX audit_log_record ON audit_log (record_kind, record_id)",
]


def upgrade(db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
