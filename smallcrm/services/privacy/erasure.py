"""The right to erasure, and anonymisation.

Erasing a party deletes for real (with ``secure_delete``, then a scrub of the file, see ``db/scrub.py``)
the party and the records merged into it, their contact points, addresses, tag links, company links,
communications (also those logged on a company with this person) with their attachments, tasks,
consents, deals, quotes (also those an issued invoice was made from: the invoice's link to it goes) and
draft invoices, their audit entries, the tags only they had, and the names of the files that imported them.
What tax law keeps stays, and only that: issued invoices and credit notes with, of their copy of the
customer, what their seal covers (the name, address, VAT number and tax code; the e-mail goes), their lines
and amounts, and their payments (their free notes are cleared). When anything is kept, the party's own row
stays as an anonymous record in the trash, since the kept documents point to it. The erasure log records
when, why, by whom and how many of each kind went, with the party's uid only.

Anonymising keeps the record and its statistics (stage, owner, source, country, tags, deals, the kinds,
dates and durations of communications, documents) and replaces or deletes everything that says who the
person is.

Backups taken before an erasure still hold the data until rotation removes them (``backups_kept``);
restoring one replays the erasure log (``replay_erasures``).
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.erasure_ledger import COLUMNS, append_to_ledger, scrub_pending_path
from smallcrm.db.import_models import ImportBatch, ImportChange
from smallcrm.db.mail_models import MailReview, OutboxMessage
from smallcrm.db.models import (
    Address,
    Affiliation,
    Attachment,
    Communication,
    ContactPoint,
    Party,
    PartyPhoto,
    PartyTag,
    Tag,
    Task,
)
from smallcrm.db.privacy_models import AuditEntry, Consent, ErasureLog
from smallcrm.db.sales_models import Deal, Invoice, Payment, Quote, Refund
from smallcrm.db.scrub import Progress, scrub, secure_delete
from smallcrm.db.search_index import reindex_parties
from smallcrm.domain import AuditAction, ContactKind, ErasureAction, InvoiceStatus, PartyKind, RecordKind
from smallcrm.erased_records import BLANKED, LABEL
from smallcrm.errors import Conflict, StorageError, ValidationError
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.sales.seal import erased_customer
from smallcrm.services.timeline.attachments import remove_unreferenced_files
from smallcrm.text import digits, fold


@dataclass(frozen=True)
class ErasureView:
    uid: str
    at: datetime  # UTC
    who: str
    action: ErasureAction
    party_uid: str
    party_kind: PartyKind
    reason: str
    erased: dict[str, int]
    kept: dict[str, int]
    files_removed: int = 0
    wal_cleared: bool = True  # False: another reader held the WAL; the scrub should run again


def _view(row: ErasureLog, files: int = 0, cleared: bool = True) -> ErasureView:
    return ErasureView(row.uid, row.at, row.who, ErasureAction(row.action), row.party_uid, PartyKind(row.party_kind),
                       row.reason,
                       json.loads(row.erased), json.loads(row.kept), files, cleared)


def _group(party: Party) -> list[int]:
    """The party and every record merged into it (they hold older copies of the same person)."""
    ids, frontier = [party.id], [party.id]
    while frontier:
        frontier = [p.id for p in Party.select(Party.id).where(Party.merged_into.in_(frontier))]
        ids.extend(frontier)
    return ids


def _check_reason(reason: str, party: Party, group: list[int]) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", "Say why (e.g. the person asked on 3 March; retention ended)",
                              code="required")
    folded, numbers = fold(reason), digits(reason)
    names = [party.name, party.first_name, party.last_name, party.middle_name, party.nickname]
    points = [p.value for p in ContactPoint.select(ContactPoint.value).where(ContactPoint.party.in_(group))]
    if any(len(fold(n)) >= 3 and fold(n) in folded for n in (*names, *points)) or any(
            len(digits(v)) >= 6 and digits(v)[-6:] in numbers for v in points):
        raise ValidationError("reason", "The reason is kept: it must not repeat the name, e-mail or phone",
                              code="personal_data")
    return reason


def _prepare(party_id: int, reason: str) -> tuple[Party, list[int], str]:
    party = store.get_live(party_id, include_trash=True)
    if party.merged_into_id is not None:
        raise Conflict(f"This record was merged into record {party.merged_into_id}: erase that one",
                       code="merged", survivor=party.merged_into_id)
    group = _group(party)
    return party, group, _check_reason(reason, party, group)


def _communications(group: list[int]) -> list[int]:
    return [c.id for c in Communication.select(Communication.id)
            .where(Communication.party.in_(group) | Communication.person.in_(group))]


def _delete_identity(group: list[int], communications: list[int], counts: dict[str, int]) -> None:
    """What says who the person is and how to reach them, in every variant of the record."""
    addresses = [key for (key,) in ContactPoint.select(ContactPoint.match_key).where(
        ContactPoint.party.in_(group), ContactPoint.kind == ContactKind.EMAIL).tuples()]
    # mail from them still waiting on the review list, mail to them in the outbox, what imports remembered
    counts["unmatched_mails"] = MailReview.delete().where(
        MailReview.from_key.in_(addresses) | MailReview.party.in_(group)).execute()
    counts["outbox_mails"] = OutboxMessage.delete().where(OutboxMessage.party.in_(group)).execute()
    _rename_imports(group)
    counts["import_records"] = ImportChange.delete().where(ImportChange.party.in_(group)).execute()
    counts["attachments"] = Attachment.delete().where(Attachment.communication.in_(communications)).execute()
    counts["contact_points"] = ContactPoint.delete().where(ContactPoint.party.in_(group)).execute()
    counts["addresses"] = Address.delete().where(Address.party.in_(group)).execute()
    counts["photos"] = PartyPhoto.delete().where(PartyPhoto.party.in_(group)).execute()
    counts["company_links"] = Affiliation.delete().where(
        Affiliation.person.in_(group) | Affiliation.company.in_(group)).execute()
    counts["consents"] = Consent.delete().where(Consent.party.in_(group)).execute()
    counts["audit_entries"] = AuditEntry.delete().where(
        AuditEntry.party_id.in_(group) | ((AuditEntry.record_kind == RecordKind.COMMUNICATION)
                                          & AuditEntry.record_id.in_(communications))).execute()


def _blank(party: Party, label: str, now: datetime, trash: bool) -> None:
    name = f"{label} {party.kind} {party.id}"
    Party.update(**BLANKED, name=name, sort_key=fold(name), anonymised_at=now, updated_at=now
                 ).where(Party.id == party.id).execute()
    if trash:
        Party.update(deleted_at=now).where(Party.id == party.id, Party.deleted_at.is_null()).execute()


def _log(action: ErasureAction, party: Party, reason: str, erased: dict, kept: dict) -> ErasureLog:
    return ErasureLog.create(who=audit.current_user(), action=action, party_uid=party.uid, party_kind=party.kind,
                             reason=reason, erased=json.dumps(erased, sort_keys=True),
                             kept=json.dumps({k: v for k, v in kept.items() if v}, sort_keys=True))


def _finish(db: Database, row: ErasureLog, progress: Progress | None, ledger: bool) -> ErasureView:
    if ledger:  # committed: into the ledger a restore cannot lose (if this fails, the next open writes it)
        with suppress(OSError):
            append_to_ledger(db.path, [{c: getattr(row, c) for c in COLUMNS}])
    files = remove_unreferenced_files(db)
    try:
        cleared = scrub(db.pw, progress)
    except Exception as exc:  # the erasure itself is committed: say so, and clear the space at the next open
        from smallcrm.db.connection import storage_error_from

        cause = storage_error_from(exc)
        with suppress(OSError):
            scrub_pending_path(db.path).touch(mode=0o600)
        raise StorageError(
            f"The erasure is saved: the person's data is deleted. Clearing the space it freed in the file failed "
            f"({' '.join(str(exc).split())}); free some disk space: SmallCRM clears it at its next start",
            code="erased_not_cleared", reason=cause.code) from exc
    return _view(row, files, cleared)


def _rename_imports(group: list[int]) -> None:
    """An import that brought or changed the person keeps its counts for the history, not its file's name
    ("rossi-family.csv" says who was in it): it becomes ``import-<id>`` with the file's kind."""
    batches = ImportChange.select(ImportChange.batch).where(ImportChange.party.in_(group))
    for batch in ImportBatch.select().where(ImportBatch.id.in_(batches)):
        suffix = batch.file_name.rpartition(".")[2].lower() if "." in batch.file_name else ""
        name = f"import-{batch.id}" + (f".{suffix}" if suffix.isalnum() and len(suffix) <= 5 else "")
        ImportBatch.update(file_name=name).where(ImportBatch.id == batch.id).execute()


