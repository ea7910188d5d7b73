"""The laptop's side of the wire (docs/TEAM-MODE.md, "The wire"): sign in, send the outbox, fetch the changes,
check. HTTP through the standard library (``urllib``): one request at a time, JSON both ways, nothing to install.

A ``Transport`` is what speaks to the server: ``(method, path, body, headers) -> (status, answer)``; the default
one is HTTP to the signed-in server, tests hand in another. Every error the server can answer is one
``SmallCrmError`` with the server's code, so both front ends say it as they say any other.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode, urlsplit

import orjson

from smallcrm import keychain
from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.db.migrate import head_version
from smallcrm.errors import Conflict, NotFound, ServerError, ValidationError
from smallcrm.sync import state
from smallcrm.sync.apply import Sent, apply_changes
from smallcrm.sync.blobs import get_missing_files, put_files
from smallcrm.sync.kinds import SEED_MEDIA_TYPE, OpOutcome
from smallcrm.sync.manifest import BY_TABLE
from smallcrm.sync.seed_copy import DOWNLOAD_PREFIX
from smallcrm.sync.snapshot import fetch_snapshot

PROTOCOL = "1"
BATCH = 500  # operations per POST /ops (the wire's limit)
PAGE = 2000  # changes per GET /changes: one request, one transaction here (the server allows 5,000)
TIMEOUT_SECONDS = 30
_TAKEN = (OpOutcome.APPLIED, OpOutcome.DUPLICATE)

# (method, path, body: JSON as a dict or a file's bytes, headers) -> (status, JSON answer, or {"bytes": ...})
Transport = Callable[[str, str, dict | bytes | None, dict[str, str]], tuple[int, dict]]


@dataclass
class SyncReport:
    """What one sync did, for the CLI's lines and the window's status bar."""

    sent: int = 0
    refused: list[dict] = field(default_factory=list)
    received: int = 0
    conflicts: int = 0
    mismatched: list[str] = field(default_factory=list)  # tables whose count or checksum differ from the server's
    resynced: list[str] = field(default_factory=list)  # tables read again because their check differed
    cancelled: bool = False  # stopped by the user between two requests: what was written before stays
    seeded: bool = False  # a new laptop that started from the server's ready file (sync/seed_copy.py)
    changes: Changes = field(default_factory=Changes)  # what the applied changes touched (the window's bus)

    @property
    def parties(self) -> set[int]:
        return self.changes.parties


def http_transport(base_url: str, timeout: float = TIMEOUT_SECONDS) -> Transport:
    """HTTP(S) to ``base_url``. Plain HTTP only to this machine: anything else would carry the token in clear."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("server_url", f"Not a server address: {base_url}", code="server_url")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValidationError("server_url", "Plain http is for this machine only: use https://", code="server_https")
    root = base_url.rstrip("/")

    def send(method: str, path: str, body: dict | bytes | None, headers: dict[str, str]) -> tuple[int, dict]:
        raw = isinstance(body, bytes | bytearray | memoryview)
        data = bytes(body) if raw else json.dumps(body).encode() if body is not None else None
        kind = "application/octet-stream" if raw else "application/json"
        request = urllib.request.Request(root + path, data=data, method=method,
                                         headers={**headers, "Content-Type": kind})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                if answer.headers.get_content_type() == SEED_MEDIA_TYPE:
                    return answer.status, _saved(answer)
                content = answer.read()
                if answer.headers.get_content_type() == "application/octet-stream":
                    return answer.status, {"bytes": content}
                return answer.status, _json(content)
        except urllib.error.HTTPError as exc:
            return exc.code, _json(exc.read())
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ServerError(f"The team's server {root} cannot be reached ({reason}): working offline",
                              code="team_unreachable") from exc

    return send


def _saved(answer) -> dict:
    """The server's ready file (GET /seed) streamed into a temporary file, never whole in memory; the caller
    removes it."""
    out = tempfile.NamedTemporaryFile(prefix=DOWNLOAD_PREFIX, suffix=".sqlite3", delete=False)  # noqa: SIM115
    try:
        with out:
            shutil.copyfileobj(answer, out, 1 << 20)
    except BaseException:  # a dropped line: nothing half-downloaded stays behind
        os.unlink(out.name)
        raise
    return {"file": out.name, "cursor": answer.headers.get("SmallCRM-Cursor"),
            "schema": answer.headers.get("SmallCRM-Seed-Schema")}


def _json(raw: bytes) -> dict:
    try:
        value = orjson.loads(raw or b"{}")  # ~3x json.loads: a first sync decodes a million records' answers
    except ValueError:
        return {"error": "server_error", "message": raw[:200].decode("utf-8", "replace")}
    return value if isinstance(value, dict) else {"value": value}


