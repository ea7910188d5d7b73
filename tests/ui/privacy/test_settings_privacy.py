"""Settings → Privacy: retention periods and the review list with keep / anonymise / erase."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties.parties import get_party
from smallcrm.services.privacy.consents import set_review_date
from smallcrm.services.privacy.erasure import list_erasures
from tests import factories
from ui.privacy.erase_dialog import EraseDialog
from ui.settings.page import SettingsPage

SHOTS = os.environ.get("SMALLCRM_SHOTS")


@pytest.fixture
def privacy_tab(ctx, qtbot):
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.privacy)
    yield widget.privacy  # the generator keeps the page (and so its tab) alive


@pytest.fixture
def parties(ctx):
    old = factories.person(ctx.db, "Olga", "Vecchi", emails=["olga@vecchi.it"])
    due = factories.person(ctx.db, "Dario", "Scadenza", stage="prospect")
    fresh = factories.person(ctx.db, "Nina", "Nuova")
    # a lead untouched since 2020: past the 24 months of leads
    ctx.db.execute_sql("UPDATE party SET updated_at = '2020-01-10 09:00:00' WHERE id = ?", (old.id,))
    set_review_date(ctx.db, due.id, date.today())
    return old, due, fresh


def _names(privacy_tab) -> list[str]:
    return [privacy_tab.list.topLevelItem(i).text(0) for i in range(privacy_tab.list.topLevelItemCount())]


def _select(privacy_tab, name: str) -> None:
    item = next(privacy_tab.list.topLevelItem(i) for i in range(privacy_tab.list.topLevelItemCount())
                if privacy_tab.list.topLevelItem(i).text(0) == name)
    privacy_tab.list.setCurrentItem(item)


def test_the_review_list_shows_who_is_past_retention_or_due(ctx, privacy_tab, qtbot, parties):
    assert not privacy_tab.keep_button.isEnabled()
    qtbot.mouseClick(privacy_tab.find_button, Qt.MouseButton.LeftButton)
    assert _names(privacy_tab) == ["Olga Vecchi", "Dario Scadenza"]  # oldest activity first; Nina is fresh
    rows = {privacy_tab.list.topLevelItem(i).text(0): privacy_tab.list.topLevelItem(i).text(4) for i in range(2)}
    assert rows == {"Olga Vecchi": "past its period", "Dario Scadenza": "review date reached"}
    assert privacy_tab.summary.text() == "2 record(s) to review"
    if SHOTS:
        privacy_tab.window().grab().save(os.path.join(SHOTS, "settings-privacy.png"))


def test_keep_takes_a_record_off_the_list_until_its_next_review(ctx, privacy_tab, qtbot, parties):
    old, *_ = parties
    qtbot.mouseClick(privacy_tab.find_button, Qt.MouseButton.LeftButton)
    _select(privacy_tab, "Olga Vecchi")
    qtbot.mouseClick(privacy_tab.keep_button, Qt.MouseButton.LeftButton)
    assert _names(privacy_tab) == ["Dario Scadenza"]
    assert get_party(old.id).review_on > date.today()


def test_erase_from_the_list(ctx, privacy_tab, qtbot, parties, monkeypatch):
    _, due, _ = parties

    def confirm(dialog_self):
        qtbot.keyClicks(dialog_self.reason, "review: no longer needed")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    qtbot.mouseClick(privacy_tab.find_button, Qt.MouseButton.LeftButton)
    _select(privacy_tab, "Dario Scadenza")
    qtbot.mouseClick(privacy_tab.erase_button, Qt.MouseButton.LeftButton)
    assert _names(privacy_tab) == ["Olga Vecchi"]
    assert [e.party_uid for e in list_erasures()] == [due.uid]


def test_periods_are_saved(ctx, privacy_tab, qtbot, parties):
    privacy_tab.spins["retention_months_lead"].setValue(6)
    qtbot.mouseClick(privacy_tab.save_button, Qt.MouseButton.LeftButton)
    assert get_setting("retention_months_lead") == 6
