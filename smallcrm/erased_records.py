"""What an erasure leaves of a person their issued documents still point to: an "Erased" record in the trash, its
names, notes, tax numbers and dates blanked. One rule for the laptop's erasure (services/privacy/erasure.py) and
the team server's, which makes the record itself when the laptop that erased the person knew of no such document
(another laptop invoiced them meanwhile: server/erasure.py)."""

from __future__ import annotations

from smallcrm.text import fold

# the party's fields an erasure blanks, and the blank each gets
BLANKED: dict[str, object] = {
    "first_name": "", "last_name": "", "job_title": "", "notes": "", "vat_number": "", "tax_code": "",
    "birthday": None, "review_on": None, "name_prefix": "", "middle_name": "", "name_suffix": "", "nickname": "",
    "department": "", "anniversary": None,
}
LABEL = "Erased"


def placeholder(fields: dict, ident: str, now: str) -> dict:
    """A party's fields (as they travel) as the "Erased" record, named with ``ident`` (the server has no local
    id: a piece of the uid), anonymised and trashed at ``now`` (the laptops' text of a time)."""
    name = f"{LABEL} {fields.get('kind') or 'person'} {ident}"
    return {**fields, **BLANKED, "name": name, "sort_key": fold(name), "anonymised_at": now,
            "deleted_at": fields.get("deleted_at") or now}
