"""`smallcrm mail` and `smallcrm outbox` against a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from smallcrm.keychain import read_secret
from tests.smtp_test_server import PASSWORD, USER, free_port


def _a_quote_for_rossi(run) -> None:
    """A customer with an e-mail address and a quote for them: ``run.party``, ``run.quote``."""
    assert run("init")[0] == 0
    code, out, _ = run("--json", "contacts", "add", "--company", "Rossi Impianti S.r.l.", "--email",
                       "ufficio@rossi.example")
    assert code == 0, out
    run.party = json.loads(out)["id"]
    code, out, err = run("--json", "quotes", "create", str(run.party), "--line", "Impianto|1|1000|22")
    assert code == 0, err
    run.quote = json.loads(out)["id"]


pytestmark = pytest.mark.crm(prepare=_a_quote_for_rossi)


def _setup(crm, port: int) -> None:
    code, out, err = crm("mail", "setup", "--sender", "anna@bottega.example", "--name", "Anna", "--host",
                         "127.0.0.1", "--port", str(port), "--security", "none", "--user", USER, "--password",
                         stdin=PASSWORD + "\n")
    assert code == 0 and out.startswith("Mail settings saved"), err
    assert read_secret(f"smtp:{USER}@127.0.0.1") == PASSWORD


def test_a_quote_goes_out_from_the_command_line(crm, smtp_server):
    server = smtp_server()
    _setup(crm, server.port)
    code, out, err = crm("mail", "quote", str(crm.quote), "--now")
    assert (code, out.strip()) == (0, "Sent 1, failed 0, waiting 0"), err
    assert server.messages[0].rcpt_tos == ["ufficio@rossi.example"]
    code, out, _ = crm("--json", "outbox", "list", "--all")
    (row,) = json.loads(out)
    assert row["status"] == "sent" and row["subject"].startswith("Preventivo P-")


def test_offline_the_mail_waits_and_the_exit_code_says_so(crm, smtp_server):
    port = free_port()
    _setup(crm, port)
    code, out, err = crm("mail", "quote", str(crm.quote), "--now")
    assert code == 7 and "Sent 0, failed 0, waiting 1" in out and "Nothing answers at 127.0.0.1" in err
    code, out, _ = crm("outbox", "list")
    assert code == 0 and "queued" in out and "Nothing answers" in out
    server = smtp_server(port=port)
    code, out, _ = crm("outbox", "retry")
    assert (code, out.strip()) == (0, "Sent 1, failed 0, waiting 0") and len(server.messages) == 1
    assert crm("outbox", "list")[1].strip() == "The outbox is empty"


def test_a_refused_test_mail_exits_7_with_the_reason(crm, smtp_server):
    _setup(crm, smtp_server(accept_login=False).port)
    code, _, err = crm("mail", "test")
    assert code == 7 and "refused the user name or password" in err and PASSWORD not in err
