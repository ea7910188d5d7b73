"""Builders of what the SdI and a PEC provider send, for the tests of the receipts (and of the PEC channel).

Written from the SdI's technical specifications and its messages schema (MessaggiTypes v1.1: root element in
the namespace http://www.fatturapa.gov.it/sdi/messaggi/v1.0, children unqualified, ``versione`` "1.0"), and
from the PEC technical rules (DM 2 November 2005: the provider's S/MIME-signed envelope, ``daticert.xml``, the
original message as ``postacert.eml``, the X-Trasporto / X-Ricevuta headers). Nothing here comes from a real
receipt: every value is made up, the signatures by a self-signed test certificate.

Receipt files are named as the SdI names them: the invoice file's stem, the kind, a 3-character progressive
(``IT01234567890_11111_RC_001.xml``). Every builder returns bytes; the SdI's XML ones can be signed as a CMS
.p7m with ``p7m(...)`` and carried in a PEC message with ``pec_envelope(...)``::

    xml = rc("IT01234567890_11111.xml", "4242")
    eml = pec_envelope(receipt_name("IT01234567890_11111.xml", "RC"), p7m(xml))
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
from email import message_from_bytes
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from xml.sax.saxutils import escape

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

NS = "http://www.fatturapa.gov.it/sdi/messaggi/v1.0"
SDI_PEC = "sdi01@pec.fatturapa.it"
OUR_PEC = "fatture@pec.bottegaverdi.example"
PROVIDER = "pec.provider.example"
WHEN = dt.datetime(2026, 3, 2, 10, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
HASH = "a" * 64  # the SHA-256 of the file, in hex: the SdI repeats it, we do not check it


def receipt_name(file_name: str, kind: str, number: int = 1) -> str:
    """The SdI's name of a receipt about ``file_name``: IT01234567890_11111_RC_001.xml."""
    stem = file_name.removesuffix(".p7m").removesuffix(".xml")
    return f"{stem}_{kind}_{number:03d}.xml"


def _element(name: str, value: object) -> str:
    return f"<{name}>{escape(str(value))}</{name}>" if value not in (None, "") else ""


def _message(root: str, body: str, versione: str) -> bytes:
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<ns2:{root} xmlns:ns2="{NS}" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" versione="{versione}">'
            f"{body}</ns2:{root}>\n")
    return text.encode("utf-8")


def _when(value: dt.datetime) -> str:
    return value.isoformat(timespec="milliseconds")


def rc(file_name: str, sdi_id: str, *, received: dt.datetime = WHEN, delivered: dt.datetime | None = None,
       recipient: str = "0000000", message_id: str = "101", note: str = "", versione: str = "1.0") -> bytes:
    """RicevutaConsegna: the file was delivered to the customer."""
    body = (_element("IdentificativoSdI", sdi_id) + _element("NomeFile", file_name) + _element("Hash", HASH)
            + _element("DataOraRicezione", _when(received))
            + _element("DataOraConsegna", _when(delivered or received + dt.timedelta(minutes=20)))
            + f"<Destinatario>{_element('Codice', recipient)}{_element('Descrizione', 'Rossi Impianti')}"
              "</Destinatario>"
            + _element("MessageId", message_id) + _element("Note", note))
    return _message("RicevutaConsegna", body, versione)


# an error about the customer's data as the invoice was issued: no corrected file can change it
CUSTOMER_VAT_ERROR = ("00305", "1.4.1.1.2 <IdCodice> non valido : 00743110158")


def ns(file_name: str, sdi_id: str, errors: tuple[tuple[str, str], ...] | None = None, *,
       received: dt.datetime = WHEN, message_id: str = "102", versione: str = "1.0",
       suggestions: tuple[str, ...] = ()) -> bytes:
    """NotificaScarto: the file was rejected; ``errors`` are (Codice, Descrizione) pairs, the SdI's words."""
    errors = errors if errors is not None else (
        ("00002", "Nome file duplicato"),
        ("00200", "File non conforme al formato : cvc-pattern-valid: Value '' is not facet-valid"),
    )
    listed = "".join(
        "<Errore>" + _element("Codice", code) + _element("Descrizione", text)
        + _element("Suggerimento", suggestions[i] if i < len(suggestions) else "") + "</Errore>"
        for i, (code, text) in enumerate(errors))
    body = (_element("IdentificativoSdI", sdi_id) + _element("NomeFile", file_name) + _element("Hash", HASH)
            + _element("DataOraRicezione", _when(received)) + f"<ListaErrori>{listed}</ListaErrori>"
            + _element("MessageId", message_id))
    return _message("NotificaScarto", body, versione)