def _drop_orphan_tags(tags: list[int]) -> int:
    """Tags no one else has (a "Rossi relatives" tag names the person); shared ones stay."""
    used = PartyTag.select(PartyTag.tag).where(PartyTag.tag.in_(tags))
    return Tag.delete().where(Tag.id.in_(tags), Tag.id.not_in(used)).execute()


def _strip_issued(db: Database, group: list[int], unlink_quotes: bool = True) -> list[int]:
    """Issued documents keep of the customer what their seal covers (``LEGAL_CUSTOMER_FIELDS``: name, address,
    tax numbers), nothing else (the e-mail copied onto them is blanked), and lose their link to the quote they
    came from (which is erased whole). Triggers refuse any change to an issued document: that trigger is
    dropped for these statements and made again from its own stored text, in the erasure's transaction, so
    either both happen or neither. Returns the documents changed. ``unlink_quotes`` False (anonymising,
    which keeps the quotes for the statistics): the e-mail only."""
    theirs = Quote.select(Quote.id).where(Quote.party.in_(group))
    linked = Invoice.party.in_(group) | Invoice.quote.in_(theirs) if unlink_quotes else Invoice.party.in_(group)
    rows = list(Invoice.select(Invoice.id, Invoice.party, Invoice.customer_snapshot, Invoice.quote).where(
        Invoice.status == InvoiceStatus.ISSUED, linked))
    if not rows:
        return []
    found = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = 'invoice_issued_no_update'").fetchone()
    if found:
        db.execute_sql("DROP TRIGGER invoice_issued_no_update")
    for row in rows:
        changed: dict = {"quote": None} if unlink_quotes else {}
        if row.party_id in group and row.customer_snapshot:  # another customer's invoice keeps its copy
            changed["customer_snapshot"] = erased_customer(row.customer_snapshot)
        if changed:
            Invoice.update(**changed).where(Invoice.id == row.id).execute()
    if found:
        db.execute_sql(found[0])
    return [row.id for row in rows]


