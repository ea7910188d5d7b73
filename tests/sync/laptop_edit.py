"""One laptop's editing as a process of its own, for the chaos that SIGKILLs it in the middle of a local edit:
``python -m tests.sync.laptop_edit DB_PATH SEED`` edits the file as the chaos does (tests/sync/chaos.py), one
transaction per edit, until it is killed, with the laptop's skewed clock in SMALLCRM_CLOCK_SKEW. It says "ready"
when the file is open, then "BEGIN" and "COMMIT" as each transaction starts and ends (SQLite's own statements,
seen by a trace callback), so the test can kill it inside a transaction and know that it did."""

from __future__ import annotations

import random
import sys

from smallcrm.db.connection import open_database
from tests.sync.chaos import edit_once
from tests.sync.conftest import Laptop


def _say(word: str) -> None:
    sys.stdout.write(word + "\n")
    sys.stdout.flush()


def _trace(statement: str) -> None:
    head = statement.lstrip()[:8].upper()
    if head.startswith("BEGIN"):
        _say("BEGIN")
    elif head.startswith(("COMMIT", "END")):
        _say("COMMIT")


def main(path: str, seed: int) -> None:
    db = open_database(path)
    db.pw.execute_sql("PRAGMA synchronous = NORMAL")  # as the chaos's laptops: survives a killed process
    db.pw.connection().set_trace_callback(_trace)
    laptop, rng = Laptop(db, None), random.Random(seed)
    _say("ready")
    while True:
        edit_once(laptop, rng)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
