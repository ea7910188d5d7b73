"""Keeping the database safe: backups, restore, checks. Restore and check work on a closed database."""

from __future__ import annotations

from pathlib import Path

from smallcrm.db import backup as backups
from smallcrm.db import leftovers
from smallcrm.db.cipher import connect, looks_encrypted
from smallcrm.db.connection import Database, open_database
from smallcrm.db.convert import convert_file
from smallcrm.db.erasure_ledger import ledger_path
from smallcrm.db.lock import InstanceLock
from smallcrm.services.admin.security import file_key, files_in_clear
from smallcrm.services.privacy.erasure_replay import keep_erasures_before_restore
from smallcrm.services.sales.seal import chain_problems

BackupInfo = backups.BackupInfo
Leftover = leftovers.Leftover


def make_backup(db: Database, keep: int | None = None) -> BackupInfo:
    from smallcrm.services.admin.settings import get_setting

    path = backups.make_backup(db.path, reason="manual", keep=keep or get_setting("backups_kept"), key=db.key)
    return next(b for b in backups.list_backups(db.path) if b.path == path)


def backups_folder(db_path: Path) -> Path:
    """Where the backups of the database at ``db_path`` are written (Help → About says it)."""
    return backups.backup_folder(db_path)


def list_backups(db_path: Path) -> list[BackupInfo]:
    return backups.list_backups(Path(db_path))


def list_leftovers(db_path: Path) -> list[Leftover]:
    """The copies beside the database that are not backups: damaged files restores replaced, unfinished copies."""
    return leftovers.list_leftovers(Path(db_path))


def is_encrypted_backup(info: BackupInfo) -> bool:
    return looks_encrypted(info.path)


def newest_good_backup(db_path: Path, passphrase: str | None = None) -> Path | None:
    """The newest backup that passes SQLite's quick check (what ``restore --latest`` restores)."""
    db_path = Path(db_path).absolute()
    found = backups.list_backups(db_path)
    key = file_key(db_path, passphrase, found[0].path if found else None)
    return backups.newest_good_backup(db_path, key)


def uncovered_backups(db_path: Path, key: str | None) -> list[str]:
    """Each backup whose erasures the erasure ledger does not all hold (restoring it, or an older one, could
    not replay them), or whose erasure log cannot be read: one line each; empty when the ledger covers all."""
    from smallcrm.db.erasure_ledger import LogUnreadable, not_in_ledger

    found = []
    for info in backups.list_backups(Path(db_path)):
        try:
            missing = not_in_ledger(Path(db_path), info.path, backups.backup_key(info.path, key))
        except LogUnreadable as exc:
            found.append(f"backup {info.path.name}: its erasure log cannot be read ({' '.join(str(exc).split())})")
            continue
        if missing:
            found.append(f"backup {info.path.name}: {len(missing)} erasure(s) in it are not in the erasure ledger "
                         f"{ledger_path(Path(db_path)).name}: restoring an older backup would not erase those "
                         "persons again")
    return found


def check_database(db_path: Path, passphrase: str | None = None) -> list[str]:
    """Integrity and foreign-key problems of the file, then the seals of the issued documents and their
    counters (``sales.seal``), then the backups the erasure ledger does not cover (``uncovered_backups``),
    then, for an encrypted database, every file of it left in clear beside it (``security.files_in_clear``);
    empty when sound."""
    key = file_key(db_path, passphrase)
    problems = backups.integrity_problems(Path(db_path), key=key)
    if problems:
        return problems
    conn = connect(Path(db_path), key, mode="ro")
    try:
        problems = chain_problems(conn.execute)
    finally:
        conn.close()
    problems += uncovered_backups(Path(db_path), key)
    clear = files_in_clear(Path(db_path))
    return problems + [f"not encrypted, beside an encrypted database: {p}" for p in clear[:20]] + (
        [f"... and {len(clear) - 20} more files not encrypted"] if len(clear) > 20 else [])


def _encrypt_copy(path: Path, key: str) -> None:
    """A plain backup restored into an encrypted set-up is encrypted with the database's key first."""
    convert_file(path, None, key, wal=True)


def restore_backup(db_path: Path, file: Path, passphrase: str | None = None) -> Path | None:
    """Replace the (closed) database with a checked backup; returns where the replaced data was kept.

    The replaced database's erasure log goes into the erasure ledger first (refused when it cannot be read and
    no ledger was kept); the open that follows replays the ledger, as every open does: killed anywhere after
    the swap, the next open erases the persons again."""
    db_path = Path(db_path).absolute()
    key = file_key(db_path, passphrase, Path(file))
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        keep_erasures_before_restore(db_path, key if db_path.exists() and looks_encrypted(db_path) else None)
        saved = backups.restore_backup(db_path, Path(file), key, _encrypt_copy)
    finally:
        lock.release()
    with open_database(db_path, passphrase=key if looks_encrypted(db_path) else None):  # migrates, replays
        pass
    return saved


def restore_into_open_database(db: Database, file: Path) -> Path | None:
    """Replace the open database with a checked backup and open it again in place (the window's restore:
    the caller waits until no other thread uses the database). Returns where the replaced data was kept.
    A database open read-only because it is damaged becomes writable once the backup is in its place."""
    if db.read_only:
        return _restore_over_read_only(db, Path(file))
    db.suspend()
    try:
        keep_erasures_before_restore(db.path, db.key)
        return backups.restore_backup(db.path, Path(file), db.key, _encrypt_copy)
    finally:
        db.resume(db.key if looks_encrypted(db.path) else None)


def _restore_over_read_only(db: Database, file: Path) -> Path | None:
    """The window opened a damaged file read-only (without the instance lock, since nothing was written): take
    the lock, restore, and hand the lock to the handle, which reopens the restored file for writing. A failed
    restore leaves the file and the read-only handle as they were."""
    lock = InstanceLock(db.path)
    lock.acquire()  # another SmallCRM on this file: in_use, nothing done
    db.suspend()
    try:
        keep_erasures_before_restore(db.path, db.key)
        saved = backups.restore_backup(db.path, file, db.key, _encrypt_copy)
    except BaseException:
        lock.release()
        db.reconnect_read_only()
        raise
    db.take_over(lock)
    db.resume(db.key if looks_encrypted(db.path) else None)
    return saved


def backup_if_due(db: Database) -> BackupInfo | None:
    """Today's automatic backup, when the newest is a day old or more (a long job: run it in the
    background). None when none was due."""
    path = backups.backup_if_due(db.path, key=db.key)
    return next((b for b in backups.list_backups(db.path) if b.path == path), None) if path else None
