"""One date format per language: the timeline, a contact's open tasks, the task list, the activities and the
lists of documents write a day the same way ("4 mar 2026" in Italian); they used to show "04/03/26",
"2026-03-04 10:30" and "4 mar 2026" side by side."""

from __future__ import annotations

from datetime import UTC, date, datetime

from smallcrm.domain import Channel, InvoiceKind, TimelineSource
from smallcrm.services.views import TimelineEntry
from ui.common import formatting
from ui.timeline.activity_table import when_text as activity_when
from ui.timeline.task_table import due_text, local_time
from ui.timeline.timeline_model import when_text


def test_every_list_writes_a_day_alike(italian_dates):
    at = datetime(2026, 3, 4, 9, 30)  # UTC
    local = local_time(at)
    the_day = formatting.day(local.date())
    assert the_day == "4 mar 2026"
    invoice = TimelineEntry(InvoiceKind.INVOICE, TimelineSource.INVOICE, 1, at, "12/2026")
    call = TimelineEntry(Channel.CALL, TimelineSource.COMMUNICATION, 2, at, "Telefonata")
    assert when_text(invoice) == formatting.day(at.date())
    assert when_text(call) == f"{the_day} {local:%H:%M}" == formatting.moment(local.replace(tzinfo=None))
    assert activity_when(at) == when_text(call)
    assert due_text(at, today=date(2026, 1, 1)) == when_text(call)


def test_a_moment_is_the_day_and_a_24_hour_time(italian_dates):
    assert formatting.moment(datetime(2026, 12, 6, 15, 5, tzinfo=UTC)) == "6 dic 2026 15:05"
    assert formatting.moment(None) == ""
