"""Keeping the database safe: backups, restore, checks. Restore and check work on a closed database."""

from __future__ import annotations

from pathlib import Path

from smallcrm.db import backup as backups
from smallcrm.db.connection import open_database
from smallcrm.db.lock import InstanceLock

BackupInfo = backups.BackupInfo


def make_backup(db, keep: int | None = None) -> BackupInfo:
    from smallcrm.services.settings import get_setting

    path = backups.make_backup(db.path, reason="manual", keep=keep or get_setting("backups_kept"))
    return next(b for b in backups.list_backups(db.path) if b.path == path)


def list_backups(db_path: Path) -> list[BackupInfo]:
    return backups.list_backups(Path(db_path))


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest backup that passes SQLite's quick check (what ``restore --latest`` restores)."""
    return backups.newest_good_backup(Path(db_path).absolute())


def check_database(db_path: Path) -> list[str]:
    """Integrity and foreign-key problems of the file; empty when sound."""
    return backups.integrity_problems(Path(db_path))


def restore_backup(db_path: Path, file: Path) -> Path | None:
    """Replace the (closed) database with a checked backup; returns where the replaced data was kept. Erasures
    logged in the replaced database are done again on the restored one."""
    from smallcrm.services.erasure_replay import logged_erasures, replay_erasures

    db_path = Path(db_path).absolute()
    lock = InstanceLock(db_path)
    lock.acquire()
    try:
        erased = logged_erasures(db_path)  # a backup older than an erasure must not bring the person back
        saved = backups.restore_backup(db_path, Path(file))
    finally:
        lock.release()
    with open_database(db_path) as db:  # brings a restored older schema up to date
        replay_erasures(db, erased)
    return saved


def backup_if_due(db) -> BackupInfo | None:
    """Today's automatic backup, when the newest is a day old or more (a long job: run it in the
    background). None when none was due."""
    path = backups.backup_if_due(db.path)
    return next((b for b in backups.list_backups(db.path) if b.path == path), None) if path else None
