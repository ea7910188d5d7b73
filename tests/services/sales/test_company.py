"""Our company's profile (the header of every document): checked and normalised before it is saved."""

from __future__ import annotations

from dataclasses import replace

import pytest

from smallcrm.errors import ValidationError
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.sales.views import CompanyProfile

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d494441"
                    "54789c6360606060000000050001a5f645400000000049454e44ae426082")  # 1 x 1, transparent
GOOD = CompanyProfile(name="Idraulica Verdi S.r.l.", street="Via Roma 1", postal_code="20121", city="Milano",
                      province="MI", country="it", vat_number="007 431 101 57",
                      iban="it60 x054 2811 1010 0000 0123 456", bic="uncritmm",
                      email="Mario.Verdi@Verdi.Example.it", logo_png=PNG, payment_terms_days=60)


def test_a_valid_profile_is_normalised_and_saved(db):
    saved, changes = update_company_profile(db, GOOD)
    assert (saved.country, saved.vat_number, saved.iban, saved.bic) == (
        "IT", "IT00743110157", "IT60X0542811101000000123456", "UNCRITMM")
    assert saved.email == "Mario.Verdi@verdi.example.it"  # the domain is lower-cased, the local part kept
    assert saved.logo_png == PNG and saved.payment_terms_days == 60
    assert {"company_iban", "company_vat_number", "company_logo_png", "payment_terms_days"} <= changes.settings
    assert changes.kinds() == {"settings"}
    assert get_company_profile() == saved


BAD = [
    ({"iban": "IT60X0542811101000000123457"}, "iban", "number_invalid"),  # wrong check digits
    ({"iban": "IT60X05428"}, "iban", "number_invalid"),
    ({"bic": "UNCR1TMM"}, "bic", "number_invalid"),
    ({"vat_number": "IT01234567890"}, "vat_number", None),  # bad partita IVA checksum
    ({"logo_png": b"GIF89a\x01\x00\x01\x00"}, "logo_png", "logo_invalid"),
    ({"email": "not-an-address"}, "email", "email_invalid"),
    ({"payment_terms_days": 400}, "payment_terms_days", "out_of_range"),
]


def test_bad_values_are_refused_naming_the_field_and_nothing_is_saved(db):
    before = get_company_profile()
    for fields, field, code in BAD:
        with pytest.raises(ValidationError) as caught:
            update_company_profile(db, replace(GOOD, **fields))
        assert caught.value.field == field
        if code:
            assert caught.value.code == code
        assert get_company_profile() == before, field


def test_an_empty_iban_and_no_logo_are_fine(db):
    update_company_profile(db, GOOD)
    saved, _ = update_company_profile(db, replace(GOOD, iban="", bic="", logo_png=b""))
    assert (saved.iban, saved.bic, saved.logo_png) == ("", "", b"")
    assert get_company_profile().name == "Idraulica Verdi S.r.l."


def test_the_first_setup_saves_the_company_series_and_language_together(db):
    from smallcrm.services.admin.company import set_up_business
    from smallcrm.services.admin.settings import get_setting

    with pytest.raises(ValidationError) as caught:  # a series with a slash: refused, and the profile not saved
        set_up_business(db, replace(GOOD, name="Prima"), "A/B", "ro")
    assert caught.value.field == "invoice_series" and get_company_profile().name != "Prima"
    saved, changes = set_up_business(db, GOOD, " b ", "ro")
    assert saved.name == "Idraulica Verdi S.r.l." and saved.language == "ro"
    assert (get_setting("invoice_series"), get_setting("language")) == ("B", "ro")
    assert {"company_name", "invoice_series", "language"} <= changes.settings
