"""The benchmark databases: generated once with the demo generator and a fixed seed, cached in bench/data/.

A cached file is never written by a run: each run works on a fresh copy (``working_copy``), so writes measured
(quotes, invoices, backups) do not pile up from run to run and every run starts from the same data.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from smallcrm.clock import utcnow
from smallcrm.db import backup as backups
from smallcrm.db.connection import open_database
from smallcrm.demo.parties import generate_demo

DATA = Path(__file__).resolve().parent / "data"
SEED = 20260101
TODAY = date(2026, 1, 15)  # fixed: the same data whatever day it is generated (must not lie in the future)


@dataclass(frozen=True)
class Spec:
    name: str
    contacts: int
    communications_per_contact: int

    def path(self, folder: Path = DATA) -> Path:
        return folder / f"{self.name}-s{SEED}.sqlite3"


FULL = {
    "100k": Spec("crm-100k", 100_000, 10),  # 100k persons (+12.5k companies), 1M communications, 50k quotes
    "1m": Spec("crm-1m", 1_000_000, 1),  # 1M persons (+125k companies), 1M communications: search and lists
}
QUICK = {
    "100k": Spec("crm-2k", 2_000, 10),
    "1m": Spec("crm-5k", 5_000, 1),
}


def _progress(step: str, done: int, total: int) -> None:
    print(f"\r    {step}: {done:,}/{total:,}      ", end="", file=sys.stderr, flush=True)


def ensure(spec: Spec, folder: Path = DATA, log=print) -> tuple[Path, float | None]:
    """The cached database for ``spec`` and the seconds it took to generate now (None: it was cached).

    Generated into a temporary name, then moved, so an interrupted run leaves no half-built cache."""
    path = spec.path(folder)
    if path.exists():
        open_database(path, exclusive=False, daily_backup=False).close()  # to the current schema, once
        return path, None
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    log(f"  generating {path.name}: {spec.contacts:,} contacts, "
        f"{spec.contacts * spec.communications_per_contact:,} communications (once; cached in bench/data/)")
    started = time.perf_counter()
    db = open_database(partial, exclusive=False, daily_backup=False)
    try:
        stats = generate_demo(db, contacts=spec.contacts, seed=SEED,
                              communications_per_contact=spec.communications_per_contact, today=TODAY,
                              progress=_progress)
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    print(file=sys.stderr)
    shutil.move(str(partial), str(path))
    for leftover in partial.parent.glob(partial.name + "-*"):
        leftover.unlink()
    took = time.perf_counter() - started
    info(path).write_text(json.dumps({"seconds": round(took), "persons": stats.persons, "companies": stats.companies,
                                      "communications": stats.communications, "quotes": stats.quotes,
                                      "invoices": stats.invoices}))
    log(f"  generated in {took:.0f} s (demo generator: {stats.seconds:.0f} s; "
        f"{stats.persons:,} persons, {stats.companies:,} companies, {stats.communications:,} communications, "
        f"{stats.quotes:,} quotes, {stats.invoices:,} invoices)")
    return path, took


def _fresh(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    for old in target.parent.glob(target.name + "*"):
        old.unlink()
    folder = backups.backup_folder(target)
    for old in folder.glob(target.stem + "-*") if folder.is_dir() else ():
        old.unlink()
    return target


def info(path: Path) -> Path:
    """Beside a cached database: how long it took to generate and what it holds (JSON)."""
    return path.with_name(path.name + ".json")


def generation_note(path: Path) -> str:
    try:
        facts = json.loads(info(path).read_text())
    except (OSError, ValueError):
        return ""
    return (f"{path.name}: {facts['persons']:,} persons, {facts['companies']:,} companies, "
            f"{facts['communications']:,} communications, {facts['quotes']:,} quotes, {facts['invoices']:,} "
            f"invoices; generated once in {facts['seconds'] / 60:.1f} min on this machine (cached since)"
            + (f": {facts['note']}." if facts.get("note") else "."))


def working_copy(source: Path, name: str) -> Path:
    """A fresh copy of a cached database (in ``work/`` beside it) for one run to write into.

    The cached file, hard-linked into the copy's backups folder, is today's backup of the copy (it holds the
    same data): so opening the copy measures the usual open, not the once-a-day verified backup, which the
    "daily" operation measures on its own."""
    target = _fresh(source.parent / "work" / f"{name}.sqlite3")
    shutil.copyfile(source, target)
    folder = backups.backup_folder(target)
    folder.mkdir(exist_ok=True)
    with contextlib.suppress(OSError):  # no hard links here: the first open takes the daily backup
        os.link(source, folder / f"{target.stem}-{utcnow().strftime(backups.STAMP)}-daily{backups.SUFFIX}")
    return target


def empty_database(folder: Path) -> Path:
    """A new, migrated, empty database in ``folder`` (the baseline of the open + first page ratio)."""
    target = _fresh(folder / "empty.sqlite3")
    open_database(target, exclusive=False, daily_backup=False).close()
    return target
