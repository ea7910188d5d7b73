"""A trashed record says when it was trashed, and every laptop says the same time: the delete (or the merge)
carries its time, the server keeps the first one, and every laptop writes the time the server kept (the loser
of a merge too: test_two_laptops.py)."""

from __future__ import annotations

from smallcrm.services.parties import parties
from tests import factories


def _trashed_at(laptop, uid: str):
    return laptop.rows("SELECT deleted_at FROM party WHERE uid = ?", (uid,))[0][0]


def _uid(laptop, local_id: int) -> str:
    return laptop.rows("SELECT uid FROM party WHERE id = ?", (local_id,))[0][0]


def _shared_person(team) -> int:
    """A person made on the first laptop and synced to both; its local id on the first."""
    anna, bruno = team
    with anna as db:
        mario = factories.person(db, "Mario", "Rossi")
    anna.sync()
    bruno.sync()
    return mario.id


def test_a_trashed_contact_has_the_same_trash_time_on_both_laptops(team):
    anna, bruno = team
    mario = _shared_person(team)
    with anna as db:
        parties.trash_party(db, mario)
    anna.sync()
    bruno.sync()
    uid = _uid(anna, mario)
    assert _trashed_at(anna, uid) is not None
    assert _trashed_at(bruno, uid) == _trashed_at(anna, uid)


def test_the_same_contact_trashed_on_both_laptops_offline_ends_with_one_trash_time(team):
    anna, bruno = team
    mario = _shared_person(team)
    uid = _uid(anna, mario)
    with anna as db:
        parties.trash_party(db, mario)
    with bruno as db:
        parties.trash_party(db, bruno.rows("SELECT id FROM party WHERE uid = ?", (uid,))[0][0])
    anna.sync()
    bruno.sync()
    anna.sync()
    assert _trashed_at(anna, uid) is not None
    assert _trashed_at(bruno, uid) == _trashed_at(anna, uid)
