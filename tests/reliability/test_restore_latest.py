"""`smallcrm restore --latest`: back to the newest sound backup, skipping a damaged one."""

from __future__ import annotations

import sqlite3

from smallcrm.cli import main
from smallcrm.db.backup import list_backups, make_backup
from smallcrm.db.connection import open_database
from tests import factories


def names_in(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM party WHERE deleted_at IS NULL ORDER BY id")]
    finally:
        conn.close()


def add(path, name: str) -> None:
    with open_database(path, daily_backup=False) as db:
        factories.company(db, name)


def test_restore_latest_skips_a_damaged_backup(tmp_path, capsys):
    path = tmp_path / "crm.sqlite3"
    add(path, "Acme S.r.l.")
    make_backup(path, reason="good")
    add(path, "Beta S.p.A.")
    damaged = make_backup(path, reason="damaged")
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    add(path, "Gamma S.n.c.")
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert names_in(path) == ["Acme S.r.l."]
    assert "Restored" in capsys.readouterr().out
    # what was replaced is kept as a backup of its own
    assert any(names_in(b.path) == ["Acme S.r.l.", "Beta S.p.A.", "Gamma S.n.c."] for b in list_backups(path)
               if b.reason == "before-restore")


def test_restore_needs_a_file_or_latest(tmp_path, capsys):
    path = tmp_path / "crm.sqlite3"
    add(path, "Acme S.r.l.")
    assert main(["--db", str(path), "restore"]) == 2
    assert main(["--db", str(path), "restore", "--latest"]) == 6  # no backup at all
    assert "no sound backup" in capsys.readouterr().err
