"""Indexes for lists across all parties: recent activity (1M communications) and recently changed parties."""


def upgrade(db):
    db.execute_sql("CREATE INDEX communication_occurred_at_id ON communication (occurred_at, id)")
    db.execute_sql("CREATE INDEX party_deleted_at_updated_at ON party (deleted_at, updated_at)")
