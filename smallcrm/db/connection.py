"""Opening the database safely: every refusal is one clear line and leaves the file as it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import OperationalError as PeeweeOperationalError
from peewee import SqliteDatabase

from smallcrm.db import backup as backups
from smallcrm.db import cipher
from smallcrm.db.leftovers import clean_leftovers
from smallcrm.db.lock import InstanceLock
from smallcrm.db.models import database as model_proxy
from smallcrm.db.preflight import check_location, wal_lost
from smallcrm.errors import StorageError
from smallcrm.private_files import create_private_file

SQLITE_HEADER = cipher.SQLITE_HEADER
BUSY_TIMEOUT_MS = 5000
FULL_CHECK_MAX_BYTES = 32 * 1024 * 1024
FULL_INTEGRITY_MAX_BYTES = 4 * 1024 * 1024
CORE_TABLES = {"schema_version", "setting"}
PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a commit survives a power cut, not only a process crash
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -64_000,  # 64 MB
    "temp_store": 2,  # memory
}


class Database:
    """An open SmallCRM database: the peewee connection plus what it takes to keep it safe."""

    def __init__(self, path: Path, pw: SqliteDatabase, lock: InstanceLock | None, key: str | None = None) -> None:
        self.path = path
        self.pw = pw
        self._lock = lock
        self.key = key  # the SQLCipher key spec of an encrypted file, None for a plain one
        self.backup_problem: StorageError | None = None  # the daily backup failed: front ends warn
        self.read_only = ""  # why it was opened read-only (read-only media); "" when it can be written
        self.damaged = False  # opened read-only because it is damaged (a restore is the way out)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def suspend(self) -> None:
        """Close this thread's connection but keep the instance lock: the file is about to be replaced
        (restore, encrypt, decrypt). Other threads must hold no connection (the window waits for its jobs)."""
        if not self.pw.is_closed():
            self.pw.close()
        if model_proxy.obj is self.pw:
            model_proxy.initialize(None)

    def take_over(self, lock: InstanceLock) -> None:
        """A read-only handle (a damaged file) whose file a restore replaced: from now on it holds the instance
        lock and writes like any open database (``resume`` reopens the new file)."""
        self._lock, self.read_only, self.damaged = lock, "", False

    def reconnect_read_only(self) -> None:
        """Connect a read-only handle again as it was (a restore over it failed and left the file as it was)."""
        if self.pw.is_closed():
            self.pw.connect()
        model_proxy.initialize(self.pw)

    def resume(self, key: str | None) -> None:
        """Open the (replaced) file again with ``key``: checked, connected, migrated as at open."""
        from smallcrm.db.migrate import upgrade_to_head

        _verify(self.path, key)
        self.pw = _connect(self.path, key)
        self.key = key
        model_proxy.initialize(self.pw)
        upgrade_to_head(self)
        _settle_erasures(self)

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (a savepoint when nested). A failure of the storage itself (a full disk, a file
        that became read-only, a lock held too long, a damaged page) leaves as a ``StorageError`` with a
        stable code, after the rollback: services never hand a raw peewee error to a front end. Bugs
        (integrity, programming errors) stay what they are."""
        if self.read_only:
            raise StorageError(f"{self.path} is open read-only ({self.read_only}): nothing can be changed; copy it "
                               "to a writable folder to work on it", code="read_only")
        try:
            with self.pw.atomic():
                yield
        except PeeweeDatabaseError as exc:
            if not isinstance(exc, PeeweeOperationalError) and type(exc) is not PeeweeDatabaseError:
                raise  # IntegrityError, ProgrammingError...: a bug, not the storage's fault
            cause = exc
            # on a full disk (or an I/O error) SQLite rolls back by itself; peewee's own rollback then fails
            # with "no transaction is active", which would hide the reason: report the reason
            errors = (PeeweeDatabaseError, *cipher.ENGINE_ERRORS)
            while "no transaction is active" in str(cause) and isinstance(cause.__context__, errors):
                cause = cause.__context__
            raise storage_error_from(cause, self.path) from exc

    def execute_sql(self, sql: str, params: tuple | list = ()):
        return self.pw.execute_sql(sql, params)

    @contextmanager
    def connection_context(self) -> Iterator[None]:
        """For worker threads: peewee keeps one connection per thread, opened here and closed at the end.
        A job that replaced the file (restore, encrypt) leaves ``self.pw`` a new object: close both."""
        used = self.pw
        if used.is_closed():
            used.connect()
        try:
            yield
        finally:
            for pw in {used, self.pw}:
                if not pw.is_closed():
                    pw.close()

    def serving(self) -> bool:
        """Whether the models read this database on this thread now: False once it is closed, while a restore
        has it suspended, or once another database was opened after it. A background timer of the window asks
        before it reads, so that one firing late reads nothing instead of failing on a closed connection."""
        return model_proxy.obj is self.pw and not self.pw.is_closed()

    def close(self) -> None:
        if not self.pw.is_closed():
            self.pw.close()
        if model_proxy.obj is self.pw:
            model_proxy.initialize(None)
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _connect(path: Path, key: str | None = None) -> SqliteDatabase:
    if key is None:
        pw = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000)
    else:  # the key goes first, then the same pragmas (peewee's SQLCipher support keeps that order)
        from playhouse.sqlcipher_ext import SqlCipherDatabase

        pw = SqlCipherDatabase(str(path), passphrase=key, pragmas=PRAGMAS, lock_type="IMMEDIATE",
                               timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        pw.connect()
    except (PeeweeDatabaseError, *cipher.ENGINE_ERRORS) as exc:  # peewee re-raises sqlite3 errors as its own
        raise StorageError(f"Cannot open {path}: {_one_line(exc)}", code="unopenable") from exc
    return pw


def _damaged(path: Path, detail: str, key: str | None = None) -> StorageError:
    good = backups.newest_good_backup(path, key)
    if good:
        hint = f"the newest good backup is {good}; restore it with: smallcrm --db {path} restore {good}"
    else:
        hint = "no good backup was found"
    detail = _one_line(detail)
    detail = detail if len(detail) <= 160 else detail[:157] + "..."
    return StorageError(f"{path} is damaged ({detail}); {hint}", code="damaged",
                        backup=str(good or ""))


def _quick_check(conn, path: Path, tables: set[str]) -> list[str]:
    """SQLite's full integrity check when the file is small enough (up to 4 MB: ~0.2 s; the quick check does
    not match indexes against their tables, and a damaged index silently changes what searches find and lets
    wrong rows be written); the quick check of the whole file up to 32 MB (well under 0.2 s), else of the core
    tables only (the daily backup checks a large file in full, and SQLite reports a damaged page whenever it
    reads one)."""
    size = path.stat().st_size
    if size <= FULL_INTEGRITY_MAX_BYTES:
        return [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    if size <= FULL_CHECK_MAX_BYTES:
        return [r[0] for r in conn.execute("PRAGMA quick_check")]
    rows: list[str] = []
    for table in CORE_TABLES & tables:
        rows += [r[0] for r in conn.execute(f"PRAGMA quick_check({table})") if r[0] != "ok"]
    return rows or ["ok"]


def _verify(path: Path, key: str | None = None, mode: str = "rw") -> None:
    """Check an existing file before the pragmas touch it: setting WAL mode rewrites the header, which
    must not happen to another program's file, a damaged one or one from a newer SmallCRM."""
    from smallcrm.db.migrate import head_version, too_new

    if not path.exists():
        return
    try:
        conn = cipher.connect(path, key, mode=mode, timeout=BUSY_TIMEOUT_MS / 1000)
    except cipher.ENGINE_ERRORS as exc:
        raise StorageError(f"Cannot open {path}: {_one_line(exc)}", code="unopenable") from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        rows = _quick_check(conn, path, tables)
        version = (conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
                   if "schema_version" in tables and rows == ["ok"] else 0)
    except cipher.OPERATIONAL_ERRORS as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError(f"{path} is busy in another program: {exc}", code="in_use") from exc
        raise _damaged(path, str(exc), key) from exc
    except (*cipher.ENGINE_ERRORS, MemoryError) as exc:  # SQLCipher reports some undecryptable pages so
        raise _damaged(path, str(exc) or "a page cannot be decrypted", key) from exc
    finally:
        conn.close()
    if rows != ["ok"]:
        raise _damaged(path, f"integrity check: {rows[0]}", key)
    if tables and "schema_version" not in tables:
        raise StorageError(f"{path} is an SQLite file of another program, not a SmallCRM database",
                           code="not_a_database")
    if version > head_version():
        raise too_new(path, version, head_version())


_SETTLE: list[Callable[[Database], object]] = []


def on_open(settle: Callable[[Database], object]) -> None:
    """Register what every open runs once the file is migrated: ``services.privacy.erasure_replay`` registers
    the replay of the erasure ledger when it is imported (the storage layer cannot import the services that
    erase; every front end and service that opens a database imports it)."""
    if settle not in _SETTLE:
        _SETTLE.append(settle)


def _settle_erasures(db: Database) -> None:
    """Erasure is forever: before any use, replay the erasures the ledger beside the file names and the file
    does not (a restored or copied database), and complete the ledger. With nothing registered to do it (a
    tool that never imported the services) and erasures in the ledger, refuse: never show the file unreplayed."""
    from smallcrm.db.erasure_ledger import read_ledger

    if _SETTLE:
        for settle in _SETTLE:
            settle(db)
    elif read_ledger(db.path):
        raise StorageError(f"{db.path} has erasures to replay and this program cannot replay them: open it with "
                           "SmallCRM", code="erasures_unknown")


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    create_folder: bool = False,
    migrate: bool = True,
    exclusive: bool = True,
    daily_backup: bool = False,
    passphrase: str | None = None,
    recreate: bool = False,
) -> Database:
    """Open (creating and migrating as needed) the database at ``path``.

    ``exclusive`` takes the one-instance lock; tests of concurrent writers turn it off. ``daily_backup``
    takes a verified, rotated backup when the newest one is more than a day old (none for an empty file)
    before returning: at 100k contacts that is ~30 s (the copy's full integrity check), so the window does
    it in the background instead (``services.maintenance.backup_if_due``).

    An encrypted file opens with ``passphrase`` (a passphrase or a key spec) or the key kept in the keychain
    for it; else ``StorageError`` with code ``needs_key`` (or ``wrong_key``) and nothing opened.

    A file that cannot be written (code ``read_only``) or is damaged (``damaged``) is refused; a front end may
    open it read-only instead (``db.read_only.open_read_only``).

    A missing file is created only where no database was before: when backups, an erasure ledger or a damaged
    copy say one was lost, ``StorageError`` with code ``missing`` unless ``recreate`` (the user chose to start
    anew); the erasures of the ledger are then replayed on the new file too.
    """
    from smallcrm.db.migrate import upgrade_to_head

    path = Path(path).absolute()
    check_location(path, create, create_folder, recreate)
    lock = InstanceLock(path) if exclusive else None
    if lock:
        lock.acquire()
    pw = None
    try:
        if not path.exists():  # SQLite would create it (and its -wal, -shm) with the umask's mode
            create_private_file(path)
        wal_lost(path)
        key = cipher.resolve_key(path, passphrase) if path.exists() and cipher.looks_encrypted(path) else None
        _verify(path, key)
        pw = _connect(path, key)
        if lock:
            clean_leftovers(path)
        model_proxy.initialize(pw)
        db = Database(path, pw, lock, key)
        if migrate:
            upgrade_to_head(db)  # backs up first when there is something to migrate
            _settle_erasures(db)
        if daily_backup:
            try:
                backups.backup_if_due(path, key=key)
            except StorageError as exc:  # a full or read-only backups folder must not lock the user out
                db.backup_problem = exc
        return db
    except BaseException:
        if pw is not None and not pw.is_closed():
            pw.close()
        if pw is not None and model_proxy.obj is pw:
            model_proxy.initialize(None)
        if lock:
            lock.release()
        raise



def storage_error_from(exc: Exception, path: Path | None = None) -> StorageError:
    """An SQLite failure met while working (a damaged page, a full disk, a lock held too long) as the one
    clear line every front end shows."""
    text = _one_line(exc)
    where = f"{path}: " if path else ""
    if "malformed" in text or "not a database" in text:
        return StorageError(f"{where}the database is damaged ({text}); run: smallcrm check", code="damaged")
    if "full" in text:
        return StorageError(f"{where}the disk is full; nothing was saved ({text})", code="disk_full")
    if "locked" in text or "busy" in text:
        return StorageError(f"{where}the database is busy in another program; try again ({text})", code="in_use")
    if "readonly" in text or "read-only" in text:
        return StorageError(f"{where}the database cannot be written ({text})", code="read_only")
    return StorageError(f"{where}{text}", code="storage")
