"""Verified, rotated copies of the database through SQLite's online backup API, and restoring them."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from smallcrm.clock import utcnow
from smallcrm.config import BACKUPS_KEPT
from smallcrm.errors import StorageError

STAMP = "%Y%m%dT%H%M%S%fZ"
SUFFIX = ".sqlite3"
DAILY = timedelta(days=1)
DATA_TABLES = ("party", "product", "invoice")  # a file with none of these rows has nothing worth a backup


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


def uri_path(path: Path) -> str:
    """``path`` for an SQLite ``file:`` URI: "#", "?" and "%" in a folder name must not cut it short."""
    return quote(str(path), safe="/\\:")


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """What SQLite's integrity (and foreign key) checks report for a file; empty when it is sound."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return ["not an SQLite database"]
        conn = sqlite3.connect(f"file:{uri_path(path)}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as exc:
        return [str(exc)]
    try:
        check = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {check}")]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key: {table} row {rowid} points to a missing {parent}"
                     for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def make_backup(db_path: Path, reason: str = "manual", keep: int = BACKUPS_KEPT) -> Path:
    """Copy the live database (readers and writers may go on) into the backups folder, verify, rotate."""
    folder = backup_folder(db_path)
    name = f"{db_path.stem}-{utcnow().strftime(STAMP)}-{reason}{SUFFIX}"
    final = folder / name
    partial = folder / (name + ".partial")
    try:
        folder.mkdir(exist_ok=True)
        src = sqlite3.connect(str(db_path))
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        problems = integrity_problems(partial)
        if problems:
            raise StorageError(f"The backup failed its integrity check: {problems[0]}", code="backup_bad")
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"Cannot write a backup to {folder}: {exc}", code="backup_failed") from exc
    finally:
        with suppress(OSError):  # e.g. the folder could not be made: there is nothing to clean up
            partial.unlink(missing_ok=True)
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return final


def newest_good_backup(db_path: Path) -> Path | None:
    for info in list_backups(db_path):
        if not integrity_problems(info.path, quick=True):
            return info.path
    return None


def restore_backup(db_path: Path, file: Path) -> Path | None:
    """Replace the database with ``file`` after checking it; returns where the replaced data was saved.

    The caller must hold the instance lock (no other connection open on ``db_path``).
    """
    file = Path(file)
    if not file.is_file():
        raise StorageError(f"There is no file {file}", code="missing")
    problems = integrity_problems(file)
    if problems:
        detail = " ".join(problems[0].split())
        raise StorageError(f"{file} is not a sound database ({detail}): not restored", code="damaged")
    probe = sqlite3.connect(f"file:{uri_path(file)}?mode=ro", uri=True)
    try:
        has_version = probe.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    finally:
        probe.close()  # "with sqlite3.connect()" only commits: it would leave the file open
    if not has_version:
        raise StorageError(f"{file} is not a SmallCRM database: not restored", code="not_a_database")

    saved: Path | None = None
    if db_path.exists():
        if integrity_problems(db_path, quick=True):
            saved = db_path.with_name(f"{db_path.name}.damaged-{utcnow().strftime(STAMP)}")
            shutil.move(db_path, saved)
            # the write-ahead log goes along: it may hold the last committed changes of the damaged file
            for side in ("-wal", "-shm"):
                old = db_path.with_name(db_path.name + side)
                if old.exists():
                    shutil.move(old, saved.with_name(saved.name + side))
        else:
            # no rotation here: it could delete the very backup being restored (the oldest one)
            saved = make_backup(db_path, reason="before-restore", keep=len(list_backups(db_path)) + 1)
    src = sqlite3.connect(f"file:{uri_path(file)}?mode=ro", uri=True)
    dst = sqlite3.connect(str(db_path))
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()
    return saved


def _daily_plan(db_path: Path) -> tuple[bool, int]:
    """Whether the file holds data, and how many backups the user keeps (the setting, read without peewee)."""
    conn = sqlite3.connect(f"file:{uri_path(db_path)}?mode=ro", uri=True)
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


def backup_if_due(db_path: Path, now: datetime | None = None) -> Path | None:
    """The daily backup: taken (verified, rotated) when the newest backup of any reason is a day old or
    more, or there is none; never for a file without data. Backups dated in the future (taken before the
    clock was set back) do not count, or they would silence the daily backup until that date."""
    now = now or utcnow()
    found = [b for b in list_backups(db_path) if b.taken_at <= now + timedelta(minutes=5)]
    if found and now - found[0].taken_at < DAILY:
        return None
    try:
        has_data, keep = _daily_plan(db_path)
    except sqlite3.Error as exc:
        raise StorageError(f"Cannot read {db_path} to back it up: {exc}", code="backup_failed") from exc
    return make_backup(db_path, reason="daily", keep=keep) if has_data else None
