"""A real PostgreSQL from the OS packages and the team server on loopback, for the tests of team mode.

PostgreSQL starts once per session: ``initdb`` into a temporary folder, then ``postgres`` on 127.0.0.1 on a free
port with its socket in that folder, stopped by its pid at the end. PostgreSQL refuses to run as root (as CI
runs), so there it runs as the ``postgres`` user (the OS package creates it) with the folder handed to it. Each
test gets a database of its own, copied from a migrated template, and the server runs under uvicorn on a free
port. Without PostgreSQL on the machine these tests skip.
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
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import pytest

USERS = {"olga": ("owner", "owner-pass"), "sam": ("sales", "sales-pass"), "ada": ("accountant", "accountant-pass")}
EXTRA_PASSWORDS = {"eve": "eve-pass"}  # users a test adds itself
_TEMPLATE = "smallcrm_template"


def _bindir() -> Path | None:
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
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Postgres:
    """A running PostgreSQL: its port and a counter for the databases made in it."""

    port: int
    process: subprocess.Popen
    numbers: count = field(default_factory=lambda: count(1))

    def dsn(self, name: str) -> str:
        return f"host=127.0.0.1 port={self.port} user=smallcrm dbname={name}"

    def new_database(self, template: str = _TEMPLATE) -> str:
        """A new database with the server's schema (a copy of the template; ``template0``: an empty one)."""
        import psycopg

        name = f"team_{next(self.numbers)}"
        with psycopg.connect(self.dsn("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return self.dsn(name)


def _as_postgres_user() -> dict:
    """The Popen arguments that run PostgreSQL as an unprivileged user when the tests run as root."""
    if os.geteuid() != 0:
        return {}
    try:
        account = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no postgres user to run PostgreSQL as")
    return {"user": account.pw_uid, "group": account.pw_gid}


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    pytest.importorskip("psycopg")
    import psycopg

    from smallcrm.server import schema

    bindir = _bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (initdb and postgres not found)")
    folder = Path(tempfile.mkdtemp(prefix="smallcrm-pg-"))
    run_as = _as_postgres_user()
    if run_as:
        os.chown(folder, run_as["user"], run_as["group"])
    data = folder / "data"
    subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "smallcrm", "--auth=trust", "-E", "UTF8",
                    "--no-locale", "--no-sync"], check=True, capture_output=True, **run_as)
    port = free_port()
    with (folder / "postgres.log").open("wb") as log:
        process = subprocess.Popen(
            [str(bindir / "postgres"), "-D", str(data), "-k", str(folder), "-p", str(port), "-h", "127.0.0.1",
             "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
            stdout=log, stderr=subprocess.STDOUT, **run_as)
    server = Postgres(port, process)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with psycopg.connect(server.dsn("postgres"), autocommit=True) as conn:
                    conn.execute(f"CREATE DATABASE {_TEMPLATE}")
                break
            except psycopg.OperationalError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((folder / "postgres.log").read_text(errors="replace")) from None
                time.sleep(0.2)
        with psycopg.connect(server.dsn(_TEMPLATE), autocommit=True) as conn:
            schema.migrate(conn)
        yield server
    finally:
        process.send_signal(signal.SIGINT)  # fast shutdown: open sessions are ended
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class TeamServer:
    """A team server running on loopback: its address and its database."""

    url: str
    dsn: str


@contextlib.contextmanager
def serve(dsn: str, schema: int | None = None) -> Iterator[str]:
    """The team server on 127.0.0.1 under uvicorn, in a thread, until the block ends; yields its URL."""
    import uvicorn

    from smallcrm.server.app import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(dsn, schema=schema), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="team-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the team server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture
def team_server(postgres) -> Iterator[TeamServer]:
    """A fresh team database with an owner (olga), a sales user (sam) and an accountant (ada), and its server."""
    import psycopg

    from smallcrm.server import auth

    dsn = postgres.new_database()
    with psycopg.connect(dsn, autocommit=True) as conn:
        for name, (role, password) in USERS.items():
            auth.add_user(conn, name, password, role)
    with serve(dsn) as url:
        yield TeamServer(url, dsn)
