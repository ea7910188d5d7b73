"""Opening the database a command works on."""

from __future__ import annotations

import argparse

from smallcrm.db.connection import Database, open_database


def open_db(args: argparse.Namespace, create: bool = True) -> Database:
    return open_database(args.db_path, create=create, create_folder=args.db_is_default)
