"""Laptops in team mode for the sync tests: each its own database file, signed in to one server (the in-process
stand-in of fake_server.py here; the real one in the end-to-end tests). The models' proxy serves one database
at a time, so a test works on a laptop inside ``with laptop:``."""

from __future__ import annotations

import shutil

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.models import database as model_proxy
from smallcrm.sync import client
from smallcrm.sync.kinds import Role
from tests.sync.fake_server import FakeServer
from tests.team_server import USERS

URL = "http://127.0.0.1:8765"  # the stand-in's (never reached: its transport answers in process)


class Laptop:
    """One laptop: its database, and its sync with the server through ``transport``."""

    def __init__(self, db, transport, url: str = URL) -> None:
        self.db, self.transport, self.url = db, transport, url

    def __enter__(self):
        model_proxy.initialize(self.db.pw)
        return self.db

    def __exit__(self, *exc) -> None:
        pass

    def sign_in(self, user: str):
        with self:
            return client.sign_in(self.db, self.url, user, USERS[user][1], "laptop", transport=self.transport)

    def sync(self, full: bool = False) -> client.SyncReport:
        with self:
            return client.sync(self.db, transport=self.transport, full=full)

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.db.pw.execute_sql(sql, params).fetchall()


@pytest.fixture
def stand_in() -> FakeServer:
    """The in-process stand-in, with the users of the real server's fixture (tests/team_server.py)."""
    return FakeServer(users={name: (password, Role(role)) for name, (role, password) in USERS.items()})


@pytest.fixture(params=["stand-in", "team server", "ready file"])
def new_laptop(request, tmp_path, _migrated_file, stand_in):
    """``new_laptop()``: a fresh database (our company's profile complete), not signed in; speaking to the
    in-process stand-in, or over HTTP to the real team server on PostgreSQL (tests/team_server.py), or to one that
    keeps the ready file a laptop joining later starts from (its own process)."""
    if request.param == "stand-in":
        url, transport = URL, stand_in.transport
    else:
        server = "team_server" if request.param == "team server" else "seeded_team_server"
        url = request.getfixturevalue(server).url
        transport = client.http_transport(url)
    opened = []

    def make() -> Laptop:
        path = tmp_path / f"laptop{len(opened) + 1}.sqlite3"
        shutil.copyfile(_migrated_file, path)
        opened.append(open_database(path))
        return Laptop(opened[-1], transport, url)

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def team(new_laptop):
    """Two laptops of one team: the owner's (olga's, first: it sent the company's settings) and a sales rep's
    (sam's), both synced once."""
    olga, sam = new_laptop(), new_laptop()
    olga.sign_in("olga")
    olga.sync()
    sam.sign_in("sam")
    sam.sync()
    return olga, sam
