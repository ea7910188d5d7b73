"""Fixtures for the storage tests (plain helpers live in helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.db.connection import open_database
from tests.db.helpers import fill


@pytest.fixture
def crm_file(tmp_path) -> Path:
    """A closed SmallCRM database at head with 300 parties."""
    path = tmp_path / "crm.sqlite3"
    db = open_database(path)
    try:
        fill(db)
    finally:
        db.close()
    return path
