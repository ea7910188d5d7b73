"""A laptop as the server sees it: signs in, sends operations, reads the feed (plain HTTP, as the wire says)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from smallcrm.server.wire import laptop_schema
from tests.team_server import EXTRA_PASSWORDS, USERS


def op(kind: str, table: str, uid: str, fields: dict | None = None, base: dict | None = None,
       op_id: str | None = None) -> dict[str, Any]:
    return {"op_id": op_id or str(uuid.uuid4()), "kind": kind, "table": table, "uid": uid, "fields": fields or {},
            "base": base or {}, "at": "2026-12-07T10:00:00Z"}


def new_uid() -> str:
    return str(uuid.uuid4())


class Laptop:
    """One signed-in device of one of the fixture's users."""

    def __init__(self, url: str, user: str, device: str | None = None, schema: int | None = None) -> None:
        self.http = httpx.Client(base_url=url, timeout=60)
        self.headers = {"SmallCRM-Protocol": "1",
                        "SmallCRM-Schema": str(laptop_schema() if schema is None else schema)}
        password = USERS[user][1] if user in USERS else EXTRA_PASSWORDS[user]
        answer = self.http.post("/sign-in", headers=self.headers, json={
            "user": user, "password": password, "device_name": device or f"{user}'s laptop"})
        assert answer.status_code == 200, answer.text
        self.signed = answer.json()
        self.headers["Authorization"] = f"Bearer {self.signed['token']}"

    def send(self, *ops: dict) -> list[dict[str, Any]]:
        answer = self.http.post("/ops", headers=self.headers, json={"ops": list(ops)})
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.request(method, path, headers=self.headers, **kwargs)

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        answer = self.request("GET", path, params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def changes(self, after: int = 0, limit: int = 1000) -> dict[str, Any]:
        return self.get("/changes", after=after, limit=limit)

    def close(self) -> None:
        self.http.close()
