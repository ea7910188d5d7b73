"""`smallcrm log ...` and `smallcrm tasks ...`: the timeline and the to-do list."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from smallcrm.cli.output import emit_json, table, when
from smallcrm.cli.session import open_db
from smallcrm.domain import Channel, Priority
from smallcrm.services.timeline.communications import (
    CommunicationDraft,
    draft_of,
    get_communication,
    log_communication,
    restore_communication,
    trash_communication,
    update_communication,
)
from smallcrm.services.timeline.tasks import TaskDraft, add_task, complete_task, due_tasks, list_tasks
from smallcrm.services.views import TaskView


def _due(text: str) -> date | datetime:
    """YYYY-MM-DD (end of that day) or YYYY-MM-DD HH:MM, local time."""
    return datetime.fromisoformat(text) if (" " in text or "T" in text) else date.fromisoformat(text)


def register(commands) -> None:
    p = commands.add_parser("log", help="log a call, e-mail, meeting, letter, SMS, chat, social message or note")
    p.add_argument("party", type=int, help="person or company id")
    p.add_argument("--kind", default="call", choices=[c.value for c in Channel])
    p.add_argument("--direction", default="out", choices=["in", "out"])
    p.add_argument("--subject", default="")
    p.add_argument("--body", default="")
    p.add_argument("--minutes", type=int, help="duration")
    p.add_argument("--outcome", default="")
    p.add_argument("--at", type=datetime.fromisoformat, help="when, local time (default: now)")
    p.add_argument("--with", dest="person", type=int, help="the person spoken to, when logging on a company")
    p.add_argument("--follow-up", metavar="TITLE", help="add a follow-up task")
    p.add_argument("--follow-up-due", type=_due, metavar="DATE")
    p.set_defaults(handler=log)

    group = commands.add_parser("communications", help="change, trash or restore a logged communication"
                                ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = group.add_parser("edit", help="change what was logged (only the options given)")
    p.add_argument("id", type=int)
    p.add_argument("--party", type=int, help="move it to another person or company")
    p.add_argument("--kind", choices=[c.value for c in Channel])
    p.add_argument("--direction", choices=["in", "out"])
    p.add_argument("--subject")
    p.add_argument("--body")
    p.add_argument("--minutes", type=int, help="duration")
    p.add_argument("--outcome")
    p.add_argument("--at", type=datetime.fromisoformat, help="when, local time")
    p.add_argument("--with", dest="person", type=int, help="the person spoken to, when logged on a company")
    p.set_defaults(handler=communication_edit)
    for name, text in (("trash", "move it to the trash"), ("restore", "bring it back from the trash")):
        p = group.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.set_defaults(handler=communication_trash, restore=name == "restore")

    group = commands.add_parser("tasks", help="tasks and reminders").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = group.add_parser("add", help="add a task")
    p.add_argument("title")
    p.add_argument("--party", type=int)
    p.add_argument("--due", type=_due, help="YYYY-MM-DD or 'YYYY-MM-DD HH:MM'")
    p.add_argument("--priority", default="normal", choices=[m.name.lower() for m in Priority])
    p.add_argument("--notes", default="")
    p.set_defaults(handler=task_add)

    p = group.add_parser("list", help="open tasks (with --all also done ones)")
    p.add_argument("--party", type=int)
    p.add_argument("--all", action="store_true")
    p.set_defaults(handler=task_list)

    p = group.add_parser("due", help="overdue tasks and those due today (or within --days)")
    p.add_argument("--days", type=int, default=0)
    p.add_argument("--owner")
    p.set_defaults(handler=task_due)

    for name, done in (("done", True), ("reopen", False)):
        p = group.add_parser(name, help="tick a task off" if done else "open a done task again")
        p.add_argument("id", type=int)
        p.set_defaults(handler=task_done, done=done)


def log(args: argparse.Namespace) -> int:
    follow_up = TaskDraft(args.follow_up, due=args.follow_up_due) if args.follow_up else None
    draft = CommunicationDraft(party_id=args.party, kind=args.kind, direction=args.direction, occurred_at=args.at,
                               subject=args.subject, body=args.body, duration_minutes=args.minutes,
                               outcome=args.outcome, person_id=args.person, follow_up=follow_up)
    with open_db(args, create=False) as db:
        view, changes = log_communication(db, draft)
    if args.json:
        emit_json(view)
    else:
        print(f"Logged {view.kind} {view.id} with {view.party.name} at {when(view.occurred_at)}")
        for task_id in changes.tasks:
            print(f"Follow-up task {task_id} added")
    return 0


def communication_edit(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        draft = draft_of(get_communication(args.id))
        for option, name in (("party", "party_id"), ("kind", "kind"), ("direction", "direction"),
                             ("subject", "subject"), ("body", "body"), ("minutes", "duration_minutes"),
                             ("outcome", "outcome"), ("at", "occurred_at"), ("person", "person_id")):
            if getattr(args, option) is not None:
                setattr(draft, name, getattr(args, option))
        view, _ = update_communication(db, args.id, draft)
    if args.json:
        emit_json(view)
    else:
        print(f"Changed {view.kind} {view.id} with {view.party.name} at {when(view.occurred_at)}: {view.subject}")
    return 0


def communication_trash(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        if args.restore:
            view, _ = restore_communication(db, args.id)
            print(f"Restored {view.kind} {view.id} with {view.party.name}: {view.subject}")
        else:
            trash_communication(db, args.id)
            print(f"Communication {args.id} moved to the trash (smallcrm communications restore {args.id})")
    return 0


def _print_tasks(args: argparse.Namespace, tasks: list[TaskView]) -> None:
    if args.json:
        emit_json(tasks)
        return
    if not tasks:
        print("No tasks")
        return
    table([[str(t.id), "✓" if t.done else "", when(t.due_at), Priority(t.priority).name.lower(), t.title,
            t.party.name if t.party else ""] for t in tasks], ["id", "done", "due", "priority", "title", "with"])


def task_add(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        view, _ = add_task(db, TaskDraft(args.title, due=args.due, party_id=args.party, priority=args.priority,
                                         notes=args.notes))
    if args.json:
        emit_json(view)
    else:
        print(f"Added task {view.id}: {view.title}" + (f", due {when(view.due_at)}" if view.due_at else ""))
    return 0


def task_list(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        _print_tasks(args, list_tasks(party_id=args.party, include_done=args.all))
    return 0


def task_due(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        _print_tasks(args, due_tasks(within_days=args.days, owner=args.owner))
    return 0


def task_done(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        view, _ = complete_task(db, args.id, done=args.done)
    print(f"Task {view.id} {'done' if view.done else 'open again'}: {view.title}")
    return 0
