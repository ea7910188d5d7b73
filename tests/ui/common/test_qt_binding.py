"""Guard against Qt bindings that leak references to None: on Python 3.11 such a leak ends in a crash
("Fatal Python error: none_dealloc") after a few thousand calls, i.e. minutes of normal use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_none_alive(qapp):
    widget = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setObjectName("x")
    assert sys.getrefcount(None) - before > -50  # a leaking binding loses 2000
