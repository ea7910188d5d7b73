"""Chat and social addresses from CSV files: Google's IM columns (the service in the column before the value),
columns named after a service ("Skype", "Twitter"), our own export's Chat and Social profiles columns."""

from __future__ import annotations

from smallcrm.db.models import Party
from smallcrm.domain import ContactKind
from smallcrm.services.exchange.exports import ExportOptions, export_data
from smallcrm.services.exchange.imports import apply_import, inspect_import, preview_import
from smallcrm.services.parties import store
from smallcrm.services.parties.parties import PartyDraft, create_party


def _handles(name: str) -> tuple[list, list]:
    view = store.party_view(Party.get(Party.first_name == name))
    return ([(p.label, p.value) for p in view.points(ContactKind.IM)],
            [(p.label, p.value) for p in view.points(ContactKind.SOCIAL)])


def test_google_csv_im_columns_each_value_with_the_service_beside_it(db, tmp_path):
    path = tmp_path / "google.csv"
    path.write_text("First Name,Last Name,E-mail 1 - Value,IM 1 - Label,IM 1 - Service,IM 1 - Value,IM 2 - Label,"
                    "IM 2 - Service,IM 2 - Value\n"
                    "Ada,Rossi,ada@example.com,Work,Skype,ada.rossi ::: ada.work,,Jabber,ada@jabber.example.org\n",
                    encoding="utf-8")
    source = inspect_import(path)
    assert source.mapping.layout == "google"
    assert source.mapping.fields[3:] == (None, "im_service", "im", None, "im_service", "im")
    apply_import(db, preview_import(db, path))
    assert _handles("Ada") == ([("skype", "ada.rossi"), ("skype", "ada.work"), ("jabber", "ada@jabber.example.org")],
                               [])


def test_columns_named_after_a_service_give_it_to_their_values(db, tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text("Nome;Cognome;Skype;IM ICQ;Twitter;Chat\nBea;Neri;bea.neri;12345;https://twitter.com/bea;"
                    "Telegram: @bea\n", encoding="utf-8")
    mapping = inspect_import(path).mapping
    assert mapping.fields == ("first_name", "last_name", "im", "im", "social", "im")
    apply_import(db, preview_import(db, path, mapping))
    assert _handles("Bea") == ([("skype", "bea.neri"), ("icq", "12345"), ("telegram", "@bea")],
                               [("twitter", "https://twitter.com/bea")])


def test_our_export_writes_them_with_their_services_and_a_second_import_adds_nothing(db, tmp_path):
    create_party(db, PartyDraft(first_name="Carla", last_name="Bruni", ims=["Skype: carla.b", "jabber: c@x.org"],
                                socials=["LinkedIn: https://www.linkedin.com/in/carla", "@carla"]))
    export_data("contacts", tmp_path / "contacts.csv", ExportOptions(csv=True, language="en"))
    text = (tmp_path / "contacts.csv").read_text(encoding="utf-8-sig")
    assert "Chat,Social profiles" in text.splitlines()[0]
    assert '"skype: carla.b\njabber: c@x.org","linkedin: https://www.linkedin.com/in/carla\n@carla"' in text
    plan = preview_import(db, tmp_path / "contacts.csv")
    assert plan.counts["skip"] == 1 and plan.counts["create"] == 0
    assert _handles("Carla") == ([("skype", "carla.b"), ("jabber", "c@x.org")],
                                 [("linkedin", "https://www.linkedin.com/in/carla"), ("", "@carla")])
