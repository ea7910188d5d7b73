"""`smallcrm invoices xml`: the e-invoice written under its official name (a folder) or where asked (a file), kept
with the invoice, by number or id; the customer's SdI address typed with `contacts add/edit`."""

from __future__ import annotations

import json

from smallcrm.db.connection import open_database
from smallcrm.services.einvoicing.files import list_files
from tests.cli.test_sales import document_id
from tests.cli_run import ok
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
