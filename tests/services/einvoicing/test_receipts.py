"""The SdI's receipts taken in: each moves its file as the SdI's flow says, whatever wraps it (XML, .p7m, base64,
a whole PEC message); bad input is listed with its reason and changes nothing."""

from __future__ import annotations

import json

import pytest

from smallcrm.db.einvoice_models import EInvoiceMessage
from smallcrm.domain import EInvoiceStatus, ReceiptAction, ReceiptKind, ReceiptReason
from smallcrm.services.einvoicing import files
from smallcrm.services.einvoicing.incoming import list_incoming
from smallcrm.services.einvoicing.receipts import import_receipt, import_receipt_files
from smallcrm.services.sales.invoices import get_invoice
from tests import factories
from tests.services.einvoicing import sdi_messages as sdi


@pytest.fixture
def sent(db):
    """An issued invoice whose file has left: (invoice id, file name)."""
    customer = factories.customer(db)
    invoice = factories.issued_invoice(db, customer.id)
    made = files.prepare_file(db, invoice.id)[0]
    files.set_status(db, made.id, EInvoiceStatus.SENT)
    return invoice.id, made.file_name


def _file(invoice_id: int):
    return files.list_files(invoice_id)[-1]


def _number(invoice_id: int) -> str:
    return get_invoice(invoice_id).number


def _rows():
    return list(EInvoiceMessage.select().order_by(EInvoiceMessage.id))


def test_a_delivery_receipt_in_a_pec_message_delivers_the_file_and_gives_its_sdi_id(db, sent):
    invoice_id, name = sent
    eml = sdi.pec_envelope(sdi.receipt_name(name, "RC"), sdi.rc(name, "4242"), sender="sdi27@pec.fatturapa.it")
    outcome, changes = import_receipt(db, "message-1.eml", eml)
    assert (outcome.kind, outcome.file, outcome.invoice, outcome.action, outcome.pec_sender) == (
        ReceiptKind.RC, name, invoice_id, ReceiptAction.DELIVERED, "sdi27@pec.fatturapa.it")
    file = _file(invoice_id)
    assert (file.status, file.sdi_id) == (EInvoiceStatus.DELIVERED, "4242")
    assert changes.invoices == {invoice_id} and changes.einvoice_messages == {outcome.entry}
    row = _rows()[0]
    assert (bytes(row.data), row.kind, row.action, row.file_name, row.sdi_id, row.invoice_id, row.pec_sender) == (
        eml, "RC", "delivered", name, "4242", invoice_id, "sdi27@pec.fatturapa.it")


@pytest.mark.parametrize("wrap", [lambda x: x, sdi.p7m, sdi.p7m_base64], ids=["xml", "p7m", "base64-p7m"])
def test_a_rejection_keeps_its_errors_whatever_wraps_it(db, sent, wrap):
    invoice_id, name = sent
    suffix = ".xml" if wrap is not sdi.p7m and wrap is not sdi.p7m_base64 else ".xml.p7m"
    outcome, _ = import_receipt(db, sdi.receipt_name(name, "NS").replace(".xml", suffix), wrap(sdi.ns(name, "77")))
    assert (outcome.kind, outcome.action) == (ReceiptKind.NS, ReceiptAction.REJECTED)
    file = _file(invoice_id)
    assert file.status == EInvoiceStatus.REJECTED and file.sdi_id == "77"
    assert file.detail.startswith("00002: Nome file duplicato") and "00200: " in file.detail
    assert [code for code, _text, _hint in json.loads(_rows()[0].errors)] == ["00002", "00200"]


def test_signed_files_are_verified_when_a_ca_bundle_is_configured(db, sent, tmp_path, monkeypatch):
    invoice_id, name = sent
    other = tmp_path / "other.pem"
    other.write_bytes(_other_ca())
    monkeypatch.setenv("SMALLCRM_SDI_CA_BUNDLE", str(other))
    refused, _ = import_receipt(db, sdi.receipt_name(name, "RC") + ".p7m", sdi.p7m(sdi.rc(name, "1")))
    assert refused.action == ReceiptAction.UNREADABLE and "trusted" in refused.reason
    assert list_incoming()[0].reason_code == ReceiptReason.P7M_UNTRUSTED
    assert _file(invoice_id).status == EInvoiceStatus.SENT
    trusted = tmp_path / "sdi.pem"
    trusted.write_bytes(sdi.test_ca_pem())
    monkeypatch.setenv("SMALLCRM_SDI_CA_BUNDLE", str(trusted))
    assert import_receipt(db, "rc.xml.p7m", sdi.p7m(sdi.rc(name, "1")))[0].action == ReceiptAction.DELIVERED


