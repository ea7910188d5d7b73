"""Opening and closing the database for a front end (the window holds what this returns)."""

from __future__ import annotations

from pathlib import Path

from smallcrm.config import resolve_db_location
from smallcrm.db.connection import Database, open_database
from smallcrm.services.parties.lists import PartyQuery, count_parties
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)


def open_crm(location: str | None = None, passphrase: str | None = None, recreate: bool = False) -> Database:
    """The database at ``location`` (else $SMALLCRM_DB, else the user data folder), created and migrated.
    An encrypted one opens with ``passphrase`` or its key in the keychain, else ``StorageError`` with code
    ``needs_key`` / ``wrong_key``: ask the user and call again. A lost database (code ``database_lost``) is
    made anew only with ``recreate``: ask the user first (or restore, ``restore_newest``)."""
    path, is_default = resolve_db_location(location)
    return open_database(path, create_folder=is_default, passphrase=passphrase, recreate=recreate)


def restore_newest(location: str | None = None, passphrase: str | None = None) -> Path:
    """Restore the newest sound backup where the database was lost; returns the backup restored."""
    from smallcrm.errors import StorageError
    from smallcrm.services.admin.maintenance import newest_good_backup, restore_backup

    path, _ = resolve_db_location(location)
    good = newest_good_backup(path, passphrase)
    if good is None:
        raise StorageError(f"There is no sound backup of {path}", code="missing")
    restore_backup(path, good, passphrase)
    return good


def database_path(db: Database) -> Path:
    return db.path


def is_empty() -> bool:
    return count_parties(PartyQuery()) == 0


def release_connection(db: Database) -> None:
    """Close this thread's connection before a background job replaces the file (restore, encrypt,
    decrypt): the job reopens the database in place; this thread reconnects on its next query. The caller
    has waited for its other background jobs (each closes its connection when it ends)."""
    db.suspend()
