"""Failed sign-ins are limited (smallcrm/server/throttle.py): after 5 failures in a minute for one user name the
server answers 429 with Retry-After, even to the right password, and the laptop says how long to wait; other names
from the same address still sign in until the address has failed 20 times. Over HTTP against the real server."""

from __future__ import annotations

import httpx
import pytest

from smallcrm.errors import ValidationError
from smallcrm.server.throttle import SignInThrottle
from smallcrm.server.wire import ApiError, laptop_schema
from smallcrm.sync import client
from tests.team_server import USERS

HEADERS = {"SmallCRM-Protocol": "1", "SmallCRM-Schema": str(laptop_schema())}


def _sign_in(http: httpx.Client, user: str, password: str) -> httpx.Response:
    return http.post("/sign-in", headers=HEADERS, json={"user": user, "password": password, "device_name": "test"})


def test_five_wrong_passwords_for_a_name_stop_its_sign_ins_for_a_minute(team_server, db):
    with httpx.Client(base_url=team_server.url, timeout=60) as http:
        assert [_sign_in(http, "sam", "guess").status_code for _ in range(5)] == [401] * 5
        refused = _sign_in(http, "sam", USERS["sam"][1])  # the right password, but too late
        assert refused.status_code == 429
        assert refused.json()["error"] == "sign_in_throttled"
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        assert refused.json()["retry_after"] == int(refused.headers["Retry-After"])
        assert _sign_in(http, "olga", USERS["olga"][1]).status_code == 200  # another name from here still may
    with pytest.raises(ValidationError) as told:
        client.sign_in(db, team_server.url, "sam", USERS["sam"][1], "laptop")
    assert told.value.code == "sign_in_throttled" and 1 <= told.value.params["seconds"] <= 60
    assert "try again in" in told.value.message


def test_twenty_failures_from_one_address_stop_every_name_from_it(team_server):
    with httpx.Client(base_url=team_server.url, timeout=60) as http:
        for n in range(20):  # four guesses on each of five names nobody has: no name reaches its own limit
            assert _sign_in(http, f"guess{n // 4}", "guess").status_code == 401
        refused = _sign_in(http, "olga", USERS["olga"][1])
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1


def test_the_count_is_of_the_last_minute_and_the_right_password_clears_the_name():
    now = [1000.0]
    throttle = SignInThrottle(now=lambda: now[0])
    for _ in range(5):
        throttle.failed("Sam", "10.0.0.2")
        now[0] += 10
    with pytest.raises(ApiError) as refused:
        throttle.check("sam", "10.0.0.3")  # names are counted without regard to case
    assert refused.value.status == 429 and refused.value.extra["retry_after"] == 10
    now[0] += 10.5  # the first failure is a minute old: four are left in the minute
    throttle.check("sam", "10.0.0.3")
    throttle.failed("sam", "10.0.0.3")
    with pytest.raises(ApiError):
        throttle.check("sam", "10.0.0.4")
    throttle.succeeded("sam")
    throttle.check("sam", "10.0.0.4")
