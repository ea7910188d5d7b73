"""The crash test: a child process writes through the services, the parent kills it with SIGKILL at random
moments and proves that nothing it reported as committed was lost, no erased person came back, the file
opens and is sound, and the invoice numbers have no gap. Kills also land inside a restore, an encrypt or
decrypt, and the upgrade of an old schema's fixture, each with the outcomes it allows checked after the kill
(docs/crash-test.md says what this proves and what it does not).

    python -m dev.crashtest run --kills 1000 [--db PATH] [--seed N] [--report docs/crash-test.md]
    python -m dev.crashtest child DB SEED      (what the parent starts; dev/crash_child.py)
    python -m dev.crashtest upgrade-child DB
"""

from __future__ import annotations

import argparse
import json
import os
import random
import selectors
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dev.crash_child import PASSPHRASE, child, upgrade_child
from smallcrm.db import cipher
from smallcrm.db.backup import integrity_problems
from smallcrm.db.connection import open_database
from smallcrm.db.leftovers import unfinished
from smallcrm.db.migrate import head_version
from smallcrm.services.admin.security import files_in_clear
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "schemas"
LINE_TIMEOUT = 60.0  # seconds without a line from a live child before the run is called stuck
KEPT_BY_RESTORE = {"erase", "backup"}  # a restore takes the file back, never an erasure or a backup file
OPERATIONS = {"restoring": "restored", "encrypting": "encrypted", "decrypting": "decrypted",
              "upgrading": "upgraded"}  # started -> finished: a kill between them landed inside
NOUNS = {"restoring": "restore", "encrypting": "encrypt", "decrypting": "decrypt", "upgrading": "upgrade"}


class CrashTestFailure(AssertionError):
    """A lost change, an erased person back, a file that does not open or is damaged, a gap in the numbers."""


_KEYS: dict[bytes, str] = {}  # salt -> key spec: the passphrase's derivation takes a quarter of a second


def _key(path: Path) -> str | None:
    """The key spec of an encrypted file (the database or a backup), None for a plain one."""
    if not cipher.looks_encrypted(path):
        return None
    salt = cipher.file_salt(path)
    if salt not in _KEYS:
        _KEYS[salt] = cipher.key_from_passphrase(PASSPHRASE, salt)
    return _KEYS[salt]


@dataclass
class Ledger:
    """Every change the children reported, to be found again after every kill, and what the kills hit."""

    changes: list[dict] = field(default_factory=list)
    kills: int = 0
    invoices_checked: int = 0
    seq: int = 0
    backups: dict[str, int] = field(default_factory=dict)  # backup file -> the seq of its report
    encrypted_done: bool = False  # an encrypt was reported finished and nothing converted it back since
    inside: dict[str, int] = field(default_factory=dict)  # operation -> kills that landed inside one
    finished: dict[str, int] = field(default_factory=dict)  # operation -> runs reported finished
    restores_undone: int = 0  # restores killed mid-way that left the file as it was before

    def take(self, lines: list[dict], path: Path) -> None:
        """The lines of one child, in order; then the checks after its kill."""
        pending: dict | None = None
        upgraded: Path | None = None
        for line in lines:
            kind = line["kind"]
            if kind == "upgrading":
                upgraded = Path(line["path"])
            if kind in OPERATIONS:
                pending = line
                continue
            if kind in OPERATIONS.values():
                self.finished[kind] = self.finished.get(kind, 0) + 1
                pending = None
                if kind == "restored":
                    self.changes = self.restored(line["path"])
                self.encrypted_done = kind == "encrypted" or (self.encrypted_done and kind != "decrypted")
                continue
            pending = None  # an operation refused on the way (a refusal the child skips) is over
            self.seq += 1
            line["seq"] = self.seq
            if kind == "backup":
                self.backups[line["path"]] = self.seq
            self.changes.append(line)
        if pending is not None:
            self.inside[pending["kind"]] = self.inside.get(pending["kind"], 0) + 1
            if pending["kind"] in ("encrypting", "decrypting"):
                self.encrypted_done = False
        if upgraded is not None:  # a child of its own, on a copy of a fixture: the database was not touched
            return check_upgrade(upgraded, self.kills)
        if pending is not None and pending["kind"] == "restoring":  # the file before it, or the backup
            if self.problem(path, self.changes):
                self.changes = self.restored(pending["path"])
            else:
                self.restores_undone += 1
        self.verify(path)

    def restored(self, backup: str) -> list[dict]:
        """What the file holds once ``backup`` is back: what was reported before it, every erasure since."""
        taken = self.backups[backup]
        return [c for c in self.changes if c["seq"] < taken or c["kind"] in KEPT_BY_RESTORE]

    def problem(self, path: Path, changes: list[dict]) -> str:
        """The first reported change missing (or erased person found) in the reopened file; "" when none."""
        with open_database(path, passphrase=_key(path)) as db:  # WAL recovery, a killed migration finished
            for change in changes:
                missing = _missing(db, change)
                if missing:
                    return f"{missing}: {change}"
            self.invoices_checked = _check_numbers(db)
        return ""

    def verify(self, path: Path) -> None:
        problem = self.problem(path, self.changes)
        if problem:
            raise CrashTestFailure(f"after kill {self.kills}: {problem}")
        problems = integrity_problems(path, key=_key(path))
        if problems:
            raise CrashTestFailure(f"after kill {self.kills}: the file is damaged: {problems[:3]}")
        clear = files_in_clear(path) if self.encrypted_done else []
        if clear:
            raise CrashTestFailure(f"after kill {self.kills}: left in clear after encrypt finished: {clear[:3]}")
        left = unfinished(path)  # the open just now must have removed what the kill left half-done
        if left:
            raise CrashTestFailure(f"after kill {self.kills}: unfinished copies left after the open: {left[:3]}")


