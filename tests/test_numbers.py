"""Numbers are read the way people of the language type them, and what could be read two ways is refused."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from babel.numbers import format_currency, format_decimal
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.errors import ValidationError
from smallcrm.money import parse_decimal, parse_money
from smallcrm.numbers import LOCALES, NumberNotRead, read_number, typed_in, written

READ = [  # language, typed, meant
    ("it", "1.500", "1500"), ("ro", "1.500", "1500"), ("en", "1.500", "1.500"),
    ("it", "1.500,50", "1500.50"), ("ro", "1.500,50", "1500.50"), ("en", "1,500.50", "1500.50"),
    ("it", "1.234.567,891", "1234567.891"), ("en", "1,234,567.891", "1234567.891"),
    ("it", "0,035", "0.035"), ("en", "0.035", "0.035"), ("it", "1500,5", "1500.5"), ("en", "1500.5", "1500.5"),
    # a lone grouping mark that cannot group can only be a decimal mark
    ("it", "12.50", "12.50"), ("ro", "1500.5", "1500.5"), ("en", "12,5", "12.5"), ("en", "1,5", "1.5"),
    # signs, currency, spaces as other programs write them
    ("it", "-1.000", "-1000"), ("it", "1.000,00 €", "1000.00"), ("en", "€1,000.00", "1000.00"),
    ("en", "-€12.50", "-12.50"), ("ro", "1.234,50 lei", "1234.50"), ("it", "1\u00a0500,5", "1500.5"),
    ("it", "22%", "22"), ("en", "+7", "7"),
]


@pytest.mark.parametrize("language, typed, meant", READ)
def test_each_language_reads_its_own_way_of_writing(language, typed, meant):
    assert read_number(typed, language) == D(meant)


@pytest.mark.parametrize("language, typed, hint", [
    ("it", "1,500.50", "1.500,50"), ("ro", "1,500.50", "1.500,50"), ("en", "1.500,50", "1,500.50"),
    ("en", "1.234.567", "1,234,567"), ("it", "1,234,567", "1.234.567")])
def test_the_other_convention_with_several_marks_is_refused_with_the_way_to_write_it(language, typed, hint):
    with pytest.raises(NumberNotRead) as refused:
        read_number(typed, language)
    assert refused.value.hint == hint
    with typed_in(language), pytest.raises(ValidationError) as error:
        parse_money(typed, "price")
    assert error.value.field == "price" and error.value.code == "number_ambiguous" and hint in str(error.value)


@pytest.mark.parametrize("typed", ["", "-", "abc", "1..5", "1,,5", "1.5.5,5,5", "12,3456.7", "0x10", "1e5", "€"])
def test_what_is_no_number_is_refused_without_a_guess(typed):
    for language in LOCALES:
        with pytest.raises(NumberNotRead) as refused:
            read_number(typed, language)
        assert refused.value.hint is None


def test_the_typing_language_decides_and_numbers_are_never_read_again():
    with typed_in("it"):
        assert parse_money("1.000") == D("1000.00")
        assert parse_decimal(D("1.5"), "quantity", 3) == D("1.500")  # a Decimal is a number already
    with typed_in("en"):
        assert parse_money("1.000") == D("1.00")
    with typed_in("it"), pytest.raises(ValidationError) as error:
        parse_money("12,345", "unit_price")
    assert error.value.code == "too_many_decimals"


amounts = st.decimals(min_value=D("-999999999.99"), max_value=D("999999999.99"), places=2)
quantities = st.decimals(min_value=D(0), max_value=D("9999999.999"), places=3)


@given(amounts, st.sampled_from(sorted(LOCALES)))
def test_every_amount_format_the_app_prints_reads_back(value, language):
    locale = LOCALES[language]
    printed = [format_decimal(value, format="#,##0.00", locale=locale),  # amounts in the window and PDFs
               format_currency(value, "EUR", locale=locale),  # money in the window
               written(value, language)]
    for text in printed:
        assert read_number(text, language) == value, text


@given(quantities, st.sampled_from(sorted(LOCALES)))
def test_editable_numbers_read_back(value, language):
    """The window's editable fields: no grouping, the language's decimal mark (ui/common/formatting.editable)."""
    decimal_mark = "," if language in ("it", "ro") else "."
    text = format(value.normalize(), "f").replace(".", decimal_mark)
    assert read_number(text, language) == value
