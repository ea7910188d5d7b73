"""The closed vocabularies of the domain, with English labels (the UI translates them)."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TypeVar

from smallcrm.errors import ValidationError


class PartyKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"


class Stage(StrEnum):
    LEAD = "lead"
    PROSPECT = "prospect"
    CUSTOMER = "customer"
    KEY_CUSTOMER = "key_customer"
    ADVOCATE = "advocate"
    DORMANT = "dormant"
    LOST = "lost"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WEB = "web"


class Channel(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    LETTER = "letter"
    SMS = "sms"
    CHAT = "chat"
    SOCIAL = "social"
    NOTE = "note"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"
    NONE = ""


class Priority(IntEnum):
    HIGH = 1
    NORMAL = 2
    LOW = 3


E = TypeVar("E", StrEnum, IntEnum)


def parse_choice(enum: type[E], value: object, field: str) -> E:
    """``value`` as a member of ``enum`` (by value or by name), or a ValidationError naming ``field``."""
    if isinstance(value, enum):
        return value
    for member in enum:
        if value == member.value or (isinstance(value, str) and value.strip().lower() in
                                     (str(member.value).lower(), member.name.lower())):
            return member
    allowed = ", ".join(str(m.value) or "(none)" for m in enum)
    raise ValidationError(field, f"Unknown value {value!r}; expected one of: {allowed}", code="choice_invalid",
                          value=value, allowed=allowed)


class LawfulBasis(StrEnum):
    """Why processing personal data is lawful (GDPR art. 6)."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class ConsentPurpose(StrEnum):
    """The usual purposes (a consent may name another one in the user's words)."""

    NEWSLETTER = "newsletter"
    MARKETING = "marketing"
    PROFILING = "profiling"
    THIRD_PARTIES = "third_parties"
