"""The sync benchmarks (bench/ops_sync.py) in small: the server filled by COPY holds what a first laptop's real
upload through ``POST /ops`` leaves, a new laptop's first sync from it agrees with the server table by table, and
ten laptops syncing at once end with no error and eleven databases alike. No timing is asserted here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("psycopg")

from bench import ops_sync
from bench.context import Context
from bench.team_load import load
from smallcrm.db.connection import open_database
from smallcrm.server import devcluster
from smallcrm.sync import client

_RECORDS = "SELECT tbl, uid, fields, versions, seq FROM record ORDER BY tbl, uid"


@pytest.fixture
def demo(tmp_path) -> Path:
    return ops_sync.team_source(tmp_path, 30)


def _records(dsn: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(dsn) as conn:
        return conn.execute(_RECORDS).fetchall()


def test_the_server_filled_by_copy_holds_what_the_real_upload_leaves(postgres, demo, tmp_path):
    uploaded, copied = postgres.new_database(), postgres.new_database()
    for dsn in (uploaded, copied):
        devcluster.add_users(dsn, {ops_sync.OWNER: ("owner", ops_sync.PASSWORD)})
    laptop = tmp_path / "first.sqlite3"
    shutil.copyfile(demo, laptop)
    db = open_database(laptop, exclusive=False, daily_backup=False)
    try:
        with devcluster.serve(uploaded) as url:
            client.sign_in(db, url, ops_sync.OWNER, ops_sync.PASSWORD, "first laptop")
            assert client.sync(db).mismatched == []
    finally:
        db.close()
    loaded = load(copied, demo, ops_sync.OWNER)
    real = _records(uploaded)
    assert loaded.operations == len(real) > 300
    assert _records(copied) == real


def test_a_new_laptop_first_sync_from_the_loaded_server_agrees_with_it(demo, tmp_path):
    ctx = Context("100k", "30", demo, reps=1, quick=True)
    try:
        seeded, by_table = ops_sync.first_sync(ctx)
    except devcluster.PostgresUnavailable as missing:
        pytest.skip(str(missing))
    for row in (seeded, by_table):
        assert row.ours is not None and row.ours.n == 1 and row.floor is not None
        assert "30 parties" not in row.label and "communications" in row.label  # the demo's companies come too
        assert "count and checksum of every table equal to the server's" in row.note
    assert "ready file" in seeded.label and seeded.limit_ms == 60_000
    assert "table by table" in by_table.label and "rows received by GET /snapshot" in by_table.note


@pytest.mark.slow
def test_ten_laptops_syncing_at_once_end_alike_without_errors(tmp_path):
    try:
        row = ops_sync.run_team(tmp_path, contacts=20, edits=2, laptops=10, scale="20")
    except devcluster.PostgresUnavailable as missing:
        pytest.skip(str(missing))
    assert row.passed, row.note
    assert row.note.startswith("errors: 0, refused: 0; 11 databases agree (every table's count and checksum): yes")
