"""Telling when a new or edited party is probably one we already have."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from smallcrm.db.models import Affiliation, ContactPoint, Party
from smallcrm.domain import ContactKind, PartyKind
from smallcrm.services.parties.store import ref
from smallcrm.services.views import PartyRef

SIMILAR_NAME = 88  # rapidfuzz token_sort_ratio on folded names
NEIGHBOURS = 200


_PUNCTUATION = re.compile(r"[^\w\s]+")


def _bare(folded: str) -> str:
    """A folded name without punctuation, so that "acme s.r.l." and "acme srl" are the same words."""
    return " ".join(_PUNCTUATION.sub("", folded).split())


def _similar(a: str, b: str) -> bool:
    return fuzz.token_sort_ratio(_bare(a), _bare(b)) >= SIMILAR_NAME


def likely_duplicates(fields: dict, points: list[tuple[ContactKind, str]], company_id: int | None,
                      exclude_id: int | None = None, limit: int = 10) -> list[PartyRef]:
    """Live parties sharing an e-mail, a phone or a VAT number, or with a very similar name (at the
    same company, for a person)."""
    found: dict[int, Party] = {}

    def live(query):
        query = query.where(Party.deleted_at.is_null())
        if exclude_id is not None:
            query = query.where(Party.id != exclude_id)
        return query

    for kind, key in points:
        if kind in (ContactKind.EMAIL, ContactKind.PHONE):
            query = (Party.select().join(ContactPoint)
                     .where(ContactPoint.kind == kind, ContactPoint.match_key == key,
                            ContactPoint.deleted_at.is_null()))
            found.update((p.id, p) for p in live(query).limit(limit))
    if fields.get("vat_number"):
        found.update((p.id, p) for p in live(Party.select().where(Party.vat_number == fields["vat_number"])))

    sort_key = fields["sort_key"]
    if fields["kind"] == PartyKind.PERSON:
        # a common name alone proves nothing: only a colleague at the same company counts
        candidates = [] if company_id is None else live(
            Party.select().join(Affiliation, on=(Affiliation.person == Party.id))
            .where(Affiliation.company == company_id, Affiliation.deleted_at.is_null())).limit(NEIGHBOURS)
    else:
        # companies whose names start alike: a bounded look, not a scan of the whole table
        candidates = live(Party.select().where(
            Party.kind == PartyKind.COMPANY, Party.sort_key >= sort_key[:3],
            Party.sort_key < sort_key[:3] + "\uffff")).limit(NEIGHBOURS)
    found.update((p.id, p) for p in candidates if _similar(p.sort_key, sort_key))
    return [ref(p) for p in list(found.values())[:limit]]
