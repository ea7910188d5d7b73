"""Time in one place: stored in UTC (naive datetimes that mean UTC), shown in local time."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def to_utc(value: datetime) -> datetime:
    """A datetime as naive UTC; a naive input is taken to be local time."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC).replace(tzinfo=None)


def to_local(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC).astimezone()


def local_today() -> date:
    return datetime.now().astimezone().date()
