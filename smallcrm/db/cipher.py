"""Encrypted database files (SQLCipher): keys, raw connections, and telling an encrypted file from garbage.

A key is handed around as an SQLCipher raw key spec, ``x'<64 hex key><32 hex salt>'``: a passphrase is
stretched once (PBKDF2-HMAC-SHA512, 256,000 rounds, SQLCipher 4's defaults, with the salt kept in the file's
first 16 bytes) so that every later connection (worker threads, backups, checks) opens at once instead of
paying ~0.3 s of key derivation each time. A file made this way opens with the passphrase in any SQLCipher
4 tool as well. A generated key is 48 random bytes in the same form.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import sqlite3
from pathlib import Path
from urllib.parse import quote

try:  # the binary wheel exists for the common platforms only: plain databases work without it
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - depends on the platform
    sqlcipher = None

from smallcrm.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16
KDF_ROUNDS = 256_000
MIN_PASSPHRASE = 8
_SPEC = re.compile(r"x'[0-9a-f]{96}'")

ENGINE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + ((sqlcipher.Error,) if sqlcipher else ())
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,) + (
    (sqlcipher.OperationalError,) if sqlcipher else ())


def cipher_available() -> bool:
    return sqlcipher is not None


def unavailable_reason() -> str:
    """Why encryption cannot be offered here ("" when it can)."""
    if sqlcipher is None:
        return "the SQLCipher library (the sqlcipher3-binary package) is not installed for this platform"
    return ""


def require_cipher() -> None:
    if sqlcipher is None:
        raise StorageError(f"Encryption is not available: {unavailable_reason()}", code="cipher_unavailable")


def looks_encrypted(path: Path) -> bool:
    """An SQLCipher file: no SQLite header, whole pages, and a first page that looks random (an encrypted
    page repeats no 16-byte block; a text file or a pattern does)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    if size < 1024 or size % 512 or head.startswith(SQLITE_HEADER):
        return False
    blocks = [head[i:i + 16] for i in range(0, len(head), 16)]
    return len(set(blocks)) == len(blocks)


def new_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def file_salt(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(SALT_BYTES)


def key_from_passphrase(passphrase: str, salt: bytes) -> str:
    """The raw key spec of ``passphrase`` for a file with ``salt`` (a quarter of a second: call it once)."""
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, 32)
    return f"x'{key.hex()}{salt.hex()}'"


def generated_key() -> str:
    return f"x'{secrets.token_bytes(32).hex()}{new_salt().hex()}'"


def is_key_spec(text: str | None) -> bool:
    return bool(text and _SPEC.fullmatch(text))


def key_name(salt: bytes) -> str:
    """The keychain entry of a key, named by the salt every file encrypted with it carries in the clear in its
    first 16 bytes: the database and its backups share it, and it survives moving or renaming the file."""
    return f"database-key:{salt.hex()}"


def salt_of(key: str) -> bytes:
    """The salt part of a key spec."""
    return bytes.fromhex(key[66:98])


def uri_path(path: Path) -> str:
    """``path`` for an SQLite ``file:`` URI: "#", "?" and "%" in a folder name must not cut it short."""
    return quote(str(path), safe="/\\:")


def _uri(path: Path, mode: str | None) -> str:
    return f"file:{uri_path(path)}" + (f"?mode={mode}" if mode else "")


def connect(path: Path, key: str | None, *, mode: str | None = None, timeout: float = 5.0,
            isolation_level: str | None = "", through_cipher: bool = False) -> sqlite3.Connection:
    """A DB-API connection to ``path``: the standard library's for a plain file, SQLCipher's with the key
    applied for an encrypted one (a wrong key shows only at the first read: see ``check_key``).
    ``through_cipher``: SQLCipher's driver even for a plain file (to export it)."""
    if key is None and not through_cipher:
        return sqlite3.connect(_uri(path, mode), uri=True, timeout=timeout, isolation_level=isolation_level)
    require_cipher()
    conn = sqlcipher.connect(_uri(path, mode), uri=True, timeout=timeout, isolation_level=isolation_level)
    if key is None:
        return conn
    try:
        conn.execute(key_pragma(key))
    except BaseException:
        conn.close()
        raise
    return conn


def key_pragma(key: str) -> str:
    return f"PRAGMA key = '{quoted(key)}'"


def quoted(key: str) -> str:
    return key.replace("'", "''")


def check_key(conn) -> bool:
    """True when the connection's key opens its file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except ENGINE_ERRORS as exc:
        if "not a database" in str(exc):
            return False
        raise


def key_opens(path: Path, key: str) -> bool:
    conn = connect(path, key, mode="ro")
    try:
        return check_key(conn)
    finally:
        conn.close()


def resolve_key(path: Path, passphrase: str | None = None) -> str:
    """The key that opens the encrypted file at ``path`` (a database or one of its backups): from
    ``passphrase`` when given, else the one kept in the keychain under the file's salt.
    ``needs_key`` when there is none (ask the user), ``wrong_key`` when the passphrase does not open it
    (say so, ask again)."""
    from smallcrm.keychain import read_secret

    require_cipher()
    if passphrase is not None:
        key = passphrase if is_key_spec(passphrase) else key_from_passphrase(passphrase, file_salt(path))
        if key_opens(path, key):
            return key
        raise StorageError(f"The passphrase does not open {path}", code="wrong_key", path=str(path))
    stored = read_secret(key_name(file_salt(path)))
    if stored and key_opens(path, stored):
        return stored
    raise StorageError(f"{path} is encrypted: its passphrase is needed (set SMALLCRM_DB_KEY or type it when "
                       "asked)", code="needs_key", path=str(path))


if sqlcipher is not None:  # a wrong key is an expected answer, reported by us: no log lines on stderr
    _quiet = sqlcipher.connect(":memory:")
    _quiet.execute("PRAGMA cipher_log_level = NONE")
    _quiet.close()
