"""Files on timeline entries. The bytes are stored once per content, named by their SHA-256, in a folder beside
the database (``crm.sqlite3`` → ``crm-files/ab/abcdef…``), written and fsynced before the row that points to them
is committed; a row never points to a missing file. Files no row points to (a rolled-back write, an erasure) are
removed by ``remove_unreferenced_files``."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from smallcrm.changes import Changes
from smallcrm.db import file_cipher
from smallcrm.db.connection import Database
from smallcrm.db.models import Attachment, Communication
from smallcrm.errors import NotFound, ValidationError
from smallcrm.private_files import private_folder

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


@dataclass(frozen=True)
class NewAttachment:
    file_name: str
    data: bytes
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class AttachmentView:
    id: int
    uid: str
    communication_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str


def files_folder(db: Database) -> Path:
    return db.path.with_name(f"{db.path.stem}-files")


def safe_file_name(name: str) -> str:
    """A name that is safe to show and to save under on any system (no folders, no control characters)."""
    cleaned = _UNSAFE.sub("_", name).strip(" .")
    return cleaned[:255] or "attachment"


def _stored_path(db: Database, sha256: str) -> Path:
    return files_folder(db) / sha256[:2] / sha256


def _already_stored(target: Path, data: bytes, db: Database) -> bool:
    """The same content is there, in the form the database wants (sealed when it is encrypted)."""
    if not target.exists():
        return False
    if not db.encrypted:
        return target.stat().st_size == len(data) and not target.read_bytes().startswith(file_cipher.MAGIC)
    with open(target, "rb") as fh:
        return fh.read(len(file_cipher.MAGIC)) == file_cipher.MAGIC


def _store_bytes(db: Database, data: bytes) -> str:
    digest = hashlib.sha256(data).hexdigest()
    target = _stored_path(db, digest)
    if _already_stored(target, data, db):
        return digest
    private_folder(target.parent)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(file_cipher.seal(data, db.key))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
    return digest


def keep_file(db: Database, data: bytes) -> str:
    """Store bytes that came from elsewhere (the team's server, for an attachment made on another laptop) as an
    attachment's file: by their content, sealed when the database is encrypted; returns their SHA-256."""
    return _store_bytes(db, data)


def stored_file(db: Database, sha256: str) -> bytes | None:
    """The bytes of a stored file (decrypted), or None when this laptop does not have it."""
    path = _stored_path(db, sha256)
    return file_cipher.unseal(path.read_bytes(), db.key) if path.is_file() else None


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(row.id, row.uid, row.communication_id, row.file_name, row.media_type, row.size, row.sha256)


def attach_files(db: Database, communication_id: int, files: list[NewAttachment]
                 ) -> tuple[list[AttachmentView], Changes]:
    """Attach files to a timeline entry (inside a caller's transaction too: the rows commit with it)."""
    with db.atomic():
        if not Communication.select().where(Communication.id == communication_id).exists():
            raise NotFound(kind="communication", ident=communication_id)
        rows = []
        for new in files:
            if not isinstance(new.data, bytes | bytearray):
                raise ValidationError("data", "An attachment must be bytes", code="invalid")
            digest = _store_bytes(db, bytes(new.data))
            rows.append(Attachment.create(communication=communication_id, file_name=safe_file_name(new.file_name),
                                          media_type=new.media_type or "application/octet-stream",
                                          size=len(new.data), sha256=digest))
    return [_view(r) for r in rows], Changes(attachments={r.id for r in rows}, communications={communication_id})


def list_attachments(communication_id: int) -> list[AttachmentView]:
    query = (Attachment.select().where(Attachment.communication == communication_id, Attachment.deleted_at.is_null())
             .order_by(Attachment.id))
    return [_view(r) for r in query]


def attachment_path(db: Database, attachment_id: int) -> Path:
    """Where the attachment's stored file is (encrypted when the database is: read it with
    ``read_attachment``; do not write to it: other rows may share it)."""
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    if row is None:
        raise NotFound(kind="attachment", ident=attachment_id)
    return _stored_path(db, row.sha256)


def read_attachment(db: Database, attachment_id: int) -> bytes:
    """The attachment's bytes, decrypted when the database is encrypted (``smallcrm.db.file_cipher``)."""
    return file_cipher.unseal(attachment_path(db, attachment_id).read_bytes(), db.key)


def remove_unreferenced_files(db: Database) -> int:
    """Delete stored files that no attachment row points to; returns how many were removed."""
    folder = files_folder(db)
    if not folder.is_dir():
        return 0
    referenced = {sha for (sha,) in Attachment.select(Attachment.sha256).tuples()}
    removed = 0
    for path in folder.glob("*/*"):
        if path.is_file() and path.name not in referenced:
            path.unlink()
            removed += 1
    return removed
