"""Tasks and meetings for calendar apps: one iCalendar file of the tasks due and the meetings held in a period.

A task is a VTODO (due, priority, done), a meeting (a communication of kind meeting) a VEVENT; both carry the
party's name in the summary. Without a period every live task is exported (undated ones too); with one, the
tasks due in it. A meeting logged without a duration is shown as one hour long.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from smallcrm.db.models import database
from smallcrm.documents.export_labels import Labels
from smallcrm.documents.ical import CalendarEvent, CalendarTodo, calendar_bytes
from smallcrm.documents.tables import Pacer, atomic_path
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.exports.common import ExportOptions, ExportResult, as_utc, between, checked_request

CALENDAR_PARTS = ("tasks", "meetings")
MEETING_LENGTH = timedelta(hours=1)


def _titled(title: str, party: str | None) -> str:
    return f"{title} — {party}" if party else title


def _tasks(options: ExportOptions) -> list[tuple]:
    where, params = between("t.due_at", options, utc_times=True)
    rows = database.execute_sql(
        "SELECT t.uid, t.title, t.notes, p.name, t.due_at, t.priority, t.done_at, t.created_at, t.updated_at "
        "FROM task t LEFT JOIN party p ON p.id = t.party_id WHERE t.deleted_at IS NULL "
        f"AND (t.party_id IS NULL OR p.deleted_at IS NULL) {where} ORDER BY t.due_at IS NULL, t.due_at, t.id",
        params)
    return rows.fetchall()


def _todo(row: tuple) -> CalendarTodo:
    uid, title, notes, party, due, priority, done, created, modified = row
    return CalendarTodo(uid, _titled(title, party), notes or "", as_utc(due), priority, as_utc(done),
                        as_utc(created), as_utc(modified), party or "")


def _meetings(options: ExportOptions) -> list[tuple]:
    where, params = between("c.occurred_at", options, utc_times=True)
    return database.execute_sql(
        "SELECT c.uid, c.subject, c.body, c.outcome, p.name, w.name, c.occurred_at, c.duration_seconds, "
        "c.created_at, c.updated_at FROM communication c JOIN party p ON p.id = c.party_id "
        "LEFT JOIN party w ON w.id = c.person_id WHERE c.kind = 'meeting' AND c.deleted_at IS NULL "
        f"AND p.deleted_at IS NULL {where} ORDER BY c.occurred_at, c.id", params).fetchall()


def _event(row: tuple, labels: Labels) -> CalendarEvent:
    uid, subject, body, outcome, party, person, start, seconds, created, modified = row
    who = f"{person}, {party}" if person and person != party else party
    description = "\n\n".join(text for text in ((body or "").strip(),
                                                f"{labels('Outcome')}: {outcome}" if outcome else "") if text)
    length = timedelta(seconds=seconds) if seconds else MEETING_LENGTH
    return CalendarEvent(uid, _titled(subject or labels.value("meeting"), who), description, as_utc(start), length,
                         as_utc(created), as_utc(modified), contact=who)


def export_calendar(path: Path | str, options: ExportOptions | None = None,
                    parts: tuple[str, ...] = CALENDAR_PARTS) -> ExportResult:
    """Write the tasks and/or meetings (``parts``) of the period in ``options`` to the .ics file ``path``."""
    options = options or ExportOptions()
    unknown = [p for p in parts if p not in CALENDAR_PARTS]
    if unknown or not parts:
        raise ValidationError("parts", f"A calendar holds tasks and/or meetings, not {', '.join(unknown) or 'nothing'}",
                              code="choice_invalid", value=", ".join(unknown), allowed=", ".join(CALENDAR_PARTS))
    path, labels = checked_request(path, options)
    tasks = _tasks(options) if "tasks" in parts else []
    meetings = _meetings(options) if "meetings" in parts else []
    pacer = Pacer(len(tasks) + len(meetings), options.progress, options.should_stop)
    pacer.check()
    todos, events = [], []
    for row in tasks:
        todos.append(_todo(row))
        pacer.tick()
    for row in meetings:
        events.append(_event(row, labels))
        pacer.tick()
    data = calendar_bytes(todos, events)
    pacer.check()
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    if options.progress is not None:
        options.progress(pacer.done, pacer.done)
    counts = {labels(name.capitalize()): n for name, n in (("tasks", len(todos)), ("meetings", len(events)))
              if name in parts}
    return ExportResult(path, len(todos) + len(events), (path,), counts)
