"""The chaos against the team server running as its own process (``smallcrm server run``), SIGKILLed at random
moments while the laptops sync and started again: what the server committed stays, what it had not is sent
again; nothing lost, nothing twice, the same data everywhere."""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg

from smallcrm import clock, keychain
from smallcrm.db.connection import open_database
from smallcrm.server import auth
from smallcrm.sync import client, state
from tests.sync.chaos import run, settings
from tests.sync.conftest import Laptop
from tests.team_server import USERS, free_port


class KilledServer:
    """``smallcrm server run`` in a process of its own, on one port; ``kill`` is a SIGKILL, ``start`` again."""

    def __init__(self, dsn: str, seed_dir: Path) -> None:
        self.dsn, self.port, self.kills, self.seed_dir = dsn, free_port(), 0, seed_dir
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "smallcrm", "server", "run", "--dsn", self.dsn,
                                         "--port", str(self.port), "--seed-dir", str(self.seed_dir)],
                                        stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the team server did not start")

    def kill(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
            self.kills += 1


class KilledLaptop(Laptop):
    """A laptop whose sync runs as a process of its own (tests/sync/laptop_sync.py), SIGKILLed after a random
    moment; once ``calm`` its sync runs here, to the end."""

    def __init__(self, db, transport, url: str, path, rng: random.Random, skew: float) -> None:
        super().__init__(db, transport, url)
        self.path, self.rng, self.skew, self.calm = path, rng, skew, False
        self.kills = self.finished = 0

    def sync(self, full: bool = False) -> client.SyncReport:
        if self.calm:
            return super().sync(full)
        current = state.read_state(self.db.pw)
        env = {**os.environ, "SMALLCRM_CLOCK_SKEW": str(self.skew),
               "SMALLCRM_TEST_TOKEN": keychain.read_secret(state.token_name(current.server_url, current.device_id))}
        process = subprocess.Popen([sys.executable, "-m", "tests.sync.laptop_sync", str(self.path)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:  # the process takes about a second to start: some are killed before they speak, some mid-sync
            process.wait(self.rng.uniform(0.5, 3.0))
            self.finished += 1
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.kills += 1
        return client.SyncReport()


class KilledEditor(Laptop):
    """A laptop whose edits run as a process of its own (tests/sync/laptop_edit.py), SIGKILLed right after it began
    a transaction (the file closed here meanwhile, as a laptop that crashed has nobody else on it); then the file is
    opened again as the app opens it and must be intact. Whether the outbox holds exactly the committed edits is
    the end's comparison: a change without its operation, or the reverse, would leave this laptop different."""

    def __init__(self, path, transport, url: str, rng: random.Random, skew: float) -> None:
        super().__init__(open_database(path), transport, url)
        self.path, self.rng, self.skew = path, rng, skew
        self.kills = self.mid_transaction = 0

    def edit_burst(self, rng: random.Random, burst: int) -> None:
        self.db.close()
        env = {**os.environ, "SMALLCRM_CLOCK_SKEW": str(self.skew)}
        process = subprocess.Popen([sys.executable, "-m", "tests.sync.laptop_edit", str(self.path),
                                    str(rng.randrange(10**9))], env=env, stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            said = [process.stdout.readline().strip()]  # "ready"
            begun = rng.randint(1, burst)
            while said[-1] and said.count("BEGIN") < begun:
                said.append(process.stdout.readline().strip())
        finally:
            process.send_signal(signal.SIGKILL)  # inside the transaction that just began
            process.wait()
        said += process.stdout.read().split()  # what it said before it died
        process.stdout.close()
        self.kills += 1
        self.mid_transaction += [w for w in said if w in ("BEGIN", "COMMIT")][-1:] == ["BEGIN"]
        self.db = open_database(self.path)
        assert self.rows("PRAGMA integrity_check") == [("ok",)]
        self.db.pw.execute_sql("PRAGMA synchronous = NORMAL")


def test_laptops_killed_mid_edit_keep_their_file_and_outbox_whole(team_server, tmp_path, _migrated_file):
    rng = random.Random(int(os.environ.get("CHAOS_SEED", "20")))
    laptops: list[KilledEditor] = []
    try:
        for n in range(3):
            path = tmp_path / f"laptop{n}.sqlite3"
            shutil.copyfile(_migrated_file, path)
            transport = client.http_transport(team_server.url)
            laptops.append(KilledEditor(path, transport, team_server.url, rng, rng.uniform(-600, 600)))
        for laptop, user in zip(laptops, ("olga", "sam", "olga"), strict=True):
            laptop.sign_in(user)
            laptop.sync()
        verdict, differences = run(laptops, **settings(), burst=40)  # a process per burst: longer bursts
    finally:
        clock.set_skew(0)
        for laptop in laptops:
            laptop.db.close()
    kills, mid = sum(lt.kills for lt in laptops), sum(lt.mid_transaction for lt in laptops)
    print(f"{verdict} (laptop edits killed: {kills}, inside a transaction: {mid})")
    for difference in differences[:20]:  # what differs, in the failure's output
        print("differs:", difference[:700])
    assert mid > 0 and differences == []
    assert verdict.endswith(" operations, 0 lost, 0 duplicated, databases identical"), verdict


def test_laptops_killed_mid_sync_at_random_lose_and_double_nothing(team_server, tmp_path, _migrated_file):
    rng = random.Random(int(os.environ.get("CHAOS_SEED", "20")))
    laptops = []
    try:
        for n in range(3):
            path = tmp_path / f"laptop{n}.sqlite3"
            shutil.copyfile(_migrated_file, path)
            laptops.append(KilledLaptop(open_database(path), client.http_transport(team_server.url),
                                        team_server.url, path, rng, rng.uniform(-600, 600)))
        for laptop, user in zip(laptops, ("olga", "sam", "olga"), strict=True):
            laptop.calm = True
            laptop.sign_in(user)
            laptop.sync()
            laptop.calm = False

        def calm() -> None:
            for laptop in laptops:
                laptop.calm = True

        verdict, differences = run(laptops, **settings(), calm=calm, burst=16)  # a process per sync
    finally:
        clock.set_skew(0)
        for laptop in laptops:
            laptop.db.close()
    kills, finished = sum(lt.kills for lt in laptops), sum(lt.finished for lt in laptops)
    print(f"{verdict} (laptop syncs killed: {kills}, finished: {finished})")
    assert differences == []
    assert verdict.endswith(" operations, 0 lost, 0 duplicated, databases identical"), verdict


def test_the_server_killed_mid_sync_at_random_loses_and_doubles_nothing(postgres, tmp_path, _migrated_file):
    dsn = postgres.new_database()
    with psycopg.connect(dsn, autocommit=True) as conn:
        for name, (role, password) in USERS.items():
            auth.add_user(conn, name, password, role)
    server = KilledServer(dsn, tmp_path / "seed")  # its ready file killed with it too
    server.start()
    stop = threading.Event()
    rng = random.Random(int(os.environ.get("CHAOS_SEED", "20")))

    def killer() -> None:  # at random moments, whatever the laptops are doing
        while not stop.wait(rng.uniform(0.3, 1.5)):
            server.kill()
            server.start()

    opened = []
    try:
        for n in range(3):
            path = tmp_path / f"laptop{n}.sqlite3"
            shutil.copyfile(_migrated_file, path)
            opened.append(open_database(path))
        laptops = [Laptop(db, client.http_transport(server.url), server.url) for db in opened]
        for laptop, user in zip(laptops, ("olga", "sam", "olga"), strict=True):
            laptop.sign_in(user)
            laptop.sync()
        thread = threading.Thread(target=killer, daemon=True)
        thread.start()

        def calm() -> None:
            stop.set()
            thread.join(30)

        verdict, differences = run(laptops, **settings(), calm=calm)
    finally:
        clock.set_skew(0)
        stop.set()
        server.kill()
        for db in opened:
            db.close()
    print(f"{verdict} (the server killed {server.kills} times)")
    assert server.kills > 0 and differences == []
    assert verdict.endswith(" operations, 0 lost, 0 duplicated, databases identical"), verdict
