"""The cycle collector is paused only for the job, and left as it was found, also when the job fails."""

from __future__ import annotations

import gc

import pytest

from smallcrm.gc_pause import collections_paused


def test_paused_inside_and_back_after_a_failure():
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collections_paused():
        assert not gc.isenabled()
        raise RuntimeError("disk on fire")
    assert gc.isenabled()


def test_a_collector_switched_off_by_someone_else_stays_off():
    gc.disable()
    try:
        with collections_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_preview_pauses_the_collector(db, tmp_path, monkeypatch):
    from smallcrm.services.exchange import import_plan
    from smallcrm.services.exchange.imports import preview_import

    seen = []
    original = import_plan.Planner.add_chunk

    def spy(self, records, results):
        seen.append(gc.isenabled())
        return original(self, records, results)

    monkeypatch.setattr(import_plan.Planner, "add_chunk", spy)
    path = tmp_path / "in.csv"
    path.write_text("Name,Email\nAnna Bianchi,anna@example.com\n", encoding="utf-8")
    assert preview_import(db, path).counts["create"] == 1
    assert seen == [False] and gc.isenabled()
