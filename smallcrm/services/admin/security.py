"""Encryption at rest: turning the open database into an encrypted one (and back), and what the user is told
about where its key is kept."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from smallcrm.db import cipher
from smallcrm.db.backup import list_backups
from smallcrm.db.connection import Database
from smallcrm.db.convert import convert_backups, convert_file
from smallcrm.db.file_cipher import MAGIC, convert_files, is_sealed
from smallcrm.db.leftovers import convert_damaged_copies
from smallcrm.errors import Conflict, StorageError, ValidationError
from smallcrm.keychain import forget_secret, keyring_available, read_secret, store_secret

Progress = Callable[[int, int, str], None]
MIN_PASSPHRASE = cipher.MIN_PASSPHRASE


@dataclass(frozen=True)
class SecurityStatus:
    encrypted: bool
    available: bool  # SQLCipher is installed here
    unavailable_reason: str
    keyring: bool  # a system keyring works here
    key_in_keyring: bool  # the database opens without asking for its passphrase


@dataclass(frozen=True)
class ConversionResult:
    encrypted: bool
    key_saved: bool  # kept in the system keyring; False: this session only, the passphrase is asked at start
    backups_converted: int = 0
    backups_failed: list[Path] = field(default_factory=list)  # damaged backups left as they were
    damaged_removed: list[Path] = field(default_factory=list)  # damaged copies that could not be encrypted


def security_status(db: Database) -> SecurityStatus:
    stored = read_secret(cipher.key_name(cipher.salt_of(db.key))) if db.encrypted and keyring_available() else None
    return SecurityStatus(encrypted=db.encrypted, available=cipher.cipher_available(),
                          unavailable_reason=cipher.unavailable_reason(), keyring=keyring_available(),
                          key_in_keyring=stored == db.key and stored is not None)


def file_key(db_path: Path, passphrase: str | None = None, file: Path | None = None) -> str | None:
    """The key of a closed database (None when plain), or of ``file``, one of its backups, when the database
    itself is missing: ``needs_key`` / ``wrong_key`` as at open."""
    db_path = Path(db_path).absolute()
    if db_path.is_file() and cipher.looks_encrypted(db_path):
        return cipher.resolve_key(db_path, passphrase)
    if file is not None and Path(file).is_file() and cipher.looks_encrypted(Path(file)):
        return cipher.resolve_key(Path(file), passphrase)
    return None


def _check_passphrase(passphrase: str | None) -> None:
    if passphrase is None:
        if not keyring_available():
            raise ValidationError("passphrase", "There is no system keyring here to keep a key in: choose a "
                                  "passphrase (it will be asked at each start)", code="passphrase_needed")
        return
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", f"A passphrase needs at least {MIN_PASSPHRASE} characters",
                              code="too_short", min=MIN_PASSPHRASE)


def _convert_open(db: Database, new_key: str | None, progress: Progress | None
                  ) -> tuple[int, list[Path], list[Path]]:
    old_key = db.key
    report = progress or (lambda done, total, what: None)
    total = 1 + len(list_backups(db.path))
    report(0, total, db.path.name)
    db.suspend()
    try:
        convert_file(db.path, old_key, new_key, wal=True)
    except BaseException:
        db.resume(old_key)
        raise
    db.resume(new_key)
    failed = convert_backups(db.path, old_key, new_key, lambda done, _count, name: report(1 + done, total, name))
    removed = convert_damaged_copies(db.path, old_key, new_key)
    convert_files(_attachments(db.path), old_key, new_key)
    report(total, total, "")
    return total - 1 - len(failed), failed, removed


def encrypt_database(db: Database, passphrase: str | None = None, progress: Progress | None = None) -> ConversionResult:
    """Encrypt the open database and its backups: with ``passphrase``, or with a generated key kept in the
    system keyring. The key is stored before the file is replaced, so a crash never leaves data without it."""
    cipher.require_cipher()
    if db.encrypted:
        return _finish_encryption(db)
    _check_passphrase(passphrase)
    key = cipher.generated_key() if passphrase is None else cipher.key_from_passphrase(passphrase,
                                                                                       cipher.new_salt())
    name = cipher.key_name(cipher.salt_of(key))
    saved = store_secret(name, key)
    if not saved and passphrase is None:  # the keyring refused it: a key only this session knows would be lost
        forget_secret(name)
        raise StorageError("The system keyring did not accept the key: choose a passphrase instead",
                           code="keyring_failed")
    try:
        converted, failed, removed = _convert_open(db, key, progress)
    except BaseException:
        forget_secret(name)
        raise
    return ConversionResult(True, saved, converted, failed, removed)


def files_in_clear(db_path: Path) -> list[Path]:
    """For an encrypted database: every file of it in the data folder that is not encrypted: backups, damaged
    or unfinished copies (SQLite files in clear), attachments (stored as they came). Empty for a plain one.
    The erasure ledger, the lock and the clean-up marker hold no personal data and are not counted."""
    from smallcrm.db.leftovers import list_leftovers

    db_path = Path(db_path)
    if not (db_path.is_file() and cipher.looks_encrypted(db_path)):
        return []
    found = [p for p in [*(b.path for b in list_backups(db_path)), *(o.path for o in list_leftovers(db_path))]
             if p.is_file() and not cipher.looks_encrypted(p)]
    attachments = _attachments(db_path)
    if attachments.is_dir():
        found += sorted(p for p in attachments.glob("*/*") if p.is_file() and not _sealed(p))
    return found


def _attachments(db_path: Path) -> Path:
    return Path(db_path).with_name(f"{Path(db_path).stem}-files")  # timeline.attachments.files_folder


def _sealed(path: Path) -> bool:
    with open(path, "rb") as fh:
        return is_sealed(fh.read(len(MAGIC)))


def _finish_encryption(db: Database) -> ConversionResult:
    """``encrypt`` again on an encrypted database: an earlier run stopped after the database was converted
    (a kill, a power cut) and left backups or damaged copies in clear: convert them now with the database's
    key, so that running ``encrypt`` again finishes the job. Nothing left: the conflict says so."""
    if not files_in_clear(db.path):
        raise Conflict("The database is already encrypted", code="already_encrypted")
    plain = [b for b in list_backups(db.path) if not cipher.looks_encrypted(b.path)]
    failed = convert_backups(db.path, None, db.key)
    removed = convert_damaged_copies(db.path, None, db.key)
    convert_files(_attachments(db.path), None, db.key)
    return ConversionResult(True, security_status(db).key_in_keyring, len(plain) - len(failed), failed, removed)


def decrypt_database(db: Database, progress: Progress | None = None) -> ConversionResult:
    """Turn the open, encrypted database and its backups back into plain files; forget the key."""
    if not db.encrypted:
        raise Conflict("The database is not encrypted", code="not_encrypted")
    name = cipher.key_name(cipher.salt_of(db.key))
    converted, failed, _ = _convert_open(db, None, progress)
    if not failed:  # the backups left encrypted still need it
        forget_secret(name)
    return ConversionResult(False, False, converted, failed)