def erasure_preview(party_id: int) -> dict[str, dict[str, int]]:
    """What an erasure of this party would delete and what it would keep (for the confirmation)."""
    party = store.get_live(party_id, include_trash=True)
    group = _group(party)
    communications = _communications(group)
    issued = Invoice.select().where(Invoice.party.in_(group), Invoice.status == InvoiceStatus.ISSUED)
    return {
        "erased": {
            "contact_points": ContactPoint.select().where(ContactPoint.party.in_(group)).count(),
            "addresses": Address.select().where(Address.party.in_(group)).count(),
            "photos": PartyPhoto.select().where(PartyPhoto.party.in_(group)).count(),
            "communications": len(communications),
            "attachments": Attachment.select().where(Attachment.communication.in_(communications)).count(),
            "tasks": Task.select().where(Task.party.in_(group)).count(),
            "consents": Consent.select().where(Consent.party.in_(group)).count(),
            "deals": Deal.select().where(Deal.party.in_(group)).count(),
            "quotes": Quote.select().where(Quote.party.in_(group)).count(),
            "draft_invoices": Invoice.select().where(Invoice.party.in_(group),
                                                     Invoice.status == InvoiceStatus.DRAFT).count(),
        },
        "kept": {"issued_invoices": issued.count(),
                 "payments": Payment.select().join(Invoice).where(Invoice.party.in_(group),
                                                                  Invoice.status == InvoiceStatus.ISSUED).count()},
    }


def clear_payment_notes(group: list[int], now: datetime) -> None:
    """Payments and refunds stay with the issued invoices and credit notes (date, amount, method, bank
    reference: accounting records); the free notes written about them ("paid by his wife at the counter") go."""
    documents = Invoice.select(Invoice.id).where(Invoice.party.in_(group))
    Payment.update(notes="", updated_at=now).where(Payment.invoice.in_(documents), Payment.notes != "").execute()
    Refund.update(notes="", updated_at=now).where(Refund.credit_note.in_(documents), Refund.notes != "").execute()


