"""E-invoices in team mode, and the incoming list in the user's words:

- ``einvoice_counter`` is keyed by sender and device part: a laptop alone numbers its files 00001, 00002 ... as
  before (device part ""); a laptop of a team numbers them in its own part (B0001 ...), so that two laptops of
  one team, sending for the same company, never make the same file name (the SdI refuses a name already used,
  00002). The counters a laptop had stay as they were, under the part "".
- ``einvoice_message.reason_code`` and ``reason_params`` (JSON): why a message was not used, as a code the window
  translates (the ``reason`` beside it stays in English, for the CLI and the log).
"""


def upgrade(db):
    db.execute_sql("CREATE TABLE einvoice_counter_new (sender VARCHAR(255) NOT NULL, "
                   "device VARCHAR(20) NOT NULL DEFAULT '', last_number INTEGER NOT NULL DEFAULT 0, "
                   "PRIMARY KEY (sender, device))")
    db.execute_sql("INSERT INTO einvoice_counter_new (sender, device, last_number) "
                   "SELECT sender, '', last_number FROM einvoice_counter")
    db.execute_sql("DROP TABLE einvoice_counter")
    db.execute_sql("ALTER TABLE einvoice_counter_new RENAME TO einvoice_counter")
    db.execute_sql("ALTER TABLE einvoice_message ADD COLUMN reason_code VARCHAR(40) NOT NULL DEFAULT ''")
    db.execute_sql("ALTER TABLE einvoice_message ADD COLUMN reason_params TEXT NOT NULL DEFAULT ''")
