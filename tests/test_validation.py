"""Checks and normalisation of typed values: each error names its field and carries a stable code."""

from __future__ import annotations

import pytest

from smallcrm.domain import Priority, Stage, parse_choice
from smallcrm.errors import ValidationError
from smallcrm.validation import (
    contact_match_key,
    format_phone,
    normalize_contact,
    normalize_email,
    normalize_phone,
    normalize_sdi_code,
    normalize_sdi_pec,
    normalize_tax_code,
    normalize_vat_number,
    normalize_website,
    required,
)


def test_required_strips_and_refuses_blank():
    assert required("  x ", "name") == "x"
    for blank in ("", "   ", None):
        with pytest.raises(ValidationError) as info:
            required(blank, "name")
        assert (info.value.field, info.value.code) == ("name", "required")


def test_email_is_checked_and_its_domain_lowercased():
    assert normalize_email("  Mario.Rossi@Example.COM ") == "Mario.Rossi@example.com"
    for bad in ("mario", "mario@", "@example.com", "mario rossi@example.com", "mario@@example.com"):
        with pytest.raises(ValidationError) as info:
            normalize_email(bad, "emails[2]")
        assert info.value.field == "emails[2]"
        assert info.value.code == "email_invalid"
        assert info.value.params["value"] == bad


@pytest.mark.parametrize(("typed", "region", "e164"), [
    ("02 1234 5678", "IT", "+390212345678"),
    ("333 123 4567", "IT", "+393331234567"),
    ("+39 333 123 4567", "IT", "+393331234567"),
    ("0039 333 1234567", "IT", "+393331234567"),
    ("0721 234 567", "RO", "+40721234567"),
    ("+40 721 234 567", "IT", "+40721234567"),
    ("0040721234567", "it", "+40721234567"),
])
def test_phone_is_stored_in_e164(typed, region, e164):
    assert normalize_phone(typed, region) == e164


@pytest.mark.parametrize("bad", ["12", "abc", "+39 12", "0721 234 567 999 999", ""])
def test_bad_phone_names_its_field(bad):
    with pytest.raises(ValidationError) as info:
        normalize_phone(bad, "IT", "phones[1]")
    assert (info.value.field, info.value.code) == ("phones[1]", "phone_invalid")


def test_format_phone_reads_like_people_write_it():
    assert format_phone("+390212345678") == "+39 02 1234 5678"
    assert format_phone("not a number") == "not a number"


def test_website():
    assert normalize_website("example.com") == "https://example.com"
    assert normalize_website(" http://www.example.com/x ") == "http://www.example.com/x"
    for bad in ("example", "ftp://example.com", "exa mple.com", ""):
        with pytest.raises(ValidationError) as info:
            normalize_website(bad, "websites[0]")
        assert (info.value.field, info.value.code) == ("websites[0]", "website_invalid")


def test_contact_match_keys():
    assert contact_match_key("email", "Mario.Rossi@example.com") == "mario.rossi@example.com"
    assert contact_match_key("phone", "+39 02 1234 5678") == "390212345678"
    assert contact_match_key("web", "https://www.Example.com/shop/") == "example.com/shop"
    assert contact_match_key("web", "http://example.com") == "example.com"


def test_normalize_contact_dispatches_and_refuses_unknown_kinds():
    assert normalize_contact("email", "a@b.it", "IT", "emails[0]") == "a@b.it"
    assert normalize_contact("phone", "0721234567", "RO", "phones[0]") == "+40721234567"
    assert normalize_contact("web", "b.it", "IT", "websites[0]") == "https://b.it"
    with pytest.raises(ValidationError) as info:
        normalize_contact("fax", "123", "IT", "faxes[0]")
    assert (info.value.field, info.value.code) == ("faxes[0]", "kind_invalid")


@pytest.mark.parametrize(("typed", "country", "stored"), [
    ("00743110157", "IT", "IT00743110157"),
    ("IT 00743110157", "IT", "IT00743110157"),
    ("it00743110157", "RO", "IT00743110157"),
    ("18547290", "RO", "RO18547290"),
    ("RO18547290", "IT", "RO18547290"),
    ("DE136695976", "IT", "DE136695976"),
    ("136695976", "DE", "DE136695976"),
    ("DE 136.695.976", "IT", "DE136695976"),
    ("", "IT", ""),
    ("   ", "RO", ""),
])
def test_vat_number_checked_by_checksum(typed, country, stored):
    assert normalize_vat_number(typed, country) == stored


