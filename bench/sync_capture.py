"""What team mode's capture triggers cost: a 10k-contact CSV import (preview, then apply in one transaction) into
an empty database, with team mode off (a laptop alone: no triggers at all) and on (every row also written to the
outbox, references as uids). ``python -m bench.sync_capture [ROWS] [RUNS]``: the median of RUNS per mode."""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.ops_imports import write_rows
from smallcrm.db.connection import open_database
from smallcrm.services.exchange.imports import apply_import, preview_import
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)
from smallcrm.sync import state


def _once(template: Path, source: Path, folder: Path, team: bool) -> tuple[float, int]:
    path = folder / f"run-{team}-{time.monotonic_ns()}.sqlite3"
    shutil.copyfile(template, path)
    db = open_database(path)
    try:
        if team:
            state.switch_on(db, "http://127.0.0.1:1", "1", "B", "bench", "owner", upload=False)
        started = time.perf_counter()
        apply_import(db, preview_import(db, source))
        elapsed = time.perf_counter() - started
        ops = db.pw.execute_sql("SELECT COUNT(*) FROM sync_outbox").fetchone()[0]
    finally:
        db.close()
    return elapsed, ops


def main(rows: int = 10_000, runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        source, template = folder / "contacts.csv", folder / "empty.sqlite3"
        write_rows(source, rows)
        open_database(template).close()
        times: dict[bool, list[float]] = {False: [], True: []}
        ops = {}
        for _ in range(runs):  # interleaved, so that a busy machine weighs on both alike
            for team in (False, True):
                elapsed, ops[team] = _once(template, source, folder, team)
                times[team].append(elapsed)
        alone, shared = statistics.median(times[False]), statistics.median(times[True])
        print(f"{rows} contacts imported, median of {runs}: team mode off {alone:.2f} s ({ops[False]} operations), "
              f"on {shared:.2f} s ({ops[True]} operations captured): +{(shared / alone - 1) * 100:.0f}%")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
