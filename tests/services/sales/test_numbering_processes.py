"""Several processes issuing invoices on one database file at once: numbers stay gapless and unique."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.sales_models import Invoice, InvoiceCounter
from smallcrm.services.sales import invoices
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories

ROOT = Path(__file__).resolve().parents[3]
N = 25
ISSUE_DATE = date(2026, 6, 1)

WORKER = textwrap.dedent("""
    import sys
    from datetime import date

    from smallcrm.db.connection import open_database
    from smallcrm.services.sales import invoices
    from smallcrm.services.sales.document_lines import LineDraft

    path, party_id, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    db = open_database(path, exclusive=False)
    print("ready", flush=True)
    sys.stdin.readline()  # wait until every worker is ready, then go together
    for i in range(count):
        draft, _ = invoices.create_invoice(db, invoices.InvoiceDraft(party_id, [LineDraft(f"Riga {i}", 1, "10")]))
        view, _ = invoices.issue_invoice(db, draft.id, date(2026, 6, 1))
        print(view.number, flush=True)
    db.close()
""")


@pytest.fixture
def shared(tmp_path):
    """A database file with our company and one customer, closed again, and a way to start workers on it."""
    path = tmp_path / "shared.sqlite3"
    with open_database(path) as db:
        factories.our_company(db)
        party = factories.customer(db, "Concorrenza S.r.l.")
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}

    def start(*counts: int) -> list[subprocess.Popen]:
        """Start one worker per count (in parallel), wait until all have the database open."""
        workers = [subprocess.Popen([sys.executable, str(script), str(path), str(party.id), str(count)], cwd=ROOT,
                                    env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True) for count in counts]
        for worker in workers:
            assert worker.stdout.readline().strip() == "ready", worker.stderr.read()
        return workers

    start.path = path
    start.party_id = party.id
    return start


def go(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.stdin.write("go\n")
        worker.stdin.flush()


def issued_numbers(path: Path) -> list[int]:
    with open_database(path, exclusive=False):
        rows = Invoice.select(Invoice.number, Invoice.year, Invoice.series).where(Invoice.status == "issued")
        assert {(r.year, r.series) for r in rows} <= {(2026, "")}
        counter = InvoiceCounter.get(InvoiceCounter.kind == "invoice", InvoiceCounter.year == 2026).last_number
        numbers = sorted(r.number for r in rows)
        assert counter == len(numbers)  # the counter never ran ahead of what was issued
        return numbers


def number_of(text: str) -> int:
    number, year = text.split("/")
    assert year == "2026"
    return int(number)


def test_three_processes_issuing_at_once_never_skip_or_repeat(shared):
    workers = shared(N, N, N)
    go(workers)
    printed: list[list[int]] = []
    for worker in workers:
        out, err = worker.communicate(timeout=60)
        assert worker.returncode == 0, err
        printed.append([number_of(line) for line in out.split()])

    for numbers in printed:
        assert len(numbers) == N and numbers == sorted(numbers)  # each process saw its numbers grow
    everything = sorted(n for numbers in printed for n in numbers)
    assert everything == list(range(1, 3 * N + 1))
    assert issued_numbers(shared.path) == everything


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_process_killed_mid_loop_leaves_no_gap(shared):
    victim, survivor = shared(10_000, N)
    go([victim, survivor])
    for _ in range(5):  # let the victim issue a few, then kill it wherever it is
        assert victim.stdout.readline().strip()
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=10)
    assert victim.returncode == -signal.SIGKILL
    out, err = survivor.communicate(timeout=60)
    assert survivor.returncode == 0, err
    assert len(out.split()) == N

    numbers = issued_numbers(shared.path)
    assert len(numbers) >= N + 5
    assert numbers == list(range(1, len(numbers) + 1))
    with open_database(shared.path, exclusive=False) as db:  # the next one follows on
        draft, _ = invoices.create_invoice(db, invoices.InvoiceDraft(shared.party_id, [LineDraft("Dopo", 1, "10")]))
        assert invoices.issue_invoice(db, draft.id, ISSUE_DATE)[0].number == f"{len(numbers) + 1}/2026"
