"""The one-instance lock: refused in the same process, from another process, and freed when a holder dies."""

from __future__ import annotations

import os
import signal

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.lock import InstanceLock
from smallcrm.errors import StorageError
from tests.db.helpers import digest, python

HOLD = """
import sys, time
from smallcrm.db.connection import open_database
db = open_database(sys.argv[1])
db.execute_sql("INSERT INTO setting (key, value, updated_at) VALUES ('held_by', '1', '2024-01-01')")
print("ready", flush=True)
time.sleep(120)
"""

TRY_OPEN = """
import sys
from smallcrm.db.connection import open_database
from smallcrm.errors import StorageError
try:
    open_database(sys.argv[1]).close()
except StorageError as error:
    print(error.code)
    print(error)
    sys.exit(3)
print("opened")
"""


def test_lock_writes_the_pid_and_refuses_a_second_holder(tmp_path):
    db_path = tmp_path / "crm.sqlite3"
    first = InstanceLock(db_path)
    first.acquire()
    try:
        assert first.path == tmp_path / "crm.sqlite3.lock"
        assert first.path.read_text() == str(os.getpid())
        second = InstanceLock(db_path)
        with pytest.raises(StorageError) as info:
            second.acquire()
        assert info.value.code == "in_use"
        assert f"pid {os.getpid()}" in str(info.value)
        assert "already open" in str(info.value)
        assert second._fd is None
    finally:
        first.release()
    second.acquire()  # free once released
    second.release()
    second.release()  # releasing twice is harmless


def test_lock_of_one_database_does_not_block_another(tmp_path):
    a, b = InstanceLock(tmp_path / "a.sqlite3"), InstanceLock(tmp_path / "b.sqlite3")
    a.acquire()
    b.acquire()
    a.release()
    b.release()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL and fork-free subprocess timing are POSIX-specific")
def test_another_process_holding_the_database_blocks_us_until_it_is_killed(crm_file):
    holder = python(HOLD, str(crm_file))
    try:
        line = holder.stdout.readline()
        assert line.strip() == "ready", holder.stderr.read()
        with pytest.raises(StorageError) as info:
            open_database(crm_file)
        assert info.value.code == "in_use"
        assert f"pid {holder.pid}" in str(info.value)
        assert "already open in another SmallCRM" in str(info.value)
        holder.send_signal(signal.SIGKILL)  # no clean-up runs: only the OS can drop the lock
        assert holder.wait(10) == -signal.SIGKILL
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(10)
        holder.stdout.close()
        holder.stderr.close()
    lock_file = crm_file.with_name(crm_file.name + ".lock")
    assert lock_file.exists()  # the stale file stays, but it no longer locks anything
    with open_database(crm_file) as db:
        # the killed process's committed write survived in the write-ahead log
        assert db.execute_sql("SELECT value FROM setting WHERE key = 'held_by'").fetchone() == ("1",)
    assert lock_file.read_text() == str(os.getpid())


@pytest.mark.skipif(os.name == "nt", reason="POSIX process handling")
def test_a_second_process_is_refused_while_we_hold_the_database(crm_file):
    db = open_database(crm_file)
    try:
        before = digest(crm_file)
        attempt = python(TRY_OPEN, str(crm_file))
        out, err = attempt.communicate(timeout=30)
        assert attempt.returncode == 3, (out, err)
        code, message = out.splitlines()[:2]
        assert code == "in_use"
        assert f"pid {os.getpid()}" in message
        assert digest(crm_file) == before
    finally:
        db.close()
    attempt = python(TRY_OPEN, str(crm_file))
    out, err = attempt.communicate(timeout=30)
    assert (attempt.returncode, out.strip()) == (0, "opened"), err

