"""`smallcrm contacts ...`: add, edit, list, search, show (the 360° summary), trash, restore, merge."""

from __future__ import annotations

import argparse
from datetime import date

from smallcrm.cli.output import emit_json, table, warn, when, words
from smallcrm.cli.session import open_db
from smallcrm.domain import PartyKind, Stage
from smallcrm.services.parties import lists
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.parties.overview import party_overview
from smallcrm.services.parties.parties import (
    AddressDraft,
    PartyDraft,
    create_party,
    draft_of,
    get_party,
    restore_party,
    trash_party,
    update_party,
)
from smallcrm.services.parties.search import search_parties
from smallcrm.services.views import PartyView
from smallcrm.validation import format_phone


def _party_options(p: argparse.ArgumentParser, editing: bool) -> None:
    p.add_argument("--first", help="first name (persons)")
    p.add_argument("--last", help="last name (persons)")
    p.add_argument("--company", metavar="NAME", help="create or rename a company with this name")
    p.add_argument("--email", action="append", default=[], help="e-mail address (repeatable)")
    p.add_argument("--phone", action="append", default=[], help="phone number (repeatable)")
    p.add_argument("--web", action="append", default=[], help="web site (repeatable)")
    p.add_argument("--tag", action="append", default=[], help="tag (repeatable)")
    p.add_argument("--stage", choices=[s.value for s in Stage])
    p.add_argument("--source", help="where the data came from")
    p.add_argument("--owner")
    p.add_argument("--notes")
    p.add_argument("--job-title")
    p.add_argument("--vat", help="VAT number (partita IVA, CUI, EU VAT)")
    p.add_argument("--tax-code", help="codice fiscale / CNP")
    p.add_argument("--country", help="two-letter country code")
    p.add_argument("--sdi-code", help="where the SdI delivers e-invoices: Codice Destinatario (7 characters; 6 for a "
                                      "public administration's office)")
    p.add_argument("--sdi-pec", help="or the PEC address the SdI delivers e-invoices to")
    p.add_argument("--birthday", type=date.fromisoformat, help="YYYY-MM-DD")
    p.add_argument("--street")
    p.add_argument("--postal-code")
    p.add_argument("--city")
    p.add_argument("--province")
    p.add_argument("--works-at", type=int, metavar="COMPANY_ID", help="the company this person works for")
    p.add_argument("--role", default="", help="role at --works-at")
    if editing:
        p.add_argument("--remove-tag", action="append", default=[])
        p.add_argument("--remove-email", action="append", default=[])
        p.add_argument("--remove-phone", action="append", default=[])


