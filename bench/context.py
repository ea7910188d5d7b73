"""What every measured operation is handed: the database of this scale, open both ways (ours and bare)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from bench import floor
from smallcrm.db.connection import Database, open_database


@dataclass
class Context:
    tier: str  # which targets apply: "100k" or "1m"
    scale: str  # the size measured, as shown: "100k", "1M" ("2k" in a quick run)
    path: Path  # a working copy: operations may write to it
    reps: int  # repetitions of a timed operation
    quick: bool
    log: object = print
    _db: Database | None = field(default=None, repr=False)
    _conn: sqlite3.Connection | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        """Our connection (the services reach it through the models' global proxy: one database at a time)."""
        if self._db is None:
            self._db = open_database(self.path)
        return self._db

    def bind(self) -> None:
        """Open our database if it is closed: the services take no database and read through the models' proxy,
        which the open database is bound to."""
        _ = self.db

    @property
    def conn(self) -> sqlite3.Connection:
        """A bare sqlite3 connection to the same file, for the floor."""
        if self._conn is None:
            self._conn = floor.connect(self.path)
        return self._conn

    def close(self) -> None:
        """Close both (open-time measurements need the file closed)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def scalar(self, sql: str, params: tuple = ()):
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def nth(self, select: str, n: int, default=None):
        """The first column of row ``n`` of ``select`` (wrapping round on a small database)."""
        count = self.scalar(f"SELECT COUNT(*) FROM ({select})")
        if not count:
            return default
        return self.scalar(f"{select} LIMIT 1 OFFSET ?", (n % count,))
