"""Seven indexes that no query needs are dropped, each one entry fewer written per row an import, a sync or a
form writes (an import of 100k contacts writes ~600k such entries):

- ``party_sort_key``: every query on ``sort_key`` also asks for live records (``deleted_at IS NULL``), which
  ``party_deleted_at_sort_key`` answers, in the same order (the list by name, same names, companies named
  alike); the trash is ordered by a sort of its few rows;
- ``party_updated_at``: the list by last change filters live records too (``party_deleted_at_updated_at``);
- ``updated_at`` of ``contact_point``, ``address``, ``affiliation``, ``party_tag`` and ``import_batch``: nothing
  looks these rows up or orders them by their last change (sync reads its own outbox, not timestamps).
"""

DROPPED = ("party_sort_key", "party_updated_at", "contact_point_updated_at", "address_updated_at",
           "affiliation_updated_at", "party_tag_updated_at", "import_batch_updated_at")


def upgrade(db):
    for name in DROPPED:
        db.execute_sql(f"DROP INDEX IF EXISTS {name}")
