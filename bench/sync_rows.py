"""Issue 20's bar for team mode: 1,000 changed rows synced in under 2 s (wall clock, server on loopback).

``python -m bench.sync_rows [ROWS] [RUNS]`` starts a PostgreSQL of its own (initdb into a temporary folder, as
tests/team_server.py does) and the real team server as a process of its own (``smallcrm server run``) on a free
loopback port, signs in two laptops (A: the owner, B: a sales rep), then RUNS times: A creates ROWS contacts (each
a party and its e-mail: two operations), ``sync`` on A (sends them, reads the feed), ``sync`` on B (receives
them); then the same with A editing those ROWS contacts (one patch each). It prints the median wall and CPU time of
each sync, its CPU time in this process (the laptop's) and in all (the laptop's, the server's and PostgreSQL's:
what the sync costs whatever else the machine runs) and the operations each one carried.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import keyring

from smallcrm.db.connection import Database, open_database
from smallcrm.db.models import database as model_proxy
from smallcrm.services.parties.parties import PartyDraft, create_party, draft_of, get_party, update_party
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)
from smallcrm.sync import client
from tests.conftest import MemoryKeyring
from tests.team_server import _bindir, free_port

USERS = {"olga": ("owner", "owner-pass"), "sam": ("sales", "sales-pass")}


SERVERS: list[int] = []  # the pids of the team server and of the postmaster, whose CPU counts with the laptop's


def _cpu_seconds() -> float:
    """CPU time of this process, the team server and PostgreSQL (the postmaster, its backends and those ended), from
    /proc: utime, stime, cutime, cstime."""
    total = time.process_time()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid in SERVERS or ppid in SERVERS:
            total += sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


@contextlib.contextmanager
def postgres() -> Iterator[str]:
    """A throw-away PostgreSQL on 127.0.0.1 (as the postgres user when run as root); yields the team's DSN."""
    import psycopg

    from smallcrm.server import auth, schema

    bindir = _bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL is not installed (initdb and postgres not found)")
    folder = Path(tempfile.mkdtemp(prefix="smallcrm-syncbench-pg-"))
    run_as: dict = {}
    if os.geteuid() == 0:
        import pwd

        account = pwd.getpwnam("postgres")
        run_as = {"user": account.pw_uid, "group": account.pw_gid}
        os.chown(folder, account.pw_uid, account.pw_gid)
    subprocess.run([str(bindir / "initdb"), "-D", str(folder / "data"), "-U", "smallcrm", "--auth=trust", "-E",
                    "UTF8", "--no-locale", "--no-sync"], check=True, capture_output=True, **run_as)
    port = free_port()
    process = subprocess.Popen([str(bindir / "postgres"), "-D", str(folder / "data"), "-k", str(folder), "-p",
                                str(port), "-h", "127.0.0.1"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, **run_as)
    dsn = f"host=127.0.0.1 port={port} user=smallcrm dbname=postgres"
    SERVERS.append(process.pid)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                conn = psycopg.connect(dsn, autocommit=True)
                break
            except psycopg.OperationalError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        with conn:
            schema.migrate(conn)
            for name, (role, password) in USERS.items():
                auth.add_user(conn, name, password, role)
        yield dsn
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(30)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def team_server(dsn: str) -> Iterator[str]:
    """``smallcrm server run`` in a process of its own on a free loopback port; yields its URL."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "smallcrm", "server", "run", "--dsn", dsn, "--port",
                                str(port)], stdout=subprocess.DEVNULL)
    SERVERS.append(process.pid)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the team server did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(30)


def _timed_sync(db: Database) -> tuple[float, float, float, int]:
    model_proxy.initialize(db.pw)
    wall, cpu, everyone = time.perf_counter(), time.process_time(), _cpu_seconds()
    report = client.sync(db)
    wall, cpu, everyone = time.perf_counter() - wall, time.process_time() - cpu, _cpu_seconds() - everyone
    if report.mismatched or report.refused:
        raise RuntimeError(f"the sync did not end in step: {report.mismatched} {report.refused}")
    return wall, cpu, everyone, report.sent + report.received


def _create(db: Database, rows: int, run: int) -> list[int]:
    model_proxy.initialize(db.pw)
    return [create_party(db, PartyDraft(first_name=f"Nome{i}", last_name=f"Prova{run}",
                                        emails=[f"nome{i}.run{run}@example.it"]))[0].id for i in range(rows)]


def _edit(db: Database, ids: list[int], run: int) -> None:
    model_proxy.initialize(db.pw)
    for pid in ids:
        draft = draft_of(get_party(pid))
        draft.job_title = f"Ruolo {run}"
        update_party(db, pid, draft)


def main(rows: int = 1000, runs: int = 5) -> None:
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="smallcrm-syncbench-") as temp:
        folder = Path(temp)
        with postgres() as dsn, team_server(dsn) as url:
            template = folder / "empty.sqlite3"
            open_database(template).close()
            laptops = []
            for user in USERS:
                path = folder / f"{user}.sqlite3"
                shutil.copyfile(template, path)
                db = open_database(path)
                model_proxy.initialize(db.pw)
                client.sign_in(db, url, user, USERS[user][1], f"{user}'s laptop")
                client.sync(db)
                laptops.append(db)
            a, b = laptops
            figures: dict[str, list[tuple[float, float, float, int]]] = {}
            for run in range(runs):
                ids = _create(a, rows, run)
                figures.setdefault("create: sync A (send)", []).append(_timed_sync(a))
                figures.setdefault("create: sync B (receive)", []).append(_timed_sync(b))
                _edit(a, ids, run)
                figures.setdefault("edit: sync A (send)", []).append(_timed_sync(a))
                figures.setdefault("edit: sync B (receive)", []).append(_timed_sync(b))
            for db in laptops:
                db.close()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{rows} contacts per run, median of {runs} runs (load average {load}):")
    for name, values in figures.items():
        wall, cpu, everyone = (statistics.median(v[i] for v in values) for i in range(3))
        print(f"  {name:<26} wall {wall:5.2f} s  CPU laptop {cpu:5.2f} s, all {everyone:5.2f} s  ({values[0][3]} "
              f"operations sent + received; wall runs: {', '.join(f'{v[0]:.2f}' for v in values)})")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
