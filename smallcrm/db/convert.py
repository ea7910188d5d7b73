"""Turning a plain database file into an encrypted one and back, never leaving a half-converted file in place.

The data is exported (SQLCipher's ``sqlcipher_export``) into a new file beside the old one, which is checked
(integrity check, and the same row count in every table) before it takes the old one's name in one atomic
rename. The old file stays under a ``.before-*`` name until the new one has opened under its real name.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from smallcrm.db import cipher
from smallcrm.db.backup import backup_key, integrity_problems, list_backups
from smallcrm.errors import StorageError
from smallcrm.private_files import create_private_file

SIDES = ("-wal", "-shm", "-journal")
Progress = Callable[[int, int, str], None]


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove(path: Path) -> None:
    for suffix in ("", *SIDES):
        with suppress(FileNotFoundError):
            _side(path, suffix).unlink()


def _tables(conn) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]


def row_counts(path: Path, key: str | None) -> dict[str, int]:
    """The number of rows of every table (the search index's own tables included)."""
    conn = cipher.connect(path, key, mode="ro")
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(conn)}
    finally:
        conn.close()


def export(source: Path, source_key: str | None, target: Path, target_key: str | None, wal: bool) -> None:
    """Write every table, index, trigger and view of ``source`` into the new file ``target`` under
    ``target_key`` (None: plain)."""
    cipher.require_cipher()
    _remove(target)
    create_private_file(target)
    conn = cipher.connect(source, source_key, isolation_level=None, through_cipher=True)
    try:
        target_spec = cipher.quoted(target_key or "")
        conn.execute(f"ATTACH DATABASE ? AS converted KEY '{target_spec}'", (str(target),))
        # the export commits table by table: synced each time that was 2-3 s for a 1 MB file (an encrypt of
        # a small database with 4 backups took 11 s); the new file is fsynced once below, checked, then renamed
        conn.execute("PRAGMA converted.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()
    out = cipher.connect(target, target_key, isolation_level=None)
    try:
        out.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    finally:
        out.close()
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def verify_copy(source: Path, source_key: str | None, target: Path, target_key: str | None) -> None:
    problems = integrity_problems(target, key=target_key)
    if problems:
        raise StorageError(f"The converted copy failed its integrity check ({problems[0]}); the database was "
                           "left as it was", code="convert_bad")
    before, after = row_counts(source, source_key), row_counts(target, target_key)
    if before != after:
        differ = sorted(t for t in before.keys() | after.keys() if before.get(t) != after.get(t))
        raise StorageError(f"The converted copy has other row counts than the original ({', '.join(differ)}); "
                           "the database was left as it was", code="convert_bad")


def _swap(path: Path, new: Path, keep: Path) -> None:
    """``new`` takes the name ``path`` in one rename; the old content stays reachable as ``keep``."""
    for suffix in ("-wal", "-journal"):  # a leftover log would be replayed onto the new file
        side = _side(path, suffix)
        if side.exists() and side.stat().st_size:
            raise StorageError(f"{side} is still in use: close every other program using the database "
                               "and try again", code="in_use")
        side.unlink(missing_ok=True)
    _remove(keep)
    try:
        os.link(path, keep)
    except OSError:  # a file system without hard links
        shutil.copy2(path, keep)
    os.replace(new, path)
    _side(path, "-shm").unlink(missing_ok=True)


def convert_file(path: Path, old_key: str | None, new_key: str | None, wal: bool) -> None:
    """Convert the closed file at ``path`` in place (the caller holds its lock)."""
    what = "encrypted" if new_key else "plain"
    new = _side(path, f".{what}-new")
    keep = _side(path, f".before-{what}")
    try:
        export(path, old_key, new, new_key, wal)
        verify_copy(path, old_key, new, new_key)
        _swap(path, new, keep)
    except (OSError, *cipher.ENGINE_ERRORS) as exc:
        raise StorageError(f"Cannot convert {path}: {exc}; the database was left as it was",
                           code="convert_failed") from exc
    finally:
        _remove(new)
    problems = integrity_problems(path, quick=True, key=new_key, foreign_keys=False)
    if problems:  # the renamed file does not read back: put the old one back
        os.replace(keep, path)
        raise StorageError(f"The converted database did not read back ({problems[0]}); the original was put "
                           "back", code="convert_bad")
    _remove(keep)


def convert_backups(db_path: Path, old_key: str | None, new_key: str | None,
                    progress: Progress | None = None) -> list[Path]:
    """Convert every backup of the database like the database itself; returns those that could not be
    (damaged ones: they are left as they were)."""
    found = list_backups(db_path)
    failed = []
    for done, info in enumerate(found):
        if progress:
            progress(done, len(found), info.path.name)
        source_key = backup_key(info.path, old_key)
        if (source_key is None) == (new_key is None):
            continue  # already in the new form
        try:
            convert_file(info.path, source_key, new_key, wal=False)
        except StorageError:
            failed.append(info.path)
    return failed

