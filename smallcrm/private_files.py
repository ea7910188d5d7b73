"""Files and folders SmallCRM writes are private to the user (0600 and 0700): the database, its -wal and -shm
(SQLite gives them the database file's mode), backups, attachments and the copies made to preview or open them
hold personal data, and a shared computer's other accounts must not read them. The modes count on POSIX
systems; on Windows the user's own folders already keep other accounts out."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

FILE_MODE = 0o600
FOLDER_MODE = 0o700
TEMP_COPIES = ("previews", "attachments")  # the folders of ``private_temp`` the window uses


def private_folder(path: Path) -> Path:
    """``path`` made (with its missing parents) as a folder only the user can enter; an existing folder is
    left as it is (the user may share it on purpose), except the ones this module owns (``private_temp``)."""
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # made meanwhile by another process
            continue
        os.chmod(folder, FOLDER_MODE)  # the umask may have taken bits away, never added: set it exactly
    return path


def create_private_file(path: Path) -> None:
    """An empty file only the user can read, for SQLite (or a copy) to fill: SQLite would create it with the
    umask's mode (usually 0644). An existing file is left as it is."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` into ``path`` (replaced if it exists) readable by the user only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        if os.name == "posix":  # an existing file keeps its mode through O_TRUNC: set it
            os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb", closefd=False) as out:
            out.write(data)
    finally:
        os.close(fd)
    return Path(path)


def _cache() -> Path:
    return Path(platformdirs.user_cache_dir("SmallCRM", appauthor=False))


def clear_private_temp(*parts: str) -> int:
    """Remove the short-lived copies under ``private_temp(parts[0]) / parts[1:]`` (decrypted attachments and
    PDFs handed to another program: in clear, whatever the database's encryption, and still there after the
    person's erasure unless removed): the window clears them at its start and end, an erasure those of the
    person's entries. Returns how many files went; a file another program still holds (Windows) stays."""
    folder = _cache().joinpath(*parts)
    if not parts or not folder.is_dir():
        return 0
    removed = 0
    for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        try:
            if path.is_dir() and not path.is_symlink():
                path.rmdir()
            else:
                path.unlink()
                removed += 1
        except OSError:
            continue
    if len(parts) > 1:  # one entry's folder (its name is a record's id): goes too
        with contextlib.suppress(OSError):
            folder.rmdir()
    return removed


def private_temp(name: str) -> Path:
    """A folder of this user's own for short-lived copies (PDF previews, attachments opened in another
    program): in the user's cache folder, not in a /tmp folder every account shares and any could create
    first. Its mode is set to 0700 each time."""
    folder = private_folder(_cache() / name)
    if os.name == "posix":
        os.chmod(folder, FOLDER_MODE)
    return folder
