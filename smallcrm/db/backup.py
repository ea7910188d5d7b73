"""Verified, rotated copies of the database through SQLite's online backup API, and restoring them."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from smallcrm.clock import utcnow
from smallcrm.config import BACKUPS_KEPT
from smallcrm.db.cipher import ENGINE_ERRORS, SQLITE_HEADER, check_key, connect, looks_encrypted
from smallcrm.errors import StorageError
from smallcrm.private_files import create_private_file, private_folder

STAMP = "%Y%m%dT%H%M%S%fZ"
SUFFIX = ".sqlite3"
RESTORING = ".restoring"  # a restore's copy until it takes the database's name
DAILY = timedelta(days=1)
DATA_TABLES = ("party", "product", "invoice")
ENCRYPTED_CHECK_CACHE_KIB = 128 * 1024  # the full check of a 730 MB encrypted file: ~52 s of CPU with 256 MB,
# several times that with SQLite's default 2 MB  # a file with none of these rows has nothing worth a backup


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    reason: str
    size: int


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _parse(db_path: Path, file: Path) -> BackupInfo | None:
    prefix = db_path.stem + "-"
    if not (file.name.startswith(prefix) and file.name.endswith(SUFFIX)):
        return None
    stamp, _, reason = file.name[len(prefix):-len(SUFFIX)].partition("-")
    try:
        taken = datetime.strptime(stamp, STAMP)
    except ValueError:
        return None
    return BackupInfo(file, taken, reason, file.stat().st_size)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of this database, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [info for f in folder.iterdir() if (info := _parse(db_path, f))]
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def integrity_problems(path: Path, quick: bool = False, key: str | None = None,
                       foreign_keys: bool = True) -> list[str]:
    """What SQLite's integrity (and foreign key) checks report for a file (encrypted with ``key``, or
    plain); empty when it is sound. ``quick`` reads every page of every table and index (a damaged or
    undecryptable page shows) but skips matching each index against its table."""
    try:
        if key is None:
            with open(path, "rb") as fh:
                if fh.read(16) != SQLITE_HEADER:
                    return ["not an SQLite database" + (" (it is encrypted)" if looks_encrypted(path) else "")]
        conn = connect(path, key, mode="ro")
    except (OSError, *ENGINE_ERRORS) as exc:
        return [str(exc)]
    try:
        if key is not None and not check_key(conn):
            return ["the key does not open this file (or its first page is damaged)"]
        if key is not None and not quick:  # every page re-read from disk is decrypted again: keep more of them
            conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CHECK_CACHE_KIB}")
        check = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}")]
        problems = [] if rows == ["ok"] else rows
        if foreign_keys:
            problems += [f"foreign key: {table} row {rowid} points to a missing {parent}"
                         for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except (*ENGINE_ERRORS, MemoryError) as exc:  # SQLCipher reports some undecryptable pages so
        return [str(exc) or "a page cannot be decrypted"]
    finally:
        conn.close()


def copy_pages(source: Path, target: Path, key: str | None, source_mode: str | None = None) -> None:
    """SQLite's online backup API (readers and writers of ``source`` may go on): ``target`` gets the same
    pages, encrypted with the same key, in rollback-journal mode so that it needs no -wal to be whole."""
    src = connect(source, key, mode=source_mode)
    try:
        dst = connect(target, key)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(db_path: Path, reason: str = "manual", keep: int = BACKUPS_KEPT, key: str | None = None,
                full_check: bool = False) -> Path:
    """Copy the live database (readers and writers may go on) into the backups folder, verify, rotate.

    The copy is verified with a quick check, not a full integrity check: the backup API copies the pages
    as they are, so what can go wrong is a damaged or unreadable page of the copy, which the quick check
    finds (it reads every page); the full check would add index-against-table matching of data that is the
    same as the live file's (at 750 MB: 2 s instead of 30 s). ``smallcrm check`` still runs the full one, and so
    does the daily backup (``full_check``: it runs in the background), with the foreign-key check: a damaged
    index or a broken link is found within a day even in a file too large to check in full at open."""
    folder = backup_folder(db_path)
    name = f"{db_path.stem}-{utcnow().strftime(STAMP)}-{reason}{SUFFIX}"
    final = folder / name
    partial = folder / (name + ".partial")
    try:
        private_folder(folder)
        create_private_file(partial)
        copy_pages(db_path, partial, key)
        problems = integrity_problems(partial, quick=not full_check, key=key, foreign_keys=full_check)
        if problems:
            raise StorageError(f"The backup failed its integrity check: {problems[0]}", code="backup_bad")
        _cover_in_ledger(db_path, partial, key)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, final)
    except (OSError, *ENGINE_ERRORS) as exc:
        raise StorageError(f"Cannot write a backup to {folder}: {exc}", code="backup_failed") from exc
    finally:
        with suppress(OSError):  # e.g. the folder could not be made: there is nothing to clean up
            partial.unlink(missing_ok=True)
    for old in list_backups(db_path)[max(1, keep):]:  # never the backup just made
        old.path.unlink(missing_ok=True)
    return final


def _cover_in_ledger(db_path: Path, copy: Path, key: str | None) -> None:
    """Part of a backup's check: the erasure ledger beside the database holds every erasure the copy's log
    holds (an append that failed after an erasure, a ledger deleted by hand: written again now), so that
    restoring any later backup, or an older one, still replays them."""
    from smallcrm.db.erasure_ledger import append_to_ledger, not_in_ledger

    missing = not_in_ledger(db_path, copy, key)
    if missing:
        append_to_ledger(db_path, missing)


def backup_key(file: Path, key: str | None) -> str | None:
    """The key a backup opens with: the database's for an encrypted copy, none for a plain one."""
    return key if key is not None and looks_encrypted(file) else None


