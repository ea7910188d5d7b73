"""The audit log of parties and documents: who changed which field, when, from what to what.

Write services call :func:`tracked` around a change (or :func:`record` for one event such as a trash);
the old and new values are compared field by field and one row per changed field is written in the
service's own transaction, with one INSERT. Reading a row's values costs a dict copy: cheap enough for
issuing an invoice.
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from smallcrm.clock import utcnow
from smallcrm.db.models import database
from smallcrm.db.privacy_models import AuditEntry
from smallcrm.domain import AuditAction, RecordKind
from smallcrm.errors import NotFound
from smallcrm.money import from_cents

# bookkeeping columns; the customer snapshot (a copy of the party, whose own changes are logged); the parts of an
# invoice's number (number_text says it)
_SKIP = frozenset({"id", "uid", "created_at", "updated_at", "sort_key", "match_key", "customer_snapshot", "issued_at",
                   "anonymised_at", "series", "year", "number"})

Values = dict[str, object]


@dataclass(frozen=True)
class AuditEntryView:
    id: int
    at: datetime  # UTC
    who: str
    record_kind: RecordKind
    record_id: int
    action: AuditAction
    field: str
    old_value: str
    new_value: str


@cache
def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return ""


def current_user() -> str:
    """Who is making a change: the default owner of this installation, else the system's user name."""
    # the setting read without building a peewee query: this runs in every audited write
    row = database.execute_sql("SELECT value FROM setting WHERE key = 'default_owner'").fetchone()
    owner = json.loads(row[0]).strip() if row else ""
    return owner or _os_user()


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def row_values(row) -> Values:
    """The fields of a peewee row as people read them: foreign keys as ids, cents as amounts."""
    values: Values = {}
    for name, value in row.__data__.items():
        if name in _SKIP:
            continue
        if name.endswith("_cents") and isinstance(value, int):
            name, value = name[: -len("_cents")], from_cents(value)
        values[name] = value
    return values


def _party_of(kind: RecordKind, row) -> int | None:
    if kind == RecordKind.PARTY:
        return row.id
    if kind == RecordKind.PAYMENT:
        return row.invoice.party_id
    return getattr(row, "party_id", None)


_INSERT = ("INSERT INTO audit_log (at, who, record_kind, record_id, record_uid, party_id, action, field, old_value, "
           "new_value) VALUES ")
_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def _entry(kind: RecordKind, row, party_id: int | None, action: AuditAction, field: str = "", old: object = None,
           new: object = None, who: str = "", at: datetime | None = None) -> tuple:
    return (str(at or utcnow()), who, kind, row.id, row.uid, party_id, action, field,
            as_text(old), as_text(new))


def diff(before: Values | None, after: Values) -> list[tuple[str, object, object]]:
    """The fields whose value changed: (field, old, new); nothing for a new record."""
    if before is None:
        return []
    return [(name, before.get(name), value) for name, value in after.items()
            if as_text(before.get(name)) != as_text(value)]


def write_diff(kind: RecordKind, row, before: Values | None, after: Values, party_id: int | None = None,
               action: AuditAction | None = None) -> int:
    """Audit rows for a change from ``before`` (None: the record is new) to ``after``; returns how many."""
    party_id = party_id if party_id is not None else _party_of(kind, row)
    who, at = current_user(), utcnow()
    if before is None:
        rows = [_entry(kind, row, party_id, action or AuditAction.CREATE, who=who, at=at)]
    else:
        changed = diff(before, after)
        if "deleted_at" in (name for name, _, _ in changed):
            action = action or (AuditAction.RESTORE if after.get("deleted_at") is None else AuditAction.TRASH)
            changed = [c for c in changed if c[0] != "deleted_at"]
            if not changed:
                changed = [("", None, None)]
        rows = [_entry(kind, row, party_id, action or AuditAction.UPDATE, name, old, new, who, at)
                for name, old, new in changed]
    if rows:
        database.execute_sql(_INSERT + ", ".join([_VALUES] * len(rows)),
                             [value for entry in rows for value in entry])
    return len(rows)


@contextmanager
def tracked(kind: RecordKind, row, *, values: Callable[[object], Values] = row_values, party_id: int | None = None,
            action: AuditAction | None = None) -> Iterator[None]:
    """Audit what the body changes on ``row`` (saved inside the body; a row without id is a creation)."""
    before = values(row) if row.id is not None else None
    yield
    write_diff(kind, row, before, values(row) if before is not None else {}, party_id, action)


def record(kind: RecordKind, row, action: AuditAction, party_id: int | None = None) -> None:
    """One event on a record without field values: trashed, erased, merged..."""
    write_diff(kind, row, None, {}, party_id, action)


def list_audit(party_id: int, limit: int = 1000) -> list[AuditEntryView]:
    """The changes to a party and to its documents, newest first."""
    from smallcrm.db.models import Party

    if not Party.select().where(Party.id == party_id).exists():
        raise NotFound(kind="Party", ident=party_id)
    query = (AuditEntry.select().where(AuditEntry.party_id == party_id)
             .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
    return [AuditEntryView(e.id, e.at, e.who, RecordKind(e.record_kind), e.record_id, AuditAction(e.action), e.field,
                           e.old_value, e.new_value) for e in query]
