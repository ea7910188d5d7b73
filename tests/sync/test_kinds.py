"""The table of kinds names real tables, and the roles hold to the design's table (docs/TEAM-MODE.md)."""

from __future__ import annotations

from smallcrm.db.einvoice_models import EInvoiceFile
from smallcrm.db.models import ALL_MODELS, Attachment
from smallcrm.db.privacy_models import Consent
from smallcrm.db.sales_models import SALES_MODELS
from smallcrm.sync.kinds import DOCUMENT_PARTS, TABLES, Role, TableKind, may_write, table_kind


def test_every_listed_table_is_a_table_of_the_laptop():
    laptop = {m._meta.table_name for m in [*ALL_MODELS, *SALES_MODELS, Consent, EInvoiceFile, Attachment]}
    assert set(TABLES) - laptop == set()
    assert set(DOCUMENT_PARTS) <= set(TABLES)


def test_mail_and_imports_do_not_travel():
    assert table_kind("outbox") is None
    assert table_kind("import_batch") is None


def test_issued_documents_and_payments_are_append_only_settings_are_settings():
    assert table_kind("invoice") is TableKind.DOCUMENT
    assert table_kind("payment") is TableKind.APPEND_ONLY
    assert table_kind("refund") is TableKind.APPEND_ONLY
    assert table_kind("vat_rate") is TableKind.SETTINGS
    assert table_kind("party") is TableKind.MERGE


def test_roles_as_the_design_says():
    assert all(may_write(Role.OWNER, t) for t in TABLES)
    assert may_write(Role.SALES, "party") and may_write(Role.SALES, "invoice")
    assert not may_write(Role.SALES, "vat_rate") and not may_write(Role.SALES, "setting")
    assert not may_write(Role.ACCOUNTANT, "party") and not may_write(Role.ACCOUNTANT, "communication")
    assert may_write(Role.ACCOUNTANT, "payment") and may_write(Role.ACCOUNTANT, "refund")
    assert not may_write(Role.OWNER, "outbox")
