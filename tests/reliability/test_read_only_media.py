"""A database that cannot be written (read-only media, a write-protected file) opens read-only: list, show,
search and export work, every write is refused with a clear message, and the file is not touched."""

from __future__ import annotations

import json
import os
import stat

import pytest
from openpyxl import load_workbook

from smallcrm.db.connection import open_database
from smallcrm.db.erasure_ledger import append_to_ledger
from smallcrm.db.read_only import open_read_only
from smallcrm.errors import StorageError
from smallcrm.services.parties.parties import PartyDraft, create_party
from tests import factories
from tests.cli_run import cli_runner


@pytest.fixture
def protected(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        factories.person(db, "Mario", "Rossi", emails=["mario@example.com"])
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)  # what a write-protected stick shows SmallCRM
    yield path
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def test_reading_and_exporting_work_and_writes_are_refused_clearly(protected, tmp_path, capsys):
    before = protected.read_bytes()
    run = cli_runner(protected, capsys)
    code, out, err = run("--json", "contacts", "list")
    assert code == 0 and json.loads(out)["rows"][0]["name"] == "Mario Rossi" and "read-only" in err
    person = json.loads(out)["rows"][0]["id"]
    assert run("contacts", "show", str(person))[0] == 0
    assert "Mario Rossi" in run("contacts", "search", "ross")[1]
    code, _, _ = run("export", "contacts", str(tmp_path / "out.xlsx"))
    assert code == 0 and load_workbook(tmp_path / "out.xlsx").active["A2"].value is not None
    code, _, err = run("contacts", "add", "--company", "Acme")
    assert code == 6 and "read-only" in err and "nothing can be changed" in err
    assert protected.read_bytes() == before


def test_the_service_refuses_writes_on_a_read_only_database(protected):
    with pytest.raises(StorageError):
        open_database(protected)  # the storage layer refuses; a front end opens it read-only instead
    with open_read_only(protected, None, "write-protected") as db:
        assert db.read_only
        with pytest.raises(StorageError) as refused:
            create_party(db, PartyDraft(kind="company", name="Acme"))
        assert refused.value.code == "read_only"


def test_a_read_only_copy_with_erasures_to_replay_is_not_shown(protected):
    append_to_ledger(protected, [{"uid": "u1", "at": "2026-01-01T00:00:00", "who": "anna", "action": "erase",
                                  "party_uid": "p1", "party_kind": "person", "reason": "asked", "erased": "{}",
                                  "kept": "{}"}])
    with pytest.raises(StorageError) as refused:
        open_read_only(protected, None, "write-protected")
    assert refused.value.code == "read_only" and "erased" in str(refused.value)
