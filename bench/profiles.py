"""Where the time goes in an operation that misses its target: one run under cProfile, summed by area."""

from __future__ import annotations

import cProfile
import pstats
from collections import defaultdict
from collections.abc import Callable

SQLITE_CALLS = ("execute", "executemany", "fetchone", "fetchall", "fetchmany", "commit", "backup", "close",
                "connect", "__next__")


def _area(file: str, name: str) -> str:
    if file == "~":  # a built-in
        if any(f"'{call}' of 'sqlite3." in name for call in SQLITE_CALLS) or "sqlite3.connect" in name:
            return "SQLite (running queries, fetching rows)"
        if "zlib" in name:
            return "zlib (PDF compression)"
        return "Python built-ins"
    for marker, area in (("/peewee.py", "peewee (building SQL, making rows)"), ("/reportlab/", "reportlab"),
                         ("/openpyxl/", "openpyxl"), ("/et_xmlfile/", "et_xmlfile (openpyxl's XML writer)"),
                         ("/xml/", "xml (standard library, used by openpyxl)"), ("/csv.py", "csv"),
                         ("/segno/", "segno (QR code)"), ("/smallcrm/", "smallcrm (our code)"),
                         ("/bench/", "bench (the floor / harness)"), ("/phonenumbers/", "phonenumbers"),
                         ("/decimal.py", "decimal"), ("/PySide6/", "Qt")):
        if marker in file:
            return area
    return "Python standard library"


def profile(work: Callable[[], object], top: int = 6) -> str:
    """A short text: the share of time per area, then our functions with the most cumulative time."""
    prof = cProfile.Profile()
    prof.enable()
    try:
        work()
    finally:
        prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    areas: dict[str, float] = defaultdict(float)
    ours = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.items():
        areas[_area(file, name)] += own
        if "/smallcrm/" in file:
            ours.append((cumulative, calls, f"{file.split('/smallcrm/')[-1]}:{line} {name}"))
    total = sum(areas.values()) or 1
    lines = [f"one run under cProfile: {total * 1000:.0f} ms (profiling slows Python code down; SQLite's work "
             f"while a loop reads a cursor counts in the function of that loop)"]
    lines += [f"  {share / total:5.1%}  {area}" for area, share in sorted(areas.items(), key=lambda a: -a[1])
              if share / total >= 0.02]
    lines.append("  our functions by cumulative time:")
    lines += [f"    {cumulative * 1000:8.1f} ms  {calls:6d} calls  {where}"
              for cumulative, calls, where in sorted(ours, reverse=True)[:top]]
    return "\n".join(lines)
