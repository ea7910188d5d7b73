"""Fixtures for the storage tests (plain helpers live in helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.models import database as model_proxy
from tests.db.helpers import fill


@pytest.fixture(autouse=True)
def _no_database_left_bound():
    """A test that fails half-way must not leave the global model proxy bound to its database."""
    yield
    obj = model_proxy.obj
    if obj is not None:
        if not obj.is_closed():
            obj.close()
        model_proxy.initialize(None)


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
