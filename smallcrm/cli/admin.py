"""Commands that look after the database: init, demo, backup, backups, restore, check, and the tour."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from smallcrm.cli.output import emit_json, table, when, words
from smallcrm.cli.session import open_db, with_passphrase
from smallcrm.db.cipher import looks_encrypted
from smallcrm.db.leftovers import DAMAGED_KEPT
from smallcrm.demo.parties import generate_demo
from smallcrm.domain import PartyKind
from smallcrm.errors import StorageError
from smallcrm.services.admin import maintenance
from smallcrm.services.parties.lists import PartyQuery, count_parties
from smallcrm.services.timeline.tasks import due_tasks

TOUR_CONTACTS = 300


def register(commands) -> None:
    p = commands.add_parser("init", help="create the database (and its folder, for the default location)")
    p.add_argument("--new", action="store_true",
                   help="start an empty database where one was lost (its backups say so) instead of restoring")
    p.set_defaults(handler=init)

    p = commands.add_parser("demo", help="add realistic demo data (deterministic for a seed)")
    p.add_argument("--contacts", type=int, default=TOUR_CONTACTS, help="persons to create (default %(default)s)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--per-contact", type=int, default=10, help="communications per person (default %(default)s)")
    p.set_defaults(handler=demo)

    p = commands.add_parser("backup", help="write a verified copy to the backups folder beside the database")
    p.add_argument("--keep", type=int, help="backups to keep (default: the setting, 10)")
    p.set_defaults(handler=backup)

    p = commands.add_parser("backups", help="list the backups, newest first")
    p.set_defaults(handler=list_backups)

    p = commands.add_parser("restore", help="replace the database with a backup (after checking the backup)")
    p.add_argument("file", type=Path, nargs="?", help="a backup file (see: smallcrm backups)")
    p.add_argument("--latest", action="store_true", help="the newest backup that passes the integrity check")
    p.set_defaults(handler=restore)

    p = commands.add_parser("check", help="integrity and foreign-key check; exit code 6 on problems")
    p.set_defaults(handler=check)


def init(args: argparse.Namespace) -> int:
    with open_db(args, recreate=args.new) as db:
        print(f"Database ready: {db.path}")
    return 0


def _progress(step: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{step}: {done:,}/{total:,}   ", end="", file=sys.stderr, flush=True)


def demo(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        stats = generate_demo(db, contacts=args.contacts, seed=args.seed,
                              communications_per_contact=args.per_contact, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        emit_json(stats)
    else:
        print(f"Added {stats.persons:,} persons, {stats.companies:,} companies, "
              f"{stats.communications:,} communications and {stats.tasks:,} tasks in {stats.seconds:.1f} s")
    return 0


def backup(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        info = maintenance.make_backup(db, keep=args.keep)
    if args.json:
        emit_json(info)
    else:
        print(f"Backup written and verified: {info.path} ({info.size / 1e6:.1f} MB)")
    return 0


def list_backups(args: argparse.Namespace) -> int:
    found = maintenance.list_backups(args.db_path)
    others = maintenance.list_leftovers(args.db_path)
    if args.json:
        emit_json([*found, *({"path": o.path, "taken_at": o.taken_at, "reason": o.kind, "size": o.size}
                             for o in others)])
        return 0
    if not found:
        print("No backups yet (smallcrm backup makes one)")
    rows = [[when(b.taken_at), words(b.reason) if isinstance(b, maintenance.BackupInfo) else b.kind,
             f"{b.size / 1e6:.1f} MB", "encrypted" if looks_encrypted(b.path) else "plain", str(b.path)]
            for b in [*found, *others]]
    if rows:
        table(rows, ["taken", "why", "size", "kind", "file"])
    if others:
        print("\nDamaged copies are what restores replaced (kept: their log may hold the last changes; the newest "
              f"{DAMAGED_KEPT} stay); unfinished copies go at the next start.")
    return 0


def restore(args: argparse.Namespace) -> int:
    if (args.file is None) == (not args.latest):
        print("smallcrm: restore needs a backup file or --latest (not both)", file=sys.stderr)
        return 2
    if args.latest:
        args.file = with_passphrase(args, lambda key: maintenance.newest_good_backup(args.db_path, key))
        if args.file is None:
            raise StorageError(f"There is no sound backup of {args.db_path}", code="missing")
    saved = with_passphrase(args, lambda key: maintenance.restore_backup(args.db_path, args.file, key))
    print(f"Restored {args.file} into {args.db_path}")
    if saved:
        print(f"The data it replaced is kept in {saved}")
    return 0


def check(args: argparse.Namespace) -> int:
    if not Path(args.db_path).exists():
        print(f"There is no database at {args.db_path}", file=sys.stderr)
        return 6
    problems = with_passphrase(args, lambda key: maintenance.check_database(args.db_path, key))
    if args.json:
        emit_json({"ok": not problems, "problems": problems})
    elif problems:
        print(f"{args.db_path}: {len(problems)} problem(s)")
        for problem in problems[:50]:
            print(f"  {problem}")
    else:
        print(f"{args.db_path}: ok (integrity, foreign keys, the seals of the issued documents, every backup's "
              "erasures in the erasure ledger)")
    return 6 if problems else 0


def tour(args: argparse.Namespace) -> int:
    """What `make run` shows until the desktop window exists: demo data on first start, then an overview."""
    with open_db(args) as db:
        if count_parties(PartyQuery()) == 0:
            stats = generate_demo(db, contacts=TOUR_CONTACTS, seed=1)
            print(f"First start: added demo data ({stats.persons} persons, {stats.companies} companies).")
        persons = count_parties(PartyQuery(kind=PartyKind.PERSON))
        companies = count_parties(PartyQuery(kind=PartyKind.COMPANY))
        due = due_tasks()
        print(f"SmallCRM — {db.path}")
        print(f"{persons:,} persons, {companies:,} companies\n")
        print(f"Tasks due today or overdue: {len(due)}")
        for task in due[:10]:
            party = f" — {task.party.name}" if task.party else ""
            print(f"  [{task.id}] {when(task.due_at, with_time=False)}  {task.title}{party}")
        print("\nTry: smallcrm contacts search ross · smallcrm contacts show ID · smallcrm --help")
    return 0
