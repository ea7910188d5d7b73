"""The results table and the machine it was measured on, printed and written to ``bench/RESULTS.md``."""

from __future__ import annotations

import os
import platform
import re
import sqlite3
import subprocess
from datetime import UTC, datetime
from importlib.metadata import version

from bench.timing import Row
from bench.why import WHY

NOT_BUILT: list[tuple[str, str]] = []  # (operation, target) of issue 8 that has nothing to measure yet
HEADER = ("Operation", "Scale", "Ours: median / p95 ms [CPU]", "Floor: median / p95 ms [CPU]", "Ours/floor [CPU]",
          "Peer (Dolibarr)", "Speed-up vs peer [CPU]", "Target", "Result", "Result on CPU time", "Peak Python memory",
          "Notes")


METHOD = [
    "Databases: the demo generator (`smallcrm.demo.parties.generate_demo`), seed 20260101, its 'today' fixed at "
    "2026-01-15. 100k: 100,000 persons, 12,500 companies, contact points, tags, 1,000,000 communications, "
    "50,000 quotes, ~50,000 issued invoices with lines and payments (a 715 MB file). 1M: 1,000,000 persons, "
    "125,000 companies, one communication per contact (to keep generation time reasonable), the same sales per "
    "contact. Each run works on a fresh copy, so the cached files do not change (but for a new migration, applied "
    "to them once).",
    "The floors: list = the first 200 ids in name order by LIMIT plus one hand-written query for their rows "
    "(correlated subqueries for company, e-mail, phone, city, tags), every id = the bare loop over the ids in "
    "name order; search = a bare FTS5 trigram MATCH (3+ characters) or "
    "word-prefix range (1-2), no ranking and no detail line, so its ratio overstates what the ORM adds; 360° "
    "view = the same five timeline sources, counts and open tasks by hand; drafts = two bare INSERT statements "
    "(document, executemany of the lines) in one durable transaction; issue = counter and UPDATE in one durable "
    "transaction; PDF = reportlab SimpleDocTemplate with one Table in built-in Helvetica (no TTF subsetting, no "
    "QR code, no styling); receivables = one aggregate query per customer; backup = the online backup API "
    "only; open-time check = `PRAGMA quick_check` of the same core tables; exports = the same cells (built, "
    "untimed, by our export's own queries) written by openpyxl's write-only workbook or csv.writer.",
    "Peak Python memory: tracemalloc's peak during one extra, untimed run (Python allocations only). The "
    "desktop process's peak is its resident set (VmHWM) in a process of its own.",
    "Warm caches only: dropping the OS page cache would disturb the other work on this machine.",
    "The machine was shared with other work during the run (see the load averages above): wall-clock "
    "medians carry time slices lost to other processes, which the CPU-time figures in [brackets] leave out.",
]


def _run(*command: str) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=10, check=False).stdout
    except OSError:
        return ""


def machine() -> dict[str, str]:
    cpu = _run("lscpu")
    def field(name: str) -> str:
        found = re.search(rf"^{name}:\s*(.+)$", cpu, re.M)
        return found.group(1).strip() if found else "?"

    ram = re.search(r"^Mem:\s+(\S+)", _run("free", "-h"), re.M)
    return {
        "CPU": f"{field('Model name')} (family {field('CPU family')}, model {field('Model')}; BogoMIPS "
               f"{field('BogoMIPS')}; {field('Hypervisor vendor')} virtual machine)",
        "Cores": str(os.cpu_count()),
        "RAM": ram.group(1) if ram else "?",
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "peewee / reportlab": f"{version('peewee')} / {version('reportlab')}",
        "Load average (1, 5, 15 min) at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _ms(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _pair(row: Row, which: str) -> str:
    stats = row.ours if which == "ours" else row.floor
    if which in row.extra:
        return row.extra[which]
    if stats is None:
        return ""
    cpu = row.figure(stats, cpu=True)
    if row.stat == "worst":
        text = f"worst {_ms(stats.worst)} (median {_ms(stats.median)})"
    elif row.stat == "mean":
        text = f"mean {_ms(stats.total / stats.n)} (median {_ms(stats.median)})"
    else:
        text = f"{_ms(stats.median)} / {_ms(stats.p95)}"
    if cpu is not None:
        text += f" [{_ms(cpu)}]" if row.stat in ("worst", "mean") else f" [{_ms(stats.cpu_median)}]"
    if "rate" in row.extra and which == "ours":
        text += f"; {row.extra['rate']}"
    return text


def _times(value: float | None) -> str:
    return f"{value:.2f}x" if value else ""


def cells(row: Row) -> list[str]:
    ratio = _times(row.ratio())
    if ratio:
        ratio += (f" [{_times(row.ratio(cpu=True))}]" if row.ratio(cpu=True) else "")
        ratio += f" ({row.stat})" if row.stat != "median" else ""
    peer = f"{row.peer.figure} ms" if row.peer else ""
    speedup = f"{row.speedup():.1f}x" if row.speedup() else ""
    if speedup and row.speedup(cpu=True):
        speedup += f" [{row.speedup(cpu=True):.1f}x]"
    peak = f"{row.ours.peak_mb:.1f} MB" if row.ours and row.ours.peak_mb is not None else ""
    return [row.label, row.scale, _pair(row, "ours"), _pair(row, "floor"), ratio, peer, speedup, row.target,
            row.verdict(), row.verdict(cpu=True), peak, row.note]


def table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for row in rows:
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells(row)) + " |")
    for label, target in NOT_BUILT:
        lines.append("| " + " | ".join([label, "100k", "not built yet", "", "", "", "", target, "n/a", "", "", ""])
                     + " |")
    return "\n".join(lines)


