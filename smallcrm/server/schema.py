"""The server's own schema in PostgreSQL, as numbered forward-only SQL steps (never the laptop's migrations).

Each step runs once, in its own transaction, and is recorded in ``server_schema``; ``smallcrm server init`` runs
the missing ones, so a server upgraded to a newer SmallCRM brings its database along.
"""

from __future__ import annotations

import psycopg

STEPS: list[tuple[int, str, str]] = [
    (1, "team mode", """
CREATE TABLE app_user (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    role text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE device (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    series_suffix text NOT NULL UNIQUE,
    last_seen_seq bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (user_id, name)
);
CREATE SEQUENCE op_seq;
CREATE SEQUENCE device_suffix_seq;  -- a series suffix is never given twice, even after its device is gone
CREATE TABLE op_log (
    seq bigint PRIMARY KEY,
    op_id uuid NOT NULL UNIQUE,
    device bigint,
    "user" text NOT NULL,
    kind text NOT NULL,
    tbl text NOT NULL,
    uid text NOT NULL,
    fields jsonb NOT NULL DEFAULT '{}',
    at text NOT NULL DEFAULT '',
    xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX op_log_uid ON op_log (uid);
CREATE INDEX op_log_xid ON op_log (xid);
CREATE TABLE record (
    tbl text NOT NULL,
    uid text NOT NULL,
    fields jsonb NOT NULL DEFAULT '{}',
    versions jsonb NOT NULL DEFAULT '{}',
    seq bigint NOT NULL,
    deleted_at timestamptz,
    erased boolean NOT NULL DEFAULT false,
    merged_into text,
    PRIMARY KEY (tbl, uid)
);
CREATE INDEX record_uid ON record (uid);
CREATE TABLE conflict (
    id bigserial PRIMARY KEY,
    tbl text NOT NULL,
    uid text NOT NULL,
    field text NOT NULL,
    kept jsonb,
    other jsonb,
    seq_kept bigint NOT NULL,
    seq_other bigint NOT NULL,
    settled_by text,
    settled_at timestamptz
);
CREATE INDEX conflict_open ON conflict (id) WHERE settled_at IS NULL;
CREATE TABLE erasure (
    uid text PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    by text NOT NULL
);
CREATE TABLE blob (
    sha256 text PRIMARY KEY,
    data bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
"""),
    (2, "snapshot order", """
-- a snapshot page is the next records of a table in the byte order of their uids (COLLATE "C": the same on every
-- server whatever its locale); the primary key's order is the database's collation, which PostgreSQL does not
-- use for a "C" order even when that collation is C, so without this index every page sorted the table
CREATE INDEX record_snapshot_order ON record (tbl, uid COLLATE "C");
"""),
    # an erasure finds what goes with the person (erasure.erased_with) and their payments by these references,
    # under the apply lock: by index, not by reading every record (one per field name of kinds.ERASED_WITH, and
    # the payments' and refunds' documents; a test checks that every name has one)
    (3, "erasure lookups by reference", """
CREATE INDEX record_merged_into ON record (merged_into);
CREATE INDEX record_ref_party_id ON record ((fields->>'party_id'));
CREATE INDEX record_ref_person_id ON record ((fields->>'person_id'));
CREATE INDEX record_ref_company_id ON record ((fields->>'company_id'));
CREATE INDEX record_ref_communication_id ON record ((fields->>'communication_id'));
CREATE INDEX record_ref_quote_id ON record ((fields->>'quote_id'));
CREATE INDEX record_ref_invoice_id ON record ((fields->>'invoice_id'));
CREATE INDEX record_ref_credit_note_id ON record ((fields->>'credit_note_id'));
"""),
    # a device is the laptop's file, not its name: two laptops of one user may share a name (two "MacBook-Pro"),
    # and a laptop rebuilt under its old name is a new file; each needs its own token and series suffix (numbers,
    # e-invoice file names). Laptops that send no key are still found by their name.
    (4, "devices by key", """
ALTER TABLE device ADD COLUMN device_key text;
ALTER TABLE device DROP CONSTRAINT device_user_id_name_key;
CREATE UNIQUE INDEX device_user_key ON device (user_id, device_key) WHERE device_key IS NOT NULL;
CREATE INDEX device_user_name ON device (user_id, name);
"""),
    # what names this team database to the ready file the server keeps for it (server/seed.py): object ids repeat
    # across clusters (a database made again on a new cluster has its old one's), a random id made here does not
    (5, "team identity", """
CREATE TABLE team_identity (id uuid NOT NULL DEFAULT gen_random_uuid(), made_at timestamptz NOT NULL DEFAULT now());
INSERT INTO team_identity DEFAULT VALUES;
"""),
]

LATEST = STEPS[-1][0]


def migrate(conn: psycopg.Connection) -> list[int]:
    """Run the steps ``conn``'s database lacks, each in its own transaction; returns the numbers run."""
    with conn.transaction():
        conn.execute("CREATE TABLE IF NOT EXISTS server_schema (version int PRIMARY KEY, name text NOT NULL, "
                     "applied_at timestamptz NOT NULL DEFAULT now())")
    done = {row[0] for row in conn.execute("SELECT version FROM server_schema")}
    ran = []
    for number, name, sql in STEPS:
        if number in done:
            continue
        with conn.transaction():
            conn.execute(sql)
            conn.execute("INSERT INTO server_schema (version, name) VALUES (%s, %s)", (number, name))
        ran.append(number)
    return ran


def current(conn: psycopg.Connection) -> int:
    """The newest step this database has run (0: none, not initialised)."""
    exists = conn.execute("SELECT to_regclass('server_schema') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = conn.execute("SELECT max(version) FROM server_schema").fetchone()
    return int(row[0] or 0) if row else 0
