"""Consents and the other lawful bases for keeping a party's data, per purpose; the party's review date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from smallcrm.changes import Changes
from smallcrm.clock import to_utc, utcnow
from smallcrm.db.connection import Database
from smallcrm.db.privacy_models import Consent
from smallcrm.domain import LawfulBasis, RecordKind, parse_choice
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit

MAX_PURPOSE = 100


@dataclass
class ConsentDraft:
    party_id: int
    purpose: str  # newsletter, profiling, ... (ConsentPurpose) or the user's own words
    lawful_basis: str = LawfulBasis.CONSENT
    given_at: datetime | None = None  # aware, or naive local time; now when missing
    how: str = ""  # how and where it was recorded: web form, signed paper, phone call...
    note: str = ""


@dataclass(frozen=True)
class ConsentView:
    id: int
    uid: str
    party_id: int
    purpose: str
    lawful_basis: str
    given_at: datetime  # UTC
    given_how: str
    withdrawn_at: datetime | None  # UTC
    withdrawn_how: str
    note: str

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def consent_view(row: Consent) -> ConsentView:
    return ConsentView(row.id, row.uid, row.party_id, row.purpose, row.lawful_basis, row.given_at, row.given_how,
                       row.withdrawn_at, row.withdrawn_how, row.note)


def _moment(value: datetime | None, field: str) -> datetime:
    moment = to_utc(value) if value is not None else utcnow()
    if moment > utcnow():
        raise ValidationError(field, "This cannot be in the future", code="future_date")
    return moment


def _active(party_id: int, purpose: str) -> Consent | None:
    return (Consent.select().where(Consent.party == party_id, Consent.purpose == purpose,
                                   Consent.withdrawn_at.is_null(), Consent.deleted_at.is_null()).first())


def record_consent(db: Database, draft: ConsentDraft) -> tuple[ConsentView, Changes]:
    """Record that a party gave consent (or that another lawful basis applies) for a purpose."""
    purpose = " ".join(draft.purpose.split()).lower()
    if not purpose:
        raise ValidationError("purpose", "Name the purpose (e.g. newsletter)", code="required")
    if len(purpose) > MAX_PURPOSE:
        raise ValidationError("purpose", f"A purpose is at most {MAX_PURPOSE} characters", code="too_long",
                              limit=MAX_PURPOSE)
    basis = parse_choice(LawfulBasis, draft.lawful_basis, "lawful_basis")
    given_at = _moment(draft.given_at, "given_at")
    with db.atomic():
        party = store.get_live(draft.party_id)
        if _active(party.id, purpose) is not None:
            raise Conflict(f"{party.name} already has an active consent for {purpose}; withdraw it first",
                           code="consent_active", purpose=purpose)
        row = Consent.create(party=party.id, purpose=purpose, lawful_basis=str(basis), given_at=given_at,
                             given_how=draft.how.strip(), note=draft.note.strip())
        audit.write_diff(RecordKind.PARTY, party, {"consent": ""}, {"consent": f"{purpose}: {basis}"})
    return consent_view(row), Changes(consents={row.id}, parties={party.id})


def withdraw_consent(db: Database, consent_id: int, withdrawn_at: datetime | None = None, how: str = ""
                     ) -> tuple[ConsentView, Changes]:
    """The party took the consent back: it stays in the history, no longer active."""
    when = _moment(withdrawn_at, "withdrawn_at")
    with db.atomic():
        row = Consent.get_or_none(Consent.id == consent_id, Consent.deleted_at.is_null())
        if row is None:
            raise NotFound(kind="Consent", ident=consent_id)
        if row.withdrawn_at is not None:
            raise Conflict(f"The consent for {row.purpose} was already withdrawn", code="consent_withdrawn")
        if when < row.given_at:
            raise ValidationError("withdrawn_at", "A consent cannot be withdrawn before it was given",
                                  code="before_given")
        row.withdrawn_at, row.withdrawn_how = when, how.strip()
        row.save()
        audit.write_diff(RecordKind.PARTY, row.party, {"consent": f"{row.purpose}: {row.lawful_basis}"},
                         {"consent": f"{row.purpose}: withdrawn"})
    return consent_view(row), Changes(consents={row.id}, parties={row.party_id})


def list_consents(party_id: int) -> list[ConsentView]:
    """All consents of a party, active first, then newest first (withdrawn ones stay as history)."""
    rows = (Consent.select().where(Consent.party == party_id, Consent.deleted_at.is_null())
            .order_by(Consent.withdrawn_at.is_null(False), Consent.given_at.desc(), Consent.id.desc()))
    return [consent_view(r) for r in rows]


def has_consent(party_id: int, purpose: str) -> bool:
    return _active(party_id, " ".join(purpose.split()).lower()) is not None


def set_review_date(db: Database, party_id: int, review_on: date | None) -> Changes:
    """When the data kept about this party is to be looked at again (None: no date)."""
    with db.atomic():
        party = store.get_live(party_id, include_trash=True)
        with audit.tracked(RecordKind.PARTY, party, values=lambda p: {"review_on": p.review_on}):
            party.review_on = review_on
            party.save()
    return Changes(parties={party_id})
