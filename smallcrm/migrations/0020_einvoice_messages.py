"""The incoming list of e-invoice messages: every message read from the SdI's side (a receipt imported from a file
or fetched from the PEC mailbox), archived with its exact bytes, what it is, the file and invoice it matched, what
reading it did and why. Bad input is listed here too (unreadable, not PEC, a receipt for an unknown file, a
duplicate, a supplier's invoice), so nothing read is ever lost or silently dropped."""

TABLES = [
    """CREATE TABLE einvoice_message (
        id INTEGER NOT NULL PRIMARY KEY,
        received_at DATETIME NOT NULL,
        name VARCHAR(255) NOT NULL DEFAULT '',
        kind VARCHAR(20) NOT NULL,
        action VARCHAR(20) NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        file_name VARCHAR(255) NOT NULL DEFAULT '',
        sdi_id VARCHAR(255) NOT NULL DEFAULT '',
        sdi_message_id VARCHAR(255) NOT NULL DEFAULT '',
        sdi_at DATETIME,
        invoice_id INTEGER REFERENCES invoice (id) ON DELETE RESTRICT,
        einvoice_file_id INTEGER REFERENCES einvoice_file (id) ON DELETE RESTRICT,
        pec_sender VARCHAR(255) NOT NULL DEFAULT '',
        errors TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL,
        sha256 VARCHAR(64) NOT NULL,
        receipt_key VARCHAR(255) NOT NULL DEFAULT '')""",
    "CREATE INDEX einvoice_message_received ON einvoice_message (received_at, id)",
    "CREATE INDEX einvoice_message_file ON einvoice_message (einvoice_file_id, id)",
    "CREATE INDEX einvoice_message_invoice ON einvoice_message (invoice_id, id)",
    "CREATE INDEX einvoice_message_sha256 ON einvoice_message (sha256)",
    "CREATE INDEX einvoice_message_receipt_key ON einvoice_message (receipt_key)",
    """CREATE TRIGGER einvoice_message_kept BEFORE UPDATE OF data, sha256 ON einvoice_message
       BEGIN SELECT RAISE(ABORT, 'an archived e-invoice message keeps its bytes'); END""",
]


def upgrade(db):
    for statement in TABLES:
        db.execute_sql(statement)
