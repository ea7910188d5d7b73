"""Fast loading of many rows (demo data, imports): one prepared INSERT run with executemany."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from peewee import DateField, DateTimeField

from smallcrm.db.models import BaseModel


def _plain(value):
    return str(value) if isinstance(value, date) else value  # datetimes as peewee stores them


def bulk_insert(model: type[BaseModel], fields: Sequence[str], rows: Iterable[Sequence],
                as_stored: bool = False) -> int:
    """Insert ``rows`` (tuples in the order of ``fields``) inside the caller's transaction; the model's
    declared defaults fill the columns not named. ``as_stored``: the rows' dates and times are already text as
    ``str`` writes them (what peewee stores), so the rows go to SQLite as they are (imports: millions of values)."""
    meta = model._meta
    missing = [f for name, f in meta.fields.items()
               if name not in fields and f.default is not None and not f.primary_key]
    static = [f.default for f in missing if not callable(f.default)]
    dynamic = [f.default for f in missing if callable(f.default)]
    names = [meta.fields[name].column_name for name in fields]
    names += [f.column_name for f in missing if not callable(f.default)]
    names += [f.column_name for f in missing if callable(f.default)]
    columns = ", ".join(f'"{name}"' for name in names)
    sql = f'INSERT INTO "{meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
    cursor = meta.database.cursor()
    if as_stored and not missing:
        cursor.executemany(sql, rows)
        return cursor.rowcount
    # only date and time columns need converting (a 100k-row import has millions of other values)
    dated = [i for i, name in enumerate(fields) if isinstance(meta.fields[name], DateField | DateTimeField)]

    def plain(row: Sequence) -> list:
        values = list(row)
        for i in dated:
            values[i] = _plain(values[i])
        return values

    cursor.executemany(sql, ([*plain(row), *static, *(_plain(make()) for make in dynamic)] for row in rows))
    return cursor.rowcount