def _raise_for(status: int, answer: dict) -> None:
    if status < 400:
        return
    code, message = answer.get("error") or "server_error", answer.get("message") or f"HTTP {status}"
    if status == 401:
        raise Conflict(f"The team's server does not know this laptop any more ({message}): sign in again",
                       code="sync_signed_out")
    if status == 404:
        raise NotFound(f"The team's server does not have it: {message}", code="not_found")
    if status == 426:
        raise Conflict(f"The team's server is newer than this SmallCRM ({message}): update SmallCRM",
                       code="update_required")
    if status in (400, 403, 409):
        raise Conflict(f"The team's server refused: {message}", code=code)
    raise ServerError(f"The team's server failed: {message}", code="team_server_error")


class SyncCancelled(Conflict):
    """The user stopped the sync. Raised before a request, never inside a transaction: every page or batch is
    written whole or not at all, and the next sync goes on from what was written."""

    code = "sync_cancelled"
    default = "The sync was cancelled"


class Session:
    """Requests to the signed-in server with this device's token. ``cancel`` is asked before each request: the
    one place every step of a sync (batch sent, page fetched, snapshot page) passes between two transactions."""

    def __init__(self, transport: Transport, token: str, cancel: Callable[[], bool] | None = None) -> None:
        self.transport, self.token, self.cancel = transport, token, cancel

    def call(self, method: str, path: str, body: dict | bytes | None = None, **query) -> dict:
        if self.cancel is not None and self.cancel():
            raise SyncCancelled()
        headers = {"Authorization": f"Bearer {self.token}", "SmallCRM-Protocol": PROTOCOL,
                   "SmallCRM-Schema": str(head_version())}
        status, answer = self.transport(method, path + (f"?{urlencode(query)}" if query else ""), body, headers)
        _raise_for(status, answer)
        return answer


def sign_in(db: Database, url: str, user: str, password: str, device_name: str | None = None,
            transport: Transport | None = None) -> state.SyncState:
    """Sign this laptop in: the token into the keyring, team mode on, this device's suffix on every series. The
    first laptop of a team sends what it has; a laptop joining a team that has data must start empty (its own
    records would be a second copy of the same customers), unless it was in the team before (it signed out): then
    it sends what it made meanwhile."""
    transport = transport or http_transport(url)
    status, answer = transport("POST", "/sign-in", {"user": user, "password": password,
                                                    "device_name": device_name or socket.gethostname(),
                                                    "device_key": state.device_key(db)},
                               {"SmallCRM-Protocol": PROTOCOL, "SmallCRM-Schema": str(head_version())})
    if status == 401:
        raise ValidationError("password", "Wrong user name or password", code="sign_in_refused")
    if status == 429:  # too many failed sign-ins for this name or from here: the server says how long to wait
        seconds = int(answer.get("retry_after") or 60)
        raise ValidationError("password", f"Too many failed sign-ins: try again in {seconds} seconds",
                              code="sign_in_throttled", seconds=seconds)
    _raise_for(status, answer)
    session = Session(transport, answer["token"])
    team_has_data = bool(session.call("GET", "/changes", after=0, limit=1).get("changes"))
    mine, returning = state.local_records(db.pw), state.was_in_a_team(db.pw)
    if team_has_data and mine and not returning:
        raise Conflict(f"This laptop has {mine} records and the team's server has its own: to join the team, "
                       "sign in from a new, empty database", code="team_has_data", records=mine)
    device = str(answer.get("device", ""))
    keychain.store_secret(state.token_name(url, device), answer["token"])
    state.switch_on(db, url, device, answer.get("device_suffix") or "",
                    answer.get("user") or user, answer.get("role") or "", upload=not team_has_data,
                    returning=team_has_data and returning)
    return state.read_state(db.pw)


def sign_out(db: Database) -> None:
    state.switch_off(db)


def _session(db: Database, transport: Transport | None) -> Session:
    current = state.read_state(db.pw)
    if not current.team:
        raise Conflict("This laptop is not in team mode: sign in to a server first (smallcrm sync sign-in URL USER)",
                       code="sync_off")
    token = keychain.read_secret(state.token_name(current.server_url, current.device_id))
    if not token:
        raise Conflict("This laptop's sign-in is not in the keyring any more: sign in again", code="sync_signed_out")
    return Session(transport or http_transport(current.server_url), token)


def send_outbox(db: Database, session: Session, report: SyncReport, sent: Sent | None = None) -> None:
    """Send the outbox in batches; ``sent`` learns each operation the server took, with its seq."""
    while ops := state.waiting_ops(db, BATCH):
        put_files(db, session, ops)
        answer = session.call("POST", "/ops", {"ops": [op.wire() for op in ops]})
        results = answer.get("results") or []
        accepted, refused = state.record_results(db, ops, results)
        if sent is not None:
            by_id = {r.get("op_id"): r for r in results if r.get("status") in _TAKEN and r.get("seq") is not None}
            for op in ops:
                if op.op_id in by_id:
                    sent.add(op.op_id, op.kind, op.table, op.uid, op.fields, int(by_id[op.op_id]["seq"]))
        report.sent += accepted
        if accepted + refused == 0:  # the server answered none of them: try again at the next sync
            break
    report.refused = state.refused_ops(db.pw)