def mc(file_name: str, sdi_id: str, *, received: dt.datetime = WHEN, message_id: str = "103",
       description: str = "Il destinatario non è raggiungibile: la fattura è nell'area riservata del cessionario",
       versione: str = "1.0") -> bytes:
    """NotificaMancataConsegna: the SdI could not deliver the file (it waits in the customer's cassetto fiscale)."""
    body = (_element("IdentificativoSdI", sdi_id) + _element("NomeFile", file_name) + _element("Hash", HASH)
            + _element("DataOraRicezione", _when(received)) + _element("Descrizione", description)
            + _element("MessageId", message_id))
    return _message("NotificaMancataConsegna", body, versione)


def ne(file_name: str, sdi_id: str, outcome: str = "EC01", *, description: str = "", invoice_number: str = "1/2026",
       invoice_year: int = 2026, message_id: str = "104", versione: str = "1.0") -> bytes:
    """NotificaEsito: a public administration's outcome (EsitoCommittente EC01 accepted, EC02 refused)."""
    esito = ("<EsitoCommittente>" + _element("IdentificativoSdI", sdi_id)
             + "<RiferimentoFattura>" + _element("NumeroFattura", invoice_number)
             + _element("AnnoFattura", invoice_year) + "</RiferimentoFattura>"
             + _element("Esito", outcome) + _element("Descrizione", description)
             + _element("MessageIdCommittente", "9001") + "</EsitoCommittente>")
    body = (_element("IdentificativoSdI", sdi_id) + _element("NomeFile", file_name) + _element("Hash", HASH)
            + esito + _element("MessageId", message_id))
    return _message("NotificaEsito", body, versione)


def dt_notice(file_name: str, sdi_id: str, *, message_id: str = "105", versione: str = "1.0",
              description: str = "Decorsi i termini per la notifica di esito") -> bytes:
    """NotificaDecorrenzaTermini: a public administration gave no outcome within 15 days."""
    body = (_element("IdentificativoSdI", sdi_id) + _element("NomeFile", file_name) + _element("Hash", HASH)
            + _element("Descrizione", description) + _element("MessageId", message_id))
    return _message("NotificaDecorrenzaTermini", body, versione)


def at(file_name: str, sdi_id: str, *, received: dt.datetime = WHEN, recipient: str = "UFX9Z1",
       message_id: str = "106", versione: str = "1.0") -> bytes:
    """AttestazioneTrasmissioneFattura: a public administration's file could not be delivered; the SdI attests
    that it was sent (the attestation is what the seller keeps instead of the delivery receipt)."""
    body = (_element("IdentificativoSdI", sdi_id) + _element("NomeFile", file_name) + _element("Hash", HASH)
            + _element("DataOraRicezione", _when(received))
            + f"<Destinatario>{_element('Codice', recipient)}{_element('Descrizione', 'Comune di Prova')}"
              "</Destinatario>"
            + _element("MessageId", message_id))
    return _message("AttestazioneTrasmissioneFattura", body, versione)


def metadata(file_name: str, sdi_id: str, *, recipient: str = "0000000", message_id: str = "107") -> bytes:
    """MetadatiInvioFile (the *_MT_*.xml beside a supplier's invoice the SdI delivers to us)."""
    body = (_element("IdentificativoSdI", sdi_id) + _element("NomeFile", file_name) + _element("Hash", HASH)
            + _element("CodiceDestinatario", recipient) + _element("Formato", "FPR12")
            + _element("TentativiInvio", 1) + _element("MessageId", message_id))
    return _message("MetadatiInvioFile", body, "1.0")


