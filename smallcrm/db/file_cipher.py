"""Attachments encrypted like the database (AES-256-GCM, the ``cryptography`` package): a stolen laptop's
``crm-files/`` folder must not give away the passports and contracts that an encrypted database protects.

The key is derived from the database's SQLCipher key (HKDF-SHA256 with its own label), not kept as a second
secret: it lives wherever the database key lives (the keyring, or the passphrase typed at start), is never
out of step with it, and a passphrase-only set-up needs nothing more. A stored file is ``MAGIC``, a random
96-bit nonce, then the ciphertext with its tag; the magic bound in as associated data. A file without the
magic is a plain one (written before ``encrypt``), read as it is.
"""

from __future__ import annotations

import os
from pathlib import Path

MAGIC = b"SCRMENC1"
NONCE = 12


def attachment_key(db_key: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"smallcrm attachments v1").derive(db_key.encode("utf-8"))


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(MAGIC)


def seal(data: bytes, db_key: str | None) -> bytes:
    """``data`` as stored: encrypted under the database's key, or as it is for a plain database."""
    if db_key is None:
        return data
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE)
    return MAGIC + nonce + AESGCM(attachment_key(db_key)).encrypt(nonce, data, MAGIC)


def unseal(blob: bytes, db_key: str | None) -> bytes:
    """The bytes a stored file holds (a plain file as it is); a sealed one needs the database's key."""
    if not is_sealed(blob):
        return blob
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from smallcrm.errors import StorageError

    if db_key is None:
        raise StorageError("This attachment is encrypted and the database is not: its key is gone",
                           code="attachment_sealed")
    try:
        return AESGCM(attachment_key(db_key)).decrypt(blob[len(MAGIC):len(MAGIC) + NONCE],
                                                     blob[len(MAGIC) + NONCE:], MAGIC)
    except InvalidTag as exc:
        raise StorageError("An attachment does not decrypt (damaged, or encrypted with another key)",
                           code="attachment_sealed") from exc


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` over ``path`` atomically: a temporary file (0600) beside it, fsynced, renamed."""
    temp = path.with_name(f".part-{path.name}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, path)


def convert_files(folder: Path, old_key: str | None, new_key: str | None) -> int:
    """Every stored file of ``folder`` re-sealed from ``old_key`` to ``new_key`` (None: plain); a file already
    in the new form is left (so that a run cut short is finished by the next). Returns how many changed."""
    if not folder.is_dir():
        return 0
    changed = 0
    for path in sorted(folder.glob("*/*")):
        if not path.is_file() or path.name.startswith(".part-"):
            continue
        blob = path.read_bytes()
        if is_sealed(blob) == (new_key is not None):
            continue
        replace_file(path, seal(unseal(blob, old_key), new_key))
        changed += 1
    return changed