def newest_good_backup(db_path: Path, key: str | None = None) -> Path | None:
    for info in list_backups(db_path):
        if not integrity_problems(info.path, quick=True, key=backup_key(info.path, key)):
            return info.path
    return None


EncryptCopy = Callable[[Path, str], None]


def restore_backup(db_path: Path, file: Path, key: str | None = None,
                   encrypt_copy: EncryptCopy | None = None) -> Path | None:
    """Replace the database with ``file`` after checking it; returns where the replaced data was saved.

    ``key`` is the database's key (None when plain); an encrypted backup opens with it. The restored file
    is encrypted as the backup was, except that a plain backup restored over an encrypted database is
    encrypted with its key by ``encrypt_copy(path, key)`` (``convert.convert_file``, given by the caller:
    it builds on this module), and refused without it (restoring must not turn the set-up back into a plain
    file). The caller must hold
    the instance lock (no other connection open on ``db_path``).
    """
    file = Path(file)
    if not file.is_file():
        raise StorageError(f"There is no file {file}", code="missing")
    if db_path.exists() and file.resolve() == Path(db_path).resolve():
        raise StorageError(f"{file} is the database itself: restore a backup (see: smallcrm backups)",
                           code="same_file")
    file_key = backup_key(file, key)
    current_key = key if db_path.exists() and looks_encrypted(db_path) else None
    problems = integrity_problems(file, key=file_key)
    if problems:
        detail = " ".join(problems[0].split())
        raise StorageError(f"{file} is not a sound database ({detail}): not restored", code="damaged")
    probe = connect(file, file_key, mode="ro")
    try:
        has_version = probe.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    finally:
        probe.close()  # "with sqlite3.connect()" only commits: it would leave the file open
    if not has_version:
        raise StorageError(f"{file} is not a SmallCRM database: not restored", code="not_a_database")

    restoring = db_path.with_name(db_path.name + RESTORING)
    _remove_with_sides(restoring)
    try:  # the whole copy under a temporary name first: a kill mid-copy leaves the old database in place
        create_private_file(restoring)
        copy_pages(file, restoring, file_key, source_mode="ro")
        if current_key is not None and file_key is None:  # a plain backup into an encrypted set-up
            if encrypt_copy is None:
                raise StorageError(f"{file} is a plain backup and {db_path} is encrypted: not restored",
                                   code="not_encrypted")
            encrypt_copy(restoring, current_key)
        else:
            conn = connect(restoring, file_key)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
            finally:
                conn.close()
        _fsync(restoring)
        saved = _set_aside(db_path, current_key) if db_path.exists() else None
        for side in ("-wal", "-shm"):  # a log left beside the new file would be replayed into it
            db_path.with_name(db_path.name + side).unlink(missing_ok=True)
        os.replace(restoring, db_path)
        _fsync(db_path.parent)
    finally:
        _remove_with_sides(restoring)
    return saved


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_sides(path: Path) -> None:
    for side in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + side).unlink(missing_ok=True)


def _set_aside(db_path: Path, key: str | None) -> Path:
    """Keep what a restore replaces: a sound file as a before-restore backup (its log checkpointed into it, so
    that removing the -wal loses nothing), a damaged one copied with its log under a ``.damaged-`` name (the
    log may hold its last committed changes); the file itself stays until the rename replaces it."""
    if integrity_problems(db_path, quick=True, key=key):
        saved = db_path.with_name(f"{db_path.name}.damaged-{utcnow().strftime(STAMP)}")
        for side in ("", "-wal", "-shm"):
            old = db_path.with_name(db_path.name + side)
            if old.exists():
                create_private_file(saved.with_name(saved.name + side))
                shutil.copyfile(old, saved.with_name(saved.name + side))
                _fsync(saved.with_name(saved.name + side))
        return saved
    # no rotation here: it could delete the very backup being restored (the oldest one)
    saved = make_backup(db_path, reason="before-restore", keep=len(list_backups(db_path)) + 1, key=key)
    conn = connect(db_path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return saved


def _daily_plan(db_path: Path, key: str | None) -> tuple[bool, int]:
    """Whether the file holds data, and how many backups the user keeps (the setting, read without peewee)."""
    conn = connect(db_path, key, mode="ro")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        has_data = any(conn.execute(f"SELECT EXISTS (SELECT 1 FROM {t})").fetchone()[0]
                       for t in DATA_TABLES if t in tables)
        keep = BACKUPS_KEPT
        if "setting" in tables:
            row = conn.execute("SELECT value FROM setting WHERE key = 'backups_kept'").fetchone()
            with suppress(ValueError, TypeError):
                keep = max(1, int(json.loads(row[0]))) if row else keep
        return has_data, keep
    finally:
        conn.close()


def backup_if_due(db_path: Path, now: datetime | None = None, key: str | None = None) -> Path | None:
    """The daily backup: taken (verified, rotated) when the newest backup of any reason is a day old or
    more, or there is none; never for a file without data. Backups dated in the future (taken before the
    clock was set back) do not count, or they would silence the daily backup until that date."""
    now = now or utcnow()
    found = [b for b in list_backups(db_path) if b.taken_at <= now + timedelta(minutes=5)]
    if found and now - found[0].taken_at < DAILY:
        return None
    try:
        has_data, keep = _daily_plan(db_path, key)
    except ENGINE_ERRORS as exc:
        raise StorageError(f"Cannot read {db_path} to back it up: {exc}", code="backup_failed") from exc
    return make_backup(db_path, reason="daily", keep=keep, key=key, full_check=True) if has_data else None