def supplier_invoice(number: str = "77/2026") -> bytes:
    """A supplier's FatturaPA (only its head matters here: the receipts list it, they do not read it)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<p:FatturaElettronica versione="FPR12" '
            f'xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">'
            f"<FatturaElettronicaHeader><DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese>"
            f"<IdCodice>09876543210</IdCodice></IdTrasmittente><ProgressivoInvio>A0001</ProgressivoInvio>"
            f"<FormatoTrasmissione>FPR12</FormatoTrasmissione><CodiceDestinatario>0000000</CodiceDestinatario>"
            f"</DatiTrasmissione></FatturaElettronicaHeader><FatturaElettronicaBody><DatiGenerali>"
            f"<DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa>"
            f"<Data>2026-03-01</Data><Numero>{escape(number)}</Numero></DatiGeneraliDocumento></DatiGenerali>"
            f"</FatturaElettronicaBody></p:FatturaElettronica>\n").encode()


# --- signatures -----------------------------------------------------------------------------------------------


@functools.cache
def test_signer() -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """A self-signed certificate and its key (made once per test run): the 'SdI' and the 'PEC provider' sign."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test SdI signer"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "SmallCRM tests")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return cert, key


def test_ca_pem() -> bytes:
    """The test signer's certificate as a CA bundle (PEM), to configure verification with."""
    return test_signer()[0].public_bytes(serialization.Encoding.PEM)


def p7m(content: bytes) -> bytes:
    """``content`` signed as the SdI signs its files: CMS SignedData (CAdES-like), the content inside, DER."""
    cert, key = test_signer()
    return (pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))


def p7m_base64(content: bytes) -> bytes:
    """A .p7m as some providers hand it over: the DER in base64 text, in lines of 76."""
    return base64.encodebytes(p7m(content))


def _detached_signature(data: bytes) -> bytes:
    cert, key = test_signer()
    return (pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]))


# --- PEC --------------------------------------------------------------------------------------------------------


def daticert(kind: str, *, sender: str, recipient: str, subject: str, identifier: str, msgid: str,
             error: str = "nessuno", when: dt.datetime = WHEN, extended_error: str = "") -> bytes:
    """The provider's certification data (daticert.xml): ``kind`` is posta-certificata, accettazione,
    avvenuta-consegna, errore-consegna ...; ``error`` nessuno, no-dest, no-dominio, virus, altro."""
    extra = ""
    if kind == "avvenuta-consegna":
        extra = f'<ricevuta tipo="completa"/><consegna>{escape(recipient)}</consegna>'
    elif kind == "errore-consegna":
        extra = f"<consegna>{escape(recipient)}</consegna><errore-esteso>{escape(extended_error)}</errore-esteso>"
    offset = when.strftime("%z")
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE postacert SYSTEM "Postacert.dtd">\n'
            f'<postacert tipo="{kind}" errore="{error}"><intestazione>'
            f"<mittente>{escape(sender)}</mittente>"
            f'<destinatari tipo="certificato">{escape(recipient)}</destinatari>'
            f"<risposte>{escape(sender)}</risposte><oggetto>{escape(subject)}</oggetto></intestazione>"
            f"<dati><gestore-emittente>Provider PEC di prova S.p.A.</gestore-emittente>"
            f'<data zona="{offset}"><giorno>{when:%d/%m/%Y}</giorno><ora>{when:%H:%M:%S}</ora></data>'
            f"<identificativo>{escape(identifier)}</identificativo><msgid>{escape(msgid)}</msgid>{extra}"
            f"</dati></postacert>\n")
    return text.encode("utf-8")


