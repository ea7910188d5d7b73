"""Indexes that only repeated the first column of a longer one are gone (fewer entries per imported row), and
every lookup by that column, and the foreign keys' cascades, still go through an index."""

from __future__ import annotations

import pytest

from smallcrm.db.models import Address, Affiliation, ContactPoint, PartyTag

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
