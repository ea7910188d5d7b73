"""A throw-away PostgreSQL and team server on loopback, for the tests, ``make bench`` and trying team mode by hand.

Not for a shop's server (that one is the shop's own PostgreSQL, run by its OS): this one lives in a temporary
folder and is gone when the block ends. ``initdb`` into that folder, ``postgres`` on 127.0.0.1 on a free port with
its socket in the folder, trust authentication for the ``smallcrm`` role, durability off (``fsync``,
``synchronous_commit``, ``full_page_writes``: nothing here outlives the run). PostgreSQL refuses to run as root
(as CI runs), so there it runs as the ``postgres`` user the OS package creates, with the folder handed to it. It
is stopped by its own pid, never by name.

The simple door is ``team()``: a started PostgreSQL, a migrated database with an owner, the server under uvicorn
in a thread; it yields a ``Team`` (the URL and the owner's name and password). ``postgres()`` and ``serve()`` are
the two halves, for callers that make many databases in one PostgreSQL (the test suite) or restart the server.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

TEMPLATE = "smallcrm_template"
ROLE = "smallcrm"
# durability off: the data dies with the run, and a loaded 1M-row server must not wait for the disk
_FAST = ("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off")


class PostgresUnavailable(RuntimeError):
    """PostgreSQL is not installed here, or cannot be run (root without a ``postgres`` user)."""


def bindir() -> Path | None:
    """Where initdb and postgres are: pg_config's word, else the Debian layout's newest version."""
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        found = Path(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                                    check=True).stdout.strip())
        if (found / "initdb").exists() and (found / "postgres").exists():
            return found
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                      if Path(p).parent.name.isdigit() else 0)
    return Path(versions[-1]) if versions else None


def free_port() -> int:
    """A loopback port nobody listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as() -> dict:
    """The Popen arguments that run PostgreSQL as an unprivileged user when this process is root."""
    if os.geteuid() != 0:
        return {}
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresUnavailable("running as root and there is no postgres user to run PostgreSQL as") from None
    return {"user": account.pw_uid, "group": account.pw_gid}


@dataclass
class Cluster:
    """A running PostgreSQL: its port, its process and a counter for the databases made in it."""

    port: int
    process: subprocess.Popen
    folder: Path
    numbers: count = field(default_factory=lambda: count(1))

    def dsn(self, name: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={ROLE} dbname={name}"

    def new_database(self, template: str = TEMPLATE, prefix: str = "team") -> str:
        """A new database with the server's schema (a copy of the migrated template; ``template0``: an empty one);
        returns its DSN."""
        import psycopg

        name = f"{prefix}_{next(self.numbers)}"
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.dsn(name)


@contextlib.contextmanager
def postgres(start_timeout: float = 60) -> Iterator[Cluster]:
    """A PostgreSQL of its own until the block ends, with a migrated template database (``TEMPLATE``) to copy.
    Raises ``PostgresUnavailable`` when it cannot be had here."""
    import psycopg

    from smallcrm.server import schema

    found = bindir()
    if found is None:
        raise PostgresUnavailable("PostgreSQL is not installed (initdb and postgres not found)")
    run_as = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="smallcrm-pg-"))
    process: subprocess.Popen | None = None
    try:
        if run_as:
            os.chown(folder, run_as["user"], run_as["group"])
        data = folder / "data"
        subprocess.run([str(found / "initdb"), "-D", str(data), "-U", ROLE, "--auth=trust", "-E", "UTF8",
                        "--no-locale", "--no-sync"], check=True, capture_output=True, **run_as)
        port = free_port()
        with (folder / "postgres.log").open("wb") as log:
            process = subprocess.Popen([str(found / "postgres"), "-D", str(data), "-k", str(folder), "-p", str(port),
                                        "-h", "127.0.0.1", *_FAST], stdout=log, stderr=subprocess.STDOUT, **run_as)
        cluster = Cluster(port, process, folder)
        deadline = time.monotonic() + start_timeout
        while True:
            try:
                with psycopg.connect(cluster.dsn("postgres"), autocommit=True) as conn:
                    conn.execute(f"CREATE DATABASE {TEMPLATE}")
                break
            except psycopg.OperationalError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((folder / "postgres.log").read_text(errors="replace")) from None
                time.sleep(0.2)
        with psycopg.connect(cluster.dsn(TEMPLATE), autocommit=True) as conn:
            schema.migrate(conn)
        yield cluster
    finally:
        if process is not None:
            stop(process)
        shutil.rmtree(folder, ignore_errors=True)