def _signed(inner: Message, headers: dict[str, str]) -> bytes:
    """``inner`` wrapped as S/MIME multipart/signed (detached signature over its exact bytes) with ``headers``."""
    body = inner.as_bytes(policy=SMTP)
    signature = MIMEApplication(_detached_signature(body), "pkcs7-signature", name="smime.p7s")
    signature.add_header("Content-Disposition", "attachment", filename="smime.p7s")
    boundary = "----=_signed_" + make_msgid().strip("<>").split("@")[0].replace(".", "")
    sig_bytes = signature.as_bytes(policy=SMTP)
    head = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    head += ("MIME-Version: 1.0\r\nContent-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; "
             f"micalg=sha-256; boundary=\"{boundary}\"\r\n\r\n")
    out = (head.encode() + b"This is an S/MIME signed message\r\n\r\n"
           + f"--{boundary}\r\n".encode() + body + f"\r\n--{boundary}\r\n".encode() + sig_bytes
           + f"\r\n--{boundary}--\r\n".encode())
    return out


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _sdi_message(attachment_name: str, content: bytes, sender: str, recipient: str, subject: str) -> EmailMessage:
    """The message the SdI writes (what the provider puts inside as postacert.eml)."""
    original = EmailMessage()
    original["From"] = sender
    original["To"] = recipient
    original["Subject"] = subject
    original["Date"] = format_datetime(WHEN)
    original["Message-ID"] = make_msgid(domain="pec.fatturapa.it")
    original.set_content("Messaggio del Sistema di Interscambio.\n")
    original.add_attachment(content, maintype="application", subtype="octet-stream", filename=attachment_name)
    return original


def pec_envelope(inner_attachment_name: str, inner_bytes: bytes, sender: str = SDI_PEC, *,
                 recipient: str = OUR_PEC, subject: str | None = None,
                 extra_attachments: tuple[tuple[str, bytes], ...] = ()) -> bytes:
    """A whole PEC message as the provider delivers the SdI's message: signed envelope (X-Trasporto:
    posta-certificata), a text part, daticert.xml and the SdI's message as postacert.eml with ``inner_bytes``
    attached as ``inner_attachment_name`` (and ``extra_attachments``, e.g. a supplier invoice's metadata)."""
    subject = subject or f"Invio File {inner_attachment_name}"
    original = _sdi_message(inner_attachment_name, inner_bytes, sender, recipient, subject)
    for name, data in extra_attachments:
        original.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    identifier = f"opec.{_digest(inner_attachment_name)}@{PROVIDER}"
    mixed = MIMEMultipart("mixed")
    text = MIMEMultipart("alternative")
    text.attach(MIMEText(f"Messaggio di posta certificata\nIl giorno {WHEN:%d/%m/%Y} alle ore {WHEN:%H:%M:%S} "
                         f"il messaggio \"{subject}\" è stato inviato da \"{sender}\" indirizzato a: {recipient}\n",
                         "plain", "utf-8"))
    mixed.attach(text)
    cert = MIMEApplication(daticert("posta-certificata", sender=sender, recipient=recipient, subject=subject,
                                    identifier=identifier, msgid=original["Message-ID"]), "xml", name="daticert.xml")
    cert.add_header("Content-Disposition", "attachment", filename="daticert.xml")
    mixed.attach(cert)
    carried = MIMEBase("message", "rfc822", name="postacert.eml")
    carried.set_payload([original])
    carried.add_header("Content-Disposition", "attachment", filename="postacert.eml")
    mixed.attach(carried)
    headers = {"Return-Path": f"<posta-certificata@{PROVIDER}>", "Date": format_datetime(WHEN),
               "From": f'"Per conto di: {sender}" <posta-certificata@{PROVIDER}>', "Reply-To": sender,
               "To": recipient, "Subject": f"POSTA CERTIFICATA: {subject}", "Message-ID": f"<{identifier}>",
               "X-Riferimento-Message-ID": original["Message-ID"], "X-Trasporto": "posta-certificata"}
    return _signed(mixed, headers)


_RECEIPT_WORDS = {"accettazione": ("ACCETTAZIONE", "Ricevuta di accettazione",
                                   "il messaggio \"{subject}\" proveniente da \"{sender}\" ed indirizzato a "
                                   "\"{recipient}\" è stato accettato dal sistema ed inoltrato."),
                  "avvenuta-consegna": ("CONSEGNA", "Ricevuta di avvenuta consegna",
                                        "il messaggio \"{subject}\" proveniente da \"{sender}\" ed indirizzato a "
                                        "\"{recipient}\" è stato consegnato nella casella di destinazione."),
                  "errore-consegna": ("AVVISO DI MANCATA CONSEGNA", "Avviso di mancata consegna",
                                      "nel messaggio \"{subject}\" proveniente da \"{sender}\" ed indirizzato a "
                                      "\"{recipient}\" è stato rilevato un problema che ne impedisce la consegna.")}


