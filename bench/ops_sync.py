"""Team mode's sync under load (issue 20's bars): a new laptop's first sync from a server holding the whole
benchmark database, and ten laptops syncing at once against one server.

Both start their own PostgreSQL and team server (``smallcrm.server.devcluster``; the server in a process of its
own, as a shop runs it), fill it without timing (``bench/team_load.py``), and measure the laptops only. A laptop
is a new, migrated database signed in over HTTP on loopback, exactly as ``smallcrm sync`` does it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import multiprocessing
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.context import Context
from bench.data import empty_database
from bench.team_load import load
from bench.timing import Row, Stats, clock2
from smallcrm.db.connection import open_database
from smallcrm.sync import client
from smallcrm.sync.manifest import BY_TABLE, SYNCED

OWNER, PASSWORD = "owner", "owner-pass"
LAPTOPS = 10


@contextlib.contextmanager
def _null_keyring() -> Iterator[None]:
    """Tokens in this process's memory (keychain's fallback), never in the keyring of the machine running this."""
    import keyring
    from keyring.backends import null

    previous = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@contextlib.contextmanager
def loaded_team(source: Path, seed_dir: Path | None = None) -> Iterator[tuple[str, str, object, float]]:
    """PostgreSQL and the server (its own process) holding every record of ``source``: (url, dsn, Loaded, the
    seconds the server took to start and, with ``seed_dir``, to make its ready file for new laptops)."""
    from smallcrm.server import devcluster

    with _null_keyring(), devcluster.postgres() as cluster:
        dsn = cluster.new_database()
        devcluster.add_users(dsn, {OWNER: ("owner", PASSWORD)})
        loaded = load(dsn, source, OWNER)
        started = time.perf_counter()
        with devcluster.serve(dsn, process=True, seed_dir=seed_dir) as url:
            yield url, dsn, loaded, time.perf_counter() - started


def new_laptop(folder: Path, url: str, name: str):
    """A new, empty, migrated database signed in to the team (not yet synced)."""
    target = folder / f"{name}.sqlite3"
    empty_database(folder).rename(target)
    db = open_database(target, exclusive=False, daily_backup=False)
    client.sign_in(db, url, OWNER, PASSWORD, device_name=name)
    return db


def _floor(dsn: str, folder: Path) -> float:
    """The bare libraries doing the same moving: every live record's fields out of PostgreSQL by COPY, decoded
    from JSON, and into a bare SQLite table per synced table by executemany, one transaction; seconds."""
    import psycopg

    target = folder / "floor.sqlite3"
    target.unlink(missing_ok=True)
    started = time.perf_counter()
    out = sqlite3.connect(target)
    with psycopg.connect(dsn) as conn:
        for synced in SYNCED:
            with conn.cursor() as cur, cur.copy("COPY (SELECT uid, fields::text FROM record WHERE tbl = %s "
                                                "ORDER BY uid COLLATE \"C\") TO STDOUT", (synced.table,)) as copy:
                rows = [(uid, json.loads(fields)) for uid, fields in copy.rows()]
            names = sorted({name for _, fields in rows for name in fields})
            columns = ", ".join(f'"{n}"' for n in ("uid", *names))
            out.execute(f'CREATE TABLE "{synced.table}" ({columns})')
            out.executemany(f'INSERT INTO "{synced.table}" VALUES ({", ".join("?" * (len(names) + 1))})',
                            [(uid, *(_plain(fields.get(n)) for n in names)) for uid, fields in rows])
    out.commit()
    out.close()
    return time.perf_counter() - started


def _plain(value: object) -> object:
    return json.dumps(value) if isinstance(value, list | dict) else value


def _counts(db) -> dict[str, int]:
    return {t: client.local_check(db.pw, t)["count"] for t in ("party", "communication")}


def _without_seed(url: str) -> client.Transport:
    """HTTP to the server as a server without a ready file answers (GET /seed: 404): the table-by-table way."""
    inner = client.http_transport(url)

    def send(method, path, body, headers):
        if path.startswith("/seed"):
            return 404, {"error": "no_seed", "message": "no ready file"}
        return inner(method, path, body, headers)

    return send


def _first(folder: Path, url: str, name: str, transport: client.Transport | None) -> tuple[float, float, dict]:
    """One new laptop's first sync: (wall, CPU, what it holds); it must have taken the way it was sent (the ready
    file when ``transport`` is None)."""
    db = new_laptop(folder, url, name)
    try:
        reports: list[client.SyncReport] = []
        wall, cpu = clock2(lambda: reports.append(client.sync(db, transport=transport)))
        if reports[0].mismatched:
            raise AssertionError(f"the first sync left tables unlike the server's: {reports[0].mismatched}")
        if reports[0].seeded != (transport is None):
            raise AssertionError("the first sync did not take the way it was measured for")
        return wall, cpu, {**_counts(db), "received": reports[0].received}
    finally:
        db.close()
        for extra in ("", "-wal", "-shm"):
            Path(f"{folder / name}.sqlite3{extra}").unlink(missing_ok=True)


def first_sync(ctx: Context) -> list[Row]:
    """A new laptop's first sync (the server's ready file copied in, the feed after it, count and checksum check)
    from a server holding the whole database of this scale; then the same by the table-by-table snapshot (a
    server without its ready file, or while it makes it). One run each at full size, up to three in a quick run."""
    ctx.close()
    reps = min(ctx.reps, 3) if ctx.quick else 1
    with tempfile.TemporaryDirectory(prefix="smallcrm-sync-") as temp:
        folder = Path(temp)
        with loaded_team(ctx.path, seed_dir=folder / "seed") as (url, dsn, loaded, seed_seconds):
            runs: dict[str, tuple[list[float], list[float]]] = {"seed": ([], []), "tables": ([], [])}
            floors, facts = [], {}
            for rep in range(reps):
                for way, transport in (("seed", None), ("tables", _without_seed(url))):
                    wall, cpu, facts = _first(folder, url, f"new-laptop-{way}-{rep}", transport)
                    runs[way][0].append(wall)
                    runs[way][1].append(cpu)
                floors.append(_floor(dsn, folder) * 1000)
    label = (f"First sync of a new laptop: {facts['party']:,} parties, {facts['communication']:,} communications "
             f"({loaded.operations:,} records) from the team server")
    note = (f"count and checksum of every table equal to the server's; server filled untimed by COPY in "
            f"{loaded.queue_seconds + loaded.copy_seconds:.0f} s (bench/team_load.py); CPU = the laptop's process "
            "only (the server runs in its own); floor: psycopg COPY out of the same records + json.loads + sqlite3 "
            "executemany into bare tables")
    return [Row("sync-first", label + ", from the server's ready file", ctx.scale,
                Stats(tuple(runs["seed"][0]), cpu=tuple(runs["seed"][1])), Stats(tuple(floors)),
                target="< 60 s", limit_ms=60_000,
                note=f"a copy of the ready file the server keeps (made in {seed_seconds:.0f} s when it started, "
                     f"untimed), its tables copied in by SQL, then the feed; {note}"),
            Row("sync-first-tables", label + ", table by table (a server without its ready file)", ctx.scale,
                Stats(tuple(runs["tables"][0]), cpu=tuple(runs["tables"][1])), Stats(tuple(floors)),
                note=f"{facts['received']:,} rows received by GET /snapshot; {note}")]


def _changes(db, rng: random.Random, name: str, edits: int) -> None:
    """What a laptop did offline: a new person, calls logged and notes edited on existing parties."""
    from smallcrm.services.parties.parties import PartyDraft, create_party, draft_of, get_party, update_party
    from smallcrm.services.timeline.communications import CommunicationDraft, log_communication

    ids = [r[0] for r in db.pw.execute_sql("SELECT id FROM party WHERE deleted_at IS NULL").fetchall()]
    person, _ = create_party(db, PartyDraft(first_name=name, last_name="Benchmark"))
    for n in range(edits):
        log_communication(db, CommunicationDraft(party_id=rng.choice(ids), subject=f"{name} call {n}"))
    for n, party_id in enumerate(rng.sample(ids, min(edits, len(ids)))):
        update_party(db, party_id, dataclasses.replace(draft_of(get_party(party_id)), notes=f"{name} note {n}"))
    log_communication(db, CommunicationDraft(party_id=person.id, subject=f"{name}: first call"))


def _sync_one(path: str) -> dict:
    """In a laptop's own process: one sync; its seconds, error, what it sent and received, what was refused and
    which tables differ from the server's afterwards."""
    db = open_database(Path(path), exclusive=False, daily_backup=False)
    started = time.perf_counter()
    try:
        report = client.sync(db)
    except Exception as exc:  # counted and shown: the bar is no errors
        return {"seconds": time.perf_counter() - started, "error": f"{type(exc).__name__}: {exc}", "sent": 0,
                "received": 0, "refused": 0, "mismatched": []}
    finally:
        db.close()
    return {"seconds": time.perf_counter() - started, "error": "", "sent": report.sent, "received": report.received,
            "refused": len(report.refused), "mismatched": report.mismatched}


