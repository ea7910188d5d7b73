"""`smallcrm sync`: sign in to the team server (the real one, on PostgreSQL), sync two laptops, see a refusal's
reason, sign out."""

from __future__ import annotations

from smallcrm.cli import sync as sync_cli
from tests.cli_run import cli_runner, ok
from tests.team_server import USERS


def test_two_laptops_sign_in_sync_and_a_refusal_says_why(team_server, tmp_path, capsys, monkeypatch):
    first, second = cli_runner(tmp_path / "a.sqlite3", capsys), cli_runner(tmp_path / "b.sqlite3", capsys)
    monkeypatch.setattr(sync_cli, "ask_password", lambda prompt: USERS["olga"][1])
    out = ok(first, "sync", "sign-in", team_server.url, "olga")  # the first laptop: its VAT rates go to the team
    waiting = int(out.split("; ")[-1].split()[0])
    ok(first, "contacts", "add", "--first", "Mario", "--last", "Rossi", "--email", "mario@example.it")
    assert f"sent {waiting + 2}," in ok(first, "sync")
    monkeypatch.setattr(sync_cli, "ask_password", lambda prompt: USERS["ada"][1])
    out = ok(second, "sync", "sign-in", team_server.url, "ada")
    assert "as ada (accountant)" in out and "with /" in out
    assert "received" in ok(second, "sync") and "Rossi" in ok(second, "contacts", "list")
    ok(second, "contacts", "add", "--first", "Gino", "--last", "Verdi")
    out = ok(second, "sync")
    assert "refused: insert party" in out and "An accountant cannot change a contact" in out
    assert "refused 1," in ok(second, "sync", "status")
    assert "signed out" in ok(second, "sync", "sign-out")
    code, _, err = second("sync")
    assert code == 5 and "not in team mode" in err


def test_a_new_laptop_says_it_started_from_the_servers_ready_copy(seeded_team_server, tmp_path, capsys, monkeypatch):
    first, second = cli_runner(tmp_path / "a.sqlite3", capsys), cli_runner(tmp_path / "b.sqlite3", capsys)
    monkeypatch.setattr(sync_cli, "ask_password", lambda prompt: USERS["olga"][1])
    ok(first, "sync", "sign-in", seeded_team_server.url, "olga")
    ok(first, "contacts", "add", "--first", "Mario", "--last", "Rossi", "--email", "mario@example.it")
    assert "ready copy" not in ok(first, "sync")  # the first laptop sends what it has
    monkeypatch.setattr(sync_cli, "ask_password", lambda prompt: USERS["sam"][1])
    ok(second, "sync", "sign-in", seeded_team_server.url, "sam")
    assert "started from the server's ready copy of the team's data" in ok(second, "sync")
    assert "Rossi" in ok(second, "contacts", "list") and "mario@example.it" in ok(second, "contacts", "search", "mario")
