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

URL = "http://127.0.0.1:8765"


class Laptop:
    """One laptop: its database, and its sync with the server through ``transport``."""

    def __init__(self, db, transport) -> None:
        self.db, self.transport = db, transport

    def __enter__(self):
        model_proxy.initialize(self.db.pw)
        return self.db

    def __exit__(self, *exc) -> None:
        pass

    def sign_in(self, user: str, password: str):
        with self:
            return client.sign_in(self.db, URL, user, password, "laptop", transport=self.transport)

    def sync(self, full: bool = False) -> client.SyncReport:
        with self:
            return client.sync(self.db, transport=self.transport, full=full)

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self.db.pw.execute_sql(sql, params).fetchall()


@pytest.fixture
def server() -> FakeServer:
    return FakeServer(users={"anna": ("anna-pw", Role.OWNER), "bruno": ("bruno-pw", Role.SALES),
                             "carla": ("carla-pw", Role.ACCOUNTANT)})


@pytest.fixture
def new_laptop(tmp_path, _migrated_file, server):
    """``new_laptop()``: a fresh database (our company's profile complete), not signed in."""
    opened = []

    def make(transport=None) -> Laptop:
        path = tmp_path / f"laptop{len(opened) + 1}.sqlite3"
        shutil.copyfile(_migrated_file, path)
        opened.append(open_database(path))
        return Laptop(opened[-1], transport or server.transport)

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def team(new_laptop):
    """Two laptops of one team: anna's (the owner's, first: it sent the company's settings) and bruno's (sales),
    both synced once."""
    anna, bruno = new_laptop(), new_laptop()
    anna.sign_in("anna", "anna-pw")
    anna.sync()
    bruno.sign_in("bruno", "bruno-pw")
    bruno.sync()
    return anna, bruno
