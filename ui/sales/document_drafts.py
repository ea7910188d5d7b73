"""Unsaved edits of the open quotes and invoices, kept as files while the user types and offered back after a
crash.

Each editor writes its state (customer, lines, header fields) a moment after each pause in the typing to one
file in ``<database>-drafts/`` beside the database, and removes it once the document is saved or the window is
closed. A file still there at the next start is an edit the last session never saved nor discarded: the window
offers to open those documents again, as they were typed. The files are private to the user (mode 0600) and
hold only what the editor shows.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from smallcrm.services.sales.payment_terms import Instalment, PaymentTerms
from ui.common.context import AppContext
from ui.operations import database_file


@dataclass(frozen=True)
class KeptDraft:
    path: Path
    kind: str  # "quote" | "invoice"
    document_id: int | None  # None: a new quote never saved
    title: str  # what the editor's heading said
    state: dict[str, Any]


def drafts_folder(ctx: AppContext) -> Path:
    database = database_file(ctx)
    return database.with_name(database.name + "-drafts")


def new_key(kind: str, document_id: int | None) -> str:
    return f"{kind}-{document_id}" if document_id is not None else f"{kind}-new-{uuid.uuid4().hex[:12]}"


def keep(ctx: AppContext, key: str, kind: str, document_id: int | None, title: str, state: dict) -> None:
    """Write the editor's state atomically (a crash while writing leaves the previous version)."""
    folder = drafts_folder(ctx)
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / f"{key}.json"
    temporary = path.with_suffix(".tmp")
    data = {"kind": kind, "id": document_id, "title": title, "state": state}
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(data, file, ensure_ascii=False, default=str)
    os.replace(temporary, path)


def drop(ctx: AppContext, key: str) -> None:
    (drafts_folder(ctx) / f"{key}.json").unlink(missing_ok=True)


def left_over(ctx: AppContext) -> list[KeptDraft]:
    """The drafts the last session left (unreadable ones are skipped: they are of no use)."""
    folder = drafts_folder(ctx)
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(KeptDraft(path, str(data["kind"]), data["id"], str(data["title"]), dict(data["state"])))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def drop_of_party(ctx: AppContext, party_id: int) -> int:
    """Remove every kept draft whose customer is ``party_id`` (erased or anonymised: nothing of them may stay in
    a file beside the database); how many were removed."""
    removed = 0
    for kept in left_over(ctx):
        customer = kept.state.get("customer")
        if customer and customer[0] == party_id:
            kept.path.unlink(missing_ok=True)
            removed += 1
    return removed


def line_state(lines) -> list[dict]:
    """The editor's lines as plain values (the computed net and rate are left out: they are recomputed)."""
    return [{**asdict(line), "net": None, "vat_percent": None} for line in lines]


def terms_state(terms: PaymentTerms) -> dict:
    """An invoice's payment terms as plain values (days, a day, an amount per instalment)."""
    return {"end_of_month": terms.end_of_month,
            "parts": [[part.days, part.on.isoformat() if part.on else None,
                       str(part.amount) if part.amount is not None else None] for part in terms.parts]}


def terms_from_state(state: dict) -> PaymentTerms:
    """What ``terms_state`` kept, as terms again."""
    parts = tuple(Instalment(days, date.fromisoformat(on) if on else None,
                             Decimal(amount) if amount is not None else None) for days, on, amount in state["parts"])
    return PaymentTerms(parts, bool(state.get("end_of_month")))
