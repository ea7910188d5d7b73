"""`smallcrm privacy ...` and `smallcrm audit`, driven in-process."""

from __future__ import annotations

import io
import json
from datetime import date

import openpyxl
import pytest

from smallcrm.services.privacy.retention import add_months


@pytest.fixture
def mario_id(crm) -> int:
    code, out, err = crm("--json", "contacts", "add", "--first", "Mario", "--last", "Quaglietti",
                         "--email", "mario@quaglietti.it", "--notes", "likes opera")
    assert code == 0, err
    return json.loads(out)["id"]


def test_consents_add_list_withdraw(crm, mario_id):
    code, out, err = crm("--json", "privacy", "consent", "add", str(mario_id), "newsletter", "--how", "web form")
    assert code == 0, err
    consent = json.loads(out)[0]
    assert consent["purpose"] == "newsletter" and consent["withdrawn_at"] is None
    assert crm("privacy", "consent", "add", str(mario_id), "newsletter")[0] == 5  # already active
    with pytest.raises(SystemExit):  # argparse refuses an unknown basis, listing the known ones
        crm("privacy", "consent", "add", str(mario_id), "x", "--basis", "whim")
    code, out, _ = crm("privacy", "consent", "withdraw", str(consent["id"]), "--how", "unsubscribe link")
    assert code == 0 and "unsubscribe link" in out
    code, out, _ = crm("--json", "privacy", "consent", "list", str(mario_id))
    assert json.loads(out)[0]["withdrawn_how"] == "unsubscribe link"


def test_review_keep_and_review_date(crm, mario_id):
    later = add_months(date.today(), 25).isoformat()
    code, out, _ = crm("--json", "privacy", "review", "--today", later)
    assert [r["party"]["id"] for r in json.loads(out)] == [mario_id]
    assert crm("privacy", "keep", str(mario_id), "--months", "30")[0] == 0
    code, out, _ = crm("privacy", "review", "--today", later)
    assert "Nobody" in out
    assert crm("privacy", "review-date", str(mario_id), "none")[0] == 0


def test_export_json_and_xlsx(crm, mario_id, tmp_path):
    assert crm("privacy", "export", str(mario_id), "-o", str(tmp_path / "m.json"))[0] == 0
    assert json.loads((tmp_path / "m.json").read_text())["party"][0]["notes"] == "likes opera"
    assert crm("privacy", "export", str(mario_id), "-o", str(tmp_path / "m.xlsx"))[0] == 0
    assert openpyxl.load_workbook(tmp_path / "m.xlsx").sheetnames[0] == "party"
    code, _, err = crm("privacy", "export", str(mario_id), "-o", str(tmp_path / "m.txt"))
    assert code == 3 and "json" in err


def test_erase_asks_unless_yes_and_logs_without_personal_data(crm, mario_id, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    code, _, err = crm("privacy", "erase", str(mario_id), "--reason", "asked by letter")
    assert code == 2 and "Mario Quaglietti" in err and "not confirmed" in err
    assert crm("contacts", "show", str(mario_id))[0] == 0
    code, _, err = crm("privacy", "erase", str(mario_id), "--reason", "Mario asked", "--yes")
    assert code == 3 and "reason" in err
    code, out, err = crm("privacy", "erase", str(mario_id), "--reason", "asked by letter", "--yes")
    assert code == 0, err
    assert "contact points: 1" in out and "contact_points" not in out
    assert crm("contacts", "show", str(mario_id))[0] == 4
    code, out, _ = crm("--json", "privacy", "erasures")
    (entry,) = json.loads(out)
    assert entry["reason"] == "asked by letter" and "Quaglietti" not in out
    code, out, _ = crm("privacy", "erasures")
    assert "contact points: 1" in out and "contact_points" not in out  # words, not the stored names


def test_audit_lists_the_changes(crm, mario_id):
    assert crm("contacts", "edit", str(mario_id), "--job-title", "Tenor")[0] == 0
    code, out, _ = crm("audit", str(mario_id))
    assert code == 0 and "job title" in out and "Tenor" in out and "create" in out
    assert "job_title" not in out
    assert crm("audit", "999")[0] == 4
