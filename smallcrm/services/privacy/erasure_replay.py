"""Replaying erasures: a backup taken before an erasure brings the erased person back; every open of a database
erases again the persons its erasure ledger (``db.erasure_ledger``, kept beside the file) names and it still
holds, and completes its log; a restore first copies the replaced database's log into the ledger."""

from __future__ import annotations

from pathlib import Path

from smallcrm.db.connection import Database, on_open
from smallcrm.db.erasure_ledger import (
    COLUMNS,
    LogUnreadable,
    append_to_ledger,
    logged_erasures,
    read_ledger,
    scrub_pending_path,
)
from smallcrm.db.models import Party
from smallcrm.db.privacy_models import ErasureLog
from smallcrm.db.scrub import scrub
from smallcrm.domain import ErasureAction
from smallcrm.errors import StorageError

_COLUMNS = COLUMNS


def keep_erasures_before_restore(db_path: Path, key: str | None) -> None:
    """Copy the erasure log of the database about to be replaced into the ledger, durably, before anything is
    replaced: from then on the ledger alone brings every erasure back (also when the restore is killed after
    the swap). Refuses (``StorageError``) when the log cannot be read and no ledger was kept: a restore then
    could bring erased persons back."""
    ledger = read_ledger(db_path)
    try:
        entries = logged_erasures(db_path, key)
    except LogUnreadable as exc:
        if ledger is None:
            raise StorageError(
                f"The erasure log of {db_path} cannot be read ({' '.join(str(exc).split())}) and no erasure "
                "ledger was kept beside it: a restore could bring erased persons back, so nothing was restored",
                code="erasures_unknown") from exc
        entries = []
    known = {e["uid"] for e in ledger or []}
    append_to_ledger(db_path, [e for e in entries if e["uid"] not in known])


def replay_erasures(db: Database, entries: list[dict]) -> list[str]:
    """Erase (or anonymise) again every party of ``entries`` that the database still holds; copy the missing
    log entries. Returns the uids of the parties erased again."""
    from smallcrm.services.privacy.erasure import anonymise_party, erase_party

    known = {uid for (uid,) in ErasureLog.select(ErasureLog.uid).tuples()}
    replayed = []
    for entry in entries:
        if entry["uid"] in known:
            continue
        party = Party.get_or_none(Party.uid == entry["party_uid"])
        if party is not None and party.merged_into_id is None and party.anonymised_at is None:
            service = erase_party if entry["action"] == ErasureAction.ERASE else anonymise_party
            view, _ = service(db, party.id, entry["reason"], ledger=False)
            ErasureLog.delete().where(ErasureLog.uid == view.uid).execute()  # the original entry says it
            replayed.append(entry["party_uid"])
        ErasureLog.insert(**entry).execute()
    return replayed


def settle_erasures(db: Database) -> list[str]:
    """At every open: replay what the ledger holds and the database's log does not, then write into the ledger
    what the log holds and the ledger does not (an erasure committed just before a crash, or a database
    opened here for the first time). Returns the uids of the parties erased again."""
    ledger = read_ledger(db.path)
    replayed = replay_erasures(db, ledger or [])
    known = {e["uid"] for e in ledger or []}
    missing = [{c: getattr(row, c) for c in _COLUMNS} for row in ErasureLog.select().order_by(ErasureLog.at)
               if row.uid not in known]
    if missing or ledger is None:
        append_to_ledger(db.path, missing)
    _clear_pending_space(db)
    return replayed


def _clear_pending_space(db: Database) -> None:
    """Clear the space an erasure freed when a full disk stopped it then; still no room: next time."""
    marker = scrub_pending_path(db.path)
    if not marker.exists():
        return
    try:
        scrub(db.pw)
    except Exception:  # sqlite3's or peewee's error: a full disk again; the marker stays
        return
    marker.unlink(missing_ok=True)


on_open(settle_erasures)  # every open of a database, once this module is imported
