"""Opening and closing the database for a front end (the window holds what this returns)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from smallcrm.config import resolve_db_location
from smallcrm.db.connection import Database, open_database
from smallcrm.services.parties.lists import PartyQuery, count_parties
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)
from smallcrm.sync import triggers as sync_triggers  # noqa: F401  (every open refreshes team mode's triggers)


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


def open_crm_read_only(location: str | None, passphrase: str | None, why: str, damaged: bool = True) -> Database:
    """A database shown read-only (``db.read_only`` says ``why``): a damaged one as far as it still reads, or
    one that cannot be written (read-only media), checked as at open. Nothing is written, not even the lock;
    refused when it has erasures to replay (it would show an erased person) or needs a migration."""
    from smallcrm.db.read_only import open_read_only

    path, _ = resolve_db_location(location)
    return open_read_only(path.absolute(), passphrase, why, verify=not damaged)


def newest_backup_taken(location: str | None, passphrase: str | None = None) -> datetime | None:
    """When the backup a restore would put back was taken (UTC; the newest that passes the quick check), or
    None when there is no sound one."""
    from smallcrm.services.admin.maintenance import list_backups, newest_good_backup

    path, _ = resolve_db_location(location)
    good = newest_good_backup(path, passphrase)
    return next((b.taken_at for b in list_backups(path) if b.path == good), None) if good else None


def read_only_reason(db: Database) -> str:
    """Why the open database cannot be changed ("" when it can)."""
    return db.read_only


def opened_damaged(db: Database) -> bool:
    """Open read-only because it is damaged (not because it cannot be written): a restore is the way out."""
    return db.damaged


def database_serving(db: Database) -> bool:
    """Open and read by the models on this thread now (not closed, not suspended for a restore)."""
    return db.serving()


def database_path(db: Database) -> Path:
    return db.path


def is_empty() -> bool:
    return count_parties(PartyQuery()) == 0


def release_connection(db: Database) -> None:
    """Close this thread's connection before a background job replaces the file (restore, encrypt,
    decrypt): the job reopens the database in place; this thread reconnects on its next query. The caller
    has waited for its other background jobs (each closes its connection when it ends)."""
    db.suspend()
