"""The type of a phone number (mobile, fixed line, toll free...), as ``phonenumbers.number_type`` says it, faster.

``phonenumbers`` looks each type's pattern up again on every call (its ``re`` cache, then ``match`` and
``fullmatch`` one after the other), and for a country code shared by several regions (+39: Italy and the
Vatican, +1, +7 ...) it asks the patterns once to find the region and once more for the type. An import reads
100k numbers: that was half of what checking a row cost. Here each region's patterns are taken from the same
metadata, compiled once, and asked in the same order with the same rules; tests/test_phone_types.py compares
the answers with ``phonenumbers.number_type`` for numbers of every region.
"""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberType

# the order of phonenumbers' _number_type_helper: the first type whose pattern matches is the number's
_SPECIAL = (("premium_rate", PhoneNumberType.PREMIUM_RATE), ("toll_free", PhoneNumberType.TOLL_FREE),
            ("shared_cost", PhoneNumberType.SHARED_COST), ("voip", PhoneNumberType.VOIP),
            ("personal_number", PhoneNumberType.PERSONAL_NUMBER), ("pager", PhoneNumberType.PAGER),
            ("uan", PhoneNumberType.UAN), ("voicemail", PhoneNumberType.VOICEMAIL))
_Desc = tuple[frozenset[int], "re.Pattern[str]"] | None  # possible lengths (empty: any), the national pattern


def _desc(desc) -> _Desc:
    if desc is None or not desc.national_number_pattern:
        return None  # matches nothing (phonenumbers: an empty pattern is no match)
    return frozenset(desc.possible_length or ()), re.compile(desc.national_number_pattern)


def _matches(number: str, desc: _Desc) -> bool:
    if desc is None:
        return False
    lengths, pattern = desc
    if lengths and len(number) not in lengths:
        return False
    return pattern.fullmatch(number) is not None


class _Region:
    """One region's patterns, compiled."""

    def __init__(self, metadata) -> None:
        self.general = _desc(metadata.general_desc)
        self.special = [(d, kind) for name, kind in _SPECIAL if (d := _desc(getattr(metadata, name))) is not None]
        self.fixed_line = _desc(metadata.fixed_line)
        self.mobile = _desc(metadata.mobile)
        self.same_mobile_and_fixed = bool(metadata.same_mobile_and_fixed_line_pattern)
        self.leading_digits = re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None

    def type_of(self, number: str) -> int:
        if not _matches(number, self.general):
            return PhoneNumberType.UNKNOWN
        for desc, kind in self.special:
            if _matches(number, desc):
                return kind
        if _matches(number, self.fixed_line):
            if self.same_mobile_and_fixed or _matches(number, self.mobile):
                return PhoneNumberType.FIXED_LINE_OR_MOBILE
            return PhoneNumberType.FIXED_LINE
        if not self.same_mobile_and_fixed and _matches(number, self.mobile):
            return PhoneNumberType.MOBILE
        return PhoneNumberType.UNKNOWN


@cache
def _region(region_code: str) -> _Region | None:
    metadata = PhoneMetadata.metadata_for_region(region_code, None)
    return _Region(metadata) if metadata is not None else None


@cache
def _calling_code(country_code: int) -> _Region | None:
    """The patterns of a non-geographic calling code (+800, +882 ...)."""
    metadata = PhoneMetadata.metadata_for_nongeo_region(country_code, None)
    return _Region(metadata) if metadata is not None else None


def _type_in_regions(country_code: int, national: str) -> int:
    """The number's type in the region it is read with, found as ``region_code_for_number`` finds its region;
    where the region is found by its patterns (+39: Italy before the Vatican), the type found with them is
    the answer, not asked again."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if regions is None:
        return PhoneNumberType.UNKNOWN
    if len(regions) == 1:
        code = regions[0]
        found = _calling_code(country_code) if code == phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY else _region(code)
        return found.type_of(national) if found is not None else PhoneNumberType.UNKNOWN
    for code in regions:
        found = _region(code.upper())
        if found is None:
            continue
        if found.leading_digits is not None:
            if found.leading_digits.match(national):
                return found.type_of(national)
        else:
            kind = found.type_of(national)
            if kind != PhoneNumberType.UNKNOWN:
                return kind
    return PhoneNumberType.UNKNOWN  # no region of the code claims it: phonenumbers has no metadata to type it by


def number_type(number: phonenumbers.PhoneNumber) -> int:
    """``phonenumbers.number_type(number)``: the same answer, from patterns compiled once."""
    return _type_in_regions(number.country_code, phonenumbers.national_significant_number(number))
