"""The ready laptop file a new laptop starts from (docs/TEAM-MODE.md, "A new laptop").

A new laptop's first sync used to read 1.7 million records page by page and write them one table at a time:
minutes for a shop of 100,000 contacts, most of them spent turning JSON into rows. The server instead keeps a
laptop's own SQLite file of the team's data, the seed, made and kept current by the laptop's own code (the
snapshot and the feed, through ``_Local`` instead of HTTP), so a new laptop downloads one consistent copy with the
cursor it holds and copies its tables in with SQL (``smallcrm.sync.seed_copy``), then follows the feed from there.

The seed is made in the background when the server starts (a new server's has nothing to read) and brought up to
date every ``interval`` seconds and before each copy handed out. While it is being made a laptop is told there is
none (404 ``no_seed``) and takes the table-by-table snapshot, which stays the way for every laptop the seed cannot
serve. It is a cache: deleting the folder costs one rebuild. One server process per folder.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import uuid
from pathlib import Path
from typing import Any

import orjson
from psycopg_pool import ConnectionPool

from smallcrm.errors import NotFound, ServerError
from smallcrm.server import store
from smallcrm.server.auth import Principal, Role
from smallcrm.server.wire import ApiError

log = logging.getLogger(__name__)
_SEED_READER = Principal(0, "seed", Role.OWNER, 0)  # the feed's reader: device 0 is no device, nothing to mark
SENDING = ".sending.sqlite3"  # a copy on its way to a laptop
MAX_WAIT = 3600.0  # seconds between two tries of a seed that keeps failing


class _Local:
    """The routes a laptop's snapshot and feed ask, answered in this process from the pool."""

    def __init__(self, pool: ConnectionPool, stopping: threading.Event) -> None:
        self.pool, self.stopping = pool, stopping

    def call(self, method: str, path: str, body: Any = None, **query: Any) -> dict:
        if self.stopping.is_set():  # the server is stopping: a seed half made is dropped, not waited for
            raise ServerError("the team server is stopping", code="server_stopping")
        with self.pool.connection() as conn:
            if path == "/snapshot":
                return orjson.loads(store.snapshot(conn, str(query["table"]), str(query.get("after_uid") or ""),
                                                   int(query["limit"])))
            if path == "/changes":
                return store.changes(conn, _SEED_READER, int(query["after"]), int(query["limit"]))
        raise NotFound(f"the seed reads no {method} {path}")  # GET /seed: the seed is not made from a seed


def team_identity(conn: Any) -> str:
    """Names this team database: the random id its schema made (server step 5) and the database's own (a copy of
    a database, as the tests make them from one template, is another)."""
    row = conn.execute("SELECT (SELECT id::text FROM team_identity LIMIT 1) || '-' || d.oid::text FROM pg_database d "
                       "WHERE d.datname = current_database()").fetchone()
    return str(row[0])


