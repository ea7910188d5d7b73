"""The HTTP routes (Starlette): each one checks the versions and the token, then does its work on a pooled
connection in a worker thread (psycopg is blocking; the event loop stays free for other laptops)."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from smallcrm.server import auth, store
from smallcrm.server.apply import apply_batch
from smallcrm.server.auth import Principal
from smallcrm.server.seed import SeedKeeper
from smallcrm.server.throttle import SignInThrottle
from smallcrm.server.wire import MAX_LIMIT, MAX_OPS, ApiError, check_versions, int_param, laptop_schema
from smallcrm.sync.kinds import SEED_MEDIA_TYPE

_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_WITH_BODY = frozenset({"POST", "PUT"})


@dataclass(frozen=True)
class Call:
    """What a route's work gets: a connection, who asks (None for sign-in), the query, the path and the body."""

    conn: psycopg.Connection
    who: Principal
    query: Any
    path: dict[str, Any]
    body: bytes
    address: str = ""  # the client's (uvicorn reads it from a local reverse proxy's X-Forwarded-For)
    seed: SeedKeeper | None = None

    def json(self) -> dict[str, Any]:
        try:
            value = json.loads(self.body or b"null")
        except ValueError:
            raise ApiError(400, "bad_request", "The body is not JSON") from None
        if not isinstance(value, dict):
            raise ApiError(400, "bad_request", "The body is a JSON object")
        return value


Work = Callable[[Call], Any]


def create_app(dsn: str, schema: int | None = None, pool_size: int = 10, seed_dir: Path | None = None,
               seed_interval: float = 60.0) -> Starlette:
    """The server's ASGI app over the PostgreSQL at ``dsn``; ``schema``: the laptop schema it speaks (default: this
    SmallCRM's newest migration); ``seed_dir``: where it keeps the ready file new laptops start from (none: they
    read the tables one by one; so too when it speaks another schema than its own code's)."""
    expected = laptop_schema() if schema is None else schema
    seeded = seed_dir if expected == laptop_schema() else None
    throttle = SignInThrottle()

    def route(path: str, method: str, work: Work, signed: bool = True) -> Route:
        carries_body = method in _WITH_BODY
        async def endpoint(request: Request) -> Response:
            try:
                check_versions(request.headers, expected, required=signed)
                body = await request.body() if carries_body else b""
                answer = await run_in_threadpool(_run, request.app.state.pool, request, body, work, signed)
            except ApiError as error:
                wait = error.extra.get("retry_after")
                return JSONResponse(error.body(), status_code=error.status,
                                    headers={"Retry-After": str(wait)} if wait is not None else None)
            return answer if isinstance(answer, Response) else JSONResponse(answer)
        return Route(path, endpoint, methods=[method])

    app = Starlette(routes=[
        route("/sign-in", "POST", lambda call: _sign_in(call, throttle), signed=False),
        route("/ops", "POST", _ops),
        route("/changes", "GET", _changes),
        route("/snapshot", "GET", _snapshot),
        route("/check", "GET", lambda call: store.check(call.conn)),
        route("/conflicts", "GET", lambda call: store.conflicts(call.conn)),
        route("/conflicts/{conflict_id:int}/settle", "POST", _settle),
        route("/seed", "GET", _seed),
        route("/seed/ready", "GET", lambda call: {"ready": call.seed is not None and call.seed.ready}, signed=False),
        route("/blobs/{sha256}", "PUT", _put_blob),
        route("/blobs/{sha256}", "GET", _get_blob),
        route("/users", "GET", _users),
        route("/users", "POST", _add_user),
        route("/users/{name}", "DELETE", _remove_user),
    ], lifespan=lambda app: _pooled(app, dsn, pool_size, seeded, seed_interval))
    return app


@contextlib.asynccontextmanager
async def _pooled(app: Starlette, dsn: str, pool_size: int, seed_dir: Path | None,
                  seed_interval: float) -> AsyncIterator[None]:
    """The pool (and the seed's keeper) start when the app starts and stop when it stops, not when the app object
    is built."""
    app.state.pool = store.open_pool(dsn, pool_size)
    app.state.seed = None
    if seed_dir is not None:
        app.state.seed = SeedKeeper(seed_dir, store.open_pool(dsn, 2), seed_interval)
        app.state.seed.start()
    try:
        yield
    finally:
        if app.state.seed is not None:
            await run_in_threadpool(app.state.seed.stop)
            app.state.seed.pool.close()
        app.state.pool.close()


