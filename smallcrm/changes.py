"""What a write service changed, so that views can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    parties: set[int] = field(default_factory=set)
    communications: set[int] = field(default_factory=set)
    attachments: set[int] = field(default_factory=set)
    tasks: set[int] = field(default_factory=set)
    tags: set[int] = field(default_factory=set)
    products: set[int] = field(default_factory=set)
    vat_rates: set[int] = field(default_factory=set)
    deals: set[int] = field(default_factory=set)
    quotes: set[int] = field(default_factory=set)
    invoices: set[int] = field(default_factory=set)
    payments: set[int] = field(default_factory=set)
    refunds: set[int] = field(default_factory=set)
    consents: set[int] = field(default_factory=set)
    outbox: set[int] = field(default_factory=set)
    settings: set[str] = field(default_factory=set)
    imports: set[int] = field(default_factory=set)
    mail_reviews: set[int] = field(default_factory=set)
    einvoice_messages: set[int] = field(default_factory=set)  # rows of the incoming list of SdI and PEC messages

    def merge(self, other: Changes) -> Changes:
        for name in self.__dataclass_fields__:
            getattr(self, name).update(getattr(other, name))
        return self

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)

    def kinds(self) -> set[str]:
        return {name for name in self.__dataclass_fields__ if getattr(self, name)}