def erase_party(db: Database, party_id: int, reason: str, progress: Progress | None = None,
                ledger: bool = True) -> tuple[ErasureView, Changes]:
    """Erase a person (or a company) for real, keeping only what tax law requires; see the module's text."""
    with secure_delete(db.pw), db.atomic():
        party, group, reason = _prepare(party_id, reason)
        communications = _communications(group)
        changes = Changes(parties=set(group), communications=set(communications))
        changes.parties.update(a.company_id for a in Affiliation.select().where(Affiliation.person.in_(group)))
        changes.parties.update(c.party_id for c in Communication.select().where(Communication.id.in_(communications)))
        counts: dict[str, int] = {}
        _delete_identity(group, communications, counts)
        counts["tasks"] = Task.delete().where(Task.party.in_(group)).execute()
        counts["communications"] = Communication.delete().where(Communication.id.in_(communications)).execute()
        tags = [t for (t,) in PartyTag.select(PartyTag.tag).where(PartyTag.party.in_(group)).tuples()]
        counts["tag_links"] = PartyTag.delete().where(PartyTag.party.in_(group)).execute()
        counts["tags"] = _drop_orphan_tags(tags)
        counts["deals"] = Deal.delete().where(Deal.party.in_(group)).execute()

        issued = list(Invoice.select(Invoice.id, Invoice.party)
                      .where(Invoice.party.in_(group), Invoice.status == InvoiceStatus.ISSUED))
        changes.invoices.update(_strip_issued(db, group))
        changes.quotes.update(q for (q,) in Quote.select(Quote.id).where(Quote.party.in_(group)).tuples())
        changes.tags.update(tags)
        counts["draft_invoices"] = Invoice.delete().where(Invoice.party.in_(group),
                                                          Invoice.status == InvoiceStatus.DRAFT).execute()
        counts["quotes"] = Quote.delete().where(Quote.party.in_(group)).execute()
        clear_payment_notes(group, utcnow())
        kept_parties = {i.party_id for i in issued}
        gone = [pid for pid in group if pid not in kept_parties]
        counts["parties"] = Party.delete().where(Party.id.in_(gone)).execute()
        now = utcnow()
        for shell in Party.select().where(Party.id.in_(list(kept_parties))):
            _blank(shell, LABEL, now, trash=True)
            audit.record(RecordKind.PARTY, shell, AuditAction.ERASE)
        reindex_parties(db.pw, group)
        kept = {"issued_invoices": len(issued), "party_records": len(kept_parties),
                "payments": Payment.select().where(Payment.invoice.in_([i.id for i in issued])).count()}
        row = _log(ErasureAction.ERASE, party, reason, counts, kept)
    return _finish(db, row, progress, ledger), changes


def anonymise_party(db: Database, party_id: int, reason: str, progress: Progress | None = None,
                    ledger: bool = True) -> tuple[ErasureView, Changes]:
    """Keep the record for statistics with nothing left that says who it was; see the module's text."""
    with secure_delete(db.pw), db.atomic():
        party, group, reason = _prepare(party_id, reason)
        communications = _communications(group)
        changes = Changes(parties=set(group), communications=set(communications))
        counts: dict[str, int] = {}
        _delete_identity(group, communications, counts)
        now = utcnow()
        counts["communications"] = Communication.update(subject="", body="", updated_at=now).where(
            Communication.id.in_(communications)).execute()
        counts["tasks"] = Task.update(title="—", notes="", updated_at=now).where(Task.party.in_(group)).execute()
        # titles may name the person ("Kitchen for Mrs Rossi"): the values and stages are the statistics
        counts["deals"] = Deal.update(title=fn.printf("Deal %d", Deal.id), notes="", updated_at=now).where(
            Deal.party.in_(group)).execute()
        counts["quotes"] = Quote.update(title="", notes="", updated_at=now).where(Quote.party.in_(group)).execute()
        counts["draft_invoices"] = Invoice.update(notes="", updated_at=now).where(
            Invoice.party.in_(group), Invoice.status == InvoiceStatus.DRAFT).execute()
        clear_payment_notes(group, now)
        changes.invoices.update(_strip_issued(db, group, unlink_quotes=False))
        for member in Party.select().where(Party.id.in_(group)):
            _blank(member, "Anonymous", now, trash=member.id != party.id)
        audit.record(RecordKind.PARTY, party, AuditAction.ANONYMISE)
        reindex_parties(db.pw, group)
        row = _log(ErasureAction.ANONYMISE, party, reason, counts, {})
    return _finish(db, row, progress, ledger), changes


def list_erasures(limit: int = 500) -> list[ErasureView]:
    return [_view(r) for r in ErasureLog.select().order_by(ErasureLog.at.desc(), ErasureLog.id.desc()).limit(limit)]
