"""Migration 0009 on a file of the previous release, with or without the sending side's mail_message."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from smallcrm.db.connection import open_database

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "schemas" / "v0005.sqlite3"


def _columns(path: Path, table: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_the_mail_tables_appear_on_upgrade(tmp_path):
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(FIXTURE, path)
    open_database(path).close()
    assert _columns(path, "mail_message") == ["id", "uid", "created_at", "updated_at", "deleted_at",
                                              "communication_id", "message_id", "folder", "imap_uid", "direction"]
    assert "uidvalidity" in _columns(path, "mail_folder_state")
    assert {"status", "raw", "party_id", "communication_id", "from_key"} <= set(_columns(path, "mail_review"))


def test_a_mail_message_table_made_by_the_sending_side_is_kept(tmp_path):
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE mail_message (id INTEGER NOT NULL PRIMARY KEY, uid VARCHAR(36) NOT NULL, "
                     "created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL, deleted_at DATETIME, "
                     "communication_id INTEGER NOT NULL REFERENCES communication (id) ON DELETE CASCADE, "
                     "message_id VARCHAR(998) NOT NULL UNIQUE, folder VARCHAR(255) NOT NULL, imap_uid INTEGER, "
                     "direction VARCHAR(3) NOT NULL)")
        conn.execute("INSERT INTO mail_message VALUES (1, 'u', '2026-01-01', '2026-01-01', NULL, "
                     "(SELECT MIN(id) FROM communication), '<sent@us>', '', NULL, 'out')")
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT message_id FROM mail_message").fetchall() == [("<sent@us>",)]
