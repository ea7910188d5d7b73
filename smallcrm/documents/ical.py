"""iCalendar (RFC 5545) files of tasks (VTODO) and meetings (VEVENT), for calendar apps.

Times are written in UTC (``...Z``), so the file needs no time zone definitions and every app shows them in
its own zone. Each item's UID is the record's uid, and DTSTAMP / LAST-MODIFIED are its last change: importing
a newer export again updates the items instead of adding copies. Folding of long lines and escaping of
commas, semicolons and newlines are icalendar's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event, Todo

PRODUCT_ID = "-//SmallCRM//SmallCRM//EN"
PRIORITIES = {1: 1, 2: 5, 3: 9}  # ours (high, normal, low) -> RFC 5545 (1 highest .. 9 lowest)


@dataclass(frozen=True)
class CalendarTodo:
    """A task; times are naive UTC, as stored."""

    uid: str
    summary: str
    description: str
    due: datetime | None
    priority: int
    completed: datetime | None
    created: datetime
    modified: datetime
    contact: str = ""  # the party's name


@dataclass(frozen=True)
class CalendarEvent:
    """A meeting; times are naive UTC, as stored."""

    uid: str
    summary: str
    description: str
    start: datetime
    duration: timedelta
    created: datetime
    modified: datetime
    location: str = ""
    contact: str = ""


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def _stamped(item, uid: str, created: datetime, modified: datetime, summary: str, description: str,
             contact: str) -> None:
    item.add("uid", uid)
    item.add("dtstamp", _utc(modified))
    item.add("created", _utc(created))
    item.add("last-modified", _utc(modified))
    item.add("summary", summary)
    if description:
        item.add("description", description)
    if contact:
        item.add("contact", contact)


def todo_component(task: CalendarTodo) -> Todo:
    todo = Todo()
    _stamped(todo, task.uid, task.created, task.modified, task.summary, task.description, task.contact)
    if task.due is not None:
        todo.add("due", _utc(task.due))
    todo.add("priority", PRIORITIES.get(task.priority, 5))
    if task.completed is not None:
        todo.add("status", "COMPLETED")
        todo.add("completed", _utc(task.completed))
        todo.add("percent-complete", 100)
    else:
        todo.add("status", "NEEDS-ACTION")
    return todo


def event_component(meeting: CalendarEvent) -> Event:
    event = Event()
    _stamped(event, meeting.uid, meeting.created, meeting.modified, meeting.summary, meeting.description,
             meeting.contact)
    event.add("dtstart", _utc(meeting.start))
    event.add("duration", meeting.duration)
    if meeting.location:
        event.add("location", meeting.location)
    return event


def calendar_bytes(todos: Iterable[CalendarTodo], events: Iterable[CalendarEvent], name: str = "SmallCRM") -> bytes:
    """The whole calendar as the bytes of an .ics file (CRLF line ends, lines folded at 75 octets)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for task in todos:
        calendar.add_component(todo_component(task))
    for meeting in events:
        calendar.add_component(event_component(meeting))
    return calendar.to_ical()
