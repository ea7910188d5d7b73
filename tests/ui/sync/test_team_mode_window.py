"""Team mode in the window, against the team server on PostgreSQL: sign in from Settings → Team, the status bar's
sync state (changes waiting, synced, offline), Sync now, the conflicts list, sign out."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QTabWidget

from smallcrm.changes import Changes
from smallcrm.sync import client
from tests import factories
from tests.team_server import USERS
from ui.settings.team import TeamSettings
from ui.sync.conflicts_dialog import ConflictsDialog


def _sign_in(window, qtbot, url: str, user: str = "olga") -> TeamSettings:
    team = window.show_section("settings").team
    team.url.setText(url)
    team.user.setText(user)
    team.password.setText(USERS[user][1])
    team.sign_in_button.click()
    return team


def test_signing_in_shows_the_sync_state_and_sync_now_sends_what_waits(window, ctx, qtbot, team_server, english):
    status = window.sync_status
    assert status.isHidden()  # a laptop alone: nothing about teams
    team = _sign_in(window, qtbot, team_server.url)
    assert team.state_label.text().startswith(f"Signed in to {team_server.url} as olga (owner)")
    assert not team.sign_out_button.isHidden() and not team.url.isEnabled()
    qtbot.waitUntil(lambda: status.isVisible() and status.label.text().startswith("Synced at"), timeout=30_000)
    person = factories.person(ctx.db, "Mario", "Rossi")
    ctx.bus.publish(Changes(parties={person.id}))
    qtbot.waitUntil(lambda: status.label.text().endswith(" · 1 change waiting"), timeout=30_000)
    status.sync_button.click()
    qtbot.waitUntil(lambda: status.label.text().startswith("Synced at") and "waiting" not in status.label.text(),
                    timeout=30_000)
    assert status.conflicts_button.isHidden()


def test_offline_is_said_and_the_changes_wait(window, ctx, qtbot, team_server, english, monkeypatch):
    _sign_in(window, qtbot, team_server.url)
    status = window.sync_status
    qtbot.waitUntil(lambda: status.label.text().startswith("Synced at"), timeout=30_000)
    reach = client.http_transport
    monkeypatch.setattr(client, "http_transport", lambda url: reach("http://127.0.0.1:9"))  # the line is down
    factories.person(ctx.db, "Gino", "Verdi")
    status.sync_now()
    qtbot.waitUntil(lambda: status.label.text() == "Offline: 1 change waiting", timeout=30_000)


def test_the_conflicts_list_shows_both_values_and_signing_out_hides_the_state(window, ctx, qtbot, team_server):
    team = _sign_in(window, qtbot, team_server.url)
    ctx.db.pw.execute_sql("INSERT INTO sync_conflict (id, tbl, uid, field, kept, other) VALUES "
                          "(7, 'party', 'x', 'notes', '\"Bruno''s note\"', '\"Anna''s note\"')")
    dialog = ConflictsDialog(ctx, window)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.grid_host.findChildren(type(dialog.refused))]
    assert "Bruno's note" in texts and "Anna's note" in texts and "Notes" in texts
    team.sign_out_button.click()
    qtbot.waitUntil(lambda: window.sync_status.isHidden() and team.url.isEnabled(), timeout=30_000)
    assert team.state_label.text() == "This laptop works alone."


def test_the_timer_runs_in_team_mode_only_and_stops_with_the_window(window, ctx, qtbot, team_server):
    status = window.sync_status
    assert not status.timer.isActive()  # a laptop alone syncs nothing
    _sign_in(window, qtbot, team_server.url)
    qtbot.waitUntil(lambda: status.timer.isActive(), timeout=30_000)
    window.close()
    status.timer.timeout.emit()  # five minutes later, the window closed
    assert not status.timer.isActive() and not status.busy


@pytest.mark.parametrize(("language", "said"), [("it", "Troppi accessi non riusciti: riprova tra "),
                                                ("ro", "Prea multe autentificări eșuate: încercați din nou peste "),
                                                ("en", "Too many failed sign-ins: try again in ")],
                         indirect=["language"])
def test_too_many_wrong_passwords_are_said_in_the_users_language(language, window, qtbot, team_server, said):
    team = window.show_section("settings").team
    team.url.setText(team_server.url)
    team.user.setText("sam")
    for attempt in range(6):  # five wrong passwords, then the server stops listening to this name for a while
        team.password.setText("guess")
        team.sign_in_button.click()
        qtbot.waitUntil(lambda: "password" in team.errors.visible() and team.sign_in_button.isEnabled(),
                        timeout=30_000)
        if attempt < 5:
            team.errors.clear()
    shown = team.errors.visible()["password"]
    assert shown.startswith(said) and shown.split()[-2].isdigit(), shown
    assert team.status.text() == ""  # no "Signing in…" left over
    if os.environ.get("SMALLCRM_SHOTS"):  # to look at it
        page = team
        while page.parentWidget() is not None and not isinstance(page.parentWidget().parentWidget(), QTabWidget):
            page = page.parentWidget()
        page.parentWidget().parentWidget().setCurrentWidget(page)
        window.resize(1366, 768)
        window.grab().save(os.path.join(os.environ["SMALLCRM_SHOTS"], f"sign_in_throttled_{language}.png"))