def register(commands) -> None:
    group = commands.add_parser("contacts", help="persons and companies").add_subparsers(
        dest="action", metavar="ACTION", required=True)

    p = group.add_parser("add", help="add a person (--first/--last) or a company (--company)")
    _party_options(p, editing=False)
    p.set_defaults(handler=add)

    p = group.add_parser("edit", help="change a person or a company; lists options add to what is there")
    p.add_argument("id", type=int)
    _party_options(p, editing=True)
    p.set_defaults(handler=edit)

    p = group.add_parser("list", help="list persons and companies, filtered and sorted")
    p.add_argument("--kind", choices=["person", "company"])
    p.add_argument("--tag")
    p.add_argument("--stage", choices=[s.value for s in Stage])
    p.add_argument("--owner")
    p.add_argument("--search", default="", help="only those matching this text")
    p.add_argument("--sort", default="name", choices=list(lists.SORTS))
    p.add_argument("--desc", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.set_defaults(handler=list_)

    p = group.add_parser("search", help="find by name, company, e-mail, phone, tag or notes")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(handler=search)

    p = group.add_parser("show", help="the 360° summary of one person or company")
    p.add_argument("id", type=int)
    p.add_argument("--limit", type=int, default=10, help="timeline entries (default %(default)s)")
    p.set_defaults(handler=show)

    for name, func, text in (("trash", trash, "move to the trash"), ("restore", restore, "bring back from the trash")):
        p = group.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.set_defaults(handler=func)

    p = group.add_parser("merge", help="merge the second record into the first")
    p.add_argument("survivor", type=int)
    p.add_argument("loser", type=int)
    p.set_defaults(handler=merge)


def _apply(draft: PartyDraft, args: argparse.Namespace) -> PartyDraft:
    simple = {"first_name": args.first, "last_name": args.last, "name": args.company, "stage": args.stage,
              "source": args.source, "owner": args.owner, "notes": args.notes, "job_title": args.job_title,
              "vat_number": args.vat, "tax_code": args.tax_code, "country": args.country, "birthday": args.birthday,
              "company_id": args.works_at, "sdi_code": args.sdi_code, "sdi_pec": args.sdi_pec}
    for name, value in simple.items():
        if value is not None:
            setattr(draft, name, value)
    if args.works_at is not None:
        draft.role = args.role
    removed = {*getattr(args, "remove_email", []), *getattr(args, "remove_phone", [])}
    draft.emails = [e for e in draft.emails if e not in removed] + args.email
    draft.phones = [p for p in draft.phones if p not in removed and format_phone(p) not in removed] + args.phone
    draft.websites += args.web
    draft.tags = [t for t in draft.tags if t not in getattr(args, "remove_tag", [])] + args.tag
    typed = (args.street, args.postal_code, args.city, args.province)
    if any(part is not None for part in typed) or (args.country is not None and draft.addresses):
        # the parts typed over the first address: `edit 42 --street ...` keeps its city (what a missing item asks)
        old = draft.addresses[0] if draft.addresses else AddressDraft()
        parts = [new if new is not None else kept for new, kept in zip(
            (*typed, args.country), (old.street, old.postal_code, old.city, old.province, old.country), strict=True)]
        draft.addresses = [AddressDraft(*parts, label=old.label), *draft.addresses[1:]]
    return draft


def _report_saved(args: argparse.Namespace, view: PartyView, verb: str) -> None:
    if args.json:
        emit_json(view)
    else:
        print(f"{verb} {view.kind} {view.id}: {view.name}")
    for other in view.likely_duplicates:
        warn(f"warning: looks like {other.kind} {other.id}: {other.name} "
             f"(merge with: smallcrm contacts merge {other.id} {view.id})")


def add(args: argparse.Namespace) -> int:
    kind = PartyKind.COMPANY if args.company else PartyKind.PERSON
    with open_db(args) as db:
        view, _ = create_party(db, _apply(PartyDraft(kind=kind), args))
        _report_saved(args, view, "Added")
    return 0


def edit(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        view, _ = update_party(db, args.id, _apply(draft_of(get_party(args.id)), args))
        _report_saved(args, view, "Saved")
    return 0


def list_(args: argparse.Namespace) -> int:
    query = lists.PartyQuery(kind=args.kind, text=args.search, tag=args.tag, stage=args.stage, owner=args.owner,
                             order_by=args.sort, descending=args.desc, trash=args.trash)
    with open_db(args, create=False):
        total = lists.count_parties(query)
        rows = lists.list_parties(query, offset=args.offset, limit=args.limit)
    if args.json:
        emit_json({"total": total, "rows": rows})
        return 0
    table([[str(r.id), r.name, r.company, r.email, format_phone(r.phone) if r.phone else "", r.city,
            words(r.stage), r.tags] for r in rows],
          ["id", "name", "company", "e-mail", "phone", "city", "stage", "tags"])
    print(f"{len(rows)} of {total:,} shown")
    return 0


def search(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        hits = search_parties(args.text, limit=args.limit)
    if args.json:
        emit_json(hits)
    elif not hits:
        print(f"Nothing matches {args.text!r}")
    else:
        table([[str(h.id), h.kind, h.name, h.detail, words(h.stage)] for h in hits],
              ["id", "kind", "name", "", "stage"])
    return 0


def show(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        overview = party_overview(args.id, limit=args.limit)
    if args.json:
        emit_json(overview)
        return 0
    party = overview.party
    title = f"  {party.job_title}" if party.job_title else ""
    print(f"{party.full_name}  [{party.kind} {party.id}, {words(party.stage)}]{title}")
    for link in party.companies:
        print(f"  works at {link.company.name} (id {link.company.id})" + (f" as {link.role}" if link.role else ""))
    for link in party.members:
        print(f"  {link.person.name} (id {link.person.id})" + (f", {link.role}" if link.role else ""))
    for point in party.contact_points:
        print(f"  {point.kind:6} {point.display}" + (f" ({point.label})" if point.label else ""))
    for address in party.addresses:
        print(f"  address {address.one_line()}")
    details = [("nickname", party.nickname), ("department", party.department),
               ("birthday", party.birthday.isoformat() if party.birthday else ""),
               ("anniversary", party.anniversary.isoformat() if party.anniversary else ""),
               ("photo", "yes" if party.has_photo else ""),
               ("tags", ", ".join(party.tags)), ("VAT", party.vat_number), ("tax code", party.tax_code),
               ("SdI code", party.sdi_code), ("SdI PEC", party.sdi_pec),
               ("owner", party.owner), ("source", party.source), ("notes", party.notes)]
    for label, value in details:
        if value:
            print(f"  {label}: {value}")
    print(f"\nOpen tasks ({len(overview.open_tasks)}):")
    for task in overview.open_tasks:
        print(f"  [{task.id}] {when(task.due_at, with_time=False) or 'no date':10}  {task.title}")
    print(f"\nLatest of {overview.counts['communications']:,} communications:")
    for entry in overview.timeline:
        arrow = {"in": "←", "out": "→"}.get(entry.direction, "·")
        print(f"  {when(entry.at)}  {arrow} {entry.kind:8} {entry.title}")
    return 0


def trash(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        trash_party(db, args.id)
    print(f"Moved {args.id} to the trash (smallcrm contacts restore {args.id} brings it back)")
    return 0


def restore(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        restore_party(db, args.id)
    print(f"Restored {args.id}")
    return 0


def merge(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        view, _ = merge_parties(db, args.survivor, args.loser)
    print(f"Merged {args.loser} into {view.id}: {view.name}")
    return 0