def _run(pool: ConnectionPool, request: Request, body: bytes, work: Work, signed: bool) -> Any:
    with pool.connection() as conn:
        who = auth.principal(conn, request.headers.get("authorization")) if signed else None
        return work(Call(conn, who, request.query_params, dict(request.path_params), body,  # type: ignore[arg-type]
                         request.client.host if request.client else "", request.app.state.seed))


def _text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise ApiError(400, "bad_request", f"{name} is missing")
    return value


def _sign_in(call: Call, throttle: SignInThrottle) -> dict[str, Any]:
    data = call.json()
    user = _text(data, "user")
    throttle.check(user, call.address)
    try:
        key = data.get("device_key")
        done = auth.sign_in(call.conn, user, _text(data, "password"), _text(data, "device_name"),
                            key if isinstance(key, str) and len(key) <= 64 else "")
    except ApiError as error:
        if error.status == 401:
            throttle.failed(user, call.address)
        raise
    throttle.succeeded(user)
    return {"token": done.token, "device": done.device, "device_suffix": done.device_suffix, "user": done.user,
            "role": done.role.value, "cursor": 0}


def _ops(call: Call) -> dict[str, Any]:
    ops = call.json().get("ops")
    if not isinstance(ops, list):
        raise ApiError(400, "bad_request", "ops is a list of operations")
    if len(ops) > MAX_OPS:
        raise ApiError(400, "too_many", f"At most {MAX_OPS} operations per request")
    return {"results": [result.wire() for result in apply_batch(call.conn, ops, call.who)]}


def _changes(call: Call) -> dict[str, Any]:
    after = int_param(call.query, "after", 0)
    return store.changes(call.conn, call.who, after, int_param(call.query, "limit", 1000, 1, MAX_LIMIT))


def _snapshot(call: Call) -> Response:
    table = call.query.get("table") or ""
    return Response(store.snapshot(call.conn, table, call.query.get("after_uid") or "",
                                   int_param(call.query, "limit", 1000, 1, MAX_LIMIT)), media_type="application/json")


def _seed(call: Call) -> Response:
    """A copy of the ready file with the cursor it holds; it is removed once sent (docs/TEAM-MODE.md)."""
    if call.seed is None:
        raise ApiError(404, "no_seed", "This server keeps no ready file: read the tables one by one")
    path, cursor, schema = call.seed.copy_out()
    return FileResponse(path, media_type=SEED_MEDIA_TYPE, headers={"SmallCRM-Cursor": str(cursor),
                                                                     "SmallCRM-Seed-Schema": str(schema)},
                        background=BackgroundTask(path.unlink, missing_ok=True))


def _settle(call: Call) -> dict[str, Any]:
    keep = call.json().get("keep")
    return store.settle(call.conn, call.who, call.path["conflict_id"], keep if isinstance(keep, str) else "")


def _sha(call: Call) -> str:
    sha = call.path["sha256"]
    if not _SHA256.match(sha):
        raise ApiError(400, "bad_request", "A blob's address is its SHA-256 in hex")
    return sha


def _put_blob(call: Call) -> dict[str, Any]:
    sha = _sha(call)
    store.put_blob(call.conn, sha, call.body)
    return {"sha256": sha.lower(), "size": len(call.body)}


def _get_blob(call: Call) -> Response:
    return Response(store.get_blob(call.conn, _sha(call)), media_type="application/octet-stream")


def _users(call: Call) -> dict[str, Any]:
    auth.require_owner(call.who)
    return {"users": auth.list_users(call.conn)}


def _add_user(call: Call) -> dict[str, Any]:
    auth.require_owner(call.who)
    data = call.json()
    auth.add_user(call.conn, _text(data, "name"), _text(data, "password"), _text(data, "role"))
    return {"users": auth.list_users(call.conn)}


def _remove_user(call: Call) -> dict[str, Any]:
    auth.require_owner(call.who)
    auth.remove_user(call.conn, call.path["name"])
    return {"users": auth.list_users(call.conn)}
