"""Importing contacts from a CSV file: 100k rows previewed (read, checked by the forms' rules, compared with the
database) and applied in one transaction, into an empty database; then the same file again, where every row is
found and nothing is written. Floor: the bare csv module reading the same rows and sqlite3's executemany
inserting them as they are into one table (no checks, no matching, no index)."""

from __future__ import annotations

import csv
import random
import shutil
import sqlite3
from pathlib import Path

from bench.context import Context
from bench.timing import Row, measure
from smallcrm.db.connection import open_database
from smallcrm.demo import words
from smallcrm.services.exchange.imports import apply_import, preview_import

HEADER = ["First name", "Last name", "Company", "E-mail", "Mobile", "City", "Province", "Tags"]
TARGET_RATE = 5_000  # rows per second: the bar of issue 16 (issue 8 had asked 10,000)


def write_rows(path: Path, count: int, seed: int = 8) -> None:
    rng = random.Random(seed)
    companies = [f"{rng.choice(words.LAST_NAMES)} {rng.choice(words.COMPANY_TRADES)} {n} S.r.l."
                 for n in range(max(count // 20, 1))]
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for n in range(count):
            first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
            city, _, province = rng.choice(words.CITIES)[:3]
            email = f"{first}.{last}.{n}@{rng.choice(words.DOMAINS)}".lower().replace(" ", "")
            phone = f"{rng.choice(words.MOBILE_PREFIXES)} {1_000_000 + n:07d}"
            tags = ", ".join(rng.sample(words.TAGS, rng.randrange(3)))
            writer.writerow([first, last, rng.choice(companies), email, phone, city, province, tags])


def _bare(csv_path: Path, db_path: Path) -> None:
    db_path.unlink(missing_ok=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"CREATE TABLE rows ({', '.join(f'c{i}' for i in range(len(HEADER)))})")
    with open(csv_path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        conn.executemany(f"INSERT INTO rows VALUES ({', '.join('?' * len(HEADER))})", reader)
    conn.commit()
    conn.close()


def imports(ctx: Context) -> list[Row]:
    count = 1_000 if ctx.quick else 100_000  # quick and smoke runs: the harness only has to work
    folder = ctx.path.parent / "imports"
    folder.mkdir(exist_ok=True)
    source = folder / f"contacts-{count}.csv"
    if not source.exists():
        write_rows(source, count)
    template = folder / "empty.sqlite3"
    if not template.exists():
        open_database(template).close()
    target = folder / "import.sqlite3"
    state = {}

    def fresh() -> None:
        if "db" in state:
            state.pop("db").close()
        shutil.copyfile(template, target)
        state["db"] = open_database(target)

    def once() -> None:
        db = state["db"]
        state["result"], _ = apply_import(db, preview_import(db, source))

    ours = measure(once, 1, setup=fresh, warmup=0)
    created = state["result"].created
    again = measure(lambda: state.__setitem__("plan", preview_import(state["db"], source)), 1, warmup=0)
    unchanged = state["plan"].counts["skip"]
    state.pop("db").close()
    floor = measure(lambda: _bare(source, folder / "bare.sqlite3"), 1, warmup=0)
    rate, floor_rate = count / ours.median * 1000, count / floor.median * 1000
    cpu_rate = count / ours.cpu_median * 1000 if ours.cpu_median else 0
    again_rate = count / again.median * 1000
    return [
        Row("import", f"Import {count:,} CSV rows into an empty database (checked, de-duplicated, one transaction)",
            "100k", ours, floor, target=f"≥ {TARGET_RATE:,} rows/s", passed=rate >= TARGET_RATE,
            extra={"rate": f"{rate:,.0f} rows/s [CPU time: {cpu_rate:,.0f} rows/s] (floor {floor_rate:,.0f}); "
                           f"{created:,} parties created"},
            note="ours: read, check each row by the forms' rules (e-mail, E.164 phone), look up e-mail/phone/name "
                 "matches, bulk insert parties, contact points, addresses, tags, companies, batch, search index "
                 "(files of 20,000 rows or more: the checks in worker processes started for each preview, one "
                 "per idle core, at most 2, none when the load average says the cores are busy; their CPU time "
                 "counts in the [CPU] figures); "
                 "floor: csv.reader + sqlite3 executemany of the same rows into one bare table"),
        Row("import", f"Preview the same {count:,} rows again (every row found, nothing to write)", "100k", again,
            extra={"rate": f"{again_rate:,.0f} rows/s; {unchanged:,} rows found unchanged"}),
    ]