def stop(process: subprocess.Popen) -> None:
    """PostgreSQL's fast shutdown (SIGINT: open sessions are ended) by its pid; killed if it lingers."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def serve(dsn: str, schema: int | None = None, pool_size: int = 10, process: bool = False,
          seed_dir: Path | None = None) -> Iterator[str]:
    """The team server on 127.0.0.1 under uvicorn until the block ends; yields its URL. In a thread of this process
    by default; ``process``: as a shop runs it (``smallcrm server run``, its own process, so that the server and
    the laptops measured here do not take turns on one interpreter lock). ``seed_dir``: it keeps the ready file
    new laptops start from there (none by default: a test knows which way its laptops read)."""
    if process:
        with _serve_process(dsn, seed_dir) as url:
            yield url
        return
    import uvicorn

    from smallcrm.server.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(dsn, schema=schema, pool_size=pool_size, seed_dir=seed_dir),
                                           host="127.0.0.1",
                                           port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="team-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the team server did not start")
        time.sleep(0.02)
    try:
        if seed_dir is not None:
            wait_for_seed(f"http://127.0.0.1:{port}")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


@contextlib.contextmanager
def _serve_process(dsn: str, seed_dir: Path | None, start_timeout: float = 60) -> Iterator[str]:
    port = free_port()
    seed = ["--seed-dir", str(seed_dir)] if seed_dir is not None else ["--no-seed"]
    server = subprocess.Popen([sys.executable, "-m", "smallcrm", "server", "run", "--dsn", dsn, "--port", str(port),
                               *seed],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + start_timeout
        while not _answers(port):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the team server did not start: {server.communicate(timeout=5)[1]!r}")
            time.sleep(0.05)
        if seed_dir is not None:
            wait_for_seed(f"http://127.0.0.1:{port}", process=server)
        yield f"http://127.0.0.1:{port}"
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)  # uvicorn's graceful stop
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stderr:
            server.stderr.close()


def wait_for_seed(url: str, timeout: float = 3600, process: subprocess.Popen | None = None) -> float:
    """Wait until the server hands out its ready file (made in the background when it starts: about a minute for
    100,000 contacts); returns the seconds waited."""
    import json
    import urllib.request

    started = time.monotonic()
    while True:
        with urllib.request.urlopen(f"{url}/seed/ready", timeout=10) as answer:
            if json.loads(answer.read()).get("ready"):
                return time.monotonic() - started
        if time.monotonic() - started > timeout or (process is not None and process.poll() is not None):
            raise RuntimeError("the team server did not make its ready file")
        time.sleep(0.2)


def _answers(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@dataclass(frozen=True)
class Team:
    """A team server running on loopback: its URL, its database and its owner's sign-in."""

    url: str
    dsn: str
    user: str
    password: str
    cluster: Cluster


def add_users(dsn: str, users: dict[str, tuple[str, str]]) -> None:
    """``{name: (role, password)}`` into the team database at ``dsn``."""
    import psycopg

    from smallcrm.server import auth

    with psycopg.connect(dsn, autocommit=True) as conn:
        for name, (role, password) in users.items():
            auth.add_user(conn, name, password, role)


@contextlib.contextmanager
def team(owner: str = "owner", password: str = "owner-pass", pool_size: int = 10,
         process: bool = False) -> Iterator[Team]:
    """PostgreSQL, a team database with one owner, and its server (``process``: in a process of its own), all gone
    when the block ends."""
    with postgres() as cluster:
        dsn = cluster.new_database()
        add_users(dsn, {owner: ("owner", password)})
        with serve(dsn, pool_size=pool_size, process=process) as url:
            yield Team(url, dsn, owner, password, cluster)
