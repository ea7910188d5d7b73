"""``python -m bench`` (``make bench``): generate or reuse the databases, measure, write bench/RESULTS.md."""

from __future__ import annotations

import argparse
import os
import pickle
import shlex
import sys
import time
import traceback
from pathlib import Path

from bench import ops_contacts, ops_crypt, ops_einvoicing, ops_exports, ops_imports, ops_sales, ops_storage, ops_sync
from bench.context import Context
from bench.data import DATA, FULL, QUICK, Spec, ensure, generation_note, working_copy
from bench.profiles import profile
from bench.report import machine, render, summary, table
from bench.timing import Row

HERE = Path(__file__).resolve().parent
LAST_RUN = "last-run.pickle"  # in the data folder: the rows of the last run, for --render-only
# name -> (what measures it, at which scales)
OPERATIONS = {
    "open": (ops_contacts.open_and_first_page, ("100k", "1m")),
    "check": (ops_storage.quick_check, ("100k",)),
    "list": (ops_contacts.first_page, ("100k", "1m")),
    "paging": (ops_contacts.page_through, ("100k", "1m")),
    "search": (ops_contacts.search_as_you_type, ("100k", "1m")),
    "overview": (ops_contacts.overview, ("100k",)),
    "drafts": (ops_sales.drafts, ("100k",)),
    "issue": (ops_sales.issuing, ("100k",)),
    "pdf": (ops_sales.pdfs, ("100k",)),
    "pdf-batch": (ops_sales.pdf_batch, ("100k",)),
    "receivables": (ops_sales.receivables_aging, ("100k",)),
    "home": (ops_sales.home, ("100k",)),
    "einvoice": (ops_einvoicing.einvoices, ("100k",)),
    "backup": (ops_storage.backup, ("100k",)),
    "daily": (ops_storage.first_open_of_day, ("100k",)),
    "encrypted": (ops_crypt.encryption, ("100k",)),
    "export": (ops_exports.exports, ("100k",)),
    "import": (ops_imports.imports, ("100k",)),
    "memory": (ops_storage.desktop_memory, ("100k",)),
    "sync-first": (ops_sync.first_sync, ("100k",)),
    "sync-ten": (ops_sync.ten_laptops, ("100k",)),
}


def size_name(contacts: int) -> str:
    return f"{contacts // 1_000_000}M" if contacts >= 1_000_000 else f"{contacts // 1000}k" if contacts >= 1000 \
        else str(contacts)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small databases (2k, 5k contacts), fewer repetitions")
    parser.add_argument("--only", default="", help=f"comma-separated operations: {', '.join(OPERATIONS)}")
    parser.add_argument("--scale", choices=("100k", "1m"), help="one database only")
    parser.add_argument("--reps", type=int, help="repetitions of each timed operation (default 15, quick 5)")
    parser.add_argument("--no-profile", dest="profile", action="store_false",
                        help="do not profile the operations that miss their target")
    parser.add_argument("--render-only", action="store_true",
                        help="write the results of the last run again (after a change to the report's text)")
    parser.add_argument("--data", type=Path, default=DATA, help="where the databases are cached (bench/data)")
    parser.add_argument("--contacts", help="override the two sizes, e.g. 200,300 (the smoke test)")
    parser.add_argument("--output", type=Path, help="where to write the results (default bench/RESULTS.md for a "
                                                    "full run, bench/data/RESULTS-partial.md otherwise)")
    args = parser.parse_args(argv)
    unknown = set(filter(None, args.only.split(","))) - OPERATIONS.keys()
    if unknown:
        parser.error(f"unknown operation(s): {', '.join(sorted(unknown))}; known: {', '.join(OPERATIONS)}")
    return args


def _specs(args: argparse.Namespace) -> dict[str, Spec]:
    specs = dict(QUICK if args.quick else FULL)
    if args.contacts:
        small, large = (int(n) for n in args.contacts.split(","))
        specs = {"100k": Spec(f"crm-{small}", small, 10), "1m": Spec(f"crm-{large}", large, 1)}
    return specs


def run_scale(scale: str, spec: Spec, names: list[str], args: argparse.Namespace, notes: list[str]) -> list[Row]:
    shown = size_name(spec.contacts)
    print(f"\n== {shown} ({spec.contacts:,} contacts) ==", flush=True)
    cached, _ = ensure(spec, args.data)
    note = generation_note(cached)
    if note:
        notes.append(note)
    quick = args.quick or bool(args.contacts)
    ctx = Context(scale, shown, working_copy(cached, f"work-{scale}"), args.reps or (5 if quick else 15), quick)
    rows: list[Row] = []
    try:
        for name in names:
            started = time.perf_counter()
            print(f"  {name} ...", end=" ", flush=True)
            try:
                ctx.bind()
                got = OPERATIONS[name][0](ctx)
            except Exception as exc:  # one broken operation must not hide the others' results
                traceback.print_exc()
                got = [Row(name, f"{name}: ERROR", ctx.scale, None, passed=False, note=f"{type(exc).__name__}: {exc}")]
            rows += got
            print(f"{time.perf_counter() - started:.1f} s", flush=True)
            for row in got:
                shown = row.extra.get("ours", "")
                if row.ours:
                    cpu = row.ours.cpu_median
                    shown = f"{row.ours.median:.1f} ms median" + (f", CPU {cpu:.1f} ms" if cpu is not None else "")
                print(f"    {row.label}: {shown} {row.verdict()}", flush=True)
        if args.profile:
            for row in rows:
                if row.work is not None and row.verdict() == "FAIL":
                    print(f"  profiling: {row.label}", flush=True)
                    ctx.close()  # the open-time works open the file themselves; the others use ctx.db
                    if row.key != "open":
                        ctx.bind()
                    row.profile = profile(row.work)
    finally:
        ctx.close()
    return rows


def _render_again(args: argparse.Namespace) -> int:
    saved = pickle.loads((args.data / LAST_RUN).read_bytes())
    output = args.output or saved["output"]
    output.write_text(render(saved["rows"], saved["info"], saved["notes"], saved["command"], list(OPERATIONS)),
                      encoding="utf-8")
    print(f"written to {output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.render_only:
        return _render_again(args)
    only = [n for n in args.only.split(",") if n]
    specs = _specs(args)
    info = machine()
    print("\n".join(f"{k}: {v}" for k, v in info.items()), flush=True)
    notes: list[str] = []
    rows: list[Row] = []
    for scale in ("100k", "1m"):
        if args.scale and args.scale != scale:
            continue
        names = [n for n, (_, scales) in OPERATIONS.items() if scale in scales and (not only or n in only)]
        if names:
            rows += run_scale(scale, specs[scale], names, args, notes)
    info["Load average (1, 5, 15 min) at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    full = not (args.quick or args.only or args.scale or args.contacts or args.reps)
    output = args.output or (HERE / "RESULTS.md" if full else args.data / "RESULTS-partial.md")
    command = "python -m bench" + (" " + shlex.join(argv if argv is not None else sys.argv[1:])).rstrip()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render(rows, info, notes, command.strip(), list(OPERATIONS)), encoding="utf-8")
    for row in rows:
        row.work = None  # closures over open databases: not kept
    (args.data / LAST_RUN).write_bytes(pickle.dumps({"rows": rows, "info": info, "notes": notes,
                                                     "command": command.strip(), "output": output}))
    print("\n" + table(rows) + "\n\n" + summary(rows) + f"\n\nwritten to {output}")
    return 1 if any(r.label.endswith("ERROR") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