def _other_ca() -> bytes:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Another CA")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(7).not_valid_before(dt.datetime(2020, 1, 1)).not_valid_after(dt.datetime(2040, 1, 1))
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def test_not_delivered_then_delivered_and_a_public_administrations_outcomes(db, sent):
    invoice_id, name = sent
    assert import_receipt(db, "mc.xml", sdi.mc(name, "9"))[0].action == ReceiptAction.NOT_DELIVERED
    assert _file(invoice_id).status == EInvoiceStatus.NOT_DELIVERED
    assert import_receipt(db, "rc.xml", sdi.rc(name, "9"))[0].action == ReceiptAction.DELIVERED
    outcome = import_receipt(db, "ne.xml", sdi.ne(name, "9", "EC02", description="CIG mancante"))[0]
    assert (outcome.kind, outcome.action) == (ReceiptKind.NE, ReceiptAction.REFUSED)
    assert "CIG mancante" in outcome.reason
    assert (_file(invoice_id).status, _file(invoice_id).detail) == (
        EInvoiceStatus.REFUSED, "Refused by the public administration: CIG mancante")


def test_an_outcome_read_before_its_delivery_receipt_delivers_then_accepts(db, sent):
    invoice_id, name = sent
    assert import_receipt(db, "ne.xml", sdi.ne(name, "5", "EC01"))[0].action == ReceiptAction.ACCEPTED
    assert _file(invoice_id).status == EInvoiceStatus.ACCEPTED
    dt_outcome = import_receipt(db, "dt.xml", sdi.dt_notice(name, "5"))[0]
    assert (dt_outcome.kind, dt_outcome.action, dt_outcome.invoice) == (ReceiptKind.DT, ReceiptAction.TERMS_ELAPSED,
                                                                        invoice_id)
    assert _file(invoice_id).status == EInvoiceStatus.ACCEPTED


def test_an_attestation_records_a_public_administration_not_reached(db, sent):
    invoice_id, name = sent
    outcome = import_receipt(db, "at.xml", sdi.at(name, "31"))[0]
    assert (outcome.kind, outcome.action) == (ReceiptKind.AT, ReceiptAction.ATTESTED)
    assert (_file(invoice_id).status, _file(invoice_id).sdi_id) == (EInvoiceStatus.NOT_DELIVERED, "31")


def test_a_receipt_found_by_its_sdi_identifier_when_the_name_is_not_ours(db, sent):
    invoice_id, name = sent
    import_receipt(db, "rc.xml", sdi.rc(name, "600"))
    outcome = import_receipt(db, "dt.xml", sdi.dt_notice("IT99999999999_ZZZZZ.xml", "600"))[0]
    assert (outcome.file, outcome.invoice, outcome.action) == (name, invoice_id, ReceiptAction.TERMS_ELAPSED)


def test_the_pec_layers_own_receipts_are_noted_not_taken_for_the_sdis(db, sent):
    invoice_id, name = sent
    kinds = []
    for kind in ("accettazione", "avvenuta-consegna", "errore-consegna"):
        outcome = import_receipt(db, f"{kind}.eml", sdi.pec_receipt(kind, subject=name))[0]
        kinds.append((outcome.kind, outcome.action, outcome.file, outcome.invoice))
    assert kinds == [(ReceiptKind.PEC_ACCEPTANCE, ReceiptAction.PEC_ACCEPTED, name, invoice_id),
                     (ReceiptKind.PEC_DELIVERY, ReceiptAction.PEC_DELIVERED, name, invoice_id),
                     (ReceiptKind.PEC_NON_DELIVERY, ReceiptAction.PEC_NOT_DELIVERED, name, invoice_id)]
    assert "Utente sconosciuto" in _rows()[-1].reason
    assert _file(invoice_id).status == EInvoiceStatus.SENT


