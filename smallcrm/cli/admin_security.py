"""`smallcrm encrypt` / `smallcrm decrypt`: encryption at rest of the database and its backups."""

from __future__ import annotations

import argparse
import os
import sys

from smallcrm.cli.output import emit_json
from smallcrm.cli.session import KEY_ENV, ask_passphrase, open_db
from smallcrm.errors import ValidationError
from smallcrm.keychain import keyring_available
from smallcrm.services.admin.security import ConversionResult, decrypt_database, encrypt_database


def register(commands) -> None:
    p = commands.add_parser("encrypt", help="encrypt the database and its backups (SQLCipher)")
    p.add_argument("--passphrase", action="store_true",
                   help="protect it with a passphrase, typed or from $SMALLCRM_DB_KEY (the default without a "
                        "system keyring; else a random key kept in the keyring)")
    p.set_defaults(handler=encrypt)
    p = commands.add_parser("decrypt", help="turn an encrypted database and its backups back into plain files")
    p.set_defaults(handler=decrypt)


def _new_passphrase() -> str:
    first = ask_passphrase("New passphrase: ")
    if ask_passphrase("Repeat it: ") != first:
        raise ValidationError("passphrase", "The two passphrases differ", code="mismatch")
    return first


def _report(result: ConversionResult, args: argparse.Namespace) -> None:
    if args.json:
        emit_json(result)
        return
    state = "encrypted" if result.encrypted else "a plain file again"
    print(f"{args.db_path} is now {state} ({result.backups_converted} backup(s) converted)")
    if result.encrypted and not result.key_saved:
        print("There is no system keyring here: the passphrase is asked each time the database is opened "
              "(or set SMALLCRM_DB_KEY)")
    for removed in result.damaged_removed:
        print(f"smallcrm: the damaged copy {removed} could not be encrypted and was removed (it was in clear)",
              file=sys.stderr)
    for failed in result.backups_failed:
        print(f"smallcrm: the backup {failed} could not be converted (damaged?) and was left as it was",
              file=sys.stderr)


def encrypt(args: argparse.Namespace) -> int:
    passphrase = None
    if args.passphrase or not keyring_available():
        passphrase = os.environ.get(KEY_ENV) or None
        if passphrase is None and not sys.stdin.isatty():
            raise ValidationError("passphrase", f"No system keyring here: set {KEY_ENV} to the passphrase or run "
                                  "this on a terminal", code="passphrase_needed")
        passphrase = passphrase or _new_passphrase()
    with open_db(args, create=False) as db:
        result = encrypt_database(db, passphrase)
    _report(result, args)
    return 0


def decrypt(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        result = decrypt_database(db)
    _report(result, args)
    return 0
