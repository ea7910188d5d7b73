"""Deals: the sales pipeline per party, and the weighted forecast by month."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from smallcrm.changes import Changes
from smallcrm.clock import utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import Party
from smallcrm.db.sales_models import Deal
from smallcrm.domain import AuditAction, DealStage, RecordKind, parse_choice
from smallcrm.errors import NotFound, ValidationError
from smallcrm.money import from_cents, parse_money, round_cents, to_cents
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties import store
from smallcrm.services.privacy import audit
from smallcrm.services.views import PartyRef
from smallcrm.validation import required

CLOSED = {DealStage.WON, DealStage.LOST}
# what a stage implies when nobody says otherwise
STAGE_PROBABILITY = {DealStage.NEW: 10, DealStage.QUALIFIED: 25, DealStage.PROPOSAL: 50,
                     DealStage.NEGOTIATION: 75, DealStage.WON: 100, DealStage.LOST: 0}


@dataclass
class DealDraft:
    party_id: int
    title: str
    value: object = 0
    stage: DealStage = DealStage.NEW
    probability: int | None = None  # percent; None: the stage's usual one
    expected_close: date | None = None
    notes: str = ""
    owner: str | None = None


@dataclass(frozen=True)
class DealView:
    id: int
    uid: str
    party: PartyRef
    title: str
    stage: DealStage
    value: Decimal
    probability: int
    weighted: Decimal
    expected_close: date | None
    notes: str
    owner: str
    closed_at: object


@dataclass(frozen=True)
class ForecastMonth:
    month: str  # "2026-11"
    deals: int
    value: Decimal
    weighted: Decimal


def deal_view(deal: Deal) -> DealView:
    value = from_cents(deal.value_cents)
    return DealView(deal.id, deal.uid, store.ref(deal.party), deal.title, DealStage(deal.stage), value,
                    deal.probability, round_cents(value * deal.probability / 100), deal.expected_close, deal.notes,
                    deal.owner, deal.closed_at)


def _get(deal_id: int) -> Deal:
    deal = Deal.get_or_none(Deal.id == deal_id, Deal.deleted_at.is_null())
    if deal is None:
        raise NotFound(kind="Deal", ident=deal_id)
    return deal


def _set_stage(deal: Deal, stage: DealStage, probability: int | None) -> None:
    deal.stage = str(stage)
    deal.probability = STAGE_PROBABILITY[stage] if probability is None or stage in CLOSED else probability
    deal.closed_at = (deal.closed_at or utcnow()) if stage in CLOSED else None


def _fill(deal: Deal, draft: DealDraft) -> None:
    with audit.tracked(RecordKind.DEAL, deal):
        _fill_fields(deal, draft)


def _fill_fields(deal: Deal, draft: DealDraft) -> None:
    store.get_live(draft.party_id)
    if draft.probability is not None and not 0 <= draft.probability <= 100:
        raise ValidationError("probability", "A probability is between 0 and 100", code="out_of_range")
    deal.party = draft.party_id
    deal.title = required(draft.title, "title")
    deal.value_cents = to_cents(parse_money(draft.value, "value"))
    deal.expected_close, deal.notes = draft.expected_close, draft.notes.strip()
    if draft.owner is not None or not deal.owner:
        deal.owner = (draft.owner if draft.owner is not None else get_setting("default_owner")).strip()
    _set_stage(deal, parse_choice(DealStage, draft.stage, "stage"), draft.probability)
    deal.save()


def create_deal(db: Database, draft: DealDraft) -> tuple[DealView, Changes]:
    with db.atomic():
        deal = Deal()
        _fill(deal, draft)
    return deal_view(deal), Changes(deals={deal.id}, parties={deal.party_id})


def update_deal(db: Database, deal_id: int, draft: DealDraft) -> tuple[DealView, Changes]:
    with db.atomic():
        deal = _get(deal_id)
        _fill(deal, draft)
    return deal_view(deal), Changes(deals={deal.id}, parties={deal.party_id})


def move_deal(db: Database, deal_id: int, stage: DealStage) -> tuple[DealView, Changes]:
    """Drag a deal to another stage of the pipeline (its probability follows the stage)."""
    moved, changes = move_deals(db, [deal_id], stage)
    return moved[0], changes


def move_deals(db: Database, deal_ids: Iterable[int], stage: DealStage) -> tuple[list[DealView], Changes]:
    """Several cards dropped on one stage move together, in one transaction: all of them, or none when one
    cannot (it was deleted meanwhile), so the board never shows half a drop."""
    target = parse_choice(DealStage, stage, "stage")
    moved: list[Deal] = []
    with db.atomic():
        for deal_id in deal_ids:
            deal = _get(deal_id)
            with audit.tracked(RecordKind.DEAL, deal):
                _set_stage(deal, target, None)
                deal.save()
            moved.append(deal)
    return ([deal_view(d) for d in moved],
            Changes(deals={d.id for d in moved}, parties={d.party_id for d in moved}))


def trash_deal(db: Database, deal_id: int) -> Changes:
    with db.atomic():
        deal = _get(deal_id)
        store.trash_rows(Deal, Deal.id == deal.id)
        audit.record(RecordKind.DEAL, deal, AuditAction.TRASH)
    return Changes(deals={deal.id}, parties={deal.party_id})


def list_deals(party_id: int | None = None, stage: DealStage | None = None, include_closed: bool = True,
               limit: int = 1000, party_ids: Sequence[int] | None = None) -> list[DealView]:
    """Deals soonest to close first; ``party_ids``: of any of these parties (a company and its people)."""
    query = (Deal.select(Deal, Party).join(Party)
             .where(Deal.deleted_at.is_null(), Party.deleted_at.is_null())
             .order_by(Deal.expected_close.is_null(), Deal.expected_close, Deal.id).limit(limit))
    if party_id is not None:
        query = query.where(Deal.party == party_id)
    if party_ids is not None:
        query = query.where(Deal.party.in_(list(party_ids)))
    if stage:
        query = query.where(Deal.stage == str(parse_choice(DealStage, stage, "stage")))
    if not include_closed:
        query = query.where(Deal.stage.not_in([str(s) for s in CLOSED]))
    return [deal_view(d) for d in query]


def forecast_by_month() -> list[ForecastMonth]:
    """Open deals by the month they are expected to close: value and value weighted by probability."""
    months: dict[str, list[DealView]] = {}
    for deal in list_deals(include_closed=False, limit=1_000_000):
        key = deal.expected_close.strftime("%Y-%m") if deal.expected_close else "—"
        months.setdefault(key, []).append(deal)
    return [ForecastMonth(month, len(deals), sum((d.value for d in deals), Decimal("0.00")),
                          sum((d.weighted for d in deals), Decimal("0.00")))
            for month, deals in sorted(months.items())]
