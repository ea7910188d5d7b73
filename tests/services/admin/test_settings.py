"""Business settings kept in the database, each declared with its default."""

from __future__ import annotations

import pytest

from smallcrm.changes import Changes
from smallcrm.db.connection import open_database
from smallcrm.errors import ValidationError
from smallcrm.services.admin.settings import (
    OPTIONS,
    all_settings,
    get_setting,
    get_settings,
    save_settings,
    set_setting,
)
from tests import factories


def test_defaults(db):
    factories.no_company(db)  # the test database's company profile, emptied: every setting as on a new file
    assert all_settings() == {key: option.default for key, option in OPTIONS.items()}
    assert get_setting("default_region") == "IT"
    assert get_setting("backups_kept") == 10


def test_set_and_read_back(db):
    changes = set_setting(db, "default_owner", "anna")
    assert changes == Changes(settings={"default_owner"})
    assert changes.kinds() == {"settings"}
    assert get_setting("default_owner") == "anna"
    set_setting(db, "default_owner", "bob")  # replaced, not added
    assert get_setting("default_owner") == "bob"
    set_setting(db, "backups_kept", 3)
    assert all_settings()["backups_kept"] == 3


def test_several_settings_in_one_read(db):
    set_setting(db, "company_name", "Rossi S.r.l.")
    set_setting(db, "payment_terms_days", 60)
    assert get_settings("company_name", "payment_terms_days", "currency") == {
        "company_name": "Rossi S.r.l.", "payment_terms_days": 60, "currency": "EUR"}
    with pytest.raises(ValidationError):
        get_settings("company_name", "colour")


def test_settings_persist(tmp_path):
    path = tmp_path / "crm.sqlite3"
    with open_database(path) as db:
        set_setting(db, "language", "ro")
    with open_database(path):
        assert get_setting("language") == "ro"


def test_unknown_setting(db):
    for call in (lambda: get_setting("colour"), lambda: set_setting(db, "colour", "red")):
        with pytest.raises(ValidationError) as info:
            call()
        assert (info.value.field, info.value.code) == ("key", "unknown_setting")


@pytest.mark.parametrize(("key", "value"), [
    ("backups_kept", "10"),
    ("backups_kept", 2.5),
    ("backups_kept", True),  # a bool is an int to Python, not a number of backups
    ("default_owner", 3),
    ("language", None),
])
def test_wrong_type(db, key, value):
    with pytest.raises(ValidationError) as info:
        set_setting(db, key, value)
    assert (info.value.field, info.value.code) == (key, "type_invalid")
    assert get_setting(key) == OPTIONS[key].default


@pytest.mark.parametrize(("key", "value"), [
    ("default_country", "Italy"), ("default_region", "I7"), ("language", "de"), ("backups_kept", 0),
    ("payment_terms_days", 400), ("currency", "EURO"), ("invoice_series", "A/B"), ("device_suffix", "x" * 11),
])
def test_values_out_of_their_domain_are_refused_and_not_stored(db, key, value):
    before = get_setting(key)
    with pytest.raises(ValidationError) as caught:
        set_setting(db, key, value)
    assert caught.value.field == key
    assert get_setting(key) == before


def test_values_in_their_domain_are_stored(db):
    for key, value in (("default_country", "RO"), ("language", "ro"), ("invoice_series", "A"),
                       ("device_suffix", "LAP-2"), ("payment_terms_days", 60)):
        set_setting(db, key, value)
        assert get_setting(key) == value


def test_country_codes_are_stored_in_capitals(db):
    set_setting(db, "default_region", " ro ")
    assert get_setting("default_region") == "RO"


def test_saving_several_settings_writes_only_what_changes_in_its_stored_form(db):
    assert save_settings(db, {"invoice_series": "a", "payment_terms_days": 30}).settings == {"invoice_series"}
    assert get_setting("invoice_series") == "A"
    assert not save_settings(db, {"invoice_series": "a ", "payment_terms_days": 30})  # "A" already: nothing to do
    with pytest.raises(ValidationError) as refused:
        save_settings(db, {"payment_terms_days": 45, "default_region": "1X"})
    assert refused.value.field == "default_region" and get_setting("payment_terms_days") == 30  # nothing saved
