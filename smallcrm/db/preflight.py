"""Checks before SQLite touches a database file: where it is (a folder, a file, writable), whether a lost
database would be silently replaced by a new one, and whether its -wal was deleted while it held commits.
Each refusal is one clear ``StorageError``; the file is left as it was."""

from __future__ import annotations

import os
import struct
from pathlib import Path

from smallcrm.db import backup as backups
from smallcrm.db import cipher
from smallcrm.errors import StorageError
from smallcrm.private_files import private_folder

SQLITE_HEADER = cipher.SQLITE_HEADER


def check_location(path: Path, create: bool, create_folder: bool, recreate: bool = False) -> None:
    folder = path.parent
    if not folder.exists():
        if not create_folder:
            raise StorageError(f"The folder {folder} does not exist", code="missing_folder")
        try:
            private_folder(folder)
        except OSError as exc:
            raise StorageError(f"Cannot create the folder {folder}: {exc.strerror}") from exc
    if path.exists():
        if not path.is_file():
            raise StorageError(f"{path} is not a file", code="not_a_database")
        try:
            with path.open("rb") as fh:
                head = fh.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise StorageError(f"Cannot read {path}: {exc.strerror}", code="unreadable") from exc
        if head and head != SQLITE_HEADER and not cipher.looks_encrypted(path):
            raise StorageError(f"{path} is not a SmallCRM database (not an SQLite file)",
                               code="not_a_database")
        # os.access alone says "writable" to root (or an admin) whatever the mode: honour the mode bits too,
        # so a file the user marked read-only is never written behind their back
        if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
            raise StorageError(f"{path} is read-only: SmallCRM needs to write to it", code="read_only")
    elif not create:
        raise StorageError(f"There is no database at {path}", code="missing")
    elif not recreate and (traces := previous_traces(path)):  # never a new, empty one in its place unasked
        raise StorageError(
            f"There is no database at {path}, but there was one: {traces[0]} is left of it. Restore a backup "
            f"(smallcrm --db {path} restore --latest; the backups are in {backups.backup_folder(path)}), or "
            "start anew with: smallcrm init --new", code="database_lost", traces=str(traces[0]))
    if not os.access(folder, os.W_OK):
        raise StorageError(f"The folder {folder} is read-only: SmallCRM needs to write there",
                           code="read_only")


def previous_traces(path: Path) -> list[Path]:
    """What says a database was here before: its backups, its erasure ledger, a restore's or a damaged copy."""
    from smallcrm.db.erasure_ledger import ledger_path

    found = [b.path for b in backups.list_backups(path)]
    found += [p for p in (ledger_path(path),) if p.exists()]
    found += sorted(path.parent.glob(f"{path.name}.damaged-*")) if path.parent.is_dir() else []
    return found


def wal_lost(path: Path) -> None:
    """Both checks of the log before SQLite opens the file: a -wal deleted, or one that is not its own."""
    _wal_deleted(path)
    _wal_foreign(path)


def _shm_head(path: Path) -> bytes:
    try:
        with open(path.with_name(path.name + "-shm"), "rb") as fh:
            return fh.read(100)
    except OSError:
        return b""


def _uncopied(head: bytes) -> int:
    """How many log frames the -shm's index holds beyond the last checkpoint (``mxFrame`` - ``nBackfill``)."""
    if len(head) < 100:
        return 0
    frames, copied = struct.unpack("=I", head[16:20])[0], struct.unpack("=I", head[96:100])[0]
    return max(0, frames - copied)


def _wal_foreign(path: Path) -> None:
    """A -wal beside the -shm that indexes commits not yet in the file, but written by another log (its salts,
    which every log's header carries and the -shm's index copies, differ): a copy from elsewhere, an older
    one a sync tool put back. SQLite would replay its pages into this file; refuse, saying so."""
    head, wal = _shm_head(path), path.with_name(path.name + "-wal")
    pending = _uncopied(head)
    if not pending or not head[12] or not wal.exists():  # nothing beyond the checkpoint, or never written
        return
    try:
        with open(wal, "rb") as fh:
            log = fh.read(32)
    except OSError:
        return
    if len(log) == 32 and log[16:24] != head[32:40]:
        raise StorageError(
            f"{wal.name} is not the log of {path.name} (it does not match {path.name}-shm, which indexes its last "
            f"{pending} page change(s)): it may come from another copy. Put the right -wal back if you have "
            f"it; else restore a backup (smallcrm --db {path} restore --latest)", code="wal_mismatch")


def _wal_deleted(path: Path) -> None:
    """A -shm without its -wal: SQLite's last close removes the -wal first, so that alone is harmless, unless
    the -shm's index says the log held commits not yet copied into the file (its ``mxFrame`` beyond the
    checkpoint's ``nBackfill``): then the -wal was deleted (by hand, a cleaner, a sync tool) and opening
    would silently lose those commits. Refuse, saying so, before SQLite opens anything."""
    shm, wal = path.with_name(path.name + "-shm"), path.with_name(path.name + "-wal")
    if wal.exists() or not shm.exists():
        return
    pending = _uncopied(_shm_head(path))
    if pending:
        raise StorageError(
            f"{wal.name} is missing beside {shm.name}: it held the last {pending} page change(s) not yet "
            f"in {path.name}, which are lost. Put the -wal file back if you have it; else restore a backup "
            f"(smallcrm --db {path} restore --latest) or accept the loss by removing {shm}", code="wal_missing")
