"""Replaying the erasure log after a restore: a backup taken before an erasure brings the erased person back;
the erasures logged in the replaced database are done again on the restored one, and its log is completed."""

from __future__ import annotations

from pathlib import Path

from smallcrm.db import cipher
from smallcrm.db.connection import Database
from smallcrm.db.models import Party
from smallcrm.db.privacy_models import ErasureLog
from smallcrm.domain import ErasureAction

_COLUMNS = ("uid", "at", "who", "action", "party_uid", "party_kind", "reason", "erased", "kept")


def logged_erasures(db_path: Path, key: str | None = None) -> list[dict]:
    """The erasure log of a closed database file (empty when it has none or cannot be read)."""
    if not Path(db_path).exists():
        return []
    try:
        conn = cipher.connect(Path(db_path), key, mode="ro")
    except Exception:  # sqlite3's or SQLCipher's error: an unreadable file has no log to replay
        return []
    try:
        rows = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM erasure_log ORDER BY at, id").fetchall()
    except Exception:  # an older schema, a damaged file or a wrong key (sqlite3's or SQLCipher's error)
        return []
    finally:
        conn.close()
    return [dict(zip(_COLUMNS, row, strict=True)) for row in rows]


def replay_erasures(db: Database, entries: list[dict]) -> list[str]:
    """Erase (or anonymise) again every party of ``entries`` that the restored database still holds; copy the
    missing log entries. Returns the uids of the parties erased again."""
    from smallcrm.services.privacy.erasure import anonymise_party, erase_party

    known = {uid for (uid,) in ErasureLog.select(ErasureLog.uid).tuples()}
    replayed = []
    for entry in entries:
        if entry["uid"] in known:
            continue
        party = Party.get_or_none(Party.uid == entry["party_uid"])
        if party is not None and party.merged_into_id is None and party.anonymised_at is None:
            service = erase_party if entry["action"] == ErasureAction.ERASE else anonymise_party
            view, _ = service(db, party.id, entry["reason"])
            ErasureLog.delete().where(ErasureLog.uid == view.uid).execute()  # the original entry says it
            replayed.append(entry["party_uid"])
        ErasureLog.insert(**entry).execute()
    return replayed
