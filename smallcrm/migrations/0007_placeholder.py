"""Placeholder for a migration another branch adds (the lead drops this on merge)."""


def upgrade(db):
    pass
