"""Sending e-invoices by PEC through the outbox:

- ``outbox.einvoice_file_id``: the e-invoice file a queued PEC message carries to the SdI. Such a message leaves
  from the PEC mailbox (not the ordinary mail account), and when the server accepts it the file becomes sent in
  the transaction that marks the message sent. A file that waits in the outbox is not deleted under it.
- ``einvoice_file.message_id``: the Message-ID of the PEC message that carried the file (the PEC provider's
  receipts name it).
"""


def upgrade(db):
    db.execute_sql("ALTER TABLE outbox ADD COLUMN einvoice_file_id INTEGER "
                   "REFERENCES einvoice_file (id) ON DELETE RESTRICT")
    db.execute_sql("CREATE INDEX outbox_einvoice_file_id ON outbox (einvoice_file_id) "
                   "WHERE einvoice_file_id IS NOT NULL")
    db.execute_sql("ALTER TABLE einvoice_file ADD COLUMN message_id VARCHAR(998) NOT NULL DEFAULT ''")
    db.execute_sql("CREATE INDEX einvoice_file_message_id ON einvoice_file (message_id) WHERE message_id <> ''")
