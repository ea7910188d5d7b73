"""Which synced table merges how, and which role may write it: one table the laptop and the server both read.

The server refuses what a role may not do and what an issued document may not become; the laptop reads the
same table to grey out what the role cannot do, so the two can never disagree (docs/TEAM-MODE.md, "Merge rules"
and "Users and roles"). A table not listed here does not travel (mail, imports, local settings, backups).
"""

from __future__ import annotations

from enum import StrEnum

from smallcrm.domain import InvoiceStatus


class OpKind(StrEnum):
    """What one operation does to one record (the wire's ``kind``)."""

    INSERT = "insert"
    PATCH = "patch"
    DELETE = "delete"  # to the trash
    RESTORE = "restore"  # out of the trash
    MERGE = "merge"  # of duplicates: this record (the loser) into ``fields["winner"]``
    ERASE = "erase"  # GDPR erasure: wins over everything, refuses later operations


class OpOutcome(StrEnum):
    """What the server did with one operation (the wire's ``status`` in the answer to ``POST /ops``)."""

    APPLIED = "applied"
    DUPLICATE = "duplicate"  # its op_id was applied before: the original seq comes back, nothing changes
    REFUSED = "refused"  # with a reason code and a message the laptop shows


class TableKind(StrEnum):
    """How the server merges a table's operations."""

    MERGE = "merge"  # per field, the last writer in server order wins; a field changed on both sides: a conflict
    DOCUMENT = "document"  # merges per field while a draft; append-only once issued (status "issued")
    APPEND_ONLY = "append_only"  # inserted once, never patched nor deleted (payments, refunds)
    SETTINGS = "settings"  # the company's settings: merged per field, written by the owner only


class Role(StrEnum):
    """A team member's role (docs/TEAM-MODE.md, "Users and roles")."""

    OWNER = "owner"
    SALES = "sales"
    ACCOUNTANT = "accountant"


class Area(StrEnum):
    """What part of the work a table belongs to: the roles are granted areas, not tables."""

    CONTACTS = "contacts"
    TIMELINE = "timeline"
    DEALS = "deals"
    QUOTES = "quotes"
    INVOICES = "invoices"
    PAYMENTS = "payments"
    SETTINGS = "settings"


# table -> (how it merges, what area it is); the laptop's synced tables (smallcrm/db/*models.py)
TABLES: dict[str, tuple[TableKind, Area]] = {
    "party": (TableKind.MERGE, Area.CONTACTS),
    "affiliation": (TableKind.MERGE, Area.CONTACTS),
    "contact_point": (TableKind.MERGE, Area.CONTACTS),
    "address": (TableKind.MERGE, Area.CONTACTS),
    "party_photo": (TableKind.MERGE, Area.CONTACTS),
    "tag": (TableKind.MERGE, Area.CONTACTS),
    "party_tag": (TableKind.MERGE, Area.CONTACTS),
    "consent": (TableKind.MERGE, Area.CONTACTS),
    "communication": (TableKind.MERGE, Area.TIMELINE),
    "attachment": (TableKind.MERGE, Area.TIMELINE),
    "task": (TableKind.MERGE, Area.TIMELINE),
    "deal": (TableKind.MERGE, Area.DEALS),
    "product": (TableKind.MERGE, Area.QUOTES),
    "quote": (TableKind.MERGE, Area.QUOTES),
    "quote_line": (TableKind.MERGE, Area.QUOTES),
    "invoice": (TableKind.DOCUMENT, Area.INVOICES),
    "invoice_line": (TableKind.DOCUMENT, Area.INVOICES),
    "invoice_instalment": (TableKind.APPEND_ONLY, Area.INVOICES),
    "einvoice_file": (TableKind.MERGE, Area.INVOICES),
    "payment": (TableKind.APPEND_ONLY, Area.PAYMENTS),
    "refund": (TableKind.APPEND_ONLY, Area.PAYMENTS),
    "setting": (TableKind.SETTINGS, Area.SETTINGS),
    "vat_rate": (TableKind.SETTINGS, Area.SETTINGS),
    "tax_value": (TableKind.SETTINGS, Area.SETTINGS),
    "invoice_counter": (TableKind.SETTINGS, Area.SETTINGS),
}

# a document's field that says it is issued, and the part tables frozen with their document (by which field)
DOCUMENT_STATUS_FIELD = "status"
ISSUED = InvoiceStatus.ISSUED
DOCUMENT_PARTS: dict[str, str] = {"invoice_line": "invoice_id"}

# the areas each role may write (every role reads everything)
ROLE_WRITES: dict[Role, frozenset[Area]] = {
    Role.OWNER: frozenset(Area),
    Role.SALES: frozenset({Area.CONTACTS, Area.TIMELINE, Area.DEALS, Area.QUOTES, Area.INVOICES,
                           Area.PAYMENTS}),
    Role.ACCOUNTANT: frozenset({Area.QUOTES, Area.INVOICES, Area.PAYMENTS}),
}

# the tables a person's erasure and a merge of duplicates are about
PARTY_TABLE = "party"
SEED_MEDIA_TYPE = "application/vnd.sqlite3"  # GET /seed: the ready laptop file (server/seed.py)

# what an erasure takes with the erased party (as the laptop's erasure service deletes it): per table, the
# reference fields (wire names) that make a record belong to an erased one; followed to a fixed point, so a
# communication's attachments and a quote's lines go too. Invoices: drafts only (an issued one keeps what its
# seal covers, and so its lines, instalments and payments). The party's merged losers are erased with it.
ERASED_WITH: dict[str, tuple[str, ...]] = {
    "affiliation": ("person_id", "company_id"),
    "contact_point": ("party_id",),
    "address": ("party_id",),
    "party_photo": ("party_id",),
    "party_tag": ("party_id",),
    "consent": ("party_id",),
    "communication": ("party_id", "person_id"),
    "attachment": ("communication_id",),
    "task": ("party_id",),
    "deal": ("party_id",),
    "quote": ("party_id",),
    "quote_line": ("quote_id",),
    "invoice": ("party_id",),
    "invoice_line": ("invoice_id",),
}


def table_kind(table: str) -> TableKind | None:
    """How ``table`` merges, or None when it does not travel."""
    entry = TABLES.get(table)
    return entry[0] if entry else None


def may_write(role: Role, table: str) -> bool:
    """Whether ``role`` may send operations on ``table`` (the server refuses the others with a reason)."""
    entry = TABLES.get(table)
    return entry is not None and entry[1] in ROLE_WRITES[role]
