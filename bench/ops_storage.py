"""Keeping the data safe, and the process small: backup, the open-time check, the desktop's peak memory."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench import floor
from bench.context import Context
from bench.timing import Row, Stats, clock, clock2, measure, under
from smallcrm.db.backup import backup_folder
from smallcrm.db.connection import _verify, open_database
from smallcrm.services.admin.maintenance import backup_if_due, make_backup

ROOT = Path(__file__).resolve().parent.parent


def backup(ctx: Context) -> list[Row]:
    """A manual backup: online backup API, integrity check of the copy, rotation (two kept here)."""
    db = ctx.db
    big = ctx.path.stat().st_size > 100e6  # at 100k a backup takes tens of seconds: two runs, no warm-up
    reps, warmup = (2, 0) if big else (min(ctx.reps, 5), 1)
    ours = measure(lambda: make_backup(db, keep=2), reps, warmup=warmup)
    target = ctx.path.with_name("floor-backup.sqlite3")

    def bare() -> None:
        target.unlink(missing_ok=True)
        floor.backup(ctx.path, target)

    bare_stats = measure(bare, reps, warmup=warmup)
    size = ctx.path.stat().st_size / 1e6
    target.unlink(missing_ok=True)
    row = Row("backup", f"Backup of the {ctx.scale} database ({size:,.0f} MB)", ctx.scale, ours, bare_stats,
              target="< 1 s", note="ours = copy + quick_check of the copy (every page read) + fsync + "
                                   "rotation; floor = copy only")
    return [under(row, 1000)]


def first_open_of_day(ctx: Context) -> list[Row]:
    """The first open of a day: the window opens at once, the day's verified backup runs after it in the
    background (``backup_if_due``, as ``MainWindow.start_daily_backup`` does)."""
    ctx.close()
    for old in backup_folder(ctx.path).glob(ctx.path.stem + "-*"):
        old.unlink()
    opened: list = []
    wall, cpu = clock2(lambda: opened.append(open_database(ctx.path)))
    db = opened[0]
    try:
        in_open = any(backup_folder(ctx.path).glob(ctx.path.stem + "-*"))
        background, _ = clock2(lambda: backup_if_due(db))
    finally:
        db.close()
    row = Row("daily", "First open of the day: open_database (the day's backup then runs in the background)",
              ctx.scale, Stats((wall,), cpu=(cpu,)), target="< 300 ms (the open + first page target)", limit_ms=300,
              note=f"one run; {'a backup was taken inside the open' if in_open else 'no backup inside the open'}; "
                   f"the background backup_if_due that follows took {background / 1000:.1f} s")
    return [row]


def quick_check(ctx: Context) -> list[Row]:
    """The check before opening (``_verify``): whole file when small, the core tables when large."""
    ctx.close()
    ours = measure(lambda: _verify(ctx.path), ctx.reps)
    bare = measure(lambda: floor.quick_check(ctx.path), ctx.reps)

    def whole() -> None:
        conn = sqlite3.connect(str(ctx.path))
        try:
            conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()

    full = clock(whole)
    row = Row("check", "Integrity quick check on open", ctx.scale, ours, bare, target="< 0.2 s",
              note=f"a quick_check of the whole file would take {full / 1000:.1f} s at this size")
    return [under(row, 200)]


def desktop_memory(ctx: Context) -> list[Row]:
    """The window on this database in a process of its own, every contact listed and scrolled through."""
    ctx.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "bench.desktop_memory", str(ctx.path)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [Row("memory", "Peak memory of the desktop process, all contacts listed", ctx.scale, None,
                    target="< 300 MB", note=f"could not measure: {tail}")]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    row = Row("memory", f"Peak memory of the desktop process, {result['rows']:,} contacts listed and scrolled",
              ctx.scale, None, target="< 300 MB", passed=result["peak_mb"] < 300,
              extra={"ours": f"{result['peak_mb']:.0f} MB"},
              note="peak resident set (VmHWM) of the real MainWindow, offscreen")
    shown = Stats((result["shown_s"] * 1000,), cpu=(result["shown_cpu_s"] * 1000,))  # CPU: all its threads
    window = Row("window", "Desktop window: open the database → window shown with the first page of contacts",
                 ctx.scale, shown, target="< 300 ms", limit_ms=300,
                 note=f"one run, offscreen, background jobs on their threads (JobRunner); all "
                      f"{result['rows']:,} ids loaded after {result['all_ids_s'] * 1000:,.0f} ms; Qt and app "
                      f"imports before it: {result['imports_s']:.2f} s")
    return [row, window]
