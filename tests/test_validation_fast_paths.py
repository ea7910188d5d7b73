"""The fast paths imports lean on give the libraries' own answers: e-mails checked once per domain, phones typed
once, folding of plain ASCII text."""

from __future__ import annotations

import email_validator
import phonenumbers
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.errors import ValidationError
from smallcrm.text import _EXTRA, _SPACES, _nfkd
from smallcrm.text import fold as fast_fold
from smallcrm.validation import _italian_national, checked_phone, normalize_email

LOCAL = st.text(alphabet="abcXYZ09.+_-'!#~\"@ ", min_size=0, max_size=12)
DOMAIN = st.sampled_from(["example.com", "EXAMPLE.it", "x", "localhost", "a..b.it", "-x.it", "ok.co", "test",
                          "sub.domain.ro", "b\u00fccher.ch", "x.invalid", "1.2.3.4", "it."])


def _full_check(text: str) -> str:
    try:
        return email_validator.validate_email(text.strip(), check_deliverability=False).normalized
    except email_validator.EmailNotValidError:
        return "invalid"


def _ours(text: str) -> str:
    try:
        return normalize_email(text)
    except ValidationError:
        return "invalid"


@settings(max_examples=400)
@given(local=LOCAL, domain=DOMAIN, spaces=st.sampled_from(["", " "]))
def test_the_email_fast_path_answers_as_email_validator(local, domain, spaces):
    text = f"{spaces}{local}@{domain}{spaces}"
    assert _ours(text) == _full_check(text)


@settings(max_examples=400)
@given(digits=st.text(alphabet="0123456789", min_size=3, max_size=13), start=st.sampled_from(["", "+", "00", "0"]),
       region=st.sampled_from(["IT", "RO", "DE", "US", "VA", "GB"]))
def test_a_phone_is_valid_exactly_when_phonenumbers_says_so(digits, start, region):
    text = start + digits
    try:
        e164, kind = checked_phone(text, region)
    except ValidationError:
        e164 = None
    try:  # the second time the answer comes from the cache, the error still naming the field asked about
        assert checked_phone(f" {text} ", region.lower(), "phones[2]") == (e164, kind)
    except ValidationError as error:
        assert e164 is None and error.field == "phones[2]" and error.code == "phone_invalid"
        assert error.params["value"] == f" {text} " and text in error.message
    try:
        number = phonenumbers.parse("+" + text[2:] if text.startswith("00") else text, region)
        valid = phonenumbers.is_valid_number(number)
    except phonenumbers.NumberParseException:
        valid = False
    assert (e164 is not None) == valid
    if valid:
        assert e164 == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        assert kind == phonenumbers.number_type(number)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_folding_ascii_takes_the_short_way_to_the_same_result(text):
    decomposed = _nfkd(_nfkd(text.casefold()).casefold())
    slow = _SPACES.sub(" ", decomposed.translate(_EXTRA)).strip()
    assert fast_fold(text) == slow


@settings(max_examples=1000)
@given(digits=st.text(alphabet="0123456789", min_size=1, max_size=19),
       start=st.sampled_from(["", "0", "00", "3", "39", "390", "02", "800"]),
       spaces=st.lists(st.integers(min_value=0, max_value=20), max_size=4))
def test_an_italian_number_typed_in_digits_and_spaces_is_read_as_phonenumbers_reads_it(digits, start, spaces):
    """The national-form shortcut (no parse for "347 1234567" read as Italian) builds the number parse builds,
    or leaves the text to the library."""
    text = start + digits
    for at in sorted(set(spaces), reverse=True):
        text = text[:at] + " " + text[at:] if 0 < at < len(text) else text
    fast = _italian_national(text)
    if fast is not None:
        assert fast == phonenumbers.parse(text, "IT")


def test_the_italian_shortcut_takes_the_common_numbers_and_leaves_the_rest():
    assert _italian_national("347 1234567") == phonenumbers.parse("347 1234567", "IT")
    assert _italian_national("02 1234 5678") == phonenumbers.parse("02 1234 5678", "IT")
    for other in ("+39 347 1234567", "0039 347 1234567", "39 347 1234567", "347-1234567", "(02) 1234", "12",
                  "347 1234567 x12"):
        assert _italian_national(other) is None, other
