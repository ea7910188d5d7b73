"""Helpers for the storage tests: real files in tmp_path, raw SQL so the tests do not lean on services."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

REPO = Path(__file__).resolve().parents[2]
PAGE_SIZE = 4096  # SQLite's default, checked by the tests that rely on it
NOW = "2024-05-06 07:08:09"


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps beside ``path`` that exist right now."""
    return [p for p in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")) if p.exists()]


def add_party(execute, name: str, *, first: str = "", last: str = "", kind: str = "person",
              notes: str = "", deleted: bool = False) -> int:
    """Insert a party with raw SQL; ``execute`` is ``Database.execute_sql`` or ``sqlite3.Connection.execute``."""
    sort_key = " ".join(filter(None, [last, first])).lower() or name.lower()
    cursor = execute(
        "INSERT INTO party (uid, created_at, updated_at, deleted_at, kind, first_name, last_name, name, "
        "sort_key, job_title, stage, source, owner, notes, vat_number, tax_code, country) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', 'lead', '', '', ?, '', '', 'IT')",
        (str(uuid.uuid4()), NOW, NOW, NOW if deleted else None, kind, first, last, name, sort_key, notes))
    return cursor.lastrowid


def add_contact_point(execute, party_id: int, kind: str, value: str) -> int:
    cursor = execute(
        "INSERT INTO contact_point (uid, created_at, updated_at, party_id, kind, label, value, match_key, "
        "is_primary) VALUES (?, ?, ?, ?, ?, '', ?, ?, 1)",
        (str(uuid.uuid4()), NOW, NOW, party_id, kind, value, value.lower()))
    return cursor.lastrowid


def party_names(path: Path) -> list[str]:
    """The live party names in a database file, read without touching it."""
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM party WHERE deleted_at IS NULL ORDER BY id")]
    finally:
        conn.close()


def corrupt(path: Path, first_page: int = 3, pages: int = 4) -> None:
    """Overwrite whole pages in the middle of the file with garbage (what a bad disk sector does)."""
    assert path.stat().st_size > (first_page + pages + 1) * PAGE_SIZE, "file too small to corrupt its middle"
    with open(path, "r+b") as fh:
        fh.seek(first_page * PAGE_SIZE)
        fh.write(b"\xde\xad\xbe\xef" * (pages * PAGE_SIZE // 4))


def fill(db, count: int = 300) -> list[int]:
    """Enough parties (with long notes) that the file spans dozens of pages."""
    with db.atomic():
        return [add_party(db.execute_sql, f"Mario Rossi {i}", first="Mario", last=f"Rossi {i}",
                          notes=f"note {i} " + "x" * 300) for i in range(count)]


def python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    """Run a snippet in another Python process that can import smallcrm."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-c", code, *args], cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)
