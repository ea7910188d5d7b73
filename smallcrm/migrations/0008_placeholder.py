"""Placeholder for a migration number another branch takes (the lead drops it on merge)."""


def upgrade(db):
    pass