def fetch_changes(db: Database, session: Session, report: SyncReport, sent: Sent | None = None) -> None:
    while True:
        cursor = state.read_state(db.pw).cursor
        page = session.call("GET", "/changes", after=cursor, limit=PAGE)
        changes = page.get("changes") or []
        applied = apply_changes(db, changes, int(page.get("cursor", cursor)), sent)
        report.received += applied.changes
        report.changes.merge(applied.touched)
        if not page.get("more") or not changes:
            return


def fetch_conflicts(db: Database, session: Session, report: SyncReport) -> None:
    conflicts = session.call("GET", "/conflicts").get("conflicts") or []
    with db.atomic():
        db.pw.execute_sql("DELETE FROM sync_conflict")
        for c in conflicts:
            db.pw.execute_sql("INSERT INTO sync_conflict (id, tbl, uid, field, kept, other, seq_kept, seq_other) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              (c["id"], c["table"], c["uid"], c["field"], json.dumps(c.get("kept")),
                               json.dumps(c.get("other")), c.get("seq_kept"), c.get("seq_other")))
    report.conflicts = len(conflicts)


def local_check(pw, table: str) -> dict:
    """This laptop's count and checksum of a table's live records, as ``GET /check`` makes the server's: the hex
    SHA-256 of the sorted ``uid:seq`` lines (seq: the latest operation that wrote the record)."""
    synced = BY_TABLE[table]
    key = synced.key_column
    live = " WHERE r.deleted_at IS NULL" if synced.has_trash else ""
    if synced.keys:
        live = f" WHERE r.key IN ({', '.join(repr(k) for k in sorted(synced.keys))})"
    rows = pw.execute_sql(f'SELECT r."{key}", (SELECT MAX(seq) FROM sync_version v WHERE v.tbl = ? AND v.uid = '
                          f'r."{key}") FROM "{table}" r{live}', (table,)).fetchall()
    lines = sorted(f"{uid}:{seq or 0}" for uid, seq in rows)
    return {"count": len(lines), "checksum": hashlib.sha256("\n".join(lines).encode()).hexdigest()}


def check(db: Database, session: Session, report: SyncReport) -> None:
    answer = session.call("GET", "/check")
    if int(answer.get("cursor") or 0) > state.read_state(db.pw).cursor:  # others sent meanwhile: catch up first
        fetch_changes(db, session, report)
        answer = session.call("GET", "/check")
    theirs = answer.get("tables") or {}
    report.mismatched = [t for t, figures in sorted(theirs.items())
                         if t in BY_TABLE and local_check(db.pw, t) != {"count": figures.get("count"),
                                                                        "checksum": figures.get("checksum")}]


def resync_tables(db: Database, session: Session, report: SyncReport) -> None:
    """Read again, alone, each table whose check differed (docs/TEAM-MODE.md, "Versions and checks"); a table with
    operations still in the outbox (unsent, or refused and shown to the user) differs for that reason: left be."""
    waiting = {row[0] for row in db.pw.execute_sql("SELECT DISTINCT tbl FROM sync_outbox")}
    report.resynced = [table for table in report.mismatched if table not in waiting]
    if report.resynced:
        fetch_snapshot(db, session, report, tables=report.resynced)
        fetch_changes(db, session, report)
        check(db, session, report)


def sync(db: Database, transport: Transport | None = None, full: bool = False,
         progress: Callable[[int, int], None] | None = None,
         cancel: Callable[[], bool] | None = None) -> SyncReport:
    """One sync: send the outbox in order, fetch the changes until there are no more (the state first, by
    snapshot, for a laptop that starts from nothing or with ``full``), the attachments' files it lacks, the open
    conflicts, then compare counts and checksums with the server and read again a table that differs.
    ``cancel()`` true stops it before its next request: the report says ``cancelled`` and the last sync's
    time stays that of the last whole one."""
    session = _session(db, transport)
    session.cancel = cancel
    report, sent = SyncReport(), Sent()
    try:
        send_outbox(db, session, report, sent)
        if full or state.read_state(db.pw).cursor == 0:
            fetch_snapshot(db, session, report, progress)
            sent = Sent()  # the snapshot wrote the records over: their echoes are applied too
        fetch_changes(db, session, report, sent)
        get_missing_files(db, session)
        fetch_conflicts(db, session, report)
        check(db, session, report)
        resync_tables(db, session, report)
    except SyncCancelled:
        report.cancelled = True
        return report
    except Exception as exc:
        state.mark_synced(db, error=" ".join(str(exc).split()) or type(exc).__name__)
        raise
    state.mark_synced(db)
    return report


def settle_conflict(db: Database, conflict_id: int, keep: str, transport: Transport | None = None) -> SyncReport:
    """Settle one conflict on the server ("kept" or "other" value), then bring this laptop in step."""
    if keep not in ("kept", "other"):
        raise ValidationError("keep", "Keep the value kept or the other one", code="choice_invalid")
    session = _session(db, transport)
    session.call("POST", f"/conflicts/{int(conflict_id)}/settle", {"keep": keep})
    report = SyncReport()
    fetch_changes(db, session, report)
    fetch_conflicts(db, session, report)
    return report
