"""The throw-away PostgreSQL and team server (smallcrm/server/devcluster.py) that the tests and ``make bench`` start:
it serves a laptop, and when the block ends its process is gone, its port closed and its folder removed."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("psycopg")

from smallcrm.server import devcluster
from tests.server.laptop import new_uid, op


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("process", [False, True], ids=["server in a thread", "server in its own process"])
def test_team_starts_postgres_and_the_server_and_stops_both(process):
    import httpx

    from smallcrm.server.wire import laptop_schema

    try:
        started = devcluster.team(owner="boss", password="boss-pass", process=process)
        team = started.__enter__()
    except devcluster.PostgresUnavailable as missing:
        pytest.skip(str(missing))
    try:
        headers = {"SmallCRM-Protocol": "1", "SmallCRM-Schema": str(laptop_schema())}
        with httpx.Client(base_url=team.url, timeout=30) as http:
            signed = http.post("/sign-in", headers=headers, json={"user": team.user, "password": team.password,
                                                                  "device_name": "bench"}).json()
            assert signed["role"] == "owner"
            headers["Authorization"] = f"Bearer {signed['token']}"
            uid = new_uid()
            sent = http.post("/ops", headers=headers, json={"ops": [op("insert", "tag", uid, {"name": "VIP"})]})
            assert sent.json()["results"][0]["status"] == "applied"
            assert [c["uid"] for c in http.get("/changes", headers=headers, params={"after": 0}).json()["changes"]] \
                == [uid]
        port, process, folder = team.cluster.port, team.cluster.process, team.cluster.folder
        assert _listening(port) and process.poll() is None and folder.is_dir()
    finally:
        started.__exit__(None, None, None)
    assert process.poll() is not None  # stopped by its pid
    assert not _listening(port)
    assert not folder.exists()


def test_a_machine_without_postgresql_is_told_so(monkeypatch):
    monkeypatch.setattr(devcluster, "bindir", lambda: None)
    with pytest.raises(devcluster.PostgresUnavailable, match="not installed"), devcluster.postgres():
        pass
