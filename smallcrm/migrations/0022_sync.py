"""Team mode's local tables (docs/TEAM-MODE.md). Empty on a laptop used alone, and nothing writes to them until
team mode is switched on at sign-in: the capture triggers are not made here but at sign-in and at every open
(``smallcrm/sync/triggers.py``), from the manifest and the columns the tables have then, so that they follow
every later migration; the migration runner drops them before any step and the next open makes them again.

- ``sync_outbox``: the operations made here, in order (``id``), each with its own ``op_id`` (sending twice is
  harmless); ``sent`` once the server answered; a refused one keeps its ``reason`` and ``message`` for the user.
- ``sync_state``: one row: ``team`` (team mode on), ``applying`` (the server's changes are being applied: the
  triggers stand aside), the feed's ``cursor``, the server, this device and its user, the last sync.
- ``sync_version``: per record and field, the server's seq last seen: a patch's ``base``.
- ``sync_conflict``: the server's open conflicts, as last fetched, for the conflicts list.
"""


def upgrade(db):
    db.execute_sql(
        "CREATE TABLE sync_outbox (id INTEGER NOT NULL PRIMARY KEY, "
        "op_id VARCHAR(32) NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))), kind VARCHAR(8) NOT NULL, "
        "tbl VARCHAR(40) NOT NULL, uid VARCHAR(255) NOT NULL, fields TEXT NOT NULL DEFAULT '{}', "
        "base TEXT NOT NULL DEFAULT '{}', "
        "at VARCHAR(30) NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), "
        "sent INTEGER NOT NULL DEFAULT 0, seq INTEGER, reason VARCHAR(60) NOT NULL DEFAULT '', "
        "message TEXT NOT NULL DEFAULT '')")
    db.execute_sql("CREATE INDEX sync_outbox_waiting ON sync_outbox (sent, id)")
    db.execute_sql(
        "CREATE TABLE sync_state (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), team INTEGER NOT NULL DEFAULT 0, "
        "applying INTEGER NOT NULL DEFAULT 0, cursor INTEGER NOT NULL DEFAULT 0, "
        "server_url TEXT NOT NULL DEFAULT '', device_id VARCHAR(64) NOT NULL DEFAULT '', "
        "device_suffix VARCHAR(20) NOT NULL DEFAULT '', user_name VARCHAR(255) NOT NULL DEFAULT '', "
        "role VARCHAR(20) NOT NULL DEFAULT '', last_sync_at VARCHAR(30) NOT NULL DEFAULT '', "
        "last_error TEXT NOT NULL DEFAULT '', triggers_hash VARCHAR(64) NOT NULL DEFAULT '')")
    db.execute_sql("INSERT INTO sync_state (id) VALUES (1)")
    db.execute_sql(
        "CREATE TABLE sync_version (tbl VARCHAR(40) NOT NULL, uid VARCHAR(255) NOT NULL, field VARCHAR(64) NOT NULL, "
        "seq INTEGER NOT NULL, PRIMARY KEY (tbl, uid, field)) WITHOUT ROWID")
    db.execute_sql(
        "CREATE TABLE sync_conflict (id INTEGER NOT NULL PRIMARY KEY, tbl VARCHAR(40) NOT NULL, "
        "uid VARCHAR(255) NOT NULL, field VARCHAR(64) NOT NULL, kept TEXT NOT NULL, other TEXT NOT NULL, "
        "seq_kept INTEGER, seq_other INTEGER)")
