"""Tasks and meetings as iCalendar: the file parsed back with icalendar, UIDs stable across exports."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from smallcrm.clock import to_utc
from smallcrm.errors import Conflict, ValidationError
from smallcrm.services.exchange.exports import ExportOptions, export_calendar
from smallcrm.services.timeline.communications import trash_communication
from smallcrm.services.timeline.tasks import TaskDraft, complete_task, update_task
from tests import factories

TRICKY = "Richiamare, poi; inviare\\offerta\ncon listino"


def parsed(path) -> tuple[dict, dict]:
    calendar = Calendar.from_ical(path.read_bytes())
    return ({str(c["uid"]): c for c in calendar.walk("VTODO")}, {str(c["uid"]): c for c in calendar.walk("VEVENT")})


def utc(local: datetime) -> datetime:
    return to_utc(local).replace(tzinfo=UTC)


@pytest.fixture
def agenda(db, person, company):
    acme = company("Acme S.r.l.")
    mario = person("Mario", "Rossi")
    urgent = factories.task(db, TRICKY, mario.id, datetime(2025, 3, 10, 9, 30), priority="high", notes="Prezzi 2025")
    done = factories.task(db, "Spedire campioni", acme.id, date(2025, 3, 12), priority="low")
    done, _ = complete_task(db, done.id)
    loose = factories.task(db, "Rinnovare dominio")  # no party, no due date
    later = factories.task(db, "Fiera", acme.id, date(2025, 5, 2))
    meeting = factories.communication(db, acme.id, "Riunione di avvio", "meeting",
                                      occurred_at=datetime(2025, 3, 11, 15, 0), body="Ordine del giorno: tempi, costi",
                                      duration_minutes=45, outcome="Offerta entro venerdì", person_id=mario.id)
    short = factories.communication(db, mario.id, "", "meeting", direction="in",
                                    occurred_at=datetime(2025, 3, 20, 11, 0), body="Caffè al bar")
    factories.communication(db, mario.id, "Telefonata", occurred_at=datetime(2025, 3, 12, 10, 0))
    return {"urgent": urgent, "done": done, "loose": loose, "later": later, "meeting": meeting, "short": short}


def test_tasks_and_meetings_of_a_period(db, agenda, tmp_path):
    options = ExportOptions(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31), language="it")
    result = export_calendar(tmp_path / "agenda.ics", options)
    assert result.rows == 4 and result.sheets == {"Promemoria": 2, "Incontri": 2}
    todos, events = parsed(result.path)
    assert set(todos) == {agenda["urgent"].uid, agenda["done"].uid}  # undated and May tasks are outside March
    urgent = todos[agenda["urgent"].uid]
    assert str(urgent["summary"]) == f"{TRICKY} — Mario Rossi" and str(urgent["contact"]) == "Mario Rossi"
    assert urgent.decoded("due") == utc(datetime(2025, 3, 10, 9, 30)) and int(urgent["priority"]) == 1
    assert str(urgent["status"]) == "NEEDS-ACTION" and "completed" not in urgent
    assert str(urgent["description"]) == "Prezzi 2025"
    done = todos[agenda["done"].uid]
    assert str(done["status"]) == "COMPLETED" and int(done["priority"]) == 9 and int(done["percent-complete"]) == 100
    assert done.decoded("completed") == agenda["done"].done_at.replace(tzinfo=UTC, microsecond=0)
    assert done.decoded("due") == utc(datetime(2025, 3, 12, 23, 59))  # a due date: by the end of that day

    meeting = events[agenda["meeting"].uid]
    assert str(meeting["summary"]) == "Riunione di avvio — Mario Rossi, Acme S.r.l."
    assert meeting.decoded("dtstart") == utc(datetime(2025, 3, 11, 15, 0))
    assert meeting.decoded("duration") == timedelta(minutes=45)
    assert str(meeting["description"]) == "Ordine del giorno: tempi, costi\n\nEsito: Offerta entro venerdì"
    short = events[agenda["short"].uid]
    assert str(short["summary"]) == "Incontro — Mario Rossi" and short.decoded("duration") == timedelta(hours=1)
    assert str(short["description"]) == "Caffè al bar" and "location" not in short


def test_escaping_and_folding_in_the_file(db, agenda, tmp_path):
    update_task(db, agenda["later"].id, TaskDraft("Fiera", date(2025, 5, 2), notes="Stand " * 40))
    path = export_calendar(tmp_path / "all.ics").path
    raw = path.read_bytes()
    assert b"SUMMARY:Richiamare\\, poi\\; inviare\\\\offerta\\ncon listino \xe2\x80\x94 Mario Rossi" in raw
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and b"VERSION:2.0\r\n" in raw
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    unfolded = raw.replace(b"\r\n ", b"")
    assert b"DESCRIPTION:" + b"Stand " * 39 + b"Stand" in unfolded
    todos, events = parsed(path)
    assert len(todos) == 4 and len(events) == 2  # no period: every task, the undated one too


def test_a_second_export_updates_instead_of_duplicating(db, agenda, tmp_path):
    first_todos, first_events = parsed(export_calendar(tmp_path / "one.ics").path)
    changed, _ = update_task(db, agenda["urgent"].id, TaskDraft("Richiamare Mario", datetime(2025, 3, 11, 9, 0)))
    trash_communication(db, agenda["short"].id)
    todos, events = parsed(export_calendar(tmp_path / "two.ics", parts=("tasks", "meetings")).path)
    assert set(todos) == set(first_todos) and set(events) == set(first_events) - {agenda["short"].uid}
    again = todos[changed.uid]
    assert str(again["summary"]) == "Richiamare Mario"
    assert again.decoded("last-modified") >= first_todos[changed.uid].decoded("last-modified")
    assert again.decoded("dtstamp") == again.decoded("last-modified")

    only, _ = parsed(export_calendar(tmp_path / "meetings.ics", parts=("meetings",)).path)
    assert only == {}


def test_bad_requests_and_cancel_leave_no_file(db, agenda, tmp_path):
    with pytest.raises(ValidationError) as err:
        export_calendar(tmp_path / "x.ics", parts=("birthdays",))
    assert err.value.field == "parts"
    with pytest.raises(ValidationError) as err:
        export_calendar(tmp_path / "x.ics", ExportOptions(date_from=date(2025, 4, 1), date_to=date(2025, 3, 1)))
    assert err.value.field == "date_to"
    with pytest.raises(Conflict) as err:
        export_calendar(tmp_path / "x.ics", ExportOptions(should_stop=lambda: True))
    assert err.value.code == "cancelled"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".ics" or ".part" in p.name] == []
