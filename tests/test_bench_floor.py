"""The benchmark's floor does the same work as the services: same rows, same hits in the same order.

A floor that did less would make every ratio against it meaningless, so its results are compared with
the services' on a small database (its speed is the benchmark's business, not this test's).
"""

from __future__ import annotations

import pytest

from bench import floor
from smallcrm.services.parties.lists import PartyQuery, list_parties
from smallcrm.services.parties.parties import AddressDraft
from smallcrm.services.parties.search import search_parties


@pytest.fixture
def crowded_db(db, person, company):
    acme = company("Acme S.r.l.", tags=["supplier"], emails=["info@acme.it"])
    beta = company("Beta Impianti S.p.A.", phones=["02 1234 5678"])
    person("Mario", "Rossi", emails=["mario.rossi@gmail.com", "m@home.it"], phones=["333 123 4567"],
           company_id=acme.id, tags=["vip", "newsletter"],
           addresses=[AddressDraft(street="Via Roma 1", city="Milano"), AddressDraft(city="Pavia")])
    person("Maria", "Rossi", company_id=beta.id, phones=["0039 333 765 4321"])
    person("Luca", "Grossi", phones=["02 1234 5679"])
    person("Nicolò", "Ferrari", emails=["nico@libero.it"])
    person("Ion", "Ștefănescu", country="RO", phones=["0721 234 567"])
    person("Rossana", "Mariotti", tags=["VIP"])
    return db


@pytest.fixture
def conn(crowded_db):
    bare = floor.connect(crowded_db.path)
    yield bare
    bare.close()


QUERIES = ["r", "ro", "ross", "rossi m", "rossi mario", "mario rossi", "ma ro", "io ro", "ossi", "nicolo ferr",
           "Nicolò", "stefanescu", "ăne", "acme", "impianti", "gmail", "libero.it", "vip", "333", "333 123",
           "02 1234", "0039 333", "+39 333", "mar", "zzqxw", "s.r.l"]


@pytest.mark.parametrize("text", QUERIES)
def test_the_floor_search_finds_what_the_service_finds(crowded_db, conn, text):
    ours = [(h.id, h.kind, h.name, h.detail, h.stage, h.rank) for h in search_parties(text)]
    assert floor.search(conn, text) == ours
    assert floor.search(conn, text, limit=2) == ours[:2]


def test_the_queries_find_something(crowded_db, conn):
    assert sum(bool(floor.search(conn, text)) for text in QUERIES) >= len(QUERIES) - 1  # only "zzqxw" finds nobody


def test_the_floor_first_page_shows_the_service_rows(crowded_db, conn):
    ours = [(r.id, r.kind, r.name, r.stage, r.owner, r.company or None, r.email or None, r.phone or None,
             r.city or None, r.tags or None) for r in list_parties(PartyQuery(), 0, 200)]
    bare = [(pid, kind, name, stage, owner, company, email, phone, city, tags and ", ".join(sorted(tags.split(", "))))
            for pid, kind, name, stage, owner, _, company, email, phone, city, tags in floor.first_page(conn)]
    assert bare == [(*r[:9], r[9] and ", ".join(sorted(r[9].split(", ")))) for r in ours]
