"""Fixtures of the shared window parts' tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture
def italian_dates():
    """Qt's default locale Italian for the test (dates and numbers as an Italian user sees them)."""
    before = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    yield
    QLocale.setDefault(before)