@pytest.mark.parametrize(("typed", "country"), [
    ("00743110158", "IT"),  # partita IVA, wrong check digit
    ("01234567897", "IT"),  # partita IVA, unknown office code
    ("0074311015", "IT"),  # too short
    ("18547291", "RO"),  # CUI, wrong check digit
    ("DE136695977", "IT"),  # EU VAT, wrong check digit
    ("XX123456789", "IT"),  # no such country
])
def test_bad_vat_number_names_its_field(typed, country):
    with pytest.raises(ValidationError) as info:
        normalize_vat_number(typed, country)
    assert (info.value.field, info.value.code) == ("vat_number", "number_invalid")


def test_tax_codes():
    assert normalize_tax_code("rssmra85t10a562s") == "RSSMRA85T10A562S"
    assert normalize_tax_code("RSSMRA 85T10 A562S", "it", "person") == "RSSMRA85T10A562S"
    assert normalize_tax_code("00743110157", "IT", "company") == "00743110157"  # a company's CF
    assert normalize_tax_code("1800101221144", "RO", "person") == "1800101221144"  # CNP
    assert normalize_tax_code("RO18547290", "RO", "company") == "18547290"  # CUI
    assert normalize_tax_code("  ", "IT") == ""
    assert normalize_tax_code("abc123", "FR") == "ABC123"  # not checked where we know no rule


@pytest.mark.parametrize(("typed", "country", "kind"), [
    ("RSSMRA85T10A562X", "IT", "person"),  # wrong check letter
    ("RSSMRA85T10A562", "IT", "person"),  # too short
    ("00743110158", "IT", "company"),
    ("1800101221145", "RO", "person"),
    ("18547291", "RO", "company"),
])
def test_bad_tax_code_names_its_field(typed, country, kind):
    with pytest.raises(ValidationError) as info:
        normalize_tax_code(typed, country, kind)
    assert (info.value.field, info.value.code) == ("tax_code", "number_invalid")


def test_parse_choice_by_value_or_name():
    assert parse_choice(Stage, "customer", "stage") is Stage.CUSTOMER
    assert parse_choice(Stage, " Key_Customer ", "stage") is Stage.KEY_CUSTOMER
    assert parse_choice(Stage, Stage.LOST, "stage") is Stage.LOST
    assert parse_choice(Priority, 1, "priority") is Priority.HIGH
    assert parse_choice(Priority, "low", "priority") is Priority.LOW
    with pytest.raises(ValidationError) as info:
        parse_choice(Stage, "friend", "stage")
    assert (info.value.field, info.value.code) == ("stage", "choice_invalid")
    assert "lead" in info.value.params["allowed"]
    assert str(info.value).startswith("stage: ")


@pytest.mark.parametrize(("typed", "stored"), [("m5uxcr1", "M5UXCR1"), (" UFY9MH ", "UFY9MH"), ("0000000", "0000000"),
                                               ("xxxxxxx", "XXXXXXX"), ("", "")])
def test_the_sdi_code_is_seven_characters_or_a_public_office_of_six(typed, stored):
    assert normalize_sdi_code(typed) == stored


@pytest.mark.parametrize("bad", ["M5UXC", "M5UXCR12", "M5-UXCR", "ÀBCDEFG"])
def test_a_bad_sdi_code_names_its_field(bad):
    with pytest.raises(ValidationError) as refused:
        normalize_sdi_code(bad)
    assert (refused.value.field, refused.value.code) == ("sdi_code", "sdi_code_invalid")


def test_the_sdi_pec_is_an_email_address():
    assert normalize_sdi_pec(" Fatture@PEC.Example.it ") == "Fatture@pec.example.it"
    with pytest.raises(ValidationError) as refused:
        normalize_sdi_pec("fatture at pec")
    assert refused.value.field == "sdi_pec"
