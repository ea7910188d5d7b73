"""The compiled type check answers as phonenumbers does, for numbers of every region and every type."""

from __future__ import annotations

import random

import phonenumbers
from phonenumbers import PhoneNumberType

from smallcrm.phone_types import number_type


def _numbers() -> list[phonenumbers.PhoneNumber]:
    """Each region's example numbers of every type, and numbers made from them by changing digits, cutting
    and lengthening them (valid, invalid and of other types): for country codes shared by several regions too."""
    rng = random.Random(16)
    found = []
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    kinds = [getattr(PhoneNumberType, name) for name in dir(PhoneNumberType) if name.isupper()]
    for region in regions:
        for kind in kinds:
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            found.append(example)
            national = phonenumbers.national_significant_number(example)
            for _ in range(6):
                digits = list(national)
                digits[rng.randrange(len(digits))] = str(rng.randrange(10))
                changed = "".join(digits)
                for text in (changed, changed[:-1], changed + str(rng.randrange(10))):
                    found.append(phonenumbers.parse(f"+{example.country_code}{text}", None))
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            found.append(example)
    return found


def test_the_same_type_as_phonenumbers_for_every_region():
    numbers = _numbers()
    assert len(numbers) > 10_000
    different = [(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), number_type(n),
                  phonenumbers.number_type(n)) for n in numbers if number_type(n) != phonenumbers.number_type(n)]
    assert different == []


def test_italian_and_vatican_numbers_and_unknown_codes():
    mobile = phonenumbers.parse("347 123 4567", "IT")
    assert number_type(mobile) == PhoneNumberType.MOBILE
    assert number_type(phonenumbers.parse("02 1234 5678", "IT")) == PhoneNumberType.FIXED_LINE
    assert number_type(phonenumbers.parse("06 6982", "VA")) == phonenumbers.number_type(
        phonenumbers.parse("06 6982", "VA"))
    assert number_type(phonenumbers.PhoneNumber(country_code=999, national_number=12345)) == PhoneNumberType.UNKNOWN
