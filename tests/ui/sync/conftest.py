"""The team server made slow, for the tests of syncs that run while the window is used."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest

from smallcrm.sync import client

DELAY = 0.15  # seconds each answer of the slow server takes: a first sync makes some twenty requests


@dataclass
class SlowServer:
    """The team server's address, and the requests made to it so far (method and path, in order)."""

    url: str
    asked: list[str] = field(default_factory=list)


@pytest.fixture
def slow_server(team_server, monkeypatch) -> SlowServer:
    reach = client.http_transport
    server = SlowServer(team_server.url)

    def slow(url: str, timeout: float = client.TIMEOUT_SECONDS):
        send = reach(url, timeout)

        def delayed(method, path, body, headers):
            time.sleep(DELAY)
            answer = send(method, path, body, headers)
            server.asked.append(f"{method} {path.split('?')[0]}")  # once answered
            return answer

        return delayed

    monkeypatch.setattr(client, "http_transport", slow)
    return server
