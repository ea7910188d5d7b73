import base64
import json
from datetime import date

import openpyxl
import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.privacy.subject_access import export_personal_data
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories
from tests.services.privacy.conftest import SECRETS, portrait


@pytest.fixture
def invoiced(db, subject):
    factories.issued_invoice(db, subject.id, [LineDraft("Orrery", 1, "500", 0, "22")], on=date.today())
    return subject


def test_the_json_export_holds_everything_about_the_person(db, invoiced, tmp_path):
    path = export_personal_data(invoiced.id, tmp_path / "subject.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["party"][0]["first_name"] == SECRETS["first name"] and data["party"][0]["uid"] == invoiced.uid
    assert {p["value"] for p in data["contact_points"]} == {SECRETS["e-mail"], "+39" + SECRETS["phone"]}
    assert data["addresses"][0]["street"].startswith(SECRETS["street"])
    assert [t["tag"] for t in data["tags"]] == ["vip"]
    assert data["companies"][0]["company_name"] == "Acme Orologi S.r.l." and data["companies"][0]["role"] == "Buyer"
    meeting = next(c for c in data["communications"] if c["kind"] == "meeting")
    assert meeting["subject"] == SECRETS["communication"] and SECRETS["attachment name"] in meeting["attachments"]
    assert any(c["subject"].startswith("Zebediah called") for c in data["communications"])  # logged on the company
    assert data["tasks"][0]["title"] == SECRETS["task"]
    assert data["consents"][0]["purpose"] == "newsletter" and data["consents"][0]["given_how"] == SECRETS["consent"]
    assert data["deals"][0]["value"] == "1500.00"
    (invoice,) = data["invoices"]
    assert invoice["status"] == "issued" and invoice["total"] == "610.00"
    assert "Zebediah Quackenbush" in invoice["customer_as_printed"]
    person = data["party"][0]
    assert (person["middle_name"], person["nickname"], person["department"], person["anniversary"]) == (
        SECRETS["middle name"], SECRETS["nickname"], SECRETS["department"], "2001-09-08")
    (photo,) = data["photos"]  # the picture itself, not only that there is one
    assert photo["media_type"] == "image/png" and base64.b64decode(photo["picture"]) == portrait()
    fields = {(e["record_kind"], e["field"]) for e in data["audit_log"]}
    assert ("party", "job_title") in fields and ("invoice", "status") in fields


def test_the_workbook_has_one_sheet_per_kind_and_reads_back(db, invoiced, tmp_path):
    path = export_personal_data(invoiced.id, tmp_path / "subject.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:4] == ["party", "merged_records", "contact_points", "addresses"]
    party = {row[0]: row[1] for row in book["party"].iter_rows(min_row=2, values_only=True)}
    assert party["last_name"] == SECRETS["last name"] and party["notes"] == SECRETS["notes"]
    assert party["nickname"] == SECRETS["nickname"] and party["department"] == SECRETS["department"]
    header, *rows = book["photos"].iter_rows(values_only=True)
    photo = dict(zip(header, rows[0], strict=True))
    assert photo["file"] == "subject-photo-1.png" and (tmp_path / photo["file"]).read_bytes() == portrait()
    header, *rows = book["communications"].iter_rows(values_only=True)
    subjects = [dict(zip(header, row, strict=True))["subject"] for row in rows]
    assert SECRETS["communication"] in subjects
    header, *rows = book["invoices"].iter_rows(values_only=True)
    assert dict(zip(header, rows[0], strict=True))["total"] == pytest.approx(610.0)


def test_an_unknown_file_type_is_refused_and_no_file_is_written(db, subject, tmp_path):
    with pytest.raises(ValidationError) as caught:
        export_personal_data(subject.id, tmp_path / "subject.pdf")
    assert caught.value.field == "path" and not list(tmp_path.glob("subject*"))
