"""Apple's grouped vCard properties: a label or a country given beside a number or an address.

Apple Contacts (and iCloud, and the servers that copy it) write ``item1.TEL:...`` and ``item1.X-ABLabel:
_$!<Mobile>!$_``: the label says the number's type, where other writers put a TYPE parameter. An address gets
``item2.X-ABADR:de``, the code of its country, beside a country name that may be in any language or missing.
"""

from __future__ import annotations

import re
from typing import Protocol


class _Address(Protocol):
    types: tuple[str, ...]
    country_code: str


class Card(Protocol):
    """What of a card the groups change (``vcard.VCardContact``)."""

    phones: list[tuple[str, tuple[str, ...]]]
    addresses: list[_Address]


_APPLE_LABEL = re.compile(r"^_?\$!<(.*)>!\$_?$")  # Apple's own labels: _$!<Mobile>!$_; a custom one is as typed
# Apple's labels of numbers, as the TYPE parameters that say the same (HomeFAX, WorkFAX: faxes)
_LABEL_TYPES = {"mobile": "cell", "iphone": "cell", "home": "home", "work": "work", "homefax": "fax",
                "workfax": "fax", "otherfax": "fax", "pager": "pager", "main": "work"}


class Groups:
    """Apple's grouped properties of one card: ``item1.TEL`` with ``item1.X-ABLabel:_$!<Mobile>!$_`` is a
    mobile number, ``item2.ADR`` with ``item2.X-ABADR:de`` an address in Germany. The label may come before or
    after what it labels, so they are matched when the card ends."""

    def __init__(self) -> None:
        self.items: dict[str, tuple[str, int]] = {}  # group -> (TEL or ADR, its index in the card)
        self.labels: dict[str, str] = {}
        self.countries: dict[str, str] = {}

    def note(self, group: str, name: str, card: Card, value: str) -> None:
        if name == "TEL":
            self.items[group] = (name, len(card.phones))
        elif name == "ADR":
            self.items[group] = (name, len(card.addresses))
        elif name == "X-ABLABEL":
            self.labels[group] = value
        else:
            self.countries[group] = value

    def _type(self, group: str) -> str:
        """The TYPE a group's label says ("cell" for _$!<Mobile>!$_), or "" when it has none."""
        label = self.labels.get(group, "")
        apple = _APPLE_LABEL.match(label)
        word = (apple.group(1) if apple else label).strip().lower()
        return _LABEL_TYPES.get(word, word)

    def apply(self, card: Card) -> None:
        for group, (name, index) in self.items.items():
            kind = self._type(group)
            if name == "TEL" and index < len(card.phones):
                number, types = card.phones[index]
                card.phones[index] = (number, (*types, kind) if kind else types)
            elif name == "ADR" and index < len(card.addresses):
                address = card.addresses[index]
                address.country_code = self.countries.get(group, "").strip()
                address.types = (*address.types, kind) if kind else address.types
