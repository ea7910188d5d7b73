"""E-invoices (FatturaPA through the SdI):

- ``party.sdi_code`` and ``party.sdi_pec``: where the SdI delivers a customer's e-invoices (a 7-character Codice
  Destinatario, a public administration's 6-character office code, or a PEC address with "0000000").
- ``einvoice_file``: each FatturaPA file of an issued invoice or credit note, its exact bytes, its progressive
  (unique per sender) and its status with the SdI; ``einvoice_counter``: the last progressive per sender.
- Triggers: a file that has left (any status but to_send) keeps its bytes, name and invoice, and is never deleted.
"""

TABLES = [
    """CREATE TABLE einvoice_file (
        id INTEGER NOT NULL PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoice (id) ON DELETE RESTRICT,
        sender VARCHAR(255) NOT NULL,
        progressive VARCHAR(10) NOT NULL,
        file_name VARCHAR(255) NOT NULL UNIQUE,
        status VARCHAR(14) NOT NULL DEFAULT 'to_send',
        options TEXT NOT NULL DEFAULT '',
        xml BLOB NOT NULL,
        sha256 VARCHAR(64) NOT NULL,
        sdi_id VARCHAR(255) NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '',
        created_at DATETIME NOT NULL,
        status_at DATETIME NOT NULL)""",
    "CREATE UNIQUE INDEX einvoice_file_sender_progressive ON einvoice_file (sender, progressive)",
    "CREATE INDEX einvoice_file_invoice_id ON einvoice_file (invoice_id, id)",
    """CREATE TABLE einvoice_counter (
        sender VARCHAR(255) NOT NULL PRIMARY KEY,
        last_number INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TRIGGER einvoice_file_sent_no_change BEFORE UPDATE OF invoice_id, sender, progressive, file_name, xml,
       sha256 ON einvoice_file WHEN OLD.status <> 'to_send'
       BEGIN SELECT RAISE(ABORT, 'an e-invoice file that has left cannot be changed'); END""",
    """CREATE TRIGGER einvoice_file_sent_no_delete BEFORE DELETE ON einvoice_file WHEN OLD.status <> 'to_send'
       BEGIN SELECT RAISE(ABORT, 'an e-invoice file that has left cannot be deleted'); END""",
]


def upgrade(db):
    db.execute_sql("ALTER TABLE party ADD COLUMN sdi_code VARCHAR(7) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE party ADD COLUMN sdi_pec VARCHAR(255) NOT NULL DEFAULT ''")
    for statement in TABLES:
        db.execute_sql(statement)
