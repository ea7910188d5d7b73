"""The command line, driven in-process through main(argv) and once as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from smallcrm.cli import main


def add_json(crm, *args: str) -> dict:
    code, out, err = crm("--json", "contacts", "add", *args)
    assert code == 0, err
    return json.loads(out)


def test_init_creates_database_and_missing_folder_is_refused(crm, tmp_path, capsys):
    code, out, _ = crm("init")
    assert code == 0 and crm.db.exists() and str(crm.db) in out
    code = main(["--db", str(tmp_path / "nowhere" / "crm.sqlite3"), "init"])
    _, err = capsys.readouterr()
    assert code == 6
    assert "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "nowhere").exists()


def test_environment_variable_chooses_database(tmp_path, monkeypatch, capsys):
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("SMALLCRM_DB", str(target))
    assert main(["init"]) == 0
    assert target.exists()
    assert str(target) in capsys.readouterr().out


def test_add_person_and_company_then_show_the_360_summary(crm):
    company = add_json(crm, "--company", "Acme S.r.l.", "--vat", "IT00743110157", "--phone", "02 1234 5678",
                       "--city", "Milano", "--street", "Via Roma 1", "--postal-code", "20121")
    person = add_json(crm, "--first", "Nicolò", "--last", "Grossi", "--email", "N.Grossi@Example.it",
                      "--phone", "333 123 4567", "--tag", "VIP", "--works-at", str(company["id"]), "--role", "CEO")
    assert person["name"] == "Nicolò Grossi"
    assert [p["value"] for p in person["contact_points"]] == ["N.Grossi@example.it", "+393331234567"]
    assert company["vat_number"] == "IT00743110157"

    assert crm("log", str(person["id"]), "--kind", "call", "--subject", "Richiesta preventivo",
               "--minutes", "5", "--follow-up", "Inviare preventivo", "--follow-up-due", "2030-01-15")[0] == 0
    code, out, _ = crm("contacts", "show", str(person["id"]))
    assert code == 0
    assert "Nicolò Grossi" in out and "works at Acme S.r.l." in out and "as CEO" in out
    assert "+39 333 123 4567" in out and "N.Grossi@example.it" in out and "VIP" in out
    assert "Richiesta preventivo" in out and "Inviare preventivo" in out and "2030-01-15" in out

    code, out, _ = crm("contacts", "show", str(company["id"]))
    assert "Nicolò Grossi" in out and "Richiesta preventivo" in out  # the company sees its people's history
    assert "Via Roma 1, 20121 Milano" in out


def test_edit_trash_and_restore_a_communication(crm):
    person = add_json(crm, "--first", "Anna", "--last", "Verdi")
    code, out, _ = crm("--json", "log", str(person["id"]), "--kind", "call", "--subject", "Offerta", "--minutes", "5")
    logged = json.loads(out)
    code, out, err = crm("--json", "communications", "edit", str(logged["id"]), "--subject", "Offerta accettata",
                         "--direction", "in")
    assert code == 0, err
    edited = json.loads(out)
    assert (edited["subject"], edited["direction"]) == ("Offerta accettata", "in")
    assert (edited["duration_seconds"], edited["occurred_at"], edited["kind"]) == (
        300, logged["occurred_at"], "call")  # what was not given stays as it was
    code, _, err = crm("communications", "edit", str(logged["id"]), "--subject", "", "--body", "")
    assert code == 3 and "subject" in err
    code, out, _ = crm("communications", "trash", str(logged["id"]))
    assert code == 0 and "trash" in out
    assert "Offerta accettata" not in crm("contacts", "show", str(person["id"]))[1]
    code, out, _ = crm("communications", "restore", str(logged["id"]))
    assert code == 0 and "Offerta accettata" in out
    assert "Offerta accettata" in crm("contacts", "show", str(person["id"]))[1]
    assert crm("communications", "trash", "999")[0] != 0


def test_invalid_input_names_the_field_with_exit_code_3(crm):
    code, out, err = crm("contacts", "add", "--first", "Mario", "--email", "not-an-address")
    assert code == 3
    assert "emails[0]" in err and "e-mail" in err
    code, _, err = crm("contacts", "add", "--company", "Bad VAT", "--vat", "IT01234567890")
    assert code == 3 and "vat_number" in err and "partita IVA" in err
    code, out, _ = crm("--json", "contacts", "list")
    assert json.loads(out)["total"] == 0  # nothing half-written


def test_duplicate_warning_on_stderr(crm):
    first = add_json(crm, "--first", "Mario", "--last", "Rossi", "--email", "mario@rossi.it")
    code, out, err = crm("contacts", "add", "--first", "M.", "--last", "Rossi", "--email", "MARIO@rossi.it")
    assert code == 0
    assert f"looks like person {first['id']}: Mario Rossi" in err
    assert "smallcrm contacts merge" in err


def test_list_search_filters_and_json(crm):
    add_json(crm, "--first", "Mario", "--last", "Rossi", "--tag", "VIP", "--stage", "customer")
    add_json(crm, "--first", "Luca", "--last", "Grossi", "--stage", "lead")
    add_json(crm, "--company", "Rossi Ferramenta S.r.l.")
    code, out, _ = crm("--json", "contacts", "list", "--search", "ross")
    data = json.loads(out)
    assert data["total"] == 3
    code, out, _ = crm("--json", "contacts", "list", "--tag", "vip")
    assert [r["name"] for r in json.loads(out)["rows"]] == ["Mario Rossi"]
    code, out, _ = crm("--json", "contacts", "list", "--kind", "company")
    assert [r["name"] for r in json.loads(out)["rows"]] == ["Rossi Ferramenta S.r.l."]
    code, out, _ = crm("--json", "contacts", "search", "ross")
    names = [h["name"] for h in json.loads(out)]
    assert set(names) == {"Mario Rossi", "Luca Grossi", "Rossi Ferramenta S.r.l."}
    assert names[-1] == "Luca Grossi"  # a substring ranks after the prefix matches
    code, out, _ = crm("contacts", "list", "--stage", "customer")
    assert "Mario Rossi" in out and "Grossi" not in out and "1 of 1 shown" in out


def test_edit_trash_restore_merge_and_error_codes(crm):
    a = add_json(crm, "--first", "Anna", "--last", "Bianchi", "--email", "anna@example.it")
    b = add_json(crm, "--first", "Anna", "--last", "Bianchi", "--phone", "347 765 4321")
    code, out, _ = crm("--json", "contacts", "edit", str(a["id"]), "--stage", "key_customer", "--tag", "Fiera")
    edited = json.loads(out)
    assert edited["stage"] == "key_customer" and edited["tags"] == ["Fiera"]
    assert crm("contacts", "merge", str(a["id"]), str(b["id"]))[0] == 0
    code, out, _ = crm("--json", "contacts", "show", str(a["id"]))
    points = [p["value"] for p in json.loads(out)["party"]["contact_points"]]
    assert points == ["anna@example.it", "+393477654321"]
    assert crm("contacts", "show", str(b["id"]))[0] == 4  # merged away
    assert crm("contacts", "merge", str(a["id"]), str(a["id"]))[0] == 5
    assert crm("contacts", "trash", str(a["id"]))[0] == 0
    assert json.loads(crm("--json", "contacts", "search", "bianchi")[1]) == []
    assert "Anna Bianchi" in crm("contacts", "list", "--trash")[1]
    assert crm("contacts", "restore", str(a["id"]))[0] == 0
    assert [h["id"] for h in json.loads(crm("--json", "contacts", "search", "bianchi")[1])] == [a["id"]]
    assert crm("contacts", "show", "9999")[0] == 4


def test_tasks_add_due_done_reopen(crm):
    person = add_json(crm, "--first", "Sara", "--last", "Conti")
    code, out, _ = crm("--json", "tasks", "add", "Richiamare", "--party", str(person["id"]), "--due", "2020-01-01",
                       "--priority", "high")
    task = json.loads(out)
    assert task["priority"] == 1 and task["party"]["name"] == "Sara Conti"
    crm("tasks", "add", "Far tardi", "--due", "2999-01-01")
    code, out, _ = crm("--json", "tasks", "due")
    assert [t["title"] for t in json.loads(out)] == ["Richiamare"]
    assert crm("tasks", "done", str(task["id"]))[0] == 0
    assert json.loads(crm("--json", "tasks", "due")[1]) == []
    assert "Richiamare" in crm("tasks", "list", "--all")[1]
    assert crm("tasks", "reopen", str(task["id"]))[0] == 0
    assert len(json.loads(crm("--json", "tasks", "due")[1])) == 1
    assert crm("tasks", "add", "  ")[0] == 3


def test_backup_check_restore_cycle(crm, tmp_path):
    add_json(crm, "--first", "Prima", "--last", "Del Backup")
    code, out, _ = crm("--json", "backup")
    backup = Path(json.loads(out)["path"])
    assert code == 0 and backup.exists()
    add_json(crm, "--first", "Dopo", "--last", "Il Backup")
    assert "2 of 2 shown" in crm("contacts", "list")[1]
    assert crm("check")[0] == 0
    assert str(backup) in crm("backups")[1]

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    code, _, err = crm("restore", str(junk))
    assert code == 6 and "not restored" in err
    assert len(json.loads(crm("--json", "contacts", "list")[1])["rows"]) == 2

    code, out, _ = crm("restore", str(backup))
    assert code == 0 and "kept in" in out
    names = [r["name"] for r in json.loads(crm("--json", "contacts", "list")[1])["rows"]]
    assert names == ["Prima Del Backup"]


def test_check_reports_a_damaged_file(crm):
    add_json(crm, "--first", "Mario", "--last", "Rossi")
    crm.db.write_bytes(crm.db.read_bytes()[:4096] + b"\x00garbage" * 2000)
    code, out, err = crm("check")
    assert code == 6
    code, _, err = crm("contacts", "list")
    assert code == 6 and "damaged" in err


def test_demo_is_deterministic_and_tour_seeds_once(tmp_path, capsys):
    names = []
    for n in (1, 2):
        db = tmp_path / f"demo{n}.sqlite3"
        assert main(["--db", str(db), "demo", "--contacts", "40", "--seed", "7", "--per-contact", "3"]) == 0
        capsys.readouterr()
        main(["--db", str(db), "--json", "contacts", "list", "--limit", "100"])
        names.append([r["name"] for r in json.loads(capsys.readouterr().out)["rows"]])
    assert names[0] == names[1] and len(names[0]) == 45  # 40 persons + 5 companies

    tour_db = tmp_path / "tour.sqlite3"
    assert main(["--db", str(tour_db)]) == 0
    first = capsys.readouterr().out
    assert "First start: added demo data" in first and "300 persons" in first
    assert main(["--db", str(tour_db)]) == 0
    assert "First start" not in capsys.readouterr().out


def test_help_documents_exit_codes_and_process_exit_status(tmp_path):
    env = {**os.environ, "SMALLCRM_DB": str(tmp_path / "p.sqlite3")}
    done = subprocess.run([sys.executable, "-m", "smallcrm", "--help"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "exit codes" in done.stdout and "storage problem" in done.stdout
    done = subprocess.run([sys.executable, "-m", "smallcrm", "contacts", "add", "--first", "X", "--phone", "12"],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 3
    assert done.stderr.startswith("smallcrm: phones[0]:") and "Traceback" not in done.stderr


def test_demo_gives_our_shop_a_profile_but_never_overwrites_a_real_one(tmp_path, capsys):
    from smallcrm.db.connection import open_database
    from smallcrm.services.admin.company import get_company_profile

    demo = tmp_path / "demo.sqlite3"
    assert main(["--db", str(demo), "demo", "--contacts", "10", "--per-contact", "1"]) == 0
    with open_database(demo):
        profile = get_company_profile()
    assert profile.name == "Ferramenta Nicolò S.r.l." and profile.iban.startswith("IT60")

    mine = tmp_path / "mine.sqlite3"
    assert main(["--db", str(mine), "company", "--name", "Bottega Rossi"]) == 0
    assert main(["--db", str(mine), "demo", "--contacts", "10", "--per-contact", "1"]) == 0
    with open_database(mine):
        assert get_company_profile().name == "Bottega Rossi"
    capsys.readouterr()
