"""Tasks and reminders: what to do, for whom, by when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from peewee import JOIN

from smallcrm.changes import Changes
from smallcrm.clock import to_utc, utcnow
from smallcrm.db.connection import Database
from smallcrm.db.models import Party, Task
from smallcrm.domain import Priority, parse_choice
from smallcrm.errors import NotFound
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties import store
from smallcrm.services.views import TaskView
from smallcrm.validation import required


@dataclass
class TaskDraft:
    title: str
    due: datetime | date | None = None  # a date means "by the end of that day", local time
    party_id: int | None = None
    priority: Priority = Priority.NORMAL  # or its number or name (parse_choice reads them)
    notes: str = ""
    owner: str | None = None


def _due_utc(due: datetime | date | None) -> datetime | None:
    if due is None:
        return None
    if not isinstance(due, datetime):
        due = datetime.combine(due, time(23, 59))
    return to_utc(due)


def task_view(row: Task) -> TaskView:
    party = store.ref(row.party) if row.party_id else None
    return TaskView(row.id, row.uid, row.title, row.notes, party, row.due_at, Priority(row.priority), row.done_at,
                    row.owner, row.communication_id)


def _fields(draft: TaskDraft) -> dict:
    if draft.party_id is not None:
        store.get_live(draft.party_id)
    fields = dict(title=required(draft.title, "title"), notes=draft.notes.strip(), party=draft.party_id,
                  due_at=_due_utc(draft.due), priority=int(parse_choice(Priority, draft.priority, "priority")))
    if draft.owner is not None:
        fields["owner"] = draft.owner.strip()
    return fields


def insert_task(draft: TaskDraft, communication_id: int | None = None) -> Task:
    """The write itself, for services that add a task inside their own transaction."""
    fields = {"owner": get_setting("default_owner"), **_fields(draft)}
    return Task.create(communication=communication_id, **fields)


def add_task(db: Database, draft: TaskDraft) -> tuple[TaskView, Changes]:
    with db.atomic():
        row = insert_task(draft)
    return task_view(row), Changes(tasks={row.id}, parties={draft.party_id} if draft.party_id else set())


def _get(task_id: int) -> Task:
    row = Task.get_or_none(Task.id == task_id, Task.deleted_at.is_null())
    if row is None:
        raise NotFound(kind="Task", ident=task_id)
    return row


def _changed(row: Task) -> Changes:
    return Changes(tasks={row.id}, parties={row.party_id} if row.party_id else set())


def update_task(db: Database, task_id: int, draft: TaskDraft) -> tuple[TaskView, Changes]:
    with db.atomic():
        row = _get(task_id)
        old_party = row.party_id
        for name, value in _fields(draft).items():
            setattr(row, name, value)
        row.save()
    changes = _changed(row)
    if old_party:  # a task moved to another party (or to none) changes both lists
        changes.parties.add(old_party)
    return task_view(row), changes


def complete_task(db: Database, task_id: int, done: bool = True) -> tuple[TaskView, Changes]:
    """Tick a task off (or, with ``done=False``, open it again)."""
    with db.atomic():
        row = _get(task_id)
        row.done_at = (row.done_at or utcnow()) if done else None
        row.save()
    return task_view(row), _changed(row)


def trash_task(db: Database, task_id: int) -> Changes:
    with db.atomic():
        row = _get(task_id)
        store.trash_rows(Task, Task.id == row.id)
    return _changed(row)


def _open_tasks():
    return (Task.select(Task, Party).join(Party, on=(Task.party == Party.id), join_type=JOIN.LEFT_OUTER)
            .where(Task.deleted_at.is_null(), Task.done_at.is_null(),
                   Party.deleted_at.is_null() | Task.party.is_null()))


def _due_by(within_days: int, now: datetime | None):
    """Open tasks overdue or due by the end of the day ``within_days`` from today, local time."""
    local_now = (now or datetime.now()).astimezone()
    horizon = datetime.combine(local_now.date() + timedelta(days=within_days), time.max, local_now.tzinfo)
    return _open_tasks().where(Task.due_at <= to_utc(horizon))


def due_tasks(within_days: int = 0, owner: str | None = None, now: datetime | None = None,
              limit: int | None = None) -> list[TaskView]:
    """Open tasks that are overdue or due by the end of the day ``within_days`` from today (local time), the
    longest overdue first (the first ``limit`` of them if given)."""
    query = _due_by(within_days, now)
    if owner:
        query = query.where(Task.owner == owner)
    query = query.order_by(Task.due_at, Task.priority, Task.id)
    return [task_view(r) for r in (query.limit(limit) if limit is not None else query)]


def count_due_tasks(within_days: int = 0, now: datetime | None = None) -> int:
    """How many open tasks are overdue or due by the end of the day (the status bar's and home page's number).

    Counted as all such tasks (from the index task_open_due alone) less those of parties in the trash (read
    from the few trashed parties, CROSS JOIN keeping that order): joining every task to its party instead
    read one party row per task, ~25 ms of the home page at 100k contacts."""
    local_now = (now or datetime.now()).astimezone()
    horizon = to_utc(datetime.combine(local_now.date() + timedelta(days=within_days), time.max, local_now.tzinfo))
    every = Task.select().where(Task.deleted_at.is_null(), Task.done_at.is_null(), Task.due_at <= horizon).count()
    trashed = Task._meta.database.execute_sql(_DUE_OF_TRASHED, (Task.due_at.db_value(horizon),)).fetchone()[0]
    return every - trashed


_DUE_OF_TRASHED = """
SELECT COUNT(*) FROM party p CROSS JOIN task t INDEXED BY task_party_id_done_at ON t.party_id = p.id
WHERE p.deleted_at IS NOT NULL AND t.deleted_at IS NULL AND t.done_at IS NULL AND t.due_at <= ?
"""


def list_tasks(party_id: int | None = None, include_done: bool = False, limit: int = 500,
               party_ids: Sequence[int] | None = None) -> list[TaskView]:
    """Open tasks (or all), soonest first; ``party_ids``: of any of these parties (a company and its people)."""
    query = _open_tasks() if not include_done else (
        Task.select(Task, Party).join(Party, on=(Task.party == Party.id), join_type=JOIN.LEFT_OUTER)
        .where(Task.deleted_at.is_null()))
    if party_id is not None:
        query = query.where(Task.party == party_id)
    if party_ids is not None:
        query = query.where(Task.party.in_(list(party_ids)))
    order = (Task.done_at.is_null(False), Task.due_at.is_null(), Task.due_at, Task.priority)
    return [task_view(r) for r in query.order_by(*order).limit(limit)]
