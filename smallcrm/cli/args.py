"""Every command-line argument validated in one place: ids, counts and dates are checked before a command runs,
so that no argument reaches a service (or SQLite, or the clock) in a form that ends in a traceback.

The commands declare their arguments with plain ``type=int`` or ``date.fromisoformat`` (readable where they are
declared); ``harden`` then walks the whole parser once and puts a checking type in their place: an ``int`` that
names a record becomes an id (1 to SQLite's largest integer), any other ``int`` a bounded count, and every other
type is kept but its failures become argparse's one-line usage error naming the expected form, and the dates it
returns must lie in the years SmallCRM can store and turn into UTC.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from smallcrm.errors import SmallCrmError

MAX_ID = 2**63 - 1  # SQLite's INTEGER
MIN_YEAR, MAX_YEAR = 1900, 9998  # converted to UTC and back without leaving datetime's range
ID_DESTS = {"id", "ids", "party", "survivor", "loser", "consent", "quote", "invoice", "works_at", "create", "attach",
            "ignore", "to", "undo", "person"}
# dest -> (least, most); any other count: 0 to a billion
COUNTS = {"keep": (1, 1000), "port": (1, 65535), "contacts": (0, 1_000_000), "per_contact": (0, 1000),
          "limit": (1, 1_000_000), "months": (1, 1200), "terms": (0, 3650), "minutes": (0, 100_000),
          "max_attachment_mb": (1, 10_000), "fetch_minutes": (1, 10_080), "days": (0, 3650),
          "offset": (0, MAX_ID), "seed": (0, 2**32 - 1)}
DATE_FORM = "a date as YYYY-MM-DD, e.g. 2026-03-31"
DATETIME_FORM = "a date as YYYY-MM-DD, or a date and time as 'YYYY-MM-DD HH:MM', e.g. '2026-03-31 14:30'"
FORMS: dict[Any, str] = {date.fromisoformat: DATE_FORM, datetime.fromisoformat: DATETIME_FORM}


def _whole_number(text: str) -> int:
    text = text.strip()
    if not text.lstrip("+-").isdigit() or not text.isascii() or len(text) > 25:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}")
    return int(text)


def record_id(text: str) -> int:
    """A record's id: a whole number from 1 to SQLite's largest integer."""
    value = _whole_number(text)
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"not an id: {text!r} (ids are whole numbers from 1)")
    return value


def count(least: int, most: int) -> Callable[[str], int]:
    def checked(text: str) -> int:
        value = _whole_number(text)
        if not least <= value <= most:
            raise argparse.ArgumentTypeError(f"{value} is out of range: give a number from {least} to {most:,}")
        return value
    checked.__name__ = "count"
    return checked


def _in_range(value: Any, text: str) -> Any:
    if isinstance(value, date) and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r} is out of range: give a date between {MIN_YEAR} and {MAX_YEAR}")
    return value


def checked_type(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    """``kind`` whose failures are one usage line naming what was expected, its dates kept in range."""
    doc = (kind.__doc__ or "").strip().splitlines()
    form = FORMS.get(kind) or (doc[0].rstrip(".") if doc else "")

    def checked(text: str) -> Any:
        try:
            return _in_range(kind(text), text)
        except argparse.ArgumentTypeError:
            raise
        except SmallCrmError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc
        except (ValueError, TypeError, ArithmeticError) as exc:
            expected = f" (expected {form})" if form else f" ({' '.join(str(exc).split())})"
            raise argparse.ArgumentTypeError(f"not valid: {text!r}{expected}") from exc
    checked.__name__ = getattr(kind, "__name__", "value")
    return checked


def path(text: str) -> Path:
    """A file name: any text the system can take (not empty, no NUL character)."""
    if not text or "\x00" in text:
        raise argparse.ArgumentTypeError(f"not a file name: {text!r}")
    return Path(text)


def harden(parser: argparse.ArgumentParser) -> None:
    """Give every argument of ``parser`` and its sub-commands a checking type (see the module's text)."""
    for action in parser._actions:  # argparse keeps them only there; the walk reads, then sets ``type``
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                harden(sub)
        elif action.type is Path:
            action.type = path
        elif action.type is int:
            action.type = record_id if action.dest in ID_DESTS else count(*COUNTS.get(action.dest, (0, 10**9)))
        elif action.type is not None and not isinstance(action.type, type) and \
                getattr(action.type, "__name__", "") not in ("record_id", "count", "path"):
            action.type = checked_type(action.type)
