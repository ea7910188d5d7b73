"""A big file's rows are checked in worker processes: the preview must be exactly the one made in one process,
and an import must still work when no worker can start."""

from __future__ import annotations

import csv
from concurrent.futures.process import BrokenProcessPool

import pytest

from smallcrm.errors import Conflict
from smallcrm.services.exchange import import_checks, import_plan
from smallcrm.services.exchange.imports import apply_import, preview_import

HEADER = ["First name", "Last name", "Company", "E-mail", "Mobile", "City", "Tags", "Birthday", "VAT", "Kind"]


def _rows(count: int) -> list[list[str]]:
    rows = []
    for n in range(count):
        row = [f"Nome{n % 37}", f"Cognome{n}", f"Ditta {n % 11}", f"p{n}@example.com", f"347 {1_000_000 + n:07d}",
               "Milano", "vip; clienti" if n % 3 else "", "17/05/1980" if n % 5 == 0 else "", "", ""]
        if n % 17 == 0:
            row[3] = f"not an address {n}"  # a warning: the e-mail (the row comes in)
        if n % 19 == 0:
            row[4] = "12"  # a warning: the phone, kept as typed
        if n % 23 == 0:
            row[3] = "p1@example.com"  # the same contact as row 3
        if n % 29 == 0:
            row[7] = "31/02/1980"  # a warning: the birthday
        if n % 31 == 0:
            row[:2], row[9] = ["", ""], "company"  # a company, named by its Company column
        rows.append(row)
    return rows


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(_rows(2_500))
    return path


def _shape(plan) -> tuple:
    rows = [(r.row, r.action, r.kind, r.name, r.party_id, r.changed, r.reason, r.code,
             tuple(c.id for c in r.candidates), None if r.work is None else
             (r.work.fields, r.work.points, r.work.tags, r.work.addresses, r.work.company, r.work.party))
            for r in plan.rows]
    return rows, plan.rejections, plan.warnings, plan.new_companies


def test_worker_processes_make_the_same_preview(db, big_file, monkeypatch, person):
    person("Nome7", "Cognome7", emails=["p7@example.com"])  # an update (the same name: no rename)
    monkeypatch.setattr(import_plan, "CHUNK", 300)  # several chunks in flight
    alone = preview_import(db, big_file)
    monkeypatch.setattr(import_checks, "POOL_MIN_ROWS", 0)
    monkeypatch.setattr(import_checks, "_workers", lambda: 2)
    pooled = preview_import(db, big_file)
    assert _shape(pooled) == _shape(alone)
    counts = pooled.counts
    # nothing refuses a row (a "company" row without a name is named by its Company column); e-mails, phones,
    # birthdays that cannot be read are warnings
    # every 23rd row shares p1@example.com under another name: possible duplicates, created
    duplicates = sum(r.code == "possible_duplicate" for r in pooled.rows)
    assert counts["reject"] == 0 and len(pooled.warnings) > 300 and duplicates > 50
    assert counts["update"] == 1 and counts["create"] > 1500
    result, _ = apply_import(db, pooled)
    assert result.created == counts["create"] + len(pooled.new_companies)


class _Broken:
    """A pool whose workers cannot start (a packaged app without a way to spawn, a sandbox)."""

    def __init__(self, *args, **kwargs) -> None:
        self.shut = False

    def submit(self, *args, **kwargs):
        raise BrokenProcessPool("no workers")

    def shutdown(self, *args, **kwargs) -> None:
        self.shut = True


def test_without_workers_the_rows_are_checked_here(db, big_file, monkeypatch):
    alone = preview_import(db, big_file)
    monkeypatch.setattr(import_checks, "POOL_MIN_ROWS", 0)
    monkeypatch.setattr(import_checks, "_workers", lambda: 2)
    monkeypatch.setattr(import_checks, "ProcessPoolExecutor", _Broken)
    assert _shape(preview_import(db, big_file)) == _shape(alone)


def test_cancelling_a_pooled_preview_stops_the_workers(db, big_file, monkeypatch):
    monkeypatch.setattr(import_checks, "POOL_MIN_ROWS", 0)
    monkeypatch.setattr(import_checks, "_workers", lambda: 2)
    monkeypatch.setattr(import_plan, "CHUNK", 200)
    asked = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Conflict) as error:
        preview_import(db, big_file, should_stop=stop)
    assert error.value.code == "cancelled" and len(asked) == 3


@pytest.mark.parametrize(("cores", "load", "workers"), [(1, 0.0, 0), (2, 0.9, 2), (2, 1.8, 1), (2, 2.6, 0),
                                                        (8, 1.0, 2), (4, 4.5, 0)])
def test_workers_only_on_cores_left_idle(monkeypatch, cores, load, workers):
    monkeypatch.setattr(import_checks.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(import_checks.os, "getloadavg", lambda: (load, load, load))
    assert import_checks._workers() == workers
