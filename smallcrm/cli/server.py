"""`smallcrm server init|run|users`: the team server (docs/TEAM-MODE.md) on the shop's machine.

The server's packages come with the `server` extra (`pip install 'smallcrm[server]'`); a laptop never needs them,
so this module imports them only when one of these commands runs. The PostgreSQL is named by ``--dsn`` or
``$SMALLCRM_SERVER_DSN``; passwords are typed (twice for a new one) or read from ``$SMALLCRM_SERVER_PASSWORD``.
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

DSN_ENV = "SMALLCRM_SERVER_DSN"
PASSWORD_ENV = "SMALLCRM_SERVER_PASSWORD"
DEFAULT_PORT = 8765
ROLES = ("owner", "sales", "accountant")
_STATUS_EXIT = {400: 3, 404: 4, 409: 5}


def register(commands) -> None:
    server = commands.add_parser("server", help="the team server: PostgreSQL behind HTTPS, for team mode")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = actions.add_parser("init", help="create (or bring up to date) the server's tables and the first owner")
    _dsn(p)
    p.add_argument("--owner", metavar="NAME", help="the first owner's user name (needed on a new server)")
    p.set_defaults(handler=_guarded(init))
    p = actions.add_parser("run", help="serve the laptops (plain HTTP on loopback only; else --cert and --key)")
    _dsn(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.add_argument("--cert", metavar="FILE", help="TLS certificate (PEM), required off loopback")
    p.add_argument("--key", metavar="FILE", help="TLS private key (PEM), required off loopback")
    p.add_argument("--seed-dir", metavar="DIR", type=Path,
                   help="where the ready file new laptops start from is kept (default: the user's cache folder)")
    p.add_argument("--no-seed", action="store_true",
                   help="keep no ready file: new laptops read the team's data table by table (slower)")
    p.set_defaults(handler=_guarded(run))
    users = actions.add_parser("users", help="the team's users").add_subparsers(
        dest="users_command", metavar="ACTION", required=True)
    p = users.add_parser("add", help="add a user (the password is typed, or $SMALLCRM_SERVER_PASSWORD)")
    _dsn(p)
    p.add_argument("name")
    p.add_argument("--role", choices=ROLES, required=True)
    p.set_defaults(handler=_guarded(add_user))
    p = users.add_parser("list", help="list the users, their roles and how many devices each signed in")
    _dsn(p)
    p.set_defaults(handler=_guarded(list_users))
    p = users.add_parser("remove", help="remove a user: their devices are signed out at once")
    _dsn(p)
    p.add_argument("name")
    p.set_defaults(handler=_guarded(remove_user))


def _dsn(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dsn", default=None,
                        help=f"the PostgreSQL to use, e.g. 'host=localhost dbname=smallcrm' (default: ${DSN_ENV})")


def _fail(message: str, code: int) -> int:
    print(f"smallcrm: {message}", file=sys.stderr)
    return code


def _guarded(command: Callable[[argparse.Namespace, str], int]) -> Callable[[argparse.Namespace], int]:
    """Run ``command`` with the DSN, saying in words what went wrong: no extra installed, no DSN, the database
    unreachable, or a refusal of the server's own (a taken name, the last owner)."""

    def handler(args: argparse.Namespace) -> int:
        dsn = args.dsn or os.environ.get(DSN_ENV)
        if not dsn:
            return _fail(f"name the server's PostgreSQL with --dsn or ${DSN_ENV}", 2)
        try:
            import psycopg

            from smallcrm.server.wire import ApiError
        except ImportError:
            return _fail("the team server needs its packages: pip install 'smallcrm[server]'", 6)
        try:
            return command(args, dsn)
        except ApiError as error:
            return _fail(error.message, _STATUS_EXIT.get(error.status, 1))
        except psycopg.Error as error:
            return _fail(f"PostgreSQL: {str(error).strip() or type(error).__name__}", 6)

    return handler


def _password(prompt: str) -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat it: ") != first:
        raise SystemExit(_fail("the two passwords differ", 3))
    return first


def _connect(dsn: str) -> Any:
    import psycopg

    return psycopg.connect(dsn, autocommit=True)


def init(args: argparse.Namespace, dsn: str) -> int:
    from smallcrm.server import auth, schema

    with _connect(dsn) as conn:
        ran = schema.migrate(conn)
        has_users = conn.execute("SELECT 1 FROM app_user LIMIT 1").fetchone() is not None
        if not has_users:
            if not args.owner:
                return _fail("a new server needs its first owner: --owner NAME", 2)
            auth.add_user(conn, args.owner, _password(f"Password for {args.owner}: "), "owner")
            print(f"owner {args.owner} added")
        elif args.owner:
            print("the server has users already: add more with `smallcrm server users add`")
    print(f"server schema {schema.LATEST} ({len(ran)} step(s) run)")
    return 0


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace, dsn: str) -> int:
    import uvicorn

    from smallcrm.server import schema
    from smallcrm.server.app import create_app

    if not _loopback(args.host) and not (args.cert and args.key):
        return _fail(f"{args.host} is not loopback: the laptops' passwords and data would travel in clear. "
                     "Give --cert and --key (or listen on 127.0.0.1 behind a reverse proxy with TLS)", 2)
    if bool(args.cert) != bool(args.key):
        return _fail("give both --cert and --key", 2)
    with _connect(dsn) as conn:
        if schema.current(conn) < schema.LATEST:
            return _fail("the server's tables are missing or older: run `smallcrm server init` first", 6)
    scheme = "https" if args.cert else "http"
    print(f"SmallCRM team server on {scheme}://{args.host}:{args.port} (Ctrl+C stops it)", flush=True)
    seed_dir = None if args.no_seed else args.seed_dir or _cache() / "team-seed"
    uvicorn.run(create_app(dsn, seed_dir=seed_dir), host=args.host, port=args.port, ssl_certfile=args.cert,
                ssl_keyfile=args.key, log_level="warning")
    return 0


def _cache() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("SmallCRM", appauthor=False))


def add_user(args: argparse.Namespace, dsn: str) -> int:
    from smallcrm.server import auth

    with _connect(dsn) as conn:
        auth.add_user(conn, args.name, _password(f"Password for {args.name}: "), args.role)
    print(f"{args.name} added ({args.role})")
    return 0


def list_users(args: argparse.Namespace, dsn: str) -> int:
    from smallcrm.cli.output import emit_json
    from smallcrm.server import auth

    with _connect(dsn) as conn:
        users = auth.list_users(conn)
    if args.json:
        emit_json(users)
        return 0
    for user in users:
        print(f"{user['name']:<24} {user['role']:<11} {user['devices']} device(s)")
    return 0


def remove_user(args: argparse.Namespace, dsn: str) -> int:
    from smallcrm.server import auth

    with _connect(dsn) as conn:
        auth.remove_user(conn, args.name)
    print(f"{args.name} removed: their devices are signed out")
    return 0