def test_a_suppliers_invoice_is_listed_not_processed(db, sent):
    invoice_id, _name = sent
    outcome = import_receipt(db, "in.eml", sdi.supplier_invoice_envelope())[0]
    assert (outcome.kind, outcome.file, outcome.invoice, outcome.action) == (
        ReceiptKind.INVOICE_RECEIVED, "IT09876543210_A0001.xml", None, ReceiptAction.LISTED)
    assert "supplier" in outcome.reason and _file(invoice_id).status == EInvoiceStatus.SENT


@pytest.mark.parametrize(("name", "data", "action", "words", "code"), [
    ("rc.xml", sdi.truncated(sdi.rc("IT01234567890_11111.xml", "1")), ReceiptAction.UNREADABLE, "cut short",
     ReceiptReason.XML_DAMAGED),
    ("rc.xml.p7m", sdi.not_cms(), ReceiptAction.UNREADABLE, "not a CMS signed file", ReceiptReason.P7M_NOT_CMS),
    ("rc.xml", b"\x00\x01 binary", ReceiptAction.UNREADABLE, "not an XML file", ReceiptReason.NOT_XML),
    ("mail.eml", sdi.plain_mail(content=b"<x/>"), ReceiptAction.NOT_PEC, "not a PEC message",
     ReceiptReason.ORDINARY_MAIL),
    ("empty.xml", b"", ReceiptAction.UNREADABLE, "empty", ReceiptReason.EMPTY),
    ("enc.xml", sdi.rc("IT01234567890_11111.xml", "1").replace(b"UTF-8", b"UTk-8"), ReceiptAction.UNREADABLE,
     "damaged", ReceiptReason.XML_DAMAGED),
    ("other.xml", b"<note>hello</note>", ReceiptAction.UNKNOWN, "none of the SdI's messages",
     ReceiptReason.NOT_SDI_XML),
], ids=["truncated", "not-cms", "not-xml", "not-pec", "empty", "unknown-encoding", "other-xml"])
def test_bad_input_is_listed_with_its_reason_and_changes_nothing(db, sent, name, data, action, words, code):
    invoice_id, _name = sent
    outcome, changes = import_receipt(db, name, data)
    assert (outcome.action, outcome.invoice) == (action, None) and words in outcome.reason
    assert not changes.invoices and _file(invoice_id).status == EInvoiceStatus.SENT
    row = _rows()[0]
    assert (row.action, row.reason, bytes(row.data)) == (str(action), outcome.reason, data)
    assert list_incoming()[0].reason_code == code  # for the window to say in the user's words


def test_a_receipt_for_an_unknown_file_and_a_duplicate_change_nothing(db, sent):
    invoice_id, name = sent
    unknown = import_receipt(db, "rc.xml", sdi.rc("IT01234567890_99999.xml", "1"))[0]
    assert (unknown.action, unknown.invoice) == (ReceiptAction.UNKNOWN_FILE, None)
    assert "IT01234567890_99999.xml" in unknown.reason
    xml = sdi.ns(name, "8")
    assert import_receipt(db, "ns.xml", xml)[0].action == ReceiptAction.REJECTED
    before = _file(invoice_id)
    again, changes = import_receipt(db, "ns-copy.xml", xml)
    signed_copy = import_receipt(db, "ns.xml.p7m", sdi.p7m(xml))[0]
    assert again.action == signed_copy.action == ReceiptAction.DUPLICATE
    assert not changes.invoices and _file(invoice_id) == before
    assert [r.action for r in _rows()] == ["unknown_file", "rejected", "duplicate", "duplicate"]


def test_a_receipt_that_contradicts_the_files_status_is_refused(db, sent):
    invoice_id, name = sent
    import_receipt(db, "ns.xml", sdi.ns(name, "8"))
    late = import_receipt(db, "rc.xml", sdi.rc(name, "8"))[0]
    assert late.action == ReceiptAction.NOT_ALLOWED and "rejected" in late.reason
    listed = list_incoming()[0]
    assert (listed.reason_code, listed.reason_params) == (ReceiptReason.STATUS_CONTRADICTS,
                                                          {"current": "rejected", "status": "delivered"})
    assert listed.errors == () and listed.invoice_number == _number(invoice_id)
    assert _file(invoice_id).status == EInvoiceStatus.REJECTED


