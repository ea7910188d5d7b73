"""Placeholder for a parallel branch's migration (dropped on merge, when that branch's step takes the number)."""


def upgrade(db):
    pass
