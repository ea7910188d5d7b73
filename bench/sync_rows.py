"""Issue 20's bar for team mode: 1,000 changed rows synced in under 2 s (wall clock, server on loopback).

``python -m bench.sync_rows [ROWS] [RUNS]`` starts a PostgreSQL of its own and the real team server as a process of
its own (``smallcrm.server.devcluster``, as ``smallcrm server run``) on a free loopback port, signs in two laptops
(A: the owner, B: a sales rep), then RUNS times: A creates ROWS contacts (each a party and its e-mail: two
operations), ``sync`` on A (sends them, reads the feed), ``sync`` on B (receives them); then the same with A editing
those ROWS contacts (one patch each). It prints the median wall time of each sync, its CPU time in this process
(the laptop's) and in all (the laptop's, the server's and PostgreSQL's: what the sync costs whatever else the
machine runs) and the operations each one carried.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import keyring

from smallcrm.db.connection import Database, open_database
from smallcrm.db.models import database as model_proxy
from smallcrm.server import devcluster
from smallcrm.services.parties.parties import PartyDraft, create_party, draft_of, get_party, update_party
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)
from smallcrm.sync import client
from tests.conftest import MemoryKeyring

USERS = {"olga": ("owner", "owner-pass"), "sam": ("sales", "sales-pass")}


def _cpu_seconds() -> float:
    """CPU time of this process and of what it started (the team server; PostgreSQL: the postmaster, its backends
    and those ended), from /proc: utime, stime, cutime, cstime of the children and grandchildren."""
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry.name)] = (int(fields[1]), sum(int(v) for v in fields[11:15]))
    children = {pid for pid, (ppid, _) in stats.items() if ppid == os.getpid()}
    ours = children | {pid for pid, (ppid, _) in stats.items() if ppid in children}
    return time.process_time() + sum(stats[pid][1] for pid in ours) / os.sysconf("SC_CLK_TCK")


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


Figures = dict[str, list[tuple[float, float, float, int]]]


def _run(folder: Path, url: str, rows: int, runs: int) -> Figures:
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
    figures: Figures = {}
    try:
        for run in range(runs):
            ids = _create(a, rows, run)
            figures.setdefault("create: sync A (send)", []).append(_timed_sync(a))
            figures.setdefault("create: sync B (receive)", []).append(_timed_sync(b))
            _edit(a, ids, run)
            figures.setdefault("edit: sync A (send)", []).append(_timed_sync(a))
            figures.setdefault("edit: sync B (receive)", []).append(_timed_sync(b))
    finally:
        for db in laptops:
            db.close()
    return figures


def main(rows: int = 1000, runs: int = 5) -> None:
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="smallcrm-syncbench-") as temp:
        with devcluster.postgres() as cluster:
            dsn = cluster.new_database()
            devcluster.add_users(dsn, USERS)
            with devcluster.serve(dsn, process=True) as url:
                figures = _run(Path(temp), url, rows, runs)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{rows} contacts per run, median of {runs} runs (load average {load}):")
    for name, values in figures.items():
        wall, cpu, everyone = (statistics.median(v[i] for v in values) for i in range(3))
        print(f"  {name:<26} wall {wall:5.2f} s  CPU laptop {cpu:5.2f} s, all {everyone:5.2f} s  ({values[0][3]} "
              f"operations sent + received; wall runs: {', '.join(f'{v[0]:.2f}' for v in values)})")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
