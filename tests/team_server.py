"""A real PostgreSQL from the OS packages and the team server on loopback, for the tests of team mode.

The starting and stopping is ``smallcrm.server.devcluster`` (``make bench`` uses it too); here it is pytest's:
PostgreSQL starts once per session, each test gets a database of its own copied from the migrated template, and
the server runs under uvicorn on a free port. Without PostgreSQL on the machine these tests skip.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from smallcrm.server import devcluster
from smallcrm.server.devcluster import free_port  # noqa: F401  (the tests import it from here)

USERS = {"olga": ("owner", "owner-pass"), "sam": ("sales", "sales-pass"), "ada": ("accountant", "accountant-pass")}
EXTRA_PASSWORDS = {"eve": "eve-pass"}  # users a test adds itself


@pytest.fixture(scope="session")
def postgres() -> Iterator[devcluster.Cluster]:
    pytest.importorskip("psycopg")
    with contextlib.ExitStack() as stack:
        try:
            cluster = stack.enter_context(devcluster.postgres())
        except devcluster.PostgresUnavailable as missing:
            pytest.skip(str(missing))
        yield cluster


@dataclass(frozen=True)
class TeamServer:
    """A team server running on loopback: its address and its database."""

    url: str
    dsn: str


@pytest.fixture
def team_server(postgres) -> Iterator[TeamServer]:
    """A fresh team database with an owner (olga), a sales user (sam) and an accountant (ada), and its server."""
    dsn = postgres.new_database()
    devcluster.add_users(dsn, USERS)
    with devcluster.serve(dsn) as url:
        yield TeamServer(url, dsn)


@pytest.fixture
def seeded_team_server(postgres, tmp_path) -> Iterator[TeamServer]:
    """The same, in a process of its own (as a shop runs it), keeping the ready file new laptops start from; it is
    made before the test begins."""
    dsn = postgres.new_database()
    devcluster.add_users(dsn, USERS)
    with devcluster.serve(dsn, process=True, seed_dir=tmp_path / "seed") as url:
        yield TeamServer(url, dsn)
