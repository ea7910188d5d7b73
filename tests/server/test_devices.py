"""A device is a laptop's file, not its name (server schema step 4, migration 0027): two laptops of one user that
share a computer name each keep their own token and series suffix, a laptop that signs out and in again keeps its
own, and one rebuilt under its old name is a new device. Over HTTP against the real server."""

from __future__ import annotations

import shutil

import httpx

from smallcrm.db.connection import open_database
from smallcrm.server.wire import laptop_schema
from smallcrm.sync import client, state
from tests.team_server import USERS

HEADERS = {"SmallCRM-Protocol": "1", "SmallCRM-Schema": str(laptop_schema())}


def _laptop(tmp_path, template, name: str):
    path = tmp_path / f"{name}.sqlite3"
    shutil.copyfile(template, path)
    return open_database(path)


def _answers(url: str, token: str) -> int:
    with httpx.Client(base_url=url, timeout=60) as http:
        return http.get("/changes", headers={**HEADERS, "Authorization": f"Bearer {token}"}).status_code


def test_two_laptops_of_one_user_with_one_computer_name_are_two_devices(team_server, tmp_path, _migrated_file):
    first, second = _laptop(tmp_path, _migrated_file, "first"), _laptop(tmp_path, _migrated_file, "second")
    try:
        tokens, suffixes = [], []
        for db in (first, second):  # copies of one new file: each gets its own key at its sign-in
            with httpx.Client(base_url=team_server.url, timeout=60) as http:
                answer = http.post("/sign-in", headers=HEADERS, json={
                    "user": "sam", "password": USERS["sam"][1], "device_name": "MacBook-Pro",
                    "device_key": state.device_key(db)}).json()
            tokens.append(answer["token"])
            suffixes.append(answer["device_suffix"])
        assert state.device_key(first) != state.device_key(second)
        assert suffixes[0] != suffixes[1]  # their invoices and e-invoice files never share a number
        assert [_answers(team_server.url, t) for t in tokens] == [200, 200]  # neither signed the other out
    finally:
        first.close()
        second.close()


def test_a_laptop_signing_in_again_keeps_its_suffix_and_a_rebuilt_one_gets_another(team_server, tmp_path,
                                                                                   _migrated_file):
    laptop = _laptop(tmp_path, _migrated_file, "laptop")
    rebuilt = _laptop(tmp_path, _migrated_file, "rebuilt")
    try:
        first = client.sign_in(laptop, team_server.url, "sam", USERS["sam"][1], "ufficio")
        client.sign_out(laptop)
        again = client.sign_in(laptop, team_server.url, "sam", USERS["sam"][1], "ufficio")
        assert (again.device_id, again.device_suffix) == (first.device_id, first.device_suffix)
        other = client.sign_in(rebuilt, team_server.url, "sam", USERS["sam"][1], "ufficio")
        assert other.device_suffix != first.device_suffix and other.device_id != first.device_id
    finally:
        laptop.close()
        rebuilt.close()


def test_a_laptop_that_sends_no_key_is_found_by_its_name_as_before(team_server):
    with httpx.Client(base_url=team_server.url, timeout=60) as http:
        said = [http.post("/sign-in", headers=HEADERS, json={"user": "ada", "password": USERS["ada"][1],
                                                              "device_name": "old laptop"}).json()
                for _ in range(2)]
    assert said[0]["device"] == said[1]["device"] and said[0]["device_suffix"] == said[1]["device_suffix"]
    assert _answers(team_server.url, said[0]["token"]) == 401  # the second sign-in took the device's token
    assert _answers(team_server.url, said[1]["token"]) == 200
