"""`smallcrm sync ...`: team mode from the command line (docs/TEAM-MODE.md): sign in to the team's server, sync,
list and settle conflicts, sign out."""

from __future__ import annotations

import getpass
import json

from smallcrm.cli.output import emit_json, table
from smallcrm.cli.session import open_db
from smallcrm.sync import client, state


def ask_password(prompt: str) -> str:
    """Read the password without echo (tests replace this)."""
    return getpass.getpass(prompt)


def register(commands) -> None:
    p = commands.add_parser("sync", help="team mode: send this laptop's changes to the team's server and fetch "
                                         "the others' (sign in first)")
    p.add_argument("--full", action="store_true", help="fetch everything again from the start")
    p.set_defaults(handler=sync_now)
    s = p.add_subparsers(dest="sync_command", metavar="SUBCOMMAND")
    q = s.add_parser("sign-in", help="join the team's server as USER (asks the password; the token goes to the "
                                     "keyring)")
    q.add_argument("url", help="the server's address (https://..., or http://127.0.0.1:PORT on this machine)")
    q.add_argument("user")
    q.add_argument("--device-name", help="how the server names this laptop (default: the computer's name)")
    q.set_defaults(handler=sign_in)
    s.add_parser("sign-out", help="leave team mode (the changes not sent yet stay)").set_defaults(handler=sign_out)
    s.add_parser("status", help="the server, the user, the last sync, what waits").set_defaults(handler=status)
    s.add_parser("conflicts", help="the open conflicts, and the operations the server refused"
                 ).set_defaults(handler=conflicts)
    q = s.add_parser("settle", help="settle a conflict: keep the value kept, or the other one")
    q.add_argument("id", type=int)
    q.add_argument("keep", choices=("kept", "other"))
    q.set_defaults(handler=settle)


def sign_in(args) -> int:
    password = ask_password(f"Password of {args.user} on {args.url}: ")
    with open_db(args) as db:
        current = client.sign_in(db, args.url, args.user, password, args.device_name)
        waiting = current.waiting
    print(f"signed in to {current.server_url} as {current.user_name} ({current.role}); this laptop numbers its "
          f"documents with /{current.device_suffix}" + (f"; {waiting} records to send" if waiting else ""))
    print("run `smallcrm sync` to send and fetch")
    return 0


def sign_out(args) -> int:
    with open_db(args) as db:
        client.sign_out(db)
        waiting = state.read_state(db.pw).waiting
    print("signed out: this laptop works alone" + (f" ({waiting} changes not sent are kept)" if waiting else ""))
    return 0


def sync_now(args) -> int:
    with open_db(args) as db:
        report = client.sync(db, full=args.full)
    if args.json:
        emit_json({"sent": report.sent, "received": report.received, "conflicts": report.conflicts,
                   "refused": report.refused, "mismatched": report.mismatched, "resynced": report.resynced,
                   "seeded": report.seeded})
        return 0
    print(f"sent {report.sent}, received {report.received}, open conflicts {report.conflicts}")
    if report.seeded:
        print("  started from the server's ready copy of the team's data")
    for refused in report.refused:
        print(f"  refused: {refused['kind']} {refused['table']} {refused['uid']}: {refused['message']}")
    if report.resynced:
        print(f"  read again from the server (its check differed): {', '.join(report.resynced)}")
    if report.mismatched:
        print(f"  differs from the server: {', '.join(report.mismatched)} (run `smallcrm sync --full`)")
    return 0


def status(args) -> int:
    with open_db(args) as db:
        current = state.read_state(db.pw)
    if args.json:
        emit_json(current)
        return 0
    if not current.team:
        print("not in team mode" + (f" ({current.waiting} changes not sent)" if current.waiting else ""))
        return 0
    print(f"{current.server_url} as {current.user_name} ({current.role}), device /{current.device_suffix}")
    print(f"last sync {current.last_sync_at or 'never'}; waiting {current.waiting}, refused {current.refused}, "
          f"conflicts {current.conflicts}" + (f"; last error: {current.last_error}" if current.last_error else ""))
    return 0


def conflicts(args) -> int:
    with open_db(args) as db:
        rows = db.pw.execute_sql("SELECT id, tbl, uid, field, kept, other FROM sync_conflict ORDER BY id").fetchall()
        refused = state.refused_ops(db.pw)
    if args.json:
        emit_json({"conflicts": [dict(zip(("id", "table", "uid", "field", "kept", "other"), r, strict=True))
                                 for r in rows], "refused": refused})
        return 0
    table([[str(r[0]), r[1], r[2], r[3], str(json.loads(r[4])), str(json.loads(r[5]))] for r in rows],
          ["id", "table", "record", "field", "kept", "other"])
    for r in refused:
        print(f"refused: {r['kind']} {r['table']} {r['uid']}: {r['message']}")
    return 0


def settle(args) -> int:
    with open_db(args) as db:
        client.settle_conflict(db, args.id, args.keep)
    print(f"conflict {args.id} settled: the {args.keep} value stays")
    return 0
