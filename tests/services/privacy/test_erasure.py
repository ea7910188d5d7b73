import json
import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.models import Attachment, Communication, Party
from smallcrm.db.privacy_models import AuditEntry, ErasureLog
from smallcrm.db.sales_models import Invoice, Payment
from smallcrm.errors import Conflict, NotFound, ValidationError
from smallcrm.services.admin.maintenance import make_backup, restore_backup
from smallcrm.services.parties.merge import merge_parties
from smallcrm.services.parties.parties import get_party, restore_party
from smallcrm.services.parties.search import search_parties
from smallcrm.services.privacy.erasure import anonymise_party, erase_party, erasure_preview, list_erasures
from smallcrm.services.sales.document_lines import LineDraft
from smallcrm.services.sales.invoices import (
    get_invoice,
)
from smallcrm.services.timeline.attachments import files_folder
from smallcrm.services.timeline.communications import list_communications
from tests import factories
from tests.services.privacy.conftest import FILE_CONTENT, SECRETS, found_secrets


def _stored_files(db) -> list[bytes]:
    folder = files_folder(db)
    return [p.read_bytes() for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_without_erasure_a_byte_search_finds_the_person(db, subject):
    """The control: the search below can fail, the data is really in the files before an erasure."""
    assert found_secrets(db.path) == list(SECRETS)
    assert FILE_CONTENT in _stored_files(db)


def test_after_erasure_no_byte_of_the_person_is_left_in_the_database_wal_or_shm(db, subject):
    view, changes = erase_party(db, subject.id, "Asked by e-mail to be forgotten")
    assert found_secrets(db.path) == []
    assert FILE_CONTENT not in _stored_files(db)
    assert view.wal_cleared and view.files_removed == 1
    assert view.erased["communications"] == 2  # also the call logged on the company with this person
    assert view.erased["attachments"] == 1 and view.erased["parties"] == 1 and view.erased["consents"] == 1
    assert subject.id in changes.parties
    with pytest.raises(NotFound):
        get_party(subject.id, include_trash=True)
    assert search_parties("quackenbush") == [] and search_parties("zeb") == []
    assert not Communication.select().where(Communication.id == subject.communication_id).exists()
    assert not Attachment.select().exists()
    assert not AuditEntry.select().where(AuditEntry.party_id == subject.id).exists()


def test_the_erasure_log_says_what_when_why_and_who_without_personal_data(db, subject):
    erase_party(db, subject.id, "Retention period over")
    (entry,) = list_erasures()
    assert entry.party_uid == subject.uid and entry.action == "erase" and entry.reason == "Retention period over"
    assert entry.erased["contact_points"] == 2 and entry.erased["tasks"] == 1
    row = ErasureLog.get()
    logged = " ".join(str(v) for v in row.__data__.values()).lower()
    assert not [text for text in SECRETS.values() if text.lower() in logged]


def test_a_reason_that_repeats_the_personal_data_is_refused_and_nothing_is_erased(db, subject):
    for reason in ("Zebediah asked", "wrote from zeb.quackenbush@example.org", "called from 347 555 0199", "  "):
        with pytest.raises(ValidationError) as caught:
            erase_party(db, subject.id, reason)
        assert caught.value.field == "reason"
    assert get_party(subject.id).name == "Zebediah Quackenbush"
    assert not ErasureLog.select().exists()


def test_issued_invoices_keep_their_legal_fields_and_the_rest_goes(db, subject):
    lines = [LineDraft("Orrery restoration", 1, "1000", 0, "22")]
    issued = factories.issued_invoice(db, subject.id, lines, on=date.today())
    factories.payment(db, issued.id, "200", reference="CRO 0042", notes="Zebediah paid at the counter")
    draft = factories.draft_invoice(db, subject.id, lines, notes="draft for Quackenbush")
    preview = erasure_preview(subject.id)
    assert preview["kept"] == {"issued_invoices": 1, "payments": 1}
    assert preview["erased"]["draft_invoices"] == 1

    view, changes = erase_party(db, subject.id, "Asked in person")
    assert view.kept == {"issued_invoices": 1, "party_records": 1, "payments": 1}
    assert view.erased["draft_invoices"] == 1 and not Invoice.select().where(Invoice.id == draft.id).exists()
    kept = get_invoice(issued.id)
    assert kept.number == issued.number and kept.total == issued.total
    assert kept.customer == replace(issued.customer, email="")  # the seal covers the rest, not the e-mail
    assert kept.customer.name == "Zebediah Quackenbush" and kept.paid == issued.total - issued.total + 200
    assert [(p.amount_cents, p.reference, p.notes) for p in Payment.select()] == [(20000, "CRO 0042", "")]
    shell = Party.get_by_id(subject.id)
    assert shell.name == f"Erased person {subject.id}" and shell.deleted_at and shell.anonymised_at
    assert (shell.first_name, shell.last_name, shell.notes, shell.tax_code) == ("", "", "", "")
    # only the invoice's legal copy of the customer is left (name, address, codice fiscale: not the e-mail)
    assert found_secrets(db.path) == ["first name", "last name", "street", "tax code"]
    with pytest.raises(Conflict):
        restore_party(db, subject.id)
    assert subject.id in changes.parties


def test_records_merged_into_the_person_are_erased_with_it(db, subject, person):
    older = person("Zebediah", "Quackenbush-Old", notes="an older record of the same person")
    merge_parties(db, subject.id, older.id)
    view, _ = erase_party(db, subject.id, "Asked by letter")
    assert view.erased["parties"] == 2
    assert not Party.select().where(Party.id == older.id).exists()


def test_a_merged_record_points_to_the_one_to_erase(db, subject, person):
    older = person("Zeb", "Q")
    merge_parties(db, subject.id, older.id)
    with pytest.raises(Conflict) as caught:
        erase_party(db, older.id, "asked")
    assert caught.value.params["survivor"] == subject.id


def test_anonymising_keeps_the_statistics_and_removes_who_it_was(db, subject):
    view, _ = anonymise_party(db, subject.id, "Retention period over")
    party = get_party(subject.id)
    assert party.name == f"Anonymous person {subject.id}" and party.emails == [] and party.addresses == ()
    assert party.stage == "lead" and party.source == "fiera" and party.tags == ("vip",)
    timeline = list_communications(subject.id)
    assert [c.kind for c in timeline] == ["call", "meeting"] and {c.subject for c in timeline} == {""}
    assert view.action == "anonymise" and view.erased["attachments"] == 1
    assert found_secrets(db.path) == []
    assert json.loads(ErasureLog.get().erased)["contact_points"] == 2


def test_a_company_communication_with_the_person_goes_but_the_company_stays(db, subject):
    acme = factories.company(db, "Other S.p.A.")
    erase_party(db, subject.id, "asked")
    assert get_party(acme.id)
    companies = Party.select().where(Party.kind == "company").count()
    assert companies == 2


def test_restoring_a_backup_taken_before_the_erasure_erases_the_person_again(db, subject):
    backup = make_backup(db)
    erase_party(db, subject.id, "Asked by e-mail")
    path = db.path
    db.close()
    restore_backup(path, backup.path)
    with open_database(path):
        assert not Party.select().where(Party.uid == subject.uid).exists()
        (entry,) = list_erasures()
        assert entry.party_uid == subject.uid and entry.reason == "Asked by e-mail"
    assert found_secrets(path) == []


def test_a_reader_holding_the_log_is_reported_and_closing_clears_it(db, subject):
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM party").fetchone()  # a read transaction pins the WAL
    db.pw.execute_sql("PRAGMA busy_timeout = 50")
    view, _ = erase_party(db, subject.id, "asked by phone")
    assert not view.wal_cleared
    reader.close()
    path = db.path
    db.close()  # the last connection checkpoints and removes the WAL
    assert found_secrets(path) == []
