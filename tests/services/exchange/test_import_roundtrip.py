"""Round trips: contacts exported (our CSV in both dialects, our vCard) and imported into an empty database are the
same contacts; and the same file imported again changes nothing."""

from __future__ import annotations

import pytest

from smallcrm.db.connection import open_database
from smallcrm.db.models import Party
from smallcrm.demo.parties import generate_demo
from smallcrm.services.exchange.exports import ExportOptions, export_data
from smallcrm.services.exchange.imports import apply_import, inspect_import, preview_import
from smallcrm.services.exchange.vcards import export_vcards
from smallcrm.services.parties import store


def snapshot(full: bool) -> dict[tuple, tuple]:
    """Every live party as the fields a format carries (vCard also notes and birthday)."""
    found = {}
    for party in Party.select().where(Party.deleted_at.is_null()):
        view = store.party_view(party)
        main = next((a.company.name for a in view.companies if a.is_primary), "")
        address = view.addresses[0] if view.addresses else None
        where = (address.street, address.postal_code, address.city, address.province, address.country) if address \
            else ()
        fields = (view.first_name, view.last_name, view.job_title, tuple(view.emails), tuple(view.phones),
                  tuple(p.value for p in view.points("web")), tuple(sorted(view.tags)), where, view.vat_number,
                  view.tax_code, view.stage, view.owner, view.source, main)
        if full:
            fields += (view.notes, view.birthday, view.uid, view.country)
        found[(view.kind, view.name, view.emails[0] if view.emails else "")] = fields
    return found


@pytest.mark.parametrize(("kind", "name", "options"), [
    ("csv", "contacts.csv", ExportOptions(csv=True)),
    ("csv-it", "contacts-it.csv", ExportOptions(csv=True, dialect="it")),
    ("xlsx", "contacts.xlsx", ExportOptions()),
    ("vcard", "contacts.vcf", None),
])
def test_export_then_import_into_an_empty_database_gives_the_same_contacts(tmp_path, db, kind, name, options):
    generate_demo(db, contacts=80, seed=11, communications_per_contact=0)
    path = tmp_path / name
    if options is None:
        export_vcards(path)
    else:
        export_data("contacts", path, options)
    before = snapshot(full=kind == "vcard")
    db.close()
    other = open_database(tmp_path / "empty.sqlite3")
    try:
        source = inspect_import(path)
        assert source.mapping.layout == ("vcard" if kind == "vcard" else "smallcrm")
        plan = preview_import(other, path)
        assert plan.rejections == []
        apply_import(other, plan)
        after = snapshot(full=kind == "vcard")
        assert after == before
        again = preview_import(other, path)
        assert again.counts["create"] == again.counts["update"] == 0
    finally:
        other.close()
