"""The test builders say what the SdI and a PEC provider say: the receipts' roots in the SdI's namespace with their
file and identifier, the .p7m a CMS SignedData holding the file, the PEC envelope's detached signature over the
exact bytes of its signed part; and the readers read them back."""

from __future__ import annotations

import email
import email.policy
import hashlib
import re

import pytest
from asn1crypto import cms
from defusedxml import ElementTree

from smallcrm.domain import ReceiptKind
from smallcrm.services.einvoicing.pec_envelope import read_pec
from smallcrm.services.einvoicing.sdi_messages import NAMESPACE, read_sdi_xml
from tests.services.einvoicing import sdi_messages as sdi

NAME = "IT01234567890_11111.xml"


@pytest.mark.parametrize(("xml", "root", "kind"), [
    (sdi.rc(NAME, "42"), "RicevutaConsegna", ReceiptKind.RC), (sdi.ns(NAME, "42"), "NotificaScarto", ReceiptKind.NS),
    (sdi.mc(NAME, "42"), "NotificaMancataConsegna", ReceiptKind.MC),
    (sdi.ne(NAME, "42"), "NotificaEsito", ReceiptKind.NE),
    (sdi.dt_notice(NAME, "42"), "NotificaDecorrenzaTermini", ReceiptKind.DT),
    (sdi.at(NAME, "42"), "AttestazioneTrasmissioneFattura", ReceiptKind.AT),
])
def test_each_receipt_is_the_sdis_message_and_reads_back(xml, root, kind):
    element = ElementTree.fromstring(xml)
    assert element.tag == f"{{{NAMESPACE}}}{root}" and element.get("versione") == "1.0"
    assert element.findtext("NomeFile") == NAME and element.findtext("IdentificativoSdI") == "42"
    read = read_sdi_xml(xml)
    assert (read.kind, read.file_name, read.sdi_id) == (kind, NAME, "42")
    assert sdi.receipt_name(NAME, kind.value) == f"IT01234567890_11111_{kind.value}_001.xml"


def test_a_p7m_holds_the_file_in_a_signed_data():
    info = cms.ContentInfo.load(sdi.p7m(b"<x/>"))
    assert info["content_type"].native == "signed_data"
    assert info["content"]["encap_content_info"]["content"].native == b"<x/>"


def test_the_pec_envelope_is_signed_over_its_exact_bytes_and_carries_the_sdis_message():
    eml = sdi.pec_envelope(sdi.receipt_name(NAME, "RC"), sdi.rc(NAME, "42"))
    message = email.message_from_bytes(eml, policy=email.policy.default)
    assert message.get_content_type() == "multipart/signed" and message["X-Trasporto"] == "posta-certificata"
    boundary = message.get_boundary().encode()
    signed_part = re.split(b"\r\n--" + re.escape(boundary), eml.split(b"--" + boundary + b"\r\n", 1)[1])[0]
    signature = next(p for p in message.walk() if p.get_content_type() == "application/pkcs7-signature")
    signer = cms.ContentInfo.load(signature.get_payload(decode=True))["content"]["signer_infos"][0]
    digest = next(a["values"][0].native for a in signer["signed_attrs"] if a["type"].native == "message_digest")
    assert digest == hashlib.sha256(signed_part).digest()
    pec = read_pec(eml)
    assert (pec.kind, pec.sender, [n for n, _ in pec.attachments]) == (
        "posta-certificata", sdi.SDI_PEC, ["IT01234567890_11111_RC_001.xml"])


@pytest.mark.parametrize("kind", ["accettazione", "avvenuta-consegna", "errore-consegna"])
def test_the_pec_layers_receipts_say_what_they_are(kind):
    message = email.message_from_bytes(sdi.pec_receipt(kind, subject=NAME), policy=email.policy.default)
    assert message["X-Ricevuta"] == kind and NAME in message["Subject"]
    assert read_pec(sdi.pec_receipt(kind, subject=NAME)).kind == kind
