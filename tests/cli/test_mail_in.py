"""`smallcrm mail ...` in-process: account, fetch from the real Dovecot, import, review; exit codes."""

from __future__ import annotations

import io
import json

import pytest

from tests.services.mail.messages import message


def _mario(run) -> None:
    assert run("init")[0] == 0
    assert run("contacts", "add", "--first", "Mario", "--last", "Rossi", "--email", "mario.rossi@acme.it")[0] == 0


pytestmark = pytest.mark.crm(prepare=_mario)


def test_import_then_review_and_create_a_contact(crm, tmp_path):
    known, stranger = tmp_path / "a.eml", tmp_path / "b.eml"
    known.write_bytes(message())
    stranger.write_bytes(message(sender="Luca Verdi <luca@verdi.example>", subject="Chi siete?"))

    code, out, _ = crm("mail", "import", str(known), str(stranger))
    assert code == 0 and out.startswith("1 logged on timelines, 1 waiting for review")

    code, out, _ = crm("mail", "review")
    assert code == 0 and "Luca Verdi <luca@verdi.example>" in out and "Chi siete?" in out
    review_id = out.splitlines()[2].split()[0]
    code, out, _ = crm("mail", "review", "--create", review_id)
    assert code == 0 and out.startswith("Created Luca Verdi")
    assert crm("mail", "review")[1].strip() == "No messages to review"
    code, out, _ = crm("--json", "contacts", "search", "verdi")
    assert code == 0 and json.loads(out)[0]["name"] == "Luca Verdi"

    code, _, err = crm("mail", "review", "--ignore", review_id)
    assert code == 5 and "already decided" in err


def test_a_file_that_is_not_mail_exits_3(crm, tmp_path):
    junk = tmp_path / "foto.eml"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n")
    code, _, err = crm("mail", "import", str(junk))
    assert code == 3 and "is not an e-mail message" in err and "Traceback" not in err


def test_account_with_password_on_stdin_then_fetch(crm, mailbox, monkeypatch, memory_keyring):
    mailbox.deliver(message(), message(sender="x@stranger.example"))
    monkeypatch.setattr("sys.stdin", io.StringIO(mailbox.password + "\n"))

    code, out, _ = crm("mail", "account", "--host", mailbox.server.host, "--port", str(mailbox.server.port),
                       "--security", "none", "--user", mailbox.user, "--password-stdin")
    assert code == 0 and "Password  kept in the keyring" in out
    assert mailbox.password not in out

    code, out, _ = crm("mail", "fetch")
    assert code == 0 and out.startswith("1 logged on timelines, 1 waiting for review")
    assert crm("mail", "fetch")[1].startswith("0 logged on timelines, 0 waiting")


def test_fetch_without_an_account_or_with_a_bad_password(crm, mailbox, monkeypatch):
    code, _, err = crm("mail", "fetch")
    assert code == 3 and "Set the incoming mail server" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    crm("mail", "account", "--host", mailbox.server.host, "--port", str(mailbox.server.port), "--security", "none",
        "--user", mailbox.user, "--password-stdin")
    code, _, err = crm("mail", "fetch")
    assert code == 7 and "refused the login" in err and "Traceback" not in err
