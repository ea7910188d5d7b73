"""Placeholder for a migration written on another branch (the lead drops it on merge)."""


def upgrade(db):
    pass
