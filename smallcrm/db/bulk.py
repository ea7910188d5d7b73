"""Fast loading of many rows (demo data, imports): one prepared INSERT run with executemany."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from smallcrm.db.models import BaseModel


def _plain(value):
    return str(value) if isinstance(value, date) else value  # datetimes as peewee stores them


def bulk_insert(model: type[BaseModel], fields: Sequence[str], rows: Iterable[Sequence]) -> int:
    """Insert ``rows`` (tuples in the order of ``fields``) inside the caller's transaction."""
    meta = model._meta
    columns = ", ".join(f'"{meta.fields[name].column_name}"' for name in fields)
    sql = f'INSERT INTO "{meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(fields))})'
    cursor = meta.database.cursor()
    cursor.executemany(sql, ([_plain(v) for v in row] for row in rows))
    return cursor.rowcount
