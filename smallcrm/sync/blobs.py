"""Attachments' files between laptops (docs/TEAM-MODE.md, "Versions and checks"): by content hash, through
``PUT/GET /blobs/<sha256>``. A laptop puts a file before it sends the operation that names it (so the server
never has an attachment whose file it cannot give), and gets the files of the attachments it has and lacks after
fetching the changes (an attachment whose file is not there yet is fetched at the next sync)."""

from __future__ import annotations

import hashlib

from smallcrm.db.connection import Database
from smallcrm.errors import NotFound
from smallcrm.services.timeline.attachments import keep_file, stored_file
from smallcrm.sync.kinds import OpKind


def put_files(db: Database, session, ops) -> int:
    """Put the files of the attachments these operations insert; returns how many were put."""
    put = 0
    for sha in {op.fields.get("sha256") for op in ops if op.table == "attachment" and op.kind == OpKind.INSERT}:
        data = stored_file(db, sha) if sha else None
        if data is not None:
            session.call("PUT", f"/blobs/{sha}", bytes(data))
            put += 1
    return put


def get_missing_files(db: Database, session) -> int:
    """Get the files of the live attachments this laptop lacks; returns how many came."""
    got = 0
    wanted = [sha for (sha,) in db.pw.execute_sql(
        "SELECT DISTINCT sha256 FROM attachment WHERE deleted_at IS NULL").fetchall()]
    for sha in wanted:
        if stored_file(db, sha) is not None:
            continue
        try:
            data = session.call("GET", f"/blobs/{sha}").get("bytes")
        except NotFound:
            continue  # not put yet by the laptop that has it: next time
        if isinstance(data, bytes) and hashlib.sha256(data).hexdigest() == sha:
            keep_file(db, data)
            got += 1
    return got