def _all_at_once(paths: list[str]) -> tuple[float, list[dict]]:
    """Every laptop's sync in a process of its own, started together (fork: the tokens kept in memory go along);
    the wall time until the last one is done, in seconds, and each one's outcome."""
    with multiprocessing.get_context("fork").Pool(len(paths)) as workers:
        started = time.perf_counter()
        done = workers.map(_sync_one, paths, chunksize=1)
        return time.perf_counter() - started, done


def _checks(path: str) -> dict[str, dict]:
    db = open_database(Path(path), exclusive=False, daily_backup=False)
    try:
        return {t: client.local_check(db.pw, t) for t in BY_TABLE}
    finally:
        db.close()


def _server_checks(dsn: str) -> dict[str, dict]:
    import psycopg

    from smallcrm.server import store

    with psycopg.connect(dsn, autocommit=True) as conn:
        tables = store.check(conn)["tables"]
    return {t: tables[t] for t in BY_TABLE}


def team_source(folder: Path, contacts: int) -> Path:
    """A small team's database (the demo generator): ten laptops each take a first sync of it untimed."""
    from smallcrm.demo.parties import generate_demo

    path = folder / "team.sqlite3"
    db = open_database(path, exclusive=False, daily_backup=False)
    try:
        generate_demo(db, contacts=contacts, seed=7, communications_per_contact=5)
    finally:
        db.close()
    return path


