"""Where things live: the database location and its override order (--db, SMALLCRM_DB, user data dir)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SmallCRM"
DB_ENV = "SMALLCRM_DB"
DB_FILENAME = "smallcrm.sqlite3"
BACKUPS_KEPT = 10


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_location(cli_value: str | None = None) -> tuple[Path, bool]:
    """The database file to open and whether it is the built-in default (whose folder we may create)."""
    if cli_value:
        return Path(cli_value).expanduser(), False
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser(), False
    return default_db_path(), True