CPU_ONLY = "; met on CPU time (the wall clock also counts waiting: for a core, for the disk)"


def summary(rows: list[Row]) -> str:
    rows = [r for r in rows if not r.key.endswith("-proposal")]  # a fix measured, not the product
    failed = [r for r in rows if r.verdict() == "FAIL"]
    passed = [r for r in rows if r.verdict() == "pass"]
    text = f"{len(passed)} targets met, {len(failed)} missed."
    if NOT_BUILT:
        text = text[:-1] + f", {len(NOT_BUILT)} not measurable yet ({', '.join(n for n, _ in NOT_BUILT)})."
    if failed:
        text += "\n\nMissed:\n" + "\n".join(
            f"- {r.label.strip()} ({r.scale}): {_pair(r, 'ours')} against {r.target}"
            + (CPU_ONLY if r.verdict(cpu=True) == "pass" else "")
            for r in failed)
    return text


def misses(rows: list[Row]) -> str:
    """For each kind of operation that missed: why and what would fix it, then this run's profiles."""
    parts = []
    for key in dict.fromkeys(r.key for r in rows if r.verdict() == "FAIL" and not r.key.endswith("-proposal")):
        missed = [r for r in rows if r.key == key and r.verdict() == "FAIL"]
        text = f"### {key}\n\nMissed: " + "; ".join(f"{r.label.strip()} ({r.scale})" for r in missed) + "."
        if WHY.get(key):
            text += "\n\n" + " ".join(WHY[key].split())
        text += "".join(f"\n\nProfile of one run, {r.label.strip()} ({r.scale}):\n\n```\n{r.profile}\n```"
                        for r in missed if r.profile)
        parts.append(text)
    return "\n\n".join(parts) or "Every target measured was met."


def render(rows: list[Row], info: dict[str, str], notes: list[str], command: str, names: list[str]) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    specs = "\n".join(f"| {k} | {v} |" for k, v in info.items())
    extra = "\n".join(f"- {n}" for n in [*METHOD, *notes])
    return f"""# SmallCRM benchmark results

Measured {when} with `{command}`. Times in milliseconds: median / p95 of the repetitions (warm caches: the
database file was read once before timing, as the peer's figures were taken). In [brackets]: the same runs
timed in this process's CPU time (median), which leaves out waiting for a core on a shared machine (and
waiting for the disk); "Result on CPU time" judges the target on it. The floor is the same work done
by hand with plain `sqlite3` queries (or bare reportlab); "Ours/floor" is how much our services add on top.
The peer is Dolibarr 20 (PHP 8.2 + MariaDB on loopback, 100k third parties, warm caches) as quoted in issue 8;
our speed-up is the peer's best figure over our median, and the target there is at least 5x.

## Summary

{summary(rows)}

## Results

{table(rows)}

## Why the misses miss, and what would fix them

{misses(rows)}

## Machine

| | |
|---|---|
{specs}

## Notes

{extra}

## How to rerun

- `make bench` (or `.venv/bin/python -m bench`): the full run. The databases are generated once with the
  demo generator and a fixed seed and cached in `bench/data/` (git-ignored); each run copies them to
  `bench/data/work/` and writes only to the copies. Delete `bench/data/` to generate them again.
- `.venv/bin/python -m bench --quick`: small databases (2k and 5k contacts), fewer repetitions; a minute or two.
- `--only NAME[,NAME]` runs some operations: {", ".join(names)}; `--scale 100k` or `--scale 1m` one
  database; `--reps N` the repetitions. Quick and partial runs write
  `bench/data/RESULTS-partial.md` unless `--output` says otherwise, so this file always holds a full run.
- Not a timed unit test: `tests/test_bench_smoke.py` only runs the harness on a tiny database, one
  repetition, to keep it from rotting.
"""
