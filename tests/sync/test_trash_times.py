"""A trashed record says when it was trashed, and every laptop says the same time: the delete (or the merge)
carries its time, the server keeps the first one, and every laptop writes the time the server kept."""

from __future__ import annotations

from smallcrm.services.parties import merge, parties
from tests import factories


def _trashed_at(laptop, uid: str):
    return laptop.rows("SELECT deleted_at FROM party WHERE uid = ?", (uid,))[0][0]


def _uid(laptop, local_id: int) -> str:
    return laptop.rows("SELECT uid FROM party WHERE id = ?", (local_id,))[0][0]


def test_a_trashed_contact_has_the_same_trash_time_on_both_laptops(team):
    anna, bruno = team
    with anna as db:
        mario = factories.person(db, "Mario", "Rossi")
    anna.sync()
    bruno.sync()
    with anna as db:
        parties.trash_party(db, mario.id)
    anna.sync()
    bruno.sync()
    uid = _uid(anna, mario.id)
    assert _trashed_at(anna, uid) is not None
    assert _trashed_at(bruno, uid) == _trashed_at(anna, uid)


def test_the_same_contact_trashed_on_both_laptops_offline_ends_with_one_trash_time(team):
    anna, bruno = team
    with anna as db:
        mario = factories.person(db, "Mario", "Rossi")
    anna.sync()
    bruno.sync()
    uid = _uid(anna, mario.id)
    with anna as db:
        parties.trash_party(db, mario.id)
    with bruno as db:
        parties.trash_party(db, bruno.rows("SELECT id FROM party WHERE uid = ?", (uid,))[0][0])
    anna.sync()
    bruno.sync()
    anna.sync()
    assert _trashed_at(anna, uid) is not None
    assert _trashed_at(bruno, uid) == _trashed_at(anna, uid)


def test_the_loser_of_a_merge_has_the_same_trash_time_on_both_laptops(team):
    anna, bruno = team
    with anna as db:
        a = factories.person(db, "Mario", "Rossi", emails=["mario@example.it"])
        b = factories.person(db, "Mario", "Rosi", emails=["m.rossi@example.it"])
    anna.sync()
    bruno.sync()
    with anna as db:
        merge.merge_parties(db, a.id, b.id)
    anna.sync()
    bruno.sync()
    loser = _uid(anna, b.id)
    assert _trashed_at(anna, loser) is not None
    assert _trashed_at(bruno, loser) == _trashed_at(anna, loser)
