"""Fixtures of the reliability tests: none left bound to the model proxy when a test fails half-way."""

from __future__ import annotations

import pytest

from smallcrm.db.models import database as model_proxy


@pytest.fixture(autouse=True)
def _no_database_left_bound():
    yield
    obj = model_proxy.obj
    if obj is not None:
        if not obj.is_closed():
            obj.close()
        model_proxy.initialize(None)
