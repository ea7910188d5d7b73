"""Signed-in laptops of the team server's three users (tests/team_server.py starts the server)."""

from __future__ import annotations

import pytest

from tests.server.laptop import Laptop


class _Laptops(dict):
    """Signs a user in the first time a test asks for their laptop (each sign-in checks an argon2 hash)."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url = url

    def __missing__(self, name: str) -> Laptop:
        self[name] = Laptop(self.url, name)
        return self[name]


@pytest.fixture
def laptops(team_server):
    made = _Laptops(team_server.url)
    yield made
    for laptop in made.values():
        laptop.close()


@pytest.fixture
def olga(laptops):
    return laptops["olga"]


@pytest.fixture
def sam(laptops):
    return laptops["sam"]
