"""`smallcrm`: the command-line face of the core (the desktop window is the other)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from peewee import DatabaseError as PeeweeDatabaseError

from smallcrm import __version__
from smallcrm.cli import (
    admin,
    admin_company,
    admin_security,
    exchange_export,
    exchange_import,
    mail,
    parties,
    privacy,
    refunds,
    sales,
    server,
    sync,
    tax,
    timeline,
)
from smallcrm.cli.args import harden
from smallcrm.cli.safe_output import escape, safe_output
from smallcrm.config import resolve_db_location
from smallcrm.db.connection import storage_error_from
from smallcrm.errors import Conflict, NotFound, ServerError, SmallCrmError, StorageError, ValidationError

EXIT_CODES = """exit codes:
  0  done
  1  unexpected error (please report it)
  2  wrong usage of the command
  3  invalid input (the message names the field)
  4  record not found
  5  conflict with the current data (e.g. merging a record into itself)
  6  storage problem (database missing, damaged, read-only, locked by another SmallCRM) or a failed check
  7  a mail server could not be reached, refused the login or did not answer in time (a mail being sent stays
     in the outbox)
"""

_CODES = [(ValidationError, 3), (NotFound, 4), (Conflict, 5), (StorageError, 6), (ServerError, 7)]
COMMAND_GROUPS = (admin, admin_security, parties, timeline, sales, admin_company, tax, refunds, exchange_export,
                  exchange_import, privacy, mail, server, sync)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smallcrm", description="SmallCRM, the offline CRM. Without a command: a tour of your data.",
        epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="PATH", help="database file (default: $SMALLCRM_DB or the user data dir)")
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument("--lang", dest="typing_language", choices=("it", "en", "ro"), metavar="LANG",
                        help="how typed numbers are read: it and ro write 1.500,50, en 1,500.50 "
                             "(default: the language in the settings)")
    parser.add_argument("--version", action="version", version=f"smallcrm {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    harden(parser)
    return parser


def _not_utf8(argument: str) -> bool:
    """Bytes that were not UTF-8 reach Python as lone surrogates: nothing can store or print them."""
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = next((a for a in argv if _not_utf8(a)), None)
    if bad is not None:
        print(f"smallcrm: an argument is not UTF-8 text: {escape(bad)}", file=sys.stderr)
        return 2
    with safe_output():
        return _run(build_parser().parse_args(argv))


def _run(args: argparse.Namespace) -> int:
    args.db_path, args.db_is_default = resolve_db_location(args.db)
    handler = getattr(args, "handler", admin.tour)
    try:
        return handler(args) or 0
    except SmallCrmError as exc:
        print(f"smallcrm: {exc}", file=sys.stderr)
        return next((code for kind, code in _CODES if isinstance(exc, kind)), 1)
    except PeeweeDatabaseError as exc:
        print(f"smallcrm: {storage_error_from(exc, args.db_path)}", file=sys.stderr)
        return 6
    except BrokenPipeError:  # the reader went away (`smallcrm contacts list | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("smallcrm: interrupted, nothing was changed by the unfinished step", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"smallcrm: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 6