def _counts(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables if t in present}
    finally:
        conn.close()


def check_upgrade(copy: Path, kills: int) -> None:
    """A fixture copy whose upgrade was killed (or finished): it opens (finishing the upgrade), is at the
    head version, sound, and holds every row of the fixture. The copy goes once checked."""
    fixture = FIXTURES / copy.parent.name.split("-")[0]
    tables = ("party", "contact_point", "communication", "quote", "invoice", "payment")
    with open_database(copy) as db:
        version = db.execute_sql("SELECT MAX(version) FROM schema_version").fetchone()[0]
    found, before = _counts(copy, tables), _counts(fixture, tables)
    problems = integrity_problems(copy)
    shutil.rmtree(copy.parent)
    if version != head_version() or problems or any(found.get(t) != n for t, n in before.items()):
        raise CrashTestFailure(f"after kill {kills}: the upgrade of {fixture.name} left version {version}, "
                               f"{problems[:3]}, rows {found} for {before}")


def _row(db, sql: str, *params):
    return db.execute_sql(sql, params).fetchone()


def _missing(db, c: dict) -> str:  # one clause per kind of change
    kind = c["kind"]
    if kind == "party":
        row = _row(db, "SELECT uid FROM party WHERE id = ?", c["id"])
        return "" if row and row[0] == c["uid"] else "party lost"
    if kind == "edit":  # a later edit (reported or not) may have raised the version further
        row = _row(db, "SELECT job_title FROM party WHERE id = ?", c["id"])
        return "" if row and row[0].startswith("v") and int(row[0][1:]) >= c["version"] else "edit lost"
    if kind == "merge":  # the loser is in the trash, marked merged (into the survivor or where it went)
        row = _row(db, "SELECT deleted_at, merged_into_id FROM party WHERE id = ?", c["loser"])
        return "" if row and row[0] is not None and row[1] is not None else "merge lost"
    if kind == "communication":
        row = _row(db, "SELECT subject FROM communication WHERE uid = ?", c["uid"])
        return "" if row and row[0] == c["subject"] else "communication lost"
    if kind == "quote":
        row = _row(db, "SELECT uid, number FROM quote WHERE id = ?", c["id"])
        return "" if row and (row[0], row[1]) == (c["uid"], c["number"]) else "quote lost"
    if kind == "accept":
        row = _row(db, "SELECT status FROM quote WHERE id = ?", c["id"])
        return "" if row and row[0] == "accepted" else "acceptance lost"
    if kind == "invoice":
        row = _row(db, "SELECT uid FROM invoice WHERE id = ?", c["id"])
        return "" if row and row[0] == c["uid"] else "invoice lost"
    if kind == "issue":
        row = _row(db, "SELECT status, number_text FROM invoice WHERE id = ?", c["id"])
        return "" if row and row == ("issued", c["number"]) else "issued number lost"
    if kind == "erase":  # never back: neither the row nor its name
        row = _row(db, "SELECT name FROM party WHERE uid = ?", c["uid"])
        return "" if row is None or not row[0].startswith("Erasmo") else "erased person came back"
    if kind == "backup":  # rotated away is fine; present means sound
        path = Path(c["path"])
        return "" if not path.exists() or not integrity_problems(path, quick=True, key=_key(path)) else "backup damaged"
    if kind == "payment":
        row = _row(db, "SELECT uid, invoice_id, amount_cents, deleted_at FROM payment WHERE id = ?", c["id"])
        return "" if row and row == (c["uid"], c["invoice"], c["cents"], None) else "payment lost"
    return f"unknown change {kind}"


