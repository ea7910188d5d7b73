"""The files of an invoice: named as the SdI wants, a progressive unique per sender, kept exactly, rebuilt only
while waiting, a new progressive after a rejection, statuses moved as the SdI's flow allows."""

from __future__ import annotations

from datetime import date

import peewee
import pytest

from smallcrm.db.einvoice_models import EInvoiceFile
from smallcrm.domain import EInvoiceStatus
from smallcrm.errors import Conflict
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.source import DeliveryNote, DocumentReference, EInvoiceOptions
from tests import factories
from tests.services.einvoicing import cases


def test_progressives_are_five_characters_in_order():
    assert [files.progressive_text(n) for n in (1, 35, 36, 36**5 - 1)] == ["00001", "0000Z", "00010", "ZZZZZ"]
    with pytest.raises(Conflict):
        files.progressive_text(36**5)


def test_a_file_is_named_after_the_sender_and_kept_with_the_invoice(db):
    view = cases.forfettario_with_stamp_duty(db)  # our codice fiscale BNCLRA80A41F205G
    made, changes = files.prepare_file(db, view.id)
    assert (made.file_name, made.status, made.problems) == ("ITBNCLRA80A41F205G_00001.xml", EInvoiceStatus.TO_SEND,
                                                            ())
    assert changes.invoices == {view.id}
    xml = files.file_xml(made.id)
    assert b"<ProgressivoInvio>00001</ProgressivoInvio>" in xml and b"<Numero>1/2026</Numero>" in xml
    assert files.find_file("ITBNCLRA80A41F205G_00001.xml.p7m") == files.list_files(view.id)[0]


def test_a_waiting_file_is_rebuilt_with_its_progressive_a_sent_one_never(db):
    view = cases.instalments(db)
    first = files.prepare_file(db, view.id)[0]
    options = EInvoiceOptions(document_type="TD24", orders=(DocumentReference("ORD-7", date(2026, 1, 2)),),
                              delivery_notes=(DeliveryNote("DDT 12", date(2026, 1, 10)),))
    again = files.prepare_file(db, view.id, options)[0]
    assert (again.id, again.progressive) == (first.id, first.progressive)
    xml = files.file_xml(again.id)
    assert b"<TipoDocumento>TD24</TipoDocumento>" in xml and b"<NumeroDDT>DDT 12</NumeroDDT>" in xml
    files.set_status(db, first.id, EInvoiceStatus.SENT)
    with pytest.raises(Conflict) as refused:
        files.prepare_file(db, view.id)
    assert refused.value.code == "einvoice_already_sent"
    with pytest.raises(peewee.IntegrityError):
        EInvoiceFile.update(xml=b"<x/>").where(EInvoiceFile.id == first.id).execute()
    with pytest.raises(peewee.IntegrityError):
        EInvoiceFile.delete().where(EInvoiceFile.id == first.id).execute()


def test_a_rejected_file_is_sent_again_with_a_new_progressive_and_the_same_number(db):
    view = cases.reverse_charge(db)
    first = files.prepare_file(db, view.id)[0]
    files.set_status(db, first.id, EInvoiceStatus.SENT)
    rejected = files.set_status(db, first.id, EInvoiceStatus.REJECTED, "123456", "00305: IdFiscaleIVA")[0]
    assert (rejected.status, rejected.sdi_id, rejected.detail) == (EInvoiceStatus.REJECTED, "123456",
                                                                   "00305: IdFiscaleIVA")
    second = files.prepare_file(db, view.id)[0]
    assert (first.progressive, second.progressive) == ("00001", "00002")
    assert b"<Numero>1/2026</Numero>" in files.file_xml(second.id)
    assert [f.status for f in files.list_files(view.id)] == [EInvoiceStatus.REJECTED, EInvoiceStatus.TO_SEND]


def test_statuses_move_as_the_sdi_flow_allows_and_a_receipt_twice_changes_nothing(db):
    view = cases.split_payment_to_a_public_body(db)
    made = files.prepare_file(db, view.id)[0]
    with pytest.raises(Conflict) as refused:
        files.set_status(db, made.id, EInvoiceStatus.DELIVERED)
    assert refused.value.code == "einvoice_status_move"
    for status in (EInvoiceStatus.SENT, EInvoiceStatus.DELIVERED, EInvoiceStatus.DELIVERED, EInvoiceStatus.ACCEPTED):
        files.set_status(db, made.id, status)
    assert files.get_file(made.id).status == EInvoiceStatus.ACCEPTED


def test_a_draft_has_no_e_invoice(db):
    customer = factories.customer(db)
    draft = factories.draft_invoice(db, customer.id)
    with pytest.raises(Conflict) as refused:
        files.prepare_file(db, draft.id)
    assert refused.value.code == "einvoice_not_issued"


def test_a_senders_credit_notes_and_invoices_share_one_sequence_of_progressives(db):
    view = cases.credit_note(db)
    note = files.prepare_file(db, view.id)[0]
    invoice = files.prepare_file(db, view.id - 1)[0]  # the invoice it corrects, made just before it
    assert (note.progressive, invoice.progressive) == ("00001", "00002")
    assert note.file_name.startswith("IT12345670017_")


def test_a_romanian_company_has_no_fatturapa(db):
    from dataclasses import replace

    from smallcrm.services.admin.company import get_company_profile, update_company_profile

    update_company_profile(db, replace(get_company_profile(), name="Ionescu SRL", country="RO", currency="RON",
                                       vat_number="RO18547290", street="Str. Lipscani 1", city="București"))
    customer = factories.customer(db)
    invoice = factories.issued_invoice(db, customer.id, [factories.line("Servizi", 1, "100", 0, "21")])
    with pytest.raises(Conflict) as refused:
        files.prepare_file(db, invoice.id)
    assert refused.value.code == "einvoice_not_italian"
