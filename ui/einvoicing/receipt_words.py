"""The SdI's and the PEC provider's messages in the user's words: what each kind is, what reading it did, and a
rejection's error codes in plain words (the local checks' texts where the code is one of theirs)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smallcrm.domain import EInvoiceStatus, ReceiptAction, ReceiptKind, ReceiptReason
from smallcrm.services.einvoicing.sdi_messages import SdiError
from ui.common.errors import known_codes, message_for_code

CONTEXT = "ReceiptWords"
KINDS = {
    ReceiptKind.RC: QT_TRANSLATE_NOOP("ReceiptWords", "Delivery receipt (RC)"),
    ReceiptKind.NS: QT_TRANSLATE_NOOP("ReceiptWords", "Rejection (NS)"),
    ReceiptKind.MC: QT_TRANSLATE_NOOP("ReceiptWords", "Not delivered (MC)"),
    ReceiptKind.NE: QT_TRANSLATE_NOOP("ReceiptWords", "Public administration's outcome (NE)"),
    ReceiptKind.DT: QT_TRANSLATE_NOOP("ReceiptWords", "Terms elapsed (DT)"),
    ReceiptKind.AT: QT_TRANSLATE_NOOP("ReceiptWords", "Attestation of transmission (AT)"),
    ReceiptKind.PEC_ACCEPTANCE: QT_TRANSLATE_NOOP("ReceiptWords", "PEC: accepted by the provider"),
    ReceiptKind.PEC_DELIVERY: QT_TRANSLATE_NOOP("ReceiptWords", "PEC: delivered to the SdI"),
    ReceiptKind.PEC_NON_DELIVERY: QT_TRANSLATE_NOOP("ReceiptWords", "PEC: not delivered"),
    ReceiptKind.INVOICE_RECEIVED: QT_TRANSLATE_NOOP("ReceiptWords", "Invoice from a supplier"),
    ReceiptKind.UNKNOWN: QT_TRANSLATE_NOOP("ReceiptWords", "Not recognised"),
}
ACTIONS = {
    ReceiptAction.DELIVERED: QT_TRANSLATE_NOOP("ReceiptWords", "Delivered to the customer"),
    ReceiptAction.NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "ReceiptWords", "Not delivered: the invoice waits in the customer's cassetto fiscale. It is issued all the "
                        "same: tell the customer to download it there"),
    ReceiptAction.REJECTED: QT_TRANSLATE_NOOP("ReceiptWords", "Rejected by the SdI: for the tax rules the invoice "
                                                              "has not been issued"),
    ReceiptAction.ACCEPTED: QT_TRANSLATE_NOOP("ReceiptWords", "Accepted by the public administration"),
    ReceiptAction.REFUSED: QT_TRANSLATE_NOOP("ReceiptWords", "Refused by the public administration"),
    ReceiptAction.TERMS_ELAPSED: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The public administration gave no outcome within 15 days: the file stays delivered"),
    ReceiptAction.ATTESTED: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The public administration could not be reached: the SdI attests that the file was sent"),
    ReceiptAction.PEC_ACCEPTED: QT_TRANSLATE_NOOP("ReceiptWords", "Your PEC provider accepted the message"),
    ReceiptAction.PEC_DELIVERED: QT_TRANSLATE_NOOP("ReceiptWords", "The message reached the SdI's mailbox"),
    ReceiptAction.PEC_NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The message could not be delivered to the SdI: send it again"),
    ReceiptAction.LISTED: QT_TRANSLATE_NOOP("ReceiptWords", "Listed only: received invoices are not handled yet"),
    ReceiptAction.DUPLICATE: QT_TRANSLATE_NOOP("ReceiptWords", "Already read: nothing changed"),
    ReceiptAction.UNKNOWN_FILE: QT_TRANSLATE_NOOP("ReceiptWords", "About a file that is not here: nothing changed"),
    ReceiptAction.NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "ReceiptWords", "Contradicts the file's status: nothing changed"),
    ReceiptAction.UNREADABLE: QT_TRANSLATE_NOOP("ReceiptWords", "Cannot be read: nothing changed"),
    ReceiptAction.NOT_PEC: QT_TRANSLATE_NOOP("ReceiptWords", "Not a PEC message: nothing changed"),
    ReceiptAction.UNKNOWN: QT_TRANSLATE_NOOP("ReceiptWords", "Not an SdI message: nothing changed"),
}


REASONS = {
    ReceiptReason.EMPTY: QT_TRANSLATE_NOOP("ReceiptWords", "The file is empty"),
    ReceiptReason.DAMAGED: QT_TRANSLATE_NOOP("ReceiptWords", "The file is damaged: it cannot be read"),
    ReceiptReason.NOT_XML: QT_TRANSLATE_NOOP("ReceiptWords", "Neither an XML file nor a signed (.p7m) one"),
    ReceiptReason.P7M_NOT_CMS: QT_TRANSLATE_NOOP("ReceiptWords", "A .p7m file that is not a signed file"),
    ReceiptReason.P7M_DETACHED: QT_TRANSLATE_NOOP("ReceiptWords", "A signature without the file it signs"),
    ReceiptReason.P7M_UNSUPPORTED: QT_TRANSLATE_NOOP("ReceiptWords", "A kind of signature that is not checked here"),
    ReceiptReason.P7M_CHANGED: QT_TRANSLATE_NOOP("ReceiptWords", "The file was changed after it was signed"),
    ReceiptReason.P7M_BAD_SIGNATURE: QT_TRANSLATE_NOOP("ReceiptWords", "The signature does not verify"),
    ReceiptReason.P7M_NO_SIGNER: QT_TRANSLATE_NOOP("ReceiptWords", "The signer's certificate is not in the file"),
    ReceiptReason.P7M_UNTRUSTED: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The signer's certificate is not issued by a trusted authority, or has expired"),
    ReceiptReason.CA_BUNDLE_INVALID: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) are not PEM "
                        "certificates: correct the setting and import the message again"),
    ReceiptReason.CA_BUNDLE_UNREADABLE: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The certificates set to check signatures with (SMALLCRM_SDI_CA_BUNDLE) cannot be read: "
                        "correct the setting and import the message again"),
    ReceiptReason.XML_DAMAGED: QT_TRANSLATE_NOOP("ReceiptWords", "The XML is cut short or damaged"),
    ReceiptReason.XML_ENTITIES: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The XML declares entities or a DTD, which are not read, for safety"),
    ReceiptReason.NOT_SDI_XML: QT_TRANSLATE_NOOP("ReceiptWords", "An XML file that is none of the SdI's messages"),
    ReceiptReason.NOT_MAIL: QT_TRANSLATE_NOOP("ReceiptWords", "Not an e-mail message"),
    ReceiptReason.ORDINARY_MAIL: QT_TRANSLATE_NOOP(
        "ReceiptWords", "An ordinary e-mail, not a certified (PEC) one: import the message as it arrived in the PEC "
                        "mailbox, or the SdI's file attached to it"),
    ReceiptReason.PEC_NO_ORIGINAL: QT_TRANSLATE_NOOP(
        "ReceiptWords", "A certified envelope without the original message in it (postacert.eml)"),
    ReceiptReason.PEC_DATICERT_DAMAGED: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The certified envelope's data (daticert.xml) cannot be read"),
    ReceiptReason.PEC_WITHOUT_FILE: QT_TRANSLATE_NOOP("ReceiptWords", "A PEC message without an SdI file: %1"),
    ReceiptReason.PEC_NOT_DELIVERED: QT_TRANSLATE_NOOP("ReceiptWords", "The PEC provider says: %1"),
    ReceiptReason.STATUS_CONTRADICTS: QT_TRANSLATE_NOOP(
        "ReceiptWords", "The file is %1: this receipt cannot make it %2"),
}
STATUSES = {  # a file's status in a sentence about the file (labels name a list's column, and a quote's too)
    EInvoiceStatus.TO_SEND: QT_TRANSLATE_NOOP("ReceiptWords", "still to send"),
    EInvoiceStatus.SENT: QT_TRANSLATE_NOOP("ReceiptWords", "sent"),
    EInvoiceStatus.DELIVERED: QT_TRANSLATE_NOOP("ReceiptWords", "delivered"),
    EInvoiceStatus.NOT_DELIVERED: QT_TRANSLATE_NOOP("ReceiptWords", "not delivered"),
    EInvoiceStatus.REJECTED: QT_TRANSLATE_NOOP("ReceiptWords", "rejected by the SdI"),
    EInvoiceStatus.ACCEPTED: QT_TRANSLATE_NOOP("ReceiptWords", "accepted"),
    EInvoiceStatus.REFUSED: QT_TRANSLATE_NOOP("ReceiptWords", "refused"),
}
_PARAMS = {ReceiptReason.PEC_WITHOUT_FILE: ("subject",), ReceiptReason.PEC_NOT_DELIVERED: ("error",),
           ReceiptReason.STATUS_CONTRADICTS: ("current", "status")}


def reason_text(code: ReceiptReason, params: dict[str, str]) -> str:
    """Why a message was not used, in the user's words, with the values it names (a status by its label)."""
    text = QCoreApplication.translate(CONTEXT, REASONS[code])
    for number, name in enumerate(_PARAMS.get(code, ()), start=1):
        value = params.get(name, "")
        if code == ReceiptReason.STATUS_CONTRADICTS and value in STATUSES:  # an EInvoiceStatus's value
            value = QCoreApplication.translate(CONTEXT, STATUSES[value])
        text = text.replace(f"%{number}", value or "–")
    return text


def kind_text(kind: ReceiptKind) -> str:
    return QCoreApplication.translate(CONTEXT, KINDS[kind])


def action_text(action: ReceiptAction) -> str:
    return QCoreApplication.translate(CONTEXT, ACTIONS[action])


def error_text(error: SdiError) -> str:
    """A rejection's error in the user's words when the code is known here, else the SdI's own description."""
    code = f"einvoice_{error.code}"
    return message_for_code(code) if code in known_codes() else error.text


def error_line(error: SdiError) -> str:
    """The error with its code once: "00305 The customer's VAT number is not valid (SdI 00305)" reads twice."""
    text = error_text(error)
    return text if error.code in text else f"{error.code}: {text}"
