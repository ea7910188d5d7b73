"""The crash test: a child process writes through the services, the parent kills it with SIGKILL at random
moments and proves that nothing it reported as committed was lost, the file is sound and the invoice
numbers have no gap.

    python -m dev.crashtest run --kills 1000 [--db PATH] [--seed N] [--report docs/crash-test.md]
    python -m dev.crashtest child DB SEED      (what the parent starts; prints one JSON line a commit)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from smallcrm.db.backup import integrity_problems
from smallcrm.db.connection import open_database
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)

REPO = Path(__file__).resolve().parents[1]
LINE_TIMEOUT = 60.0  # seconds without a line from a live child before the run is called stuck


# --- the child ----------------------------------------------------------------------------------------


def _ids(db, sql: str, params: tuple = ()) -> list[int]:
    return [r[0] for r in db.execute_sql(sql + " ORDER BY id DESC LIMIT 200", params)]


class _Child:
    """Random service writes; ``say`` reports each one after its transaction committed."""

    def __init__(self, db, rng: random.Random) -> None:
        self.db, self.rng = db, rng

    def say(self, **change) -> None:
        print(json.dumps(change), flush=True)

    def create_party(self) -> None:
        from smallcrm.services.parties.parties import PartyDraft, create_party

        tag = f"{self.rng.randrange(10**9):09d}"
        if self.rng.random() < 0.7:
            draft = PartyDraft(kind="person", first_name="Mario", last_name=f"Rossi {tag}",
                               emails=[f"m{tag}@example.com"], tags=[self.rng.choice(["vip", "lead", "b2b"])])
        else:
            draft = PartyDraft(kind="company", name=f"Acme {tag} S.r.l.", emails=[f"info{tag}@example.com"])
        view, _ = create_party(self.db, draft)
        self.say(kind="party", id=view.id, uid=view.uid)

    def edit_party(self) -> None:
        from smallcrm.services.parties.parties import draft_of, get_party, update_party

        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL")
        if not ids:
            return self.create_party()
        view = get_party(self.rng.choice(ids))
        draft = draft_of(view)
        version = int(view.job_title[1:]) + 1 if view.job_title.startswith("v") else 1
        draft.job_title = f"v{version}"
        draft.notes = f"edited {version}"
        update_party(self.db, view.id, draft)
        self.say(kind="edit", id=view.id, version=version)

    def merge(self) -> None:
        from smallcrm.services.parties.merge import merge_parties

        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL AND kind = 'person'")
        if len(ids) < 4:
            return self.create_party()
        survivor, loser = self.rng.sample(ids, 2)
        merge_parties(self.db, survivor, loser)
        self.say(kind="merge", survivor=survivor, loser=loser)

    def communicate(self) -> None:
        from smallcrm.services.timeline.communications import CommunicationDraft, log_communication

        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL")
        if not ids:
            return self.create_party()
        subject = f"call {self.rng.randrange(10**9)}"
        view, _ = log_communication(self.db, CommunicationDraft(self.rng.choice(ids), subject=subject,
                                                                body="spoke about the offer"))
        self.say(kind="communication", id=view.id, uid=view.uid, subject=subject)

    def quote(self) -> None:
        from smallcrm.services.sales.document_lines import LineDraft
        from smallcrm.services.sales.quotes import QuoteDraft, create_quote, set_quote_status

        drafts = _ids(self.db, "SELECT id FROM quote WHERE status = 'draft' AND deleted_at IS NULL")
        if drafts and self.rng.random() < 0.5:
            view, _ = set_quote_status(self.db, self.rng.choice(drafts), "accepted")
            return self.say(kind="accept", id=view.id)
        ids = _ids(self.db, "SELECT id FROM party WHERE deleted_at IS NULL")
        if not ids:
            return self.create_party()
        lines = [LineDraft(f"work {i}", quantity=self.rng.randint(1, 5),
                           unit_price=Decimal(self.rng.randint(100, 99_999)) / 100)
                 for i in range(self.rng.randint(1, 3))]
        view, _ = create_quote(self.db, QuoteDraft(self.rng.choice(ids), lines))
        self.say(kind="quote", id=view.id, uid=view.uid, number=view.number)

    def invoice(self) -> None:
        from smallcrm.services.sales.invoices import invoice_from_quote, issue_invoice

        drafts = _ids(self.db, "SELECT id FROM invoice WHERE status = 'draft' AND deleted_at IS NULL")
        if drafts and self.rng.random() < 0.6:
            view, _ = issue_invoice(self.db, self.rng.choice(drafts))
            return self.say(kind="issue", id=view.id, number=view.number)
        accepted = _ids(self.db, "SELECT id FROM quote q WHERE status = 'accepted' AND deleted_at IS NULL "
                                 "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.quote_id = q.id)")
        if not accepted:
            return self.quote()
        view, _ = invoice_from_quote(self.db, self.rng.choice(accepted))
        self.say(kind="invoice", id=view.id, uid=view.uid)

    def pay(self) -> None:
        from smallcrm.services.sales.payments import PaymentDraft, record_payment

        rows = list(self.db.execute_sql(
            "SELECT i.id, i.total_cents - COALESCE((SELECT SUM(p.amount_cents) FROM payment p WHERE "
            "p.invoice_id = i.id AND p.deleted_at IS NULL), 0) AS due FROM invoice i WHERE i.status = 'issued' "
            "AND i.kind = 'invoice' AND i.deleted_at IS NULL AND due > 0 ORDER BY i.id DESC LIMIT 50"))
        if not rows:
            return self.invoice()
        invoice_id, due = self.rng.choice(rows)
        cents = due if self.rng.random() < 0.5 else self.rng.randint(1, due)
        view, _ = record_payment(self.db, PaymentDraft(invoice_id, Decimal(cents) / 100))
        self.say(kind="payment", id=view.id, uid=view.uid, invoice=invoice_id, cents=cents)

    def erase(self) -> None:
        """A person of their own (no other action picks them between the two calls), then their erasure:
        once reported, they must never be found again, whatever the kills and the reopenings."""
        from smallcrm.services.parties.parties import PartyDraft, create_party
        from smallcrm.services.privacy.erasure import erase_party

        tag = f"{self.rng.randrange(10**9):09d}"
        view, _ = create_party(self.db, PartyDraft(kind="person", first_name="Erasmo", last_name=f"Cancellato {tag}",
                                                   emails=[f"e{tag}@example.com"]))
        erase_party(self.db, view.id, "asked by letter")
        self.say(kind="erase", uid=view.uid)

    def backup(self) -> None:
        """A manual backup (verified and rotated): once reported, the file (unless rotated away) is sound."""
        from smallcrm.db.backup import make_backup

        path = make_backup(self.db.path, reason="manual", keep=4, key=self.db.key)
        self.say(kind="backup", path=str(path))


def child(path: Path, seed: int) -> None:
    """Write until killed. Refusals a random pick can meet (a merged party, a full invoice) are skipped."""
    from smallcrm.errors import Conflict, NotFound, ValidationError

    rng = random.Random(seed)
    with open_database(path) as db:
        work = _Child(db, rng)
        actions = [work.create_party, work.create_party, work.edit_party, work.edit_party, work.merge,
                   work.communicate, work.communicate, work.quote, work.quote, work.invoice, work.invoice,
                   work.pay, work.erase, work.backup]
        while True:
            with suppress(ValidationError, NotFound, Conflict):
                rng.choice(actions)()


# --- the parent ---------------------------------------------------------------------------------------


class CrashTestFailure(AssertionError):
    """A lost change, a damaged file or a gap in the numbers."""


@dataclass
class Ledger:
    """Every change the children reported, to be found again after every kill."""

    changes: list[dict] = field(default_factory=list)
    kills: int = 0
    invoices_checked: int = 0

    def verify(self, path: Path) -> None:
        with open_database(path) as db:  # runs SQLite's quick check (and the migrations, if killed in one)
            for change in self.changes:
                problem = _missing(db, change)
                if problem:
                    raise CrashTestFailure(f"after kill {self.kills}: {problem}: {change}")
            self.invoices_checked = _check_numbers(db)
        problems = integrity_problems(path)
        if problems:
            raise CrashTestFailure(f"after kill {self.kills}: the file is damaged: {problems[:3]}")


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
        return "" if not path.exists() or not integrity_problems(path, quick=True) else "backup damaged"
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


def _start(path: Path, seed: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "dev.crashtest", "child", str(path), str(seed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO)


def _read_until(proc: subprocess.Popen, lines: int, deadline: float | None) -> bytes:
    """What the child printed until ``lines`` lines were read or ``deadline`` (monotonic) passed."""
    data = b""
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while data.count(b"\n") < lines:
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


def one_kill(path: Path, ledger: Ledger, rng: random.Random) -> int:
    """Start a child, kill it at a random moment, verify everything reported so far; the changes read."""
    proc = _start(path, rng.randrange(2**31))
    try:
        if rng.random() < 0.1:  # now and then while it starts: opening, migrating, the daily backup
            seen = _read_until(proc, 10**9, time.monotonic() + rng.uniform(0, 0.6))
        else:
            seen = _read_until(proc, rng.randint(1, 40), None)
            time.sleep(rng.uniform(0, 0.02))
    finally:
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
    ledger.kills += 1
    complete = seen + rest
    # a line is one write() of less than PIPE_BUF bytes: whole or absent; a fragment would be unreported
    new = [json.loads(line) for line in complete.split(b"\n")[:-1] if line.strip()]
    ledger.changes += new
    ledger.verify(path)
    return len(new)


def run(path: Path, kills: int, seed: int = 0, progress=None) -> Ledger:
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
    text = (f"- {time.strftime('%Y-%m-%d %H:%M')}: `python -m dev.crashtest run --kills {kills} --seed {seed}`"
            f" — {ledger.kills} SIGKILLs in {seconds / 60:.1f} min, 0 damaged files, "
            f"{len(ledger.changes)} committed changes reported and all found after every kill ({kinds}), "
            f"{ledger.invoices_checked} issued invoices numbered without a gap.\n")
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
    p = commands.add_parser("run")
    p.add_argument("--kills", type=int, default=1000)
    p.add_argument("--seed", type=int, default=int(time.time()))
    p.add_argument("--db", type=Path, help="default: a new file in a temporary folder")
    p.add_argument("--report", type=Path, help="append the result to this file (e.g. docs/crash-test.md)")
    args = parser.parse_args(argv)
    if args.command == "child":
        child(args.db, args.seed)
        return 0
    folder = tempfile.mkdtemp(prefix="smallcrm-crashtest-")
    path = args.db or Path(folder) / "crm.sqlite3"
    started = time.monotonic()

    def progress(ledger: Ledger) -> None:
        if ledger.kills % 50 == 0:
            print(f"{ledger.kills} kills, {len(ledger.changes)} changes verified, "
                  f"{ledger.invoices_checked} invoices", flush=True)

    try:
        ledger = run(path, args.kills, args.seed, progress)
    except CrashTestFailure as exc:
        print(f"CRASH TEST FAILED (seed {args.seed}, database {path}): {exc}", file=sys.stderr)
        return 1
    print(_report(ledger, args.kills, args.seed, time.monotonic() - started, args.report or Path("/nonexistent")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
