"""Five indexes that only repeated the first column of a longer index on the same table are dropped: every
lookup by that column (the lists, search, duplicates, the import's lookups, the foreign keys' cascades)
is answered by the longer index as well, and each insert of a contact point, address, company link or tag
link wrote one index entry fewer (an import of 100k contacts writes ~500k such rows).

- ``contact_point_party_id``: ``contact_point_list`` (party_id, kind, ...);
- ``address_party_id``: ``address_list`` (party_id, deleted_at, ...);
- ``affiliation_person_id``: ``affiliation_person_id_company_id`` (unique) and ``affiliation_list``;
- ``party_tag_party_id``: ``party_tag_party_id_tag_id`` (unique) and ``party_tag_list``;
- ``party_tag_tag_id``: ``party_tag_tag_id_party_id``.
"""

DROPPED = ("contact_point_party_id", "address_party_id", "affiliation_person_id", "party_tag_party_id",
           "party_tag_tag_id")


def upgrade(db):
    for name in DROPPED:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
