"""Indexes that only repeated the first column of a longer one are gone (fewer entries per imported row), and
every lookup by that column, and the foreign keys' cascades, still go through an index."""

from __future__ import annotations

import pytest

from smallcrm.db.import_models import ImportBatch
from smallcrm.db.models import Address, Affiliation, ContactPoint, Party, PartyTag

DROPPED = {"contact_point_party_id", "address_party_id", "affiliation_person_id", "party_tag_party_id",
           "party_tag_tag_id"}
LOOKUPS = [("contact_point", "party_id"), ("address", "party_id"), ("affiliation", "person_id"),
           ("affiliation", "company_id"), ("party_tag", "party_id"), ("party_tag", "tag_id")]


def test_the_indexes_repeating_a_longer_ones_start_are_dropped(db):
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not DROPPED & names
    assert {"contact_point_list", "address_list", "affiliation_person_id_company_id",
            "party_tag_party_id_tag_id", "party_tag_tag_id_party_id"} <= names


@pytest.mark.parametrize(("table", "column"), LOOKUPS)
def test_a_lookup_by_the_column_still_uses_an_index(db, table, column):
    plan = " ".join(r[3] for r in db.execute_sql(
        f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = 1 AND deleted_at IS NULL"))
    assert "USING INDEX" in plan and plan.startswith("SEARCH"), plan


def test_the_live_models_declare_no_index_of_their_own_for_those_columns():
    """The models stay in step with the schema (they are not used to create it, but read as its description)."""
    for field in (ContactPoint.party, Address.party, Affiliation.person, PartyTag.party, PartyTag.tag):
        assert not field.index, field


ALSO_DROPPED = {"party_sort_key", "party_updated_at", "contact_point_updated_at", "address_updated_at",
                "affiliation_updated_at", "party_tag_updated_at", "import_batch_updated_at"}


def test_the_indexes_no_query_needs_are_dropped(db):
    names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not ALSO_DROPPED & names
    assert {"party_deleted_at_sort_key", "party_deleted_at_updated_at", "party_stage", "party_owner"} <= names


@pytest.mark.parametrize("sql", [
    "SELECT id FROM party WHERE deleted_at IS NULL ORDER BY sort_key, id",
    "SELECT id FROM party WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC",
    "SELECT id FROM party WHERE deleted_at IS NULL AND sort_key IN ('rossi mario', 'bianchi anna')",
    "SELECT id FROM party WHERE kind = 'company' AND deleted_at IS NULL AND sort_key >= 'ros' AND sort_key < 'ros~'",
])
def test_the_lists_and_name_lookups_still_go_through_an_index(db, sql):
    plan = " ".join(r[3] for r in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "party_deleted_at_sort_key" in plan or "party_deleted_at_updated_at" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_the_models_declare_no_index_on_those_columns():
    for field in (Party.sort_key, Party.updated_at, ContactPoint.updated_at, Address.updated_at,
                  Affiliation.updated_at, PartyTag.updated_at, ImportBatch.updated_at):
        assert not field.index, field
