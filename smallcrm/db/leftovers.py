"""Every file SmallCRM leaves beside the database, accounted for: what a killed backup, restore or conversion left
(removed at the next open: each is a copy of personal data nobody would ever look for), and the damaged files a
restore replaced (kept, since their log may hold the last commits; listed by ``smallcrm backups``, rotated,
and encrypted, or removed when they cannot be, by ``smallcrm encrypt``)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from smallcrm.db.backup import RESTORING, backup_folder

DAMAGED_KEPT = 2  # the newest damaged copies kept; older ones were restored over long ago
SIDES = ("", "-wal", "-shm", "-journal")
CONVERSIONS = (".encrypted-new", ".plain-new", ".before-encrypted", ".before-plain")


@dataclass(frozen=True)
class Leftover:
    path: Path
    kind: str  # "damaged copy" (kept) | "unfinished" (removed at the next open)
    taken_at: datetime  # UTC, the file's time
    size: int


def _info(path: Path, kind: str) -> Leftover:
    stat = path.stat()
    return Leftover(path, kind, datetime.fromtimestamp(stat.st_mtime, UTC).replace(tzinfo=None),
                    sum(p.stat().st_size for p in _with_sides(path) if p.exists()))


def _with_sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + side) for side in SIDES]


def damaged_copies(db_path: Path) -> list[Path]:
    """The damaged files restores replaced, newest first (their -wal and -shm go with them)."""
    db_path = Path(db_path)
    if not db_path.parent.is_dir():
        return []
    found = [p for p in db_path.parent.glob(f"{db_path.name}.damaged-*")
             if not p.name.endswith(SIDES[1:]) and not _converting(p)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _converting(path: Path) -> bool:
    """A conversion's own copy of a file (``<file>.plain-new``, ``<file>.before-encrypted``...), or its side."""
    name = path.name
    for side in SIDES[1:]:
        name = name.removesuffix(side)
    return name.endswith(CONVERSIONS)


def unfinished(db_path: Path) -> list[Path]:
    """What a killed backup (``backups/*.partial``), restore (``.restoring``) or conversion left: the
    conversion's copies of the database, of a backup or of a damaged copy (a ``.plain-new`` is the data in
    clear; the file it was made from is whole under its own name)."""
    db_path = Path(db_path)
    found = [p for p in (db_path.with_name(db_path.name + s) for s in (RESTORING,)) if p.exists()]
    found += sorted(p for p in db_path.parent.glob(f"{db_path.name}*") if p.name.endswith(CONVERSIONS))
    folder = backup_folder(db_path)
    if folder.is_dir():
        found += sorted(folder.glob(f"{db_path.stem}-*.partial"))
        found += sorted(p for p in folder.glob(f"{db_path.stem}-*") if p.name.endswith(CONVERSIONS))
    return found


def list_leftovers(db_path: Path) -> list[Leftover]:
    return [_info(p, "damaged copy") for p in damaged_copies(db_path)] + [
        _info(p, "unfinished") for p in unfinished(db_path)]


def remove_with_sides(path: Path) -> None:
    for side in _with_sides(path):
        with suppress(FileNotFoundError):
            side.unlink()


def convert_damaged_copies(db_path: Path, old_key: str | None, new_key: str | None) -> list[Path]:
    """Convert the damaged files restores replaced like the backups; when encrypting, one that cannot be read
    to be converted is removed, since a plain copy must not stay beside an encrypted database (its data is in
    the backups). Returns those removed."""
    from smallcrm.db.backup import backup_key
    from smallcrm.db.convert import convert_file
    from smallcrm.errors import StorageError

    removed = []
    for path in damaged_copies(db_path):
        source_key = backup_key(path, old_key)
        if (source_key is None) == (new_key is None):
            continue
        try:
            convert_file(path, source_key, new_key, wal=False)
        except StorageError:
            if new_key is not None:
                remove_with_sides(path)
                removed.append(path)
    return removed


def clean_leftovers(db_path: Path) -> list[Path]:
    """At open, under the instance lock (no backup, restore or conversion of this database is running): remove
    what was left unfinished and the damaged copies beyond the newest ``DAMAGED_KEPT``. Returns what went."""
    gone = unfinished(db_path) + damaged_copies(db_path)[DAMAGED_KEPT:]
    for path in gone:
        remove_with_sides(path)
    return gone
