"""The SdI's and the PEC provider's messages in the user's words: what each kind is, what reading it did, and a
rejection's error codes in plain words (the local checks' texts where the code is one of theirs)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from smallcrm.domain import ReceiptAction, ReceiptKind
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
