"""Translated names of the domain's closed vocabularies (stages, channels, statuses...)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    # lifecycle stages
    "lead": QT_TRANSLATE_NOOP("labels", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("labels", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("labels", "Customer"),
    "key_customer": QT_TRANSLATE_NOOP("labels", "Key customer"),
    "advocate": QT_TRANSLATE_NOOP("labels", "Advocate"),
    "dormant": QT_TRANSLATE_NOOP("labels", "Dormant"),
    "lost": QT_TRANSLATE_NOOP("labels", "Lost"),
    # party kinds
    "person": QT_TRANSLATE_NOOP("labels", "Person"),
    "company": QT_TRANSLATE_NOOP("labels", "Company"),
    # channels
    "call": QT_TRANSLATE_NOOP("labels", "Call"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "meeting": QT_TRANSLATE_NOOP("labels", "Meeting"),
    "letter": QT_TRANSLATE_NOOP("labels", "Letter"),
    "sms": QT_TRANSLATE_NOOP("labels", "SMS"),
    "chat": QT_TRANSLATE_NOOP("labels", "Chat"),
    "social": QT_TRANSLATE_NOOP("labels", "Social"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
    "task": QT_TRANSLATE_NOOP("labels", "Task"),
    # directions
    "in": QT_TRANSLATE_NOOP("labels", "Incoming"),
    "out": QT_TRANSLATE_NOOP("labels", "Outgoing"),
    # documents and their states
    "quote": QT_TRANSLATE_NOOP("labels", "Quote"),
    "invoice": QT_TRANSLATE_NOOP("labels", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("labels", "Credit note"),
    "payment": QT_TRANSLATE_NOOP("labels", "Payment"),
    "refund": QT_TRANSLATE_NOOP("labels", "Refund"),
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("labels", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("labels", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("labels", "Rejected"),
    "expired": QT_TRANSLATE_NOOP("labels", "Expired"),
    "issued": QT_TRANSLATE_NOOP("labels", "Issued"),
    "unpaid": QT_TRANSLATE_NOOP("labels", "Unpaid"),
    "partly_paid": QT_TRANSLATE_NOOP("labels", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
    "overdue": QT_TRANSLATE_NOOP("labels", "Overdue"),
    "credited": QT_TRANSLATE_NOOP("labels", "Credited"),
    "refunded": QT_TRANSLATE_NOOP("labels", "Refunded"),
    # payment methods
    "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
    "card": QT_TRANSLATE_NOOP("labels", "Card"),
    "bank_transfer": QT_TRANSLATE_NOOP("labels", "Bank transfer"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    # how an invoice asks to be paid (FatturaPA ModalitaPagamento)
    "MP01": QT_TRANSLATE_NOOP("labels", "Cash"),
    "MP02": QT_TRANSLATE_NOOP("labels", "Cheque"),
    "MP03": QT_TRANSLATE_NOOP("labels", "Banker's draft"),
    "MP04": QT_TRANSLATE_NOOP("labels", "Cash at the Treasury"),
    "MP05": QT_TRANSLATE_NOOP("labels", "Bank transfer"),
    "MP06": QT_TRANSLATE_NOOP("labels", "Promissory note"),
    "MP07": QT_TRANSLATE_NOOP("labels", "Bank payment slip"),
    "MP08": QT_TRANSLATE_NOOP("labels", "Payment card"),
    "MP09": QT_TRANSLATE_NOOP("labels", "Direct debit (RID)"),
    "MP10": QT_TRANSLATE_NOOP("labels", "Utility direct debit (RID)"),
    "MP11": QT_TRANSLATE_NOOP("labels", "Fast direct debit (RID)"),
    "MP12": QT_TRANSLATE_NOOP("labels", "Bank receipt (Ri.Ba.)"),
    "MP13": QT_TRANSLATE_NOOP("labels", "Payment notice (MAV)"),
    "MP14": QT_TRANSLATE_NOOP("labels", "Treasury receipt"),
    "MP15": QT_TRANSLATE_NOOP("labels", "Transfer to a special account"),
    "MP16": QT_TRANSLATE_NOOP("labels", "Bank direct debit"),
    "MP17": QT_TRANSLATE_NOOP("labels", "Postal direct debit"),
    "MP18": QT_TRANSLATE_NOOP("labels", "Postal payment slip"),
    "MP19": QT_TRANSLATE_NOOP("labels", "SEPA direct debit"),
    "MP20": QT_TRANSLATE_NOOP("labels", "SEPA direct debit (Core)"),
    "MP21": QT_TRANSLATE_NOOP("labels", "SEPA direct debit (B2B)"),
    "MP22": QT_TRANSLATE_NOOP("labels", "Deduction from sums already collected"),
    "MP23": QT_TRANSLATE_NOOP("labels", "PagoPA"),
    # deal stages
    "new": QT_TRANSLATE_NOOP("labels", "New"),
    "qualified": QT_TRANSLATE_NOOP("labels", "Qualified"),
    "proposal": QT_TRANSLATE_NOOP("labels", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("labels", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("labels", "Won"),
    # privacy: purposes of consents, lawful bases (GDPR art. 6)
    "newsletter": QT_TRANSLATE_NOOP("labels", "Newsletter"),
    "marketing": QT_TRANSLATE_NOOP("labels", "Marketing"),
    "profiling": QT_TRANSLATE_NOOP("labels", "Profiling"),
    "third_parties": QT_TRANSLATE_NOOP("labels", "Sharing with third parties"),
    "consent": QT_TRANSLATE_NOOP("labels", "Consent"),
    "contract": QT_TRANSLATE_NOOP("labels", "Contract"),
    "legal_obligation": QT_TRANSLATE_NOOP("labels", "Legal obligation"),
    "vital_interests": QT_TRANSLATE_NOOP("labels", "Vital interests"),
    "public_task": QT_TRANSLATE_NOOP("labels", "Public task"),
    "legitimate_interests": QT_TRANSLATE_NOOP("labels", "Legitimate interests"),
    # records and fields of the audit log
    "party": QT_TRANSLATE_NOOP("labels", "Record"),
    "communication": QT_TRANSLATE_NOOP("labels", "Communication"),
    "deal": QT_TRANSLATE_NOOP("labels", "Deal"),
    "first_name": QT_TRANSLATE_NOOP("labels", "First name"),
    "last_name": QT_TRANSLATE_NOOP("labels", "Last name"),
    "name": QT_TRANSLATE_NOOP("labels", "Name"),
    "job_title": QT_TRANSLATE_NOOP("labels", "Job title"),
    "stage": QT_TRANSLATE_NOOP("labels", "Stage"),
    "source": QT_TRANSLATE_NOOP("labels", "Source"),
    "owner": QT_TRANSLATE_NOOP("labels", "Owner"),
    "notes": QT_TRANSLATE_NOOP("labels", "Notes"),
    "vat_number": QT_TRANSLATE_NOOP("labels", "VAT number"),
    "tax_code": QT_TRANSLATE_NOOP("labels", "Tax code"),
    "sdi_code": QT_TRANSLATE_NOOP("labels", "Recipient code (SdI)"),
    "sdi_pec": QT_TRANSLATE_NOOP("labels", "PEC for e-invoices"),
    "country": QT_TRANSLATE_NOOP("labels", "Country"),
    "birthday": QT_TRANSLATE_NOOP("labels", "Birthday"),
    "emails": QT_TRANSLATE_NOOP("labels", "E-mails"),
    "phones": QT_TRANSLATE_NOOP("labels", "Phones"),
    "websites": QT_TRANSLATE_NOOP("labels", "Web sites"),
    "ims": QT_TRANSLATE_NOOP("labels", "Chats"),
    "socials": QT_TRANSLATE_NOOP("labels", "Social profiles"),
    "tags": QT_TRANSLATE_NOOP("labels", "Tags"),
    "addresses": QT_TRANSLATE_NOOP("labels", "Addresses"),
    "review_on": QT_TRANSLATE_NOOP("labels", "Review date"),
    "status": QT_TRANSLATE_NOOP("labels", "Status"),
    "title": QT_TRANSLATE_NOOP("labels", "Title"),
    "total": QT_TRANSLATE_NOOP("labels", "Total"),
    "value": QT_TRANSLATE_NOOP("labels", "Value"),
    "probability": QT_TRANSLATE_NOOP("labels", "Probability"),
    "number_text": QT_TRANSLATE_NOOP("labels", "Number"),
    "issue_date": QT_TRANSLATE_NOOP("labels", "Date"),
    "due_date": QT_TRANSLATE_NOOP("labels", "Due date"),
    "subject": QT_TRANSLATE_NOOP("labels", "Subject"),
}


# an e-invoice file's status with the SdI, in the SdI's own words: its context is not "labels", whose "Rejected"
# is a quote's (Italian "Rifiutato"), while a file the SdI rejected is "scartata" and one a public administration
# refused "rifiutata"
_EINVOICE_STATUSES = {
    "to_send": QT_TRANSLATE_NOOP("einvoice_status", "To send"),
    "sent": QT_TRANSLATE_NOOP("einvoice_status", "Sent"),
    "delivered": QT_TRANSLATE_NOOP("einvoice_status", "Delivered"),
    "not_delivered": QT_TRANSLATE_NOOP("einvoice_status", "Not delivered (in the customer's cassetto fiscale)"),
    "rejected": QT_TRANSLATE_NOOP("einvoice_status", "Rejected by the SdI"),
    "accepted": QT_TRANSLATE_NOOP("einvoice_status", "Accepted by the public administration"),
    "refused": QT_TRANSLATE_NOOP("einvoice_status", "Refused by the public administration"),
}


def einvoice_status_label(status: str) -> str:
    """The translated name of an ``EInvoiceStatus``."""
    text = _EINVOICE_STATUSES.get(str(status))
    return QCoreApplication.translate("einvoice_status", text) if text else str(status)


def label(value: str) -> str:
    """The translated name of a vocabulary value; the value itself when it has none."""
    text = _LABELS.get(str(value))
    return QCoreApplication.translate("labels", text) if text else str(value)
