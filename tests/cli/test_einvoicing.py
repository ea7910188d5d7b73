"""`smallcrm invoices xml`: the e-invoice written under its official name (a folder) or where asked (a file), kept
with the invoice, by number or id; the customer's SdI address typed with `contacts add/edit`."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from smallcrm.db.connection import open_database
from smallcrm.services.einvoicing.files import file_xml, list_files
from smallcrm.services.einvoicing.p7m import unwrap
from tests.cli.test_sales import document_id
from tests.cli_run import ok
from tests.services.einvoicing import sdi_messages as sdi
from tests.services.einvoicing.schema import needs_schema, schema_errors


@needs_schema
def test_the_e_invoice_goes_to_a_folder_under_its_official_name(crm, acme_id, tmp_path):
    ok(crm, "contacts", "edit", str(acme_id), "--sdi-code", "m5uxcr1")
    assert "SdI code: M5UXCR1" in ok(crm, "contacts", "show", str(acme_id))
    invoice_id = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Caldaia|1|500|22"))
    ok(crm, "invoices", "issue", str(invoice_id), "--date", "2026-03-02")
    folder = tmp_path / "fatture"
    folder.mkdir()
    out = ok(crm, "invoices", "xml", "1/2026", "-o", str(folder))
    [written] = list(folder.glob("*.xml"))
    assert f"Wrote {written} ({written.name}, to send)" in out and written.name.endswith("_00001.xml")
    xml = written.read_bytes()
    assert schema_errors(xml) == [] and b"<CodiceDestinatario>M5UXCR1</CodiceDestinatario>" in xml
    assert b"<ImportoTotaleDocumento>610.00</ImportoTotaleDocumento>" in xml
    again = json.loads(ok(crm, "--json", "invoices", "xml", f"#{invoice_id}", "-o", str(tmp_path / "copia.xml")))
    assert (again["file"], again["status"], again["problems"]) == (written.name, "to_send", [])
    assert (tmp_path / "copia.xml").read_bytes() == xml  # the same file, the same progressive
    with open_database(crm.db):
        assert [f.file_name for f in list_files(invoice_id)] == [written.name]


def test_a_mistyped_sdi_code_is_refused_naming_it(crm, acme_id):
    code, _, err = crm("contacts", "edit", str(acme_id), "--sdi-code", "M5UX")
    assert code == 3 and "sdi_code" in err and "recipient code" in err


def test_a_draft_has_no_e_invoice(crm, acme_id, tmp_path):
    invoice_id = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Caldaia|1|500|22"))
    code, _, err = crm("invoices", "xml", f"#{invoice_id}", "-o", str(tmp_path))
    assert code == 5 and "Only an issued invoice" in err


def _made_file(crm, acme_id, folder) -> tuple[int, str]:
    invoice_id = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Caldaia|1|500|22"))
    ok(crm, "invoices", "issue", str(invoice_id), "--date", "2026-03-02")
    folder.mkdir(exist_ok=True)
    ok(crm, "invoices", "xml", f"#{invoice_id}", "-o", str(folder))
    [written] = list(folder.glob("*.xml"))
    return invoice_id, written.name


def test_receipts_are_imported_and_listed_with_what_they_did(crm, acme_id, tmp_path):
    invoice_id, name = _made_file(crm, acme_id, tmp_path / "out")
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "rc.eml").write_bytes(sdi.pec_envelope(sdi.receipt_name(name, "RC"), sdi.p7m(sdi.rc(name, "4242"))))
    (inbox / "ns.xml").write_bytes(sdi.truncated(sdi.ns(name, "4242")))
    (inbox / "acc.eml").write_bytes(sdi.pec_receipt("accettazione", subject=name))
    code, out, err = crm("--json", "invoices", "receipts", "import", *(str(inbox / n) for n in
                                                                        ("rc.eml", "ns.xml", "acc.eml")))
    assert code == 3, err
    assert json.loads(out) == [
        {"kind": "RC", "file": name, "invoice": invoice_id, "action": "delivered"},
        {"kind": "unknown", "file": "", "invoice": None, "action": "unreadable"},
        {"kind": "pec-acceptance", "file": name, "invoice": invoice_id, "action": "pec_accepted"}]
    with open_database(crm.db):
        assert [(f.status, f.sdi_id) for f in list_files(invoice_id)] == [("delivered", "4242")]
    code, out, _ = crm("invoices", "receipts", "import", str(inbox / "rc.eml"))
    assert code == 3 and f"rc.eml: RC {name} (invoice #{invoice_id}): duplicate" in out
    listed = ok(crm, "invoices", "receipts", "list")
    assert "duplicate: Already read" in listed and "unreadable: ns.xml: the XML is cut short" in listed


def test_a_good_import_exits_zero(crm, acme_id, tmp_path):
    _invoice_id, name = _made_file(crm, acme_id, tmp_path / "out")
    receipt = tmp_path / sdi.receipt_name(name, "MC")
    receipt.write_bytes(sdi.mc(name, "9"))
    out = ok(crm, "invoices", "receipts", "import", str(receipt))
    assert f"MC {name}" in out and "not delivered" in out and "cassetto fiscale" in out


def test_the_accountants_zip_holds_the_periods_files_and_receipts(crm, acme_id, tmp_path):
    invoice_id, name = _made_file(crm, acme_id, tmp_path / "out")
    ok(crm, "invoices", "receipts", "import", _saved(tmp_path, "a.eml", sdi.pec_envelope(
        sdi.receipt_name(name, "NS") + ".p7m", sdi.p7m(sdi.ns(name, "77")))))
    target = tmp_path / "marzo.zip"
    out = ok(crm, "export", "einvoices", str(target), "--from", "2026-03-01", "--to", "2026-03-31")
    assert "1 e-invoice files, 1 receipts" in out
    with zipfile.ZipFile(target) as archive:
        names = sorted(archive.namelist())
        assert names == sorted([name, sdi.receipt_name(name, "NS") + ".p7m", "index.csv"])
        with open_database(crm.db):
            assert archive.read(name) == file_xml(list_files(invoice_id)[0].id)
        assert b"<ns2:NotificaScarto" in unwrap(archive.read(sdi.receipt_name(name, "NS") + ".p7m"))
        index = list(csv.reader(io.StringIO(archive.read("index.csv").decode())))
    assert index[1] == [name, "1/2026", "2026-03-02", "rejected", "77", sdi.receipt_name(name, "NS") + ".p7m"]
    ok(crm, "export", "einvoices", str(target), "--from", "2026-04-01")
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["index.csv"]


def _saved(folder, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)