def _check_numbers(db) -> int:
    """Issued numbers of each kind, series and year are exactly 1..N, and the counter says N."""
    rows = db.execute_sql("SELECT kind, series, year, number FROM invoice WHERE status = 'issued' "
                          "ORDER BY kind, series, year, number").fetchall()
    groups: dict[tuple, list[int]] = {}
    for kind, series, year, number in rows:
        groups.setdefault((kind, series, year), []).append(number)
    for (kind, series, year), numbers in groups.items():
        if numbers != list(range(1, len(numbers) + 1)):
            raise CrashTestFailure(f"{kind} numbers of {series!r}/{year} have a gap or a double: {numbers}")
        last = _row(db, "SELECT last_number FROM invoice_counter WHERE kind = ? AND series = ? AND year = ?",
                    kind, series, year)
        if not last or last[0] != len(numbers):
            raise CrashTestFailure(f"the {kind} counter of {series!r}/{year} says {last} for {len(numbers)}")
    return len(rows)


def _start(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}  # never the keyring of whoever runs it
    return subprocess.Popen([sys.executable, "-m", "dev.crashtest", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)


def _read_until(proc: subprocess.Popen, enough: Callable[[bytes], bool], deadline: float | None) -> bytes:
    """What the child printed until ``enough`` says so of it or ``deadline`` (monotonic) passed."""
    data = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while not enough(data):
            wait = LINE_TIMEOUT if deadline is None else deadline - time.monotonic()
            if wait <= 0:
                break
            if not sel.select(min(wait, LINE_TIMEOUT)):
                if deadline is None:
                    raise CrashTestFailure("the child wrote nothing for a minute")
                continue
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                err = proc.stderr.read().decode(errors="replace")
                raise CrashTestFailure(f"the child stopped by itself (exit {proc.wait()}): {err[-2000:]}")
            data += chunk
    return data


def _lines(n: int) -> Callable[[bytes], bool]:
    return lambda data: data.count(b"\n") >= n


def _started(kinds: tuple[bytes, ...], most: int) -> Callable[[bytes], bool]:
    """A whole line starting one of ``kinds`` (or ``most`` lines without one)."""
    return lambda data: any(b'"kind": "%s"' % k in data for k in kinds) or data.count(b"\n") >= most


def _upgrade_copy(path: Path, rng: random.Random, kills: int) -> Path:
    fixture = rng.choice(sorted(FIXTURES.glob("v*.sqlite3")))
    folder = path.parent / f"{fixture.name}-{kills}"
    folder.mkdir(mode=0o700)
    shutil.copyfile(fixture, folder / "crm.sqlite3")
    return folder / "crm.sqlite3"


def one_kill(path: Path, ledger: Ledger, rng: random.Random) -> int:
    """Start a child, kill it at a random moment, verify everything reported so far; the changes read.

    Most kills come after 1-40 reported writes plus up to 20 ms (anywhere inside the next write); one in
    ten within the first 0.6 s (starting, opening, migrating a new file); one in ten a while after a
    restore, encrypt or decrypt started; one in twenty during the upgrade of a copy of an old schema."""
    pick = rng.random()
    if pick < 0.05:
        proc = _start("upgrade-child", str(_upgrade_copy(path, rng, ledger.kills)))
    else:
        proc = _start("child", str(path), str(rng.randrange(2**31)))
    try:
        if pick < 0.05:
            seen = _read_until(proc, _started((b"upgrading",), 1), None)
            time.sleep(rng.uniform(0, 0.3))  # an upgrade takes 0.03-0.25 s here
        elif pick < 0.15:
            seen = _read_until(proc, _lines(10**9), time.monotonic() + rng.uniform(0, 0.6))
        elif pick < 0.25:
            seen = _read_until(proc, _started((b"restoring", b"encrypting", b"decrypting"), 400), None)
            time.sleep(rng.uniform(0, 0.5))
        else:
            seen = _read_until(proc, _lines(rng.randint(1, 40)), None)
            time.sleep(rng.uniform(0, 0.02))
    finally:
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
    ledger.kills += 1
    complete = seen + rest
    # a line is one write() of less than PIPE_BUF bytes: whole or absent; a fragment would be unreported
    new = [json.loads(line) for line in complete.split(b"\n")[:-1] if line.strip()]
    ledger.take(new, path)
    return len(new)


def run(path: Path, kills: int, seed: int = 0, progress: Callable[[Ledger], None] | None = None) -> Ledger:
    rng, ledger = random.Random(seed), Ledger()
    for _ in range(kills):
        one_kill(path, ledger, rng)
        if progress:
            progress(ledger)
    return ledger


def _report(ledger: Ledger, kills: int, seed: int, seconds: float, report: Path) -> str:
    counts: dict[str, int] = {}
    for change in ledger.changes:
        counts[change["kind"]] = counts.get(change["kind"], 0) + 1
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
    inside = ", ".join(f"{NOUNS[k]} {n}" for k, n in sorted(ledger.inside.items())) or "none"
    done = ", ".join(f"{k} {n}" for k, n in sorted(ledger.finished.items())) or "none"
    text = (f"- {time.strftime('%Y-%m-%d %H:%M')}: `python -m dev.crashtest run --kills {kills} --seed {seed}`"
            f" — {ledger.kills} SIGKILLs in {seconds / 60:.1f} min, 0 damaged files, 0 erased persons back; "
            f"{len(ledger.changes)} committed changes still expected at the end, each found after every kill "
            f"({kinds}); {ledger.invoices_checked} issued invoices numbered without a gap. Kills inside an "
            f"operation: {inside} (of the restores, {ledger.restores_undone} left the file as before); "
            f"operations reported finished: {done}.\n")
    if report.exists():
        with report.open("a", encoding="utf-8") as fh:
            fh.write(text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dev.crashtest")
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("child")
    p.add_argument("db", type=Path)
    p.add_argument("seed", type=int)
    p = commands.add_parser("upgrade-child")
    p.add_argument("db", type=Path)
    p = commands.add_parser("run")
    p.add_argument("--kills", type=int, default=1000)
    p.add_argument("--seed", type=int, default=int(time.time()))
    p.add_argument("--db", type=Path, help="default: a new file in a temporary folder")
    p.add_argument("--report", type=Path, help="append the result to this file (e.g. docs/crash-test.md)")
    args = parser.parse_args(argv)
    if args.command == "child":
        child(args.db, args.seed)
        return 0
    if args.command == "upgrade-child":
        upgrade_child(args.db)
        return 0
    folder = tempfile.mkdtemp(prefix="smallcrm-crashtest-")
    path = args.db or Path(folder) / "crm.sqlite3"
    started = time.monotonic()

    def progress(ledger: Ledger) -> None:
        if ledger.kills % 50 == 0:
            print(f"{ledger.kills} kills, {len(ledger.changes)} changes verified, "
                  f"{ledger.invoices_checked} invoices, inside {ledger.inside}", flush=True)

    print(f"seed {args.seed}, database {path}", flush=True)  # a run stopped early can still be replayed
    try:
        ledger = run(path, args.kills, args.seed, progress)
    except CrashTestFailure as exc:
        print(f"CRASH TEST FAILED (seed {args.seed}, database {path}): {exc}", file=sys.stderr)
        return 1
    print(_report(ledger, args.kills, args.seed, time.monotonic() - started, args.report or Path("/nonexistent")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
