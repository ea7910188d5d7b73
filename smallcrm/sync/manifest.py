"""What travels between a laptop and the team's server: the synced tables, and what each column is.

One place says it, and everything else is made from it: the capture triggers (``triggers.py``), the apply of
the server's changes (``apply.py``) and the checks. The columns of a synced table are read from the database
itself (``PRAGMA table_info``) when the triggers are generated, so a later migration's new column travels
without an edit here; what must *not* travel is named here (``local``), and every reference to another
record is named here (``references``: the column travels as the referenced record's ``uid``).

Every table of the schema is either synced or listed in ``NOT_SYNCED`` with the reason
(tests/sync/test_manifest.py), so a new table forces a decision.

Document lines and instalments have no life of their own: a draft's save replaces them all (new uids each
time), and an issued document's are frozen with it. They travel inside their document's operation, as a list
under ``lines`` (or ``instalments``), in position order (``Child``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from smallcrm.sync.kinds import TableKind

# never travel from any table: the local row number and the local clock of the last write
LOCAL_COLUMNS = frozenset({"id", "updated_at"})


@dataclass(frozen=True)
class Child:
    """Rows that travel inside their parent's operation, as a list under ``key``."""

    table: str
    key: str  # the parent's field that carries the list ("lines")
    parent_column: str  # the child's column naming the parent ("invoice_id")
    order_by: str  # the list's order
    references: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Synced:
    """One synced table."""

    table: str
    kind: TableKind
    references: Mapping[str, str] = field(default_factory=dict)  # column -> the table it points into
    local: frozenset[str] = frozenset()  # columns that stay on this laptop
    blobs: frozenset[str] = frozenset()  # bytes: travel as hex text
    children: tuple[Child, ...] = ()
    whole_when: str = ""  # SQL over OLD/NEW: this update's patch carries the whole record (an issue)
    key_column: str = "uid"  # the column that names the record across devices
    keys: frozenset[str] = frozenset()  # settings: only these keys travel (the others are this laptop's)
    has_trash: bool = True  # a ``deleted_at`` column: a delete goes to the trash


_LINE_REFS = {"product_id": "product"}
_ISSUE = "NEW.status = 'issued' AND OLD.status IS NOT 'issued'"

# the company's settings; the rest (language, window, backups, mail accounts, the device suffix) stay local
COMPANY_SETTINGS = frozenset({
    "company_name", "company_street", "company_postal_code", "company_city", "company_province",
    "company_country", "company_vat_number", "company_tax_code", "company_iban", "company_bic", "company_email",
    "company_phone", "company_website", "company_logo_png", "company_rea_office", "company_rea_number",
    "company_share_capital", "company_sole_shareholder", "company_liquidation", "company_trade_register",
    "company_tax_regime", "stamp_duty_charged", "withholding_kind", "withholding_rate", "withholding_base",
    "withholding_reason", "pension_fund", "pension_fund_rate", "pension_fund_withheld", "payment_terms_days",
    "payment_end_of_month", "payment_means", "currency", "quote_validity_days", "invoice_series",
    "retention_months_lead", "retention_months_prospect", "retention_months_lost", "retention_months_dormant",
    "retention_months_customer", "retention_years_invoices",
})

SYNCED: tuple[Synced, ...] = (
    # order matters for a first upload: a record comes after those it points to
    Synced("vat_rate", TableKind.SETTINGS),
    Synced("setting", TableKind.SETTINGS, key_column="key", keys=COMPANY_SETTINGS, has_trash=False),
    Synced("party", TableKind.MERGE, {"merged_into_id": "party"}),
    Synced("tag", TableKind.MERGE),
    Synced("party_tag", TableKind.MERGE, {"party_id": "party", "tag_id": "tag"}),
    Synced("affiliation", TableKind.MERGE, {"person_id": "party", "company_id": "party"}),
    Synced("contact_point", TableKind.MERGE, {"party_id": "party"}),
    Synced("address", TableKind.MERGE, {"party_id": "party"}),
    Synced("party_photo", TableKind.MERGE, {"party_id": "party"}, blobs=frozenset({"data"})),
    Synced("consent", TableKind.MERGE, {"party_id": "party"}),
    Synced("communication", TableKind.MERGE, {"party_id": "party", "person_id": "party"}),
    Synced("attachment", TableKind.MERGE, {"communication_id": "communication"}),
    Synced("task", TableKind.MERGE, {"party_id": "party", "communication_id": "communication"}),
    Synced("deal", TableKind.MERGE, {"party_id": "party"}),
    Synced("product", TableKind.MERGE, {"vat_rate_id": "vat_rate"}),
    Synced("quote", TableKind.MERGE, {"party_id": "party", "deal_id": "deal", "previous_id": "quote"},
           children=(Child("quote_line", "lines", "quote_id", "position", _LINE_REFS),)),
    Synced("invoice", TableKind.DOCUMENT, {"party_id": "party", "quote_id": "quote", "corrects_id": "invoice"},
           children=(Child("invoice_line", "lines", "invoice_id", "position", _LINE_REFS),
                     Child("invoice_instalment", "instalments", "invoice_id", "position")),
           whole_when=_ISSUE),
    Synced("payment", TableKind.APPEND_ONLY, {"invoice_id": "invoice"}),
    Synced("refund", TableKind.APPEND_ONLY, {"credit_note_id": "invoice"}),
)

BY_TABLE: dict[str, Synced] = {s.table: s for s in SYNCED}
CHILD_TABLES: dict[str, tuple[Synced, Child]] = {c.table: (s, c) for s in SYNCED for c in s.children}

NOT_SYNCED: dict[str, str] = {
    "schema_version": "each laptop migrates its own file",
    "sync_outbox": "the outbox itself",
    "sync_state": "this laptop's place in the feed",
    "sync_version": "this laptop's record of the server's versions",
    "sync_conflict": "a cache of the server's open conflicts",
    "invoice_counter": "each device numbers in its own series; applying an issued document moves its counter",
    "tax_value": "the dated values of tax law come with the migrations; a local correction stays local for now",
    "einvoice_file": "the e-invoice files a laptop made and sent; each device keeps its own for now",
    "einvoice_counter": "the progressive of this device's e-invoice files",
    "einvoice_message": "the SdI's messages this laptop read from its PEC mailbox; each device keeps its own for now",
    "audit_log": "each laptop's own log; the server logs the user of every operation",
    "erasure_log": "an erasure travels as one erase operation; each laptop logs its own",
    "import_batch": "an import travels as the inserts and patches it made",
    "import_change": "an import travels as the inserts and patches it made",
    "mail_message": "each laptop reads its own mailbox",
    "mail_folder_state": "each laptop reads its own mailbox",
    "mail_review": "each laptop reads its own mailbox",
    "outbox": "mail waiting to be sent from this laptop",
}
NOT_SYNCED_PREFIXES = ("party_fts", "party_words", "sqlite_")  # the search index (and its FTS5 tables), kept
# in step on each laptop by every write, its own and the server's


def travelling_columns(synced: Synced | Child, columns: list[str]) -> list[str]:
    """The columns of a table (as the database lists them) that travel."""
    if isinstance(synced, Child):
        return [c for c in columns if c not in LOCAL_COLUMNS and c != synced.parent_column]
    skip = LOCAL_COLUMNS | synced.local | {synced.key_column}
    return [c for c in columns if c not in skip]
