"""The round-trip property: any contacts, exported in any of our formats and imported into an empty database,
come back with every field the format carries (vCard: all of them, the photo and every address with its type
included; our CSV and xlsx: one row per contact, the main address), chat and social addresses with their services
included."""

from __future__ import annotations

import io
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from smallcrm.db.connection import open_database
from smallcrm.db.models import Party
from smallcrm.domain import ContactKind
from smallcrm.services.exchange.exports import ExportOptions, export_data
from smallcrm.services.exchange.imports import apply_import, preview_import
from smallcrm.services.exchange.vcards import export_vcards
from smallcrm.services.parties import store
from smallcrm.services.parties.parties import AddressDraft, PartyDraft, create_party
from smallcrm.services.parties.photos import get_photo, set_photo

PROPERTY = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
# letters people's names and notes have, and the characters each format escapes
text = st.text(st.sampled_from("aeiouAEIOU àèìòùÀÉșțăîâ'-.,;:\\\"=+@#/&()"), max_size=14).map(str.strip)
word = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzàèìșț"), min_size=2, max_size=10)
phones = st.lists(st.sampled_from(["+39 02 1234 5678", "+39 347 765 4321", "+40 21 312 3456", "+1 217 555 0100",
                                   "+44 20 7946 0018", "+49 30 901820"]), max_size=3, unique=True)
days = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)))
addresses = st.lists(st.builds(AddressDraft, street=word.map(lambda w: f"Via {w} 1"), postal_code=st.sampled_from(
    ["00184", "20121", "010011", "62701"]), city=word, province=st.sampled_from(["", "RM", "MI"]),
    country=st.sampled_from(["IT", "RO", "US"]), label=st.sampled_from(["", "work", "home"])), max_size=3)


def _picture(colour: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), (colour, 0, 0)).save(out, "PNG")
    return out.getvalue()


@st.composite
def contacts(draw) -> list[tuple[PartyDraft, bytes | None]]:
    found = []
    for index in range(draw(st.integers(1, 4))):
        person = draw(st.booleans())
        first, last = draw(word), draw(word).capitalize()
        places = draw(addresses)
        # as the form makes it: the contact's country is its main address's (one Country column in a sheet)
        country = places[0].country if places else draw(st.sampled_from(["IT", "RO"]))
        draft = PartyDraft(
            kind="person" if person else "company", first_name=first if person else "",
            last_name=last if person else "", name="" if person else f"{last} {index} S.r.l.",
            name_prefix=draw(text) if person else "", middle_name=draw(text) if person else "",
            name_suffix=draw(text) if person else "", nickname=draw(text), department=draw(text),
            job_title=draw(text), notes=draw(text), source=draw(text), birthday=draw(days), anniversary=draw(days),
            emails=[f"{first}.{index}.{n}@example.com" for n in range(draw(st.integers(0, 2)))],
            phones=draw(phones), websites=[f"https://{first}.example.com/a;b={index}"] * draw(st.integers(0, 1)),
            tags=draw(st.lists(word, max_size=3, unique=True)), addresses=places, country=country,
            ims=draw(st.lists(st.builds("{}: {}".format, st.sampled_from(["skype", "jabber", "google talk", "icq",
                                                                            "mike's im"]), word), max_size=3)),
            socials=[form.format(first) for form in draw(st.lists(st.sampled_from([
                "twitter: https://twitter.com/{}", "linkedin: https://www.linkedin.com/in/{};x=1",
                "mastodon: @{}@example.social", "@{}"]), max_size=2))])
        found.append((draft, _picture(index * 40) if draw(st.booleans()) else None))
    return found


def _snapshot(every_address: bool) -> dict[str, tuple]:
    """Every live contact as the fields compared, by its name."""
    found = {}
    for party in Party.select().where(Party.deleted_at.is_null()):
        v = store.party_view(party)
        where = [(a.street, a.postal_code, a.city, a.province, a.country) + ((a.label,) if every_address else ())
                 for a in v.addresses]
        found[v.name] = (
            v.kind, v.first_name, v.last_name, v.name_prefix, v.middle_name, v.name_suffix, v.nickname, v.department,
            v.job_title, v.notes, v.source, v.birthday, v.anniversary, v.stage, v.owner, v.country,
            tuple(v.emails), tuple(sorted(v.phones)), tuple(p.value for p in v.points(ContactKind.WEB)),
            tuple(sorted(v.tags)), tuple(where if every_address else where[:1]),
            tuple((p.label, p.value) for p in v.points(ContactKind.IM)),
            tuple((p.label, p.value) for p in v.points(ContactKind.SOCIAL)),
            get_photo(v.id).data if every_address and v.has_photo else None)
    return found


@pytest.mark.parametrize(("name", "options"), [
    ("contacts.csv", ExportOptions(csv=True)), ("contacts-it.csv", ExportOptions(csv=True, dialect="it")),
    ("contacts.xlsx", ExportOptions(language="ro")), ("contacts.vcf", None)])
@PROPERTY
@given(made=contacts())
def test_any_contacts_come_back_with_every_field(tmp_path_factory, _migrated_file, name, options, made):
    folder = tmp_path_factory.mktemp("trip")
    source, target = folder / "source.sqlite3", folder / "target.sqlite3"
    shutil.copyfile(_migrated_file, source)
    shutil.copyfile(_migrated_file, target)
    db = open_database(source)
    try:
        for draft, picture in made:
            view, _ = create_party(db, draft)
            if picture:
                set_photo(db, view.id, picture)
        if options is None:
            export_vcards(folder / name)
        else:
            export_data("contacts", folder / name, options)
        before = _snapshot(every_address=options is None)
    finally:
        db.close()
    db = open_database(target)
    try:
        plan = preview_import(db, folder / name)
        assert not plan.rejections and not plan.warnings, (plan.rejections, plan.warnings)
        apply_import(db, plan)
        after = _snapshot(every_address=options is None)
        assert sorted(after) == sorted(before)
        for key, fields in before.items():
            assert list(after[key]) == list(fields), key
    finally:
        db.close()
