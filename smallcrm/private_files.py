"""Files and folders SmallCRM writes are private to the user (0600 and 0700): the database, its -wal and -shm
(SQLite gives them the database file's mode), backups, attachments and the copies made to preview or open them
hold personal data, and a shared computer's other accounts must not read them. The modes count on POSIX
systems; on Windows the user's own folders already keep other accounts out."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

FILE_MODE = 0o600
FOLDER_MODE = 0o700


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


def private_temp(name: str) -> Path:
    """A folder of this user's own for short-lived copies (PDF previews, attachments opened in another
    program): in the user's cache folder, not in a /tmp folder every account shares and any could create
    first. Its mode is set to 0700 each time."""
    folder = private_folder(Path(platformdirs.user_cache_dir("SmallCRM", appauthor=False)) / name)
    if os.name == "posix":
        os.chmod(folder, FOLDER_MODE)
    return folder
