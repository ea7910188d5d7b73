"""Our own export of contacts (CSV in both dialects, xlsx) read back into an empty database gives the same
contacts, field by field: what an import reads, an export writes."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from smallcrm.db.connection import open_database
from smallcrm.services.exchange.exports import ExportOptions, export_data
from smallcrm.services.exchange.imports import apply_import, preview_import
from smallcrm.services.parties.parties import AddressDraft, get_party
from smallcrm.services.parties.search import search_parties
from tests import factories


def _shape(view) -> tuple:
    address = view.addresses[0] if view.addresses else None
    return (view.kind, view.first_name, view.last_name, view.name, view.job_title, view.notes, view.birthday,
            view.vat_number, view.stage, sorted(view.emails), sorted(view.phones), sorted(view.tags),
            None if address is None else (address.street, address.postal_code, address.city, address.province,
                                          address.country),
            sorted((c.company.name, c.role) for c in view.companies), view.sdi_code, view.sdi_pec)


@pytest.mark.parametrize("how", [{"csv": True, "dialect": "plain"}, {"csv": True, "dialect": "it"}, {}])
def test_contacts_exported_and_imported_again_are_the_same(db, tmp_path, _migrated_file, how):
    acme = factories.company(db, "Àcme S.r.l.", emails=["info@acme.it"], vat_number="IT00743110157",
                             sdi_code="M5UXCR1")
    people = [
        factories.person(db, "Maria Grazia", "D'Àngelo", emails=["mg@acme.it", "mg@gmail.com"],
                         phones=["+39 02 1234 5678", "+39 347 765 4321"], job_title="Buyer, Acquisti",
                         notes="met at the fair;\nwants a quote\n= not a formula", birthday=date(1980, 5, 17),
                         tags=["VIP", "Fiera 2025"], company_id=acme.id, role="Acquisti; estero",
                         addresses=[AddressDraft("Via Roma 1", "00184", "Roma", "RM", "IT")]),
        factories.person(db, "Ion", "Popescu", emails=["ion@example.ro"], notes="-2 days late +1",
                         sdi_pec="ion.popescu@pec.example.it"),
    ]
    before = [_shape(get_party(p.id)) for p in (acme, *people)]
    suffix = ".csv" if how else ".xlsx"
    exported = export_data("contacts", tmp_path / f"contacts{suffix}", ExportOptions(language="it", **how)).files[0]
    db.close()
    empty = tmp_path / "empty.sqlite3"
    shutil.copyfile(_migrated_file, empty)
    other = open_database(empty)
    try:
        plan = preview_import(other, exported)
        assert not plan.rejections and not plan.warnings, (plan.rejections, plan.warnings)
        apply_import(other, plan)
        after = [_shape(get_party(search_parties(name)[0].id)) for name in ("Àcme", "D'Àngelo", "Popescu")]
    finally:
        other.close()
    assert after == before
