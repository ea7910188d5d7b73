"""`smallcrm import ...` and `smallcrm vcard export`: preview, confirm the mapping, report, list, undo."""

from __future__ import annotations

import csv
import json

import pytest

from smallcrm.documents.vcard import read_vcards
from tests.cli_run import ok


@pytest.fixture
def clients(tmp_path):
    path = tmp_path / "clienti.csv"
    path.write_bytes("Nome;Cognome;Azienda;E-mail;Cellulare\r\nMario;Rossi;Acme Srl;mario@acme.it;333 1234567\r\n"
                     "Luca;Bianchi;;luca@acme;\r\n".encode("cp1252"))
    return path


def test_an_unknown_layout_needs_the_mapping_confirmed(crm, clients, tmp_path):
    code, out, err = crm("import", str(clients))
    assert code == 3 and "--accept-mapping" in err
    # Luca's e-mail cannot be read: he comes in all the same, and the preview says which value waits
    assert "Nome" in out and "first_name" in out and "3 to create (1 of them companies" in out
    assert "row 3 email 'luca@acme'" in out
    # Mario's mobile has no country code and his row no country: read as Italian, and said so
    assert ("Numbers without a country code are read as numbers of Italy (IT, the default region in the settings) "
            "on 1 row without a country") in out
    assert "Rossi" not in ok(crm, "contacts", "list")  # nothing imported before the confirmation
    out = ok(crm, "import", str(clients), "--accept-mapping", "--report", str(tmp_path / "rejected.csv"))
    assert "Imported as batch 1: 3 created" in out  # Mario, Luca and the company Acme Srl
    with open(tmp_path / "rejected.csv", encoding="utf-8") as f:
        row = list(csv.reader(f))[1]
    assert row[:3] == ["3", "email", "luca@acme"] and row[3].startswith("Not a valid e-mail") and row[4] == "yes"
    out = ok(crm, "import", str(clients))  # remembered now: no confirmation asked, nothing new
    assert "0 to create" in out and "2 skipped" in out


def test_dry_run_json_mapping_list_and_undo(crm, clients):
    mapping = json.dumps({"Nome": "first_name", "Cognome": "last_name", "E-mail": "email"})
    out = ok(crm, "--json", "import", str(clients), "--mapping", mapping, "--dry-run")
    plan = json.loads(out)
    assert plan["counts"] == {"create": 2, "update": 0, "skip": 0, "reject": 0}
    assert plan["rejected"] == [] and plan["warnings"][0]["field"] == "email"
    ok(crm, "import", str(clients), "--mapping", mapping)
    listed = ok(crm, "import", "--list")
    assert "clienti.csv" in listed
    assert "Undid import 1" in ok(crm, "import", "--undo", "1")
    code, _, err = crm("import", "--undo", "1")
    assert code == 5 and "already undone" in err
    code, _, err = crm("import", str(clients), "--mapping", '{"Nope": "email"}')
    assert code == 3 and "No column named Nope" in err


def test_bad_files_exit_with_a_clear_line(crm, tmp_path):
    (tmp_path / "empty.csv").write_bytes(b"")
    code, _, err = crm("import", str(tmp_path / "empty.csv"))
    assert code == 3 and "empty" in err and "Traceback" not in err
    code, _, err = crm("import", str(tmp_path / "missing.csv"))
    assert code == 3 and "No file" in err


def test_vcard_export_by_tag(crm, tmp_path):
    ok(crm, "contacts", "add", "--first", "Anna", "--last", "Bianchi", "--email", "anna@example.it", "--tag", "VIP")
    ok(crm, "contacts", "add", "--first", "Bruno", "--last", "Neri")
    target = tmp_path / "vip.vcf"
    assert "1 contacts" in ok(crm, "vcard", "export", "-o", str(target), "--tag", "vip")
    [card] = read_vcards(target.read_text(encoding="utf-8"))
    assert (card.formatted_name, card.emails, card.categories) == ("Anna Bianchi", ["anna@example.it"], ["VIP"])
    code, _, err = crm("vcard", "export", "-o", str(tmp_path / "none.vcf"), "--tag", "nobody")
    assert code == 3 and "No contacts" in err


def test_strict_refuses_the_row_and_exits_3(crm, clients):
    code, out, err = crm("import", str(clients), "--accept-mapping", "--strict")
    assert code == 3  # Luca's row is left out: his e-mail cannot be read
    assert "2 created" in out and "1 rejected" in out  # Mario and his company Acme Srl
    assert "Bianchi" not in ok(crm, "contacts", "list")


def test_photos_can_be_left_out(crm, tmp_path):
    import base64
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(picture, "PNG")
    card = tmp_path / "anna.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Neri\r\nN:Neri;Anna;;;\r\nEMAIL:anna@example.com\r\n"
                    f"PHOTO:data:image/png;base64,{base64.b64encode(picture.getvalue()).decode()}\r\nEND:VCARD\r\n")
    ok(crm, "import", str(card), "--no-photos")
    assert json.loads(ok(crm, "--json", "contacts", "show", "1"))["party"]["has_photo"] is False
    card.write_text(card.read_text().replace("anna@", "anna.neri@"))
    ok(crm, "import", str(card))
    assert json.loads(ok(crm, "--json", "contacts", "show", "2"))["party"]["has_photo"] is True
    assert "photo: yes" in ok(crm, "contacts", "show", "2")


def test_the_encoding_of_a_file_that_says_none_can_be_chosen(crm, tmp_path):
    """A 2.1 card with quoted-printable Polish and no CHARSET: the preview names the code page and the people
    read in it; --encoding reads the file again in another, and an unknown one is refused."""
    path = tmp_path / "thebat.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\r\n"
                     b"FN;ENCODING=QUOTED-PRINTABLE:Piotr Iksi=F1ski\r\nEND:VCARD\r\n")
    out = ok(crm, "import", str(path), "--dry-run")
    assert "(vcard, vcard layout, cp1250)" in out and "row 1 Piotr Iksiński" in out
    out = ok(crm, "import", str(path), "--dry-run", "--encoding", "cp1252")
    assert "(vcard, vcard layout, cp1252)" in out and "row 1 Piotr Iksiñski" in out
    code, _, err = crm("import", str(path), "--encoding", "nonsense")
    assert code != 0 and "Unknown text encoding: nonsense" in err
    out = ok(crm, "import", str(path), "--encoding", "iso8859_2")
    assert "1 created" in out and "Iksiński" in ok(crm, "contacts", "list")
