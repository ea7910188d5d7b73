"""Opening and closing the database for a front end (the window holds what this returns)."""

from __future__ import annotations

from pathlib import Path

from smallcrm.config import resolve_db_location
from smallcrm.db.connection import Database, open_database
from smallcrm.services.parties.lists import PartyQuery, count_parties


def open_crm(location: str | None = None, passphrase: str | None = None) -> Database:
    """The database at ``location`` (else $SMALLCRM_DB, else the user data folder), created and migrated.
    An encrypted one opens with ``passphrase`` or its key in the keychain, else ``StorageError`` with code
    ``needs_key`` / ``wrong_key``: ask the user and call again."""
    path, is_default = resolve_db_location(location)
    return open_database(path, create_folder=is_default, passphrase=passphrase)


def database_path(db: Database) -> Path:
    return db.path


def is_empty() -> bool:
    return count_parties(PartyQuery()) == 0


def release_connection(db: Database) -> None:
    """Close this thread's connection before a background job replaces the file (restore, encrypt,
    decrypt): the job reopens the database in place; this thread reconnects on its next query. The caller
    has waited for its other background jobs (each closes its connection when it ends)."""
    db.suspend()
