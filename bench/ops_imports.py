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
from bench.timing import Row, measure, under
from smallcrm.db.connection import open_database
from smallcrm.db.models import database
from smallcrm.demo import words
from smallcrm.services.exchange.imports import apply_import, preview_import
from smallcrm.services.exchange.vcards import export_vcards

HEADER = ["First name", "Last name", "Company", "E-mail", "Mobile", "City", "Province", "Tags"]
TARGET_RATE = 5_000  # rows per second: the bar of issue 16 (issue 8 had asked 10,000)
VCARD_CARDS, VCARD_LIMIT_MS = 1_000, 2_000  # issue 16: a 1,000-card vCard file in at most 2 s


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


def _vcard_file(folder: Path, cards: int) -> Path:
    """The first ``cards`` contacts of the bench database as our vCard export writes them (untimed)."""
    ids = [row[0] for row in database.execute_sql(
        "SELECT id FROM party WHERE deleted_at IS NULL ORDER BY id LIMIT ?", (cards,)).fetchall()]
    return export_vcards(folder / f"cards-{cards}.vcf", ids).path


class _Fresh:
    """Importing ``source`` (preview and apply) into an empty database copied from ``template`` before each run."""

    def __init__(self, template: Path, target: Path, source: Path) -> None:
        self.template, self.target, self.source = template, target, source
        self.db = None
        self.result = None

    def setup(self) -> None:
        self.close()
        shutil.copyfile(self.template, self.target)
        self.db = open_database(self.target)

    def run(self) -> None:
        self.result, _ = apply_import(self.db, preview_import(self.db, self.source))

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def _vcard_import(folder: Path, source: Path, template: Path, reps: int) -> Row:
    """A 1,000-card vCard file previewed and imported into an empty database (issue 16: at most 2 s)."""
    fresh = _Fresh(template, folder / "vcard-import.sqlite3", source)
    ours = measure(fresh.run, reps, setup=fresh.setup, warmup=0)
    fresh.close()
    cards = source.read_text(encoding="utf-8").count("BEGIN:VCARD")
    return under(Row("import", f"Import a vCard file of {cards:,} cards into an empty database (preview and apply)",
                     "100k", ours, target="≤ 2 s",
                     extra={"rate": f"{fresh.result.created:,} contacts created (people and their companies)"},
                     note="the cards: the first contacts of the bench database as our vCard export writes them"),
                 VCARD_LIMIT_MS)


def imports(ctx: Context) -> list[Row]:
    count = 1_000 if ctx.quick else 100_000  # quick and smoke runs: the harness only has to work
    folder = ctx.path.parent / "imports"
    folder.mkdir(exist_ok=True)
    cards = _vcard_file(folder, VCARD_CARDS)  # from the bench database, before other databases are opened
    source = folder / f"contacts-{count}.csv"
    if not source.exists():
        write_rows(source, count)
    template = folder / "empty.sqlite3"
    if not template.exists():
        open_database(template).close()
    fresh = _Fresh(template, folder / "import.sqlite3", source)
    ours = measure(fresh.run, 1, setup=fresh.setup, warmup=0)
    created = fresh.result.created
    plans = []
    again = measure(lambda: plans.append(preview_import(fresh.db, source)), 1, warmup=0)
    unchanged = plans[-1].counts["skip"]
    fresh.close()
    vcards = _vcard_import(folder, cards, template, min(ctx.reps, 5))
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
        vcards,
    ]
