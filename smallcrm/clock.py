"""Time in one place: stored in UTC (naive datetimes that mean UTC), shown in local time."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta

# how far this laptop's clock is off (SMALLCRM_CLOCK_SKEW seconds, or set_skew): team mode must not care, since
# its merges follow the server's order; the chaos runs skew each laptop by up to 10 minutes to show it
_skew = timedelta(seconds=float(os.environ.get("SMALLCRM_CLOCK_SKEW", "0") or 0))


def set_skew(seconds: float) -> None:
    global _skew
    _skew = timedelta(seconds=seconds)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None) + _skew


def to_utc(value: datetime) -> datetime:
    """A datetime as naive UTC; a naive input is taken to be local time."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC).replace(tzinfo=None)


def to_local(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC).astimezone()


def local_today() -> date:
    return datetime.now().astimezone().date()