def pec_receipt(kind: str, *, subject: str = "IT01234567890_11111.xml", sender: str = OUR_PEC,
                recipient: str = SDI_PEC, original: bytes | None = None, error: str = "nessuno",
                extended_error: str = "") -> bytes:
    """The PEC layer's own receipt of a message we sent: ``kind`` accettazione (the provider took it),
    avvenuta-consegna (it reached the SdI's mailbox; ``original`` carried as postacert.eml, a 'completa'
    receipt), errore-consegna (it could not be delivered; ``error`` e.g. no-dest, ``extended_error`` the words)."""
    prefix, title, words = _RECEIPT_WORDS[kind]
    if kind == "errore-consegna" and error == "nessuno":
        error, extended_error = "no-dest", extended_error or "5.1.1 - Utente sconosciuto"
    identifier = f"opec.{kind}.{_digest(subject)}@{PROVIDER}"
    msgid = make_msgid(domain="pec.bottegaverdi.example")
    mixed = MIMEMultipart("mixed")
    mixed.attach(MIMEText(f"{title}\n\nIl giorno {WHEN:%d/%m/%Y} alle ore {WHEN:%H:%M:%S} "
                          + words.format(subject=subject, sender=sender, recipient=recipient) + "\n",
                          "plain", "utf-8"))
    cert = MIMEApplication(daticert(kind, sender=sender, recipient=recipient, subject=subject,
                                    identifier=identifier, msgid=msgid, error=error, extended_error=extended_error),
                           "xml", name="daticert.xml")
    cert.add_header("Content-Disposition", "attachment", filename="daticert.xml")
    mixed.attach(cert)
    if original is not None and kind == "avvenuta-consegna":
        carried = MIMEBase("message", "rfc822", name="postacert.eml")
        carried.set_payload([message_from_bytes(original)])
        carried.add_header("Content-Disposition", "attachment", filename="postacert.eml")
        mixed.attach(carried)
    headers = {"Date": format_datetime(WHEN), "From": f"posta-certificata@{PROVIDER}", "To": sender,
               "Subject": f"{prefix}: {subject}", "Message-ID": f"<{identifier}>", "X-Ricevuta": kind,
               "X-Riferimento-Message-ID": msgid}
    if kind == "errore-consegna":
        headers["X-Trasporto"] = "errore"
    return _signed(mixed, headers)


def supplier_invoice_envelope(file_name: str = "IT09876543210_A0001.xml", sdi_id: str = "5555") -> bytes:
    """A supplier's invoice as the SdI delivers it by PEC: the invoice file and its metadata file."""
    invoice = supplier_invoice()
    return pec_envelope(file_name, invoice, subject=f"Invio File {sdi_id}",
                        extra_attachments=((receipt_name(file_name, "MT"), metadata(file_name, sdi_id)),))


# --- broken input -----------------------------------------------------------------------------------------------


def truncated(xml: bytes) -> bytes:
    """An XML cut in the middle (a download that stopped)."""
    return xml[: len(xml) // 2]


def not_cms() -> bytes:
    """What a file named .p7m may hold without being CMS at all."""
    return b"This is not a signed file, only text saved with the wrong name.\n"


def plain_mail(attachment_name: str = "IT01234567890_11111_RC_001.xml", content: bytes | None = None) -> bytes:
    """An ordinary e-mail (not PEC: no signed envelope, no daticert.xml) that carries a receipt-looking file."""
    message = EmailMessage()
    message["From"] = "someone@example.com"
    message["To"] = OUR_PEC
    message["Subject"] = "Fwd: ricevuta"
    message["Date"] = format_datetime(WHEN)
    message["Message-ID"] = make_msgid(domain="example.com")
    message.set_content("See attached.\n")
    if content is not None:
        message.add_attachment(content, maintype="application", subtype="xml", filename=attachment_name)
    return message.as_bytes(policy=SMTP)
