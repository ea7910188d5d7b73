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
    # payment methods
    "cash": QT_TRANSLATE_NOOP("labels", "Cash"),
    "card": QT_TRANSLATE_NOOP("labels", "Card"),
    "bank_transfer": QT_TRANSLATE_NOOP("labels", "Bank transfer"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    # deal stages
    "new": QT_TRANSLATE_NOOP("labels", "New"),
    "qualified": QT_TRANSLATE_NOOP("labels", "Qualified"),
    "proposal": QT_TRANSLATE_NOOP("labels", "Proposal"),
    "negotiation": QT_TRANSLATE_NOOP("labels", "Negotiation"),
    "won": QT_TRANSLATE_NOOP("labels", "Won"),
}


def label(value: str) -> str:
    """The translated name of a vocabulary value; the value itself when it has none."""
    text = _LABELS.get(str(value))
    return QCoreApplication.translate("labels", text) if text else str(value)