class SeedKeeper:
    """The seed file of one team database in ``folder``: made, kept current, copied out for a laptop."""

    def __init__(self, folder: Path, pool: ConnectionPool, interval: float = 60.0) -> None:
        self.folder, self.pool, self.interval = folder, pool, interval
        self.lock = threading.Lock()  # one writer of the seed at a time: the keeper's thread or a copy's refresh
        self.stopping = threading.Event()
        self.db = None  # the open seed, once made
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # the team's customers: for this user only
        for left in self.folder.glob(f"*{SENDING}"):  # copies a stopped server never finished sending
            left.unlink(missing_ok=True)
        self.thread = threading.Thread(target=self._keep, name="team-seed", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopping.set()
        if self.thread is not None:
            self.thread.join(600)
        with self.lock:
            if self.db is not None:
                self.db.close()
                self.db = None

    @property
    def ready(self) -> bool:
        return self.db is not None

    def _keep(self) -> None:
        failures = 0
        while not self.stopping.is_set():
            try:
                with self.lock:
                    self._refresh()
                failures = 0
            except Exception:  # tried again later; laptops meanwhile take the table-by-table snapshot
                failures += 1
                log.exception("the team seed could not be brought up to date (%d time(s) in a row)", failures)
            # after a failure, longer and longer waits: making the seed again costs a minute of a core at 100k
            self.stopping.wait(min(self.interval * 2 ** min(failures, 10), MAX_WAIT))

    def _path(self) -> Path:
        """This team database's seed; the seeds of any other (a database made again, a restore) go, as they hold
        customers that may have been erased since."""
        with self.pool.connection() as conn:
            path = self.folder / f"seed-{team_identity(conn)}.sqlite3"
        for other in self.folder.glob("seed-*"):
            if not other.name.startswith(path.stem + "."):
                other.unlink(missing_ok=True)
        return path

    def _refresh(self) -> None:
        """Make the seed if there is none, else apply the feed since its cursor (under ``lock``)."""
        from smallcrm.db.connection import open_database
        from smallcrm.sync import client

        if self.stopping.is_set():
            return
        if self.db is None:
            path = self._path()
            if path.exists() and not self._follows(path):
                for stale in self.folder.glob(f"{path.name}*"):
                    stale.unlink()
            if not path.exists():
                self._make(path)
            self.db = open_database(path, exclusive=False, daily_backup=False)
        client.fetch_changes(self.db, _Local(self.pool, self.stopping), client.SyncReport())

    def _follows(self, path: Path) -> bool:
        """Whether the seed at ``path`` is behind this database's feed, not ahead of it: a database restored from
        an older dump keeps its id, and a seed made before the restore holds what the restore took back."""
        with contextlib.closing(sqlite3.connect(path)) as seed:
            row = seed.execute("SELECT cursor FROM sync_state WHERE id = 1").fetchone()
        with self.pool.connection() as conn:
            top = conn.execute("SELECT coalesce(max(seq), 0) FROM op_log").fetchone()
        return row is not None and top is not None and int(row[0]) <= int(top[0])

    def _make(self, path: Path) -> None:
        """The whole seed, written under another name and renamed when whole (a crash leaves no half seed)."""
        from smallcrm.db.connection import open_database
        from smallcrm.sync import client, state
        from smallcrm.sync.snapshot import fetch_snapshot

        making = path.with_suffix(".making")
        for stale in self.folder.glob(f"{making.name}*"):
            stale.unlink()
        db = open_database(making, exclusive=False, daily_backup=False)
        try:
            with db.atomic():  # as a laptop joining the team: the team's VAT rates, not those of a new file
                state.forget_own_vat_rates(db.pw)
            fetch_snapshot(db, _Local(self.pool, self.stopping), client.SyncReport())
        finally:
            db.close()
        for extra in ("-wal", "-shm"):
            Path(f"{making}{extra}").unlink(missing_ok=True)
        ledger = Path(f"{making}.erasures")  # the erasures applied while it was made, replayed at each open
        if ledger.exists():
            ledger.rename(f"{path}.erasures")
        making.rename(path)

    def copy_out(self) -> tuple[Path, int, int]:
        """A consistent copy of the seed, brought up to date first: (the copy's path, its cursor, its schema).
        ``ApiError`` 404 while the seed is still being made."""
        from smallcrm.db.migrate import head_version
        from smallcrm.sync import state

        if self.db is None:  # being made (or it failed and is tried again): not worth a laptop's wait
            raise ApiError(404, "no_seed", "The team's ready file is not made yet: read the tables one by one")
        target = self.folder / f"{uuid.uuid4().hex}{SENDING}"
        with self.lock, self.db.pw.connection_context():  # this request's thread has a connection of its own
            self._refresh()
            with contextlib.closing(sqlite3.connect(target)) as copy:
                self.db.pw.connection().backup(copy)
            return target, state.read_state(self.db.pw).cursor, head_version()