def test_files_are_imported_one_by_one_and_a_missing_one_is_reported(db, sent, tmp_path):
    invoice_id, name = sent
    good = tmp_path / sdi.receipt_name(name, "RC")
    good.write_bytes(sdi.rc(name, "3"))
    outcomes, changes = import_receipt_files(db, [tmp_path / "missing.xml", good])
    assert [o.action for o in outcomes] == [ReceiptAction.UNREADABLE, ReceiptAction.DELIVERED]
    assert "missing.xml" in outcomes[0].reason and changes.invoices == {invoice_id}


def test_a_message_fetched_without_a_file_name_is_read_by_what_it_is(db, sent):
    invoice_id, name = sent
    eml = sdi.pec_envelope(sdi.receipt_name(name, "MC") + ".p7m", sdi.p7m_base64(sdi.mc(name, "12")))
    outcome = import_receipt(db, "INBOX/1234", eml)[0]
    assert (outcome.kind, outcome.action, outcome.pec_sender) == (ReceiptKind.MC, ReceiptAction.NOT_DELIVERED,
                                                                  sdi.SDI_PEC)
    assert _file(invoice_id).status == EInvoiceStatus.NOT_DELIVERED


def test_a_ca_bundle_that_cannot_be_used_refuses_the_messages_without_a_traceback(db, sent, tmp_path, monkeypatch):
    invoice_id, name = sent
    monkeypatch.setenv("SMALLCRM_SDI_CA_BUNDLE", str(tmp_path / "missing.pem"))
    missing = import_receipt(db, "rc.xml", sdi.rc(name, "1"))[0]
    assert missing.action == ReceiptAction.UNREADABLE and "SMALLCRM_SDI_CA_BUNDLE" in missing.reason
    assert list_incoming()[0].reason_code == ReceiptReason.CA_BUNDLE_UNREADABLE
    (tmp_path / "bad.pem").write_text("not a certificate")
    monkeypatch.setenv("SMALLCRM_SDI_CA_BUNDLE", str(tmp_path / "bad.pem"))
    bad = import_receipt(db, "rc.xml.p7m", sdi.p7m(sdi.rc(name, "1")))[0]
    assert bad.action == ReceiptAction.UNREADABLE and "PEM" in bad.reason
    assert list_incoming()[0].reason_code == ReceiptReason.CA_BUNDLE_INVALID
    assert _file(invoice_id).status == EInvoiceStatus.SENT


def test_an_sdi_answer_imported_from_a_file_teaches_the_address_the_sdi_assigned(db, sent):
    """The same as the IMAP fetch: the SdI's first used answer names its address; a PEC provider's receipt, an
    answer about a file unknown here and later answers do not change it."""
    from smallcrm.services.einvoicing.pec_account import SDI_FIRST_ADDRESS, pec_settings

    invoice_id, name = sent
    provider = sdi.pec_receipt("avvenuta-consegna", subject=name, sender="sdi31@pec.fatturapa.it")
    assert import_receipt(db, "delivery.eml", provider)[0].sdi_address == ""
    stranger = sdi.pec_envelope(sdi.receipt_name("IT09876543210_ZZZZZ.xml", "RC"),
                                sdi.rc("IT09876543210_ZZZZZ.xml", "1"), sender="sdi32@pec.fatturapa.it")
    assert import_receipt(db, "stranger.eml", stranger)[0].action == ReceiptAction.UNKNOWN_FILE
    assert pec_settings().sdi_address == SDI_FIRST_ADDRESS

    eml = sdi.pec_envelope(sdi.receipt_name(name, "RC"), sdi.rc(name, "4242"), sender="SDI27@pec.fatturapa.it")
    [outcome], changes = import_receipt_files(db, [_saved(db, "answer.eml", eml)])

    assert outcome.sdi_address == "sdi27@pec.fatturapa.it" == pec_settings().sdi_address
    assert changes.settings
    later = sdi.pec_envelope(sdi.receipt_name(name, "NE"), sdi.ne(name, "4242"), sender="sdi40@pec.fatturapa.it")
    assert import_receipt(db, "later.eml", later)[0].sdi_address == ""
    assert pec_settings().sdi_address == "sdi27@pec.fatturapa.it"


def _saved(db, name: str, data: bytes):
    path = db.path.parent / name
    path.write_bytes(data)
    return path
