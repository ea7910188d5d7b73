"""`smallcrm privacy ...` (consents, review date, retention review, export, erase, anonymise, erasure log) and
`smallcrm audit PARTY` (the history of changes)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from smallcrm.cli.output import emit_json, table, when, words
from smallcrm.cli.session import open_db
from smallcrm.domain import ErasureAction, LawfulBasis
from smallcrm.services.parties.parties import get_party
from smallcrm.services.privacy import consents, erasure, retention
from smallcrm.services.privacy.audit import list_audit
from smallcrm.services.privacy.subject_access import export_personal_data


def _date_or_none(text: str) -> date | None:
    return None if text.lower() in ("none", "-", "") else date.fromisoformat(text)


def register(commands) -> None:
    group = commands.add_parser("privacy", help="GDPR: consents, retention review, export, erasure").add_subparsers(
        dest="action", metavar="ACTION", required=True)

    consent = group.add_parser("consent", help="consents of a party").add_subparsers(
        dest="consent_action", metavar="ACTION", required=True)
    p = consent.add_parser("add", help="record a consent (or another lawful basis) for a purpose")
    p.add_argument("party", type=int)
    p.add_argument("purpose", help="newsletter, marketing, profiling, third_parties or your own words")
    p.add_argument("--basis", default=LawfulBasis.CONSENT.value, choices=[b.value for b in LawfulBasis])
    p.add_argument("--how", default="", help="how and where it was given (web form, signed paper...)")
    p.add_argument("--given", type=datetime.fromisoformat, help="when (YYYY-MM-DD[THH:MM], local time; default now)")
    p.add_argument("--note", default="")
    p.set_defaults(handler=consent_add)
    p = consent.add_parser("withdraw", help="the party took a consent back")
    p.add_argument("consent", type=int, help="the consent's id (see: privacy consent list)")
    p.add_argument("--how", default="")
    p.add_argument("--at", type=datetime.fromisoformat, help="when (local time; default now)")
    p.set_defaults(handler=consent_withdraw)
    p = consent.add_parser("list", help="the consents of a party, active first")
    p.add_argument("party", type=int)
    p.set_defaults(handler=consent_list)

    p = group.add_parser("review-date", help="set (or clear with 'none') the date to review a party's data")
    p.add_argument("party", type=int)
    p.add_argument("date", type=_date_or_none, help="YYYY-MM-DD or none")
    p.set_defaults(handler=review_date)

    p = group.add_parser("review", help="parties past their retention period or due for review")
    p.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    p.set_defaults(handler=review)
    p = group.add_parser("keep", help="keep a party's data: its review date moves ahead")
    p.add_argument("party", type=int)
    p.add_argument("--months", type=int, help="default: the period of its stage")
    p.set_defaults(handler=keep)

    p = group.add_parser("export", help="everything held about a party (subject access), as .json or .xlsx")
    p.add_argument("party", type=int)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=export)

    for name, helptext, handler in (
            ("erase", "erase a party for real (issued invoices are kept, as tax law requires)", erase),
            ("anonymise", "keep the record for statistics, remove everything that says who it was", anonymise)):
        p = group.add_parser(name, help=helptext)
        p.add_argument("party", type=int)
        p.add_argument("--reason", required=True, help="why (kept in the erasure log: no names, e-mails, phones)")
        p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        p.set_defaults(handler=handler)

    p = group.add_parser("erasures", help="the erasure log: what was erased or anonymised, when, why, by whom")
    p.set_defaults(handler=erasures)

    p = commands.add_parser("audit", help="who changed what on a party and its documents, newest first")
    p.add_argument("party", type=int)
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(handler=audit)


def _print_consents(args, views) -> None:
    if args.json:
        emit_json(views)
        return
    table([[str(c.id), c.purpose, c.lawful_basis, when(c.given_at), c.given_how,
            when(c.withdrawn_at) or "active", c.withdrawn_how] for c in views],
          ["id", "purpose", "basis", "given", "how", "withdrawn", "how"])


def consent_add(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        view, _ = consents.record_consent(db, consents.ConsentDraft(args.party, args.purpose, args.basis, args.given,
                                                                    args.how, args.note))
    _print_consents(args, [view])
    return 0


def consent_withdraw(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        view, _ = consents.withdraw_consent(db, args.consent, args.at, args.how)
    _print_consents(args, [view])
    return 0


def consent_list(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        get_party(args.party, include_trash=True)
        _print_consents(args, consents.list_consents(args.party))
    return 0


def review_date(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        consents.set_review_date(db, args.party, args.date)
    print(f"Review date of {args.party}: {args.date or 'none'}")
    return 0


def review(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        rows = retention.retention_review(today=args.today)
    if args.json:
        emit_json(rows)
    elif not rows:
        print("Nobody is past the retention period or due for review")
    else:
        table([[str(r.party.id), r.party.name, words(r.stage), when(r.last_activity, with_time=False),
                str(r.keep_until), r.reason, str(r.issued_invoices), "yes" if r.in_trash else ""] for r in rows],
              ["id", "name", "stage", "last activity", "keep until", "why", "invoices", "trash"])
        print("\nFor each: smallcrm privacy keep ID | privacy anonymise ID --reason ... | "
              "privacy erase ID --reason ...")
    return 0


def keep(args: argparse.Namespace) -> int:
    with open_db(args, create=False) as db:
        retention.keep_party(db, args.party, args.months)
        party = get_party(args.party, include_trash=True)
    print(f"Kept: {party.name} is to be reviewed again later")
    return 0


def export(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        path = export_personal_data(args.party, args.output)
    print(f"Personal data of {args.party} written to {path}")
    return 0


def _words(code: str) -> str:
    """A stored name as words for a person reading a terminal ("job title", not "job_title")."""
    return code.replace("_", " ")


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{_words(kind)}: {n}" for kind, n in counts.items() if n)


def _confirmed(args, db, verb: ErasureAction) -> bool:
    if args.yes:
        return True
    party = get_party(args.party, include_trash=True)
    preview = erasure.erasure_preview(args.party)
    erased = _counts(preview["erased"]) or "no other records"
    kept = _counts(preview["kept"])
    print(f"{verb.capitalize()} {party.name} ({party.kind} {party.id}): {erased}.", file=sys.stderr)
    if kept and verb == ErasureAction.ERASE:
        print(f"Kept, as tax law requires: {kept}.", file=sys.stderr)
    if not sys.stdin.isatty():
        print("smallcrm: not confirmed (add --yes when not asked at a terminal)", file=sys.stderr)
        return False
    return input(f"This cannot be undone. Type 'yes' to {verb}: ").strip().lower() == "yes"


def _erasure(args: argparse.Namespace, verb: ErasureAction, service) -> int:
    with open_db(args, create=False) as db:
        if not _confirmed(args, db, verb):
            return 2
        view, _ = service(db, args.party, args.reason)
    if args.json:
        emit_json(view)
    else:
        counts = _counts(view.erased)
        print(f"{'Erased' if verb == 'erase' else 'Anonymised'} record {args.party} ({view.party_uid}): {counts}")
        if view.kept:
            print("Kept: " + _counts(view.kept))
        if not view.wal_cleared:
            print("The write-ahead log was in use: close other SmallCRM windows and run: smallcrm check",
                  file=sys.stderr)
    return 0


def erase(args: argparse.Namespace) -> int:
    return _erasure(args, ErasureAction.ERASE, erasure.erase_party)


def anonymise(args: argparse.Namespace) -> int:
    return _erasure(args, ErasureAction.ANONYMISE, erasure.anonymise_party)


def erasures(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        rows = erasure.list_erasures()
    if args.json:
        emit_json(rows)
    else:
        table([[when(r.at), r.action, r.party_uid, r.who, r.reason,
                _counts(r.erased)] for r in rows],
              ["when", "action", "record", "by", "why", "what"])
    return 0


def audit(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        entries = list_audit(args.party, limit=args.limit)
    if args.json:
        emit_json(entries)
    else:
        table([[when(e.at), e.who, f"{_words(e.record_kind)} {e.record_id}", e.action, _words(e.field),
                e.old_value[:40], e.new_value[:40]] for e in entries],
              ["when", "who", "record", "action", "field", "from", "to"])
    return 0