def ten_laptops(ctx: Context) -> list[Row]:
    """Ten laptops, each with its own offline changes, sync at once against one server (each in its own process),
    then once more at once so that each has what the others sent; every database must then agree with the
    server's, table by table (count and checksum), with no error and nothing refused."""
    contacts, edits = (200, 5) if ctx.quick else (2_000, 50)
    with tempfile.TemporaryDirectory(prefix="smallcrm-team-") as temp:
        return [run_team(Path(temp), contacts, edits, LAPTOPS, ctx.scale)]


def run_team(folder: Path, contacts: int, edits: int, laptops: int, scale: str) -> Row:
    """``laptops`` laptops of a ``contacts``-contact team, ``edits`` offline changes of each kind each."""
    rng = random.Random(20)
    with loaded_team(team_source(folder, contacts)) as (url, dsn, _, _):
        paths = []
        for n in range(1, laptops + 1):
            db = new_laptop(folder, url, f"laptop-{n}")
            try:
                client.sync(db)  # its first sync, untimed: now it has the team's data
                _changes(db, rng, f"Laptop{n}", edits)
                paths.append(str(db.path))
            finally:
                db.close()
        first_wall, first = _all_at_once(paths)
        second_wall, second = _all_at_once(paths)
        server = _server_checks(dsn)
    unlike = sum(1 for p in paths if _checks(p) != server)
    errors = [r["error"] for r in first + second if r["error"]]
    refused = sum(r["refused"] for r in first + second)
    changes = 2 * edits + 2
    agree = not unlike and not any(r["mismatched"] for r in second)
    label = f"{laptops} laptops syncing at once against one server, {changes} offline changes each (wall time)"
    note = (f"errors: {len(errors)}, refused: {refused}; {laptops + 1} databases agree (every table's count and "
            f"checksum): {'yes' if agree else f'no, {unlike} laptop(s) differ'}; each laptop's sync "
            f"median {statistics.median(r['seconds'] for r in first):.2f} s, slowest "
            f"{max(r['seconds'] for r in first):.2f} s; {sum(r['sent'] for r in first):,} operations sent; "
            f"then all again at once (each gets the others' changes): {second_wall:.2f} s; a {contacts:,}-contact "
            "team database; each laptop in its own process" + (f"; first error: {errors[0]}" if errors else ""))
    return Row("sync-ten", label, scale, Stats((first_wall * 1000,)), target="no errors, all agree",
               passed=not errors and not refused and agree, note=note)
