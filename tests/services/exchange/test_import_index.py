"""An import fills the search index from the values in hand: the entries must be exactly what reading the rows
back (a full rebuild) makes of them, and searching finds the new contacts."""

from __future__ import annotations

import csv

from smallcrm.db.search_index import rebuild_search_index
from smallcrm.services.exchange.imports import apply_import, preview_import
from smallcrm.services.parties.search import search_parties

HEADER = ["Kind", "Name", "First name", "Last name", "Company", "E-mail", "Phone", "Website", "Tags", "VAT",
          "Notes", "Job title"]


def _index(db) -> tuple[list, list]:
    return (sorted(db.pw.execute_sql("SELECT rowid, doc FROM party_fts").fetchall()),
            sorted(db.pw.execute_sql("SELECT rowid, words FROM party_words").fetchall()))


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_the_index_of_imported_rows_is_what_a_rebuild_makes(db, tmp_path, company):
    # an existing tag: its id is lower than the new ones, its stored spelling wins
    beta = company("Beta S.p.A.", vat_number="IT00743110157", tags=["Zeta"])
    path = _write(tmp_path / "in.csv", [
        ["company", "Beta Group S.p.A.", "", "", "", "", "", "", "", "IT00743110157", "", ""],  # renames Beta
        ["", "", "Carla", "Verdi", "Beta S.p.A.", "carla@beta.it", "347 765 4321", "beta.it", "vip; ZETA; Alfa",
         "", "met in Milano", "Buyer"],
        ["", "", "Dario", "Neri", "Gamma srl", "dario@gamma.it; d.neri@example.org", "02 1234 5678; 347 111 2222",
         "", "Alfa", "", "", ""],  # Gamma is made for him
        ["company", "Delta S.r.l.", "", "", "", "info@delta.it", "", "delta.it", "zeta", "", "", ""],
        ["", "", "Elena", "Rossi", "Delta S.r.l.", "", "", "", "", "", "", ""],  # Delta is a row of this file
        ["", "", "Fabio", "Bàrberi", "", "fabio@posta.it", "", "", "vip; Zeta", "", "notes, with | bars", ""],
    ])
    plan = preview_import(db, path)
    assert plan.counts == {"create": 5, "update": 1, "skip": 0, "reject": 0}
    result, _ = apply_import(db, plan)
    assert result.companies_created == 1
    imported = _index(db)
    rebuild_search_index(db.pw)
    assert imported == _index(db)
    assert len(imported[0]) == 7  # Beta and the six parties the import created
    carla = next(doc for _, doc in imported[0] if "carla" in doc)
    assert "beta group s.p.a." in carla and "zeta" in carla and "3477654321" in carla
    fabio = next(doc for _, doc in imported[0] if "fabio" in doc)
    assert "vip | zeta" in fabio  # the tags in the order of the row, whatever their ids
    assert {p.name for p in search_parties("Gamma")} == {"Gamma srl", "Dario Neri"}
    assert beta.id in {p.id for p in search_parties("Beta Group")}
