"""`smallcrm invoices receipts import` with the issue's bad input: a receipt for an unknown file, the same receipt
twice, a truncated XML, a .p7m that is not CMS, a mail that is not PEC. Each is listed with its reason, exits 3
(something could not be used), changes nothing and prints no traceback; an SdI answer saved from the PEC mailbox
teaches the address the SdI assigned, as the fetch does."""

from __future__ import annotations

import json

import pytest

from smallcrm.db.connection import open_database
from smallcrm.services.einvoicing.files import list_files
from tests.cli.test_einvoicing import _made_file, _saved
from tests.cli_run import ok
from tests.services.einvoicing import sdi_messages as sdi

UNKNOWN = "IT09876543210_ZZZZZ.xml"


@pytest.mark.parametrize(("name", "make", "action", "listed"), [
    ("unknown.xml", lambda name: sdi.rc(UNKNOWN, "31"), "unknown_file",
     f"unknown file: No e-invoice file here is named {UNKNOWN} or has SdI identifier 31"),
    ("cut.xml", lambda name: sdi.truncated(sdi.rc(name, "32")), "unreadable",
     "unreadable: cut.xml: the XML is cut short"),
    ("fake.xml.p7m", lambda name: sdi.not_cms(), "unreadable", "unreadable: fake.xml.p7m"),
    ("forward.eml", lambda name: sdi.plain_mail(sdi.receipt_name(name, "RC"), sdi.rc(name, "33")), "not_pec",
     "not pec: "),
], ids=["unknown-file", "truncated", "p7m-not-cms", "not-pec"])
def test_bad_input_is_listed_with_its_reason_and_changes_nothing(crm, acme_id, tmp_path, name, make, action,
                                                                 listed):
    invoice_id, file_name = _made_file(crm, acme_id, tmp_path / "out")
    code, out, err = crm("--json", "invoices", "receipts", "import", _saved(tmp_path, name, make(file_name)))
    assert code == 3 and "Traceback" not in out + err, err
    [outcome] = json.loads(out)
    assert outcome["action"] == action and outcome["invoice"] is None
    code, out, err = crm("invoices", "receipts", "import", str(tmp_path / name))  # the words, once more
    assert code == 3 and "Traceback" not in out + err
    assert listed in ok(crm, "invoices", "receipts", "list")
    with open_database(crm.db):
        assert [f.status for f in list_files(invoice_id)] == ["to_send"]


def test_the_same_receipt_twice_is_a_duplicate_and_moves_nothing_again(crm, acme_id, tmp_path):
    invoice_id, name = _made_file(crm, acme_id, tmp_path / "out")
    first = _saved(tmp_path, "mc.xml", sdi.mc(name, "9"))
    again = _saved(tmp_path, "mc.eml", sdi.pec_envelope(sdi.receipt_name(name, "MC"), sdi.mc(name, "9")))
    assert ok(crm, "invoices", "receipts", "import", first)
    code, out, err = crm("--json", "invoices", "receipts", "import", again)  # the same receipt, another wrapping
    assert code == 3 and "Traceback" not in err
    assert json.loads(out) == [{"kind": "MC", "file": name, "invoice": invoice_id, "action": "duplicate"}]
    assert "duplicate: Already read: this receipt changes nothing" in ok(crm, "invoices", "receipts", "list")
    with open_database(crm.db):
        assert [f.status for f in list_files(invoice_id)] == ["not_delivered"]


def test_an_sdi_answer_imported_from_a_file_sets_the_sdi_address(crm, acme_id, tmp_path):
    _invoice_id, name = _made_file(crm, acme_id, tmp_path / "out")
    assert "sdi01@pec.fatturapa.it (until the SdI's first answer)" in ok(crm, "invoices", "pec", "show")
    answer = sdi.pec_envelope(sdi.receipt_name(name, "RC"), sdi.rc(name, "4242"), sender="sdi27@pec.fatturapa.it")
    out = ok(crm, "invoices", "receipts", "import", _saved(tmp_path, "rc.eml", answer))
    assert "The SdI assigned the address sdi27@pec.fatturapa.it: the next e-invoices go there" in out
    assert "sdi27@pec.fatturapa.it (assigned by the SdI)" in ok(crm, "invoices", "pec", "show")
