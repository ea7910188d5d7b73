"""Settings → Privacy: retention periods and the review list with keep / anonymise / erase."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt

from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties.parties import PartyDraft, create_party, get_party
from smallcrm.services.privacy.consents import set_review_date
from smallcrm.services.privacy.erasure import list_erasures
from ui.privacy.erase_dialog import EraseDialog
from ui.settings.page import SettingsPage

SHOTS = os.environ.get("SMALLCRM_SHOTS")


@pytest.fixture
def page(ctx, qtbot):
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.tabs.setCurrentWidget(widget.privacy)
    yield widget.privacy  # the generator keeps the page (and so its tab) alive


@pytest.fixture
def parties(ctx):
    old = create_party(ctx.db, PartyDraft(first_name="Olga", last_name="Vecchi", emails=["olga@vecchi.it"]))[0]
    due = create_party(ctx.db, PartyDraft(first_name="Dario", last_name="Scadenza", stage="prospect"))[0]
    fresh = create_party(ctx.db, PartyDraft(first_name="Nina", last_name="Nuova"))[0]
    # a lead untouched since 2020: past the 24 months of leads
    ctx.db.execute_sql("UPDATE party SET updated_at = '2020-01-10 09:00:00' WHERE id = ?", (old.id,))
    set_review_date(ctx.db, due.id, date.today())
    return old, due, fresh


def _names(page) -> list[str]:
    return [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]


def _select(page, name: str) -> None:
    item = next(page.list.topLevelItem(i) for i in range(page.list.topLevelItemCount())
                if page.list.topLevelItem(i).text(0) == name)
    page.list.setCurrentItem(item)


def test_the_review_list_shows_who_is_past_retention_or_due(ctx, page, qtbot, parties):
    assert not page.keep_button.isEnabled()
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Olga Vecchi", "Dario Scadenza"]  # oldest activity first; Nina is fresh
    rows = {page.list.topLevelItem(i).text(0): page.list.topLevelItem(i).text(4) for i in range(2)}
    assert rows == {"Olga Vecchi": "past its period", "Dario Scadenza": "review date reached"}
    assert page.summary.text() == "2 record(s) to review"
    if SHOTS:
        page.window().grab().save(os.path.join(SHOTS, "settings-privacy.png"))


def test_keep_takes_a_record_off_the_list_until_its_next_review(ctx, page, qtbot, parties):
    old, *_ = parties
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    _select(page, "Olga Vecchi")
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Dario Scadenza"]
    assert get_party(old.id).review_on > date.today()


def test_erase_from_the_list(ctx, page, qtbot, parties, monkeypatch):
    _, due, _ = parties

    def confirm(dialog_self):
        qtbot.keyClicks(dialog_self.reason, "review: no longer needed")
        qtbot.mouseClick(dialog_self.confirm, Qt.MouseButton.LeftButton)
        return dialog_self.result()

    monkeypatch.setattr(EraseDialog, "exec", confirm)
    qtbot.mouseClick(page.find_button, Qt.MouseButton.LeftButton)
    _select(page, "Dario Scadenza")
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Olga Vecchi"]
    assert [e.party_uid for e in list_erasures()] == [due.uid]


def test_periods_are_saved(ctx, page, qtbot, parties):
    page.spins["retention_months_lead"].setValue(6)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert get_setting("retention_months_lead") == 6
