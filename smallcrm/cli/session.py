"""Opening the database a command works on, asking for the passphrase of an encrypted one."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from smallcrm.db.connection import Database, open_database
from smallcrm.db.read_only import open_read_only
from smallcrm.errors import StorageError
from smallcrm.numbers import set_typing_language
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)
from smallcrm.sync import triggers as sync_triggers  # noqa: F401  (every open refreshes team mode's triggers)

KEY_ENV = "SMALLCRM_DB_KEY"
ATTEMPTS = 3
T = TypeVar("T")


def ask_passphrase(prompt: str) -> str:
    """Read a passphrase without echo (tests replace this)."""
    return getpass.getpass(prompt)


def with_passphrase(args: argparse.Namespace, action: Callable[[str | None], T]) -> T:
    """Run ``action(passphrase)``: first with $SMALLCRM_DB_KEY (or none: the keychain's key), then, on a
    terminal, with what the user types when the database asks for its passphrase."""
    passphrase = os.environ.get(KEY_ENV) or None
    for attempt in range(ATTEMPTS + 1):
        try:
            return action(passphrase)
        except StorageError as exc:
            if exc.code not in ("needs_key", "wrong_key") or attempt == ATTEMPTS or not sys.stdin.isatty():
                raise
            if exc.code == "wrong_key":
                print("smallcrm: that passphrase does not open the database", file=sys.stderr)
            passphrase = ask_passphrase(f"Passphrase for {args.db_path}: ")
    raise AssertionError("unreachable")


def open_db(args: argparse.Namespace, create: bool = True, recreate: bool = False) -> Database:
    """The command's database, open; typed numbers are read from then on in ``--lang`` or the settings'
    language (so that ``pay 1 1.000`` is a thousand euro in an Italian shop). A lost database is not made
    anew unless ``recreate`` (``init --new``): the command stops and says how to restore it. A database that
    cannot be written opens read-only (a warning says so; its writes are refused)."""
    def opened(passphrase: str | None) -> Database:
        try:
            return open_database(args.db_path, create=create, create_folder=args.db_is_default,
                                 passphrase=passphrase, recreate=recreate)
        except StorageError as exc:
            path = Path(args.db_path)
            if exc.code not in ("read_only", "damaged") or not path.is_file():
                raise
            return open_read_only(path.absolute(), passphrase, str(exc), verify=exc.code == "read_only")

    db = with_passphrase(args, opened)
    if db.read_only:
        print(f"smallcrm: {db.path} is opened read-only ({db.read_only}): it can be read and exported, "
              "not changed", file=sys.stderr)
    set_typing_language(getattr(args, "typing_language", None) or get_setting("language"))
    return db
