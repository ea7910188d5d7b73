"""`smallcrm import ...`: contacts in from CSV, Excel or vCard files (previewed, applied as one batch, undone as
one); `smallcrm vcard export ...`: contacts out as a vCard 4.0 file."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from smallcrm.cli.output import emit_json, table, warn, when
from smallcrm.cli.session import open_db
from smallcrm.domain import ImportAction
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.import_countries import country_name
from smallcrm.services.exchange.import_layouts import FIELDS, Mapping
from smallcrm.services.exchange.imports import (
    ImportPlan,
    apply_import,
    inspect_import,
    list_imports,
    preview_import,
    undo_import,
    write_rejections,
)
from smallcrm.services.exchange.vcards import export_vcards

SHOWN = 20  # rows listed per kind in the preview; the report has them all
EXIT_REJECTED = 3  # the import ran but left rows out: a script must not take it for a complete import


def register(commands) -> None:
    p = commands.add_parser(
        "import", help="import contacts from CSV, Excel (.xlsx) or vCard (.vcf)",
        description="Preview and import contacts. Google Contacts and Outlook CSV and our own export are recognised "
                    "by their columns; any other file shows the proposed column mapping, to be accepted with "
                    "--accept-mapping or given with --mapping. Rows matching an existing contact (e-mail, phone, "
                    "VAT number, vCard UID) update it; importing the same file twice creates nothing new. "
                    "A value that cannot be read (a phone, an e-mail, a date, a country) does not cost the row: it "
                    "waits in the contact's notes and is listed. Exit code 3 when rows were rejected (the others "
                    "are imported), 0 only when every row went in.")
    p.add_argument("file", nargs="?", type=Path, help="the file to import")
    p.add_argument("--mapping", metavar="JSON",
                   help=f"the field of each column: a JSON list (null to skip a column) or an object "
                        f"{{\"header\": \"field\"}}; fields: {', '.join(FIELDS)}")
    p.add_argument("--accept-mapping", action="store_true", help="import with the proposed mapping")
    p.add_argument("--dry-run", action="store_true", help="only show what the import would do")
    p.add_argument("--strict", action="store_true",
                   help="refuse a row with any value that cannot be read (by default the row comes in without it, "
                        "the value kept in its notes for review)")
    p.add_argument("--encoding", metavar="CODEC",
                   help="the text encoding of a file that does not say its own, when the one found is wrong "
                        "(e.g. utf-8, cp1252, iso8859_2, cp1251; default: found from the file)")
    p.add_argument("--no-photos", dest="photos", action="store_false", help="leave out the photos of vCards")
    p.add_argument("--report", type=Path, metavar="FILE",
                   help="write the rejected rows and the values to review here (.xlsx or .csv)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--list", action="store_true", help="list past imports")
    which.add_argument("--undo", type=int, metavar="BATCH", help="undo a finished import as a whole")
    p.set_defaults(handler=run_import)

    group = commands.add_parser("vcard", help="contacts as vCard files").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = group.add_parser("export", help="write contacts to a vCard 4.0 file (all, by tag or by id)")
    add_vcard_options(p)
    p.set_defaults(handler=export_vcard)


def add_vcard_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="the .vcf file to write")
    p.add_argument("--tag", help="only the contacts with this tag")
    p.add_argument("--ids", type=int, nargs="+", metavar="ID", help="only these contacts")


def _progress(what: str):
    def report(done: int, total: int) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{what}: {done:,}/{total:,}   ", end="", file=sys.stderr, flush=True)
    return report


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def export_vcard(args: argparse.Namespace) -> int:
    with open_db(args, create=False):
        result = export_vcards(args.output, args.ids, args.tag, progress=_progress("exporting"))
    _end_progress()
    if args.json:
        return emit_json(result) or 0
    print(f"Wrote {result.path} ({result.count:,} contacts)")
    return 0


def _mapping(text: str, proposed: Mapping) -> Mapping:
    try:
        given = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError("mapping", f"Not JSON: {exc}", code="mapping_invalid") from exc
    if isinstance(given, dict):
        unknown = set(given) - set(proposed.headers)
        if unknown:
            raise ValidationError("mapping", f"No column named {', '.join(sorted(unknown))}", code="mapping_invalid")
        fields = [given.get(h) for h in proposed.headers]
    elif isinstance(given, list):
        fields = given
    else:
        raise ValidationError("mapping", "Expected a JSON list or object", code="mapping_invalid")
    return proposed.with_fields(fields)


def _show_mapping(mapping: Mapping) -> None:
    table([[h, f or "-"] for h, f in zip(mapping.headers, mapping.fields, strict=True)], ["Column", "Field"])


def _show_plan(plan: ImportPlan) -> None:
    counts = plan.counts
    made = f" ({len(plan.new_companies):,} of them companies named in people's rows)" if plan.new_companies else ""
    where = ", ".join(filter(None, (plan.file_kind, f"{plan.mapping.layout} layout", plan.encoding,
                                    repr(plan.delimiter) if plan.delimiter else "")))
    # the counts the import will report: the companies it makes for people's Company column are created too
    print(f"{plan.file_name} ({where}): {counts[ImportAction.CREATE] + len(plan.new_companies):,} to create{made}, "
          f"{counts[ImportAction.UPDATE]:,} to update, {counts[ImportAction.SKIP]:,} skipped, "
          f"{counts[ImportAction.REJECT]:,} rejected")
    if plan.groups:  # a vCard's contact groups: no contacts, a tag of their members
        print("Contact groups, not imported as contacts (their members in this file get the group's name as a tag): "
              + ", ".join(f"{name} ({members:,} members, {found:,} of them in this file)"
                          for name, (members, found) in plan.groups.items()))
    for region, rows in plan.read_in.items():  # the default region in the settings: say it, it may be wrong
        print(f"Numbers without a country code are read as numbers of {country_name(region)} ({region}, the "
              f"default region in the settings) on {rows:,} {'row' if rows == 1 else 'rows'} without a country")
    # the new ones by name too: a name read in the wrong code page ("Iksiñski") is seen before it is written
    for action, title in ((ImportAction.CREATE, "New"), (ImportAction.UPDATE, "Updates"),
                          (ImportAction.SKIP, "Skipped"), (ImportAction.REJECT, "Rejected")):
        rows = [r for r in plan.rows if r.action == action]
        if rows:
            print(f"\n{title}:")
        _print_first(rows, _row_line)
    if plan.warnings:
        print("\nValues that could not be read (the rows come in; the values wait in the notes for review):")
        _print_first(plan.warnings, lambda w: f"row {w.row} {w.field} {w.value!r}: {w.reason}")
    alike = [r for r in plan.rows if r.candidates]
    if alike:
        print("\nNew, but looking like existing contacts (merge them later if they are the same):")
        for r in alike[:SHOWN]:
            print(f"  row {r.row} {r.name} ~ " + ", ".join(f"#{c.id} {c.name}" for c in r.candidates))


def _row_line(r) -> str:
    target = f" #{r.party_id}" if r.party_id else ""
    detail = ", ".join(r.changed) if r.action == ImportAction.UPDATE else r.reason
    return f"row {r.row}{target} {r.name}: {detail}" if detail else f"row {r.row}{target} {r.name}"


def _print_first(items: list, line: Callable[[object], str]) -> None:
    """The first SHOWN items, indented, and how many more there are: a terminal is no place for 10,000 rows."""
    for item in items[:SHOWN]:
        print("  " + line(item))
    if len(items) > SHOWN:
        print(f"  ... and {len(items) - SHOWN:,} more")


def run_import(args: argparse.Namespace) -> int:
    with open_db(args, create=args.file is not None) as db:
        if args.list:
            batches = list_imports()
            if args.json:
                return emit_json(batches) or 0
            table([[str(b.id), when(b.created_at), b.file_name, str(b.created), str(b.updated), str(b.rejected),
                    when(b.undone_at)] for b in batches],
                  ["Batch", "When", "File", "Created", "Updated", "Rejected", "Undone"])
            return 0
        if args.undo is not None:
            undone, _ = undo_import(db, args.undo)
            print(f"Undid import {args.undo}: {undone.removed:,} created contacts removed, {undone.put_back:,} "
                  f"updated contacts put back (values changed since were left)")
            if undone.kept:
                print("Created by the import but used since, so left as they are:")
                _print_first(undone.kept, lambda ref: f"#{ref.id} {ref.name}")
            return 0
        if args.file is None:
            raise ValidationError("file", "Name a file to import (or use --list / --undo)", code="required")
        source = inspect_import(args.file, args.encoding)
        mapping = _mapping(args.mapping, source.mapping) if args.mapping else source.mapping
        plan = preview_import(db, args.file, mapping, progress=_progress("reading"), strict=args.strict,
                              photos=args.photos, encoding=args.encoding)
        _end_progress()
        if args.report:
            write_rejections(plan, args.report)
        if args.json and args.dry_run:
            return emit_json({"counts": plan.counts, "layout": plan.mapping.layout, "rejected": plan.rejections,
                              "warnings": plan.warnings,
                              "rows": [{f.name: getattr(r, f.name) for f in fields(r) if f.name != "work"}
                                       for r in plan.rows]}) or 0
        _show_plan(plan)
        if source.needs_confirmation and not (args.mapping or args.accept_mapping):
            print("\nProposed mapping of the columns:")
            _show_mapping(mapping)
            if not args.dry_run:
                raise ValidationError("mapping", "These columns are not a known layout: check the mapping above, "
                                                 "then run again with --accept-mapping or --mapping",
                                      code="mapping_unconfirmed")
        if args.dry_run:
            return 0
        result, _ = apply_import(db, plan, progress=_progress("importing"))
        _end_progress()
        if args.json:
            return emit_json(result) or (EXIT_REJECTED if result.rejected else 0)
        print(f"\nImported as batch {result.batch_id}: {result.created:,} created, {result.updated:,} updated, "
              f"{result.skipped:,} skipped, {result.rejected:,} rejected (undo: smallcrm import --undo "
              f"{result.batch_id})")
        if args.report and (result.rejected or plan.warnings):
            warn(f"Rejected rows and values to review written to {args.report}")
        return EXIT_REJECTED if result.rejected else 0
