"""Random bytes and random CSV text into the importers: a plan or a clear ValidationError, never a crash, and an
applied plan creates exactly what it announced."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.db.import_models import ImportChange
from smallcrm.errors import ValidationError
from smallcrm.services.exchange.imports import apply_import, preview_import, undo_import
from smallcrm.services.parties.lists import PartyQuery, count_parties

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
HEADERS = ["Name", "First name", "Last name", "Company", "Email", "Phone", "VAT number", "Country", "Tags", "Stage",
           "Kind", "Birthday", "Notes", "Strange"]
cell = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "Mario", "Rossi", "Acme Srl", "a@example.com", "A@EXAMPLE.COM", "+39 02 1234 5678",
                     "333 1234567", "IT00743110157", "IT", "Italia", "xx", "person", "company", "customer",
                     "1980-05-17", "31/02/2020", "=HYPERLINK(\"x\")", "+cmd|' /C calc'!A0", "vip, a; b"]),
)


def _plan_or_clear_error(db, path):
    try:
        return preview_import(db, path)
    except ValidationError as error:
        assert error.field in ("file", "mapping") and str(error)
        return None


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".csv", ".vcf", ".xlsx", ".txt"]))
def test_random_bytes(db, tmp_path, data, suffix):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    plan = _plan_or_clear_error(db, path)
    if plan is not None:
        assert sum(plan.counts.values()) == len(plan.rows)


@FUZZ
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
       rows=st.lists(st.lists(cell, max_size=9), max_size=12), delimiter=st.sampled_from([",", ";", "\t"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_csv(db, tmp_path, header, rows, delimiter, encoding):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path = tmp_path / "random.csv"
    path.write_bytes(out.getvalue().encode(encoding, errors="replace"))
    before = count_parties(PartyQuery())
    plan = _plan_or_clear_error(db, path)
    if plan is None:
        return
    for rejection in plan.rejections:
        assert rejection.row >= 2 and rejection.reason
    result, _ = apply_import(db, plan)
    created = ImportChange.select().where(ImportChange.batch == result.batch_id, ImportChange.action == "create")
    assert created.count() == result.created
    assert count_parties(PartyQuery()) == before + result.created
    undo_import(db, result.batch_id)
    assert count_parties(PartyQuery()) == before


vcard_line = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "FN:Anna Neri", "N:Neri;Anna;;;", "ORG:Alfa;X",
                     "EMAIL:anna@example.it", "TEL;CELL:+39 333 1234567", "ADR:;;Via Roma 1;Milano;MI;20121;Italia",
                     "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:caff=C3=A8=", " folded", "UID:x", "KIND:org",
                     "BDAY:--0517", "BDAY:19801332", "CATEGORIES:a,b\\,c", "PHOTO;ENCODING=b:AAAA"]),
)


@FUZZ
@given(lines=st.lists(vcard_line, max_size=25))
def test_random_vcards(db, tmp_path, lines):
    path = tmp_path / "random.vcf"
    path.write_text("BEGIN:VCARD\n" + "\n".join(lines), encoding="utf-8")
    plan = _plan_or_clear_error(db, path)
    if plan is not None:
        result, _ = apply_import(db, plan)
        undo_import(db, result.batch_id)
