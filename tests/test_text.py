"""Folding text for search and duplicate checks."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from smallcrm.text import _EXTRA, _SPACES, digits, fold, words


def test_fold_examples():
    assert fold("  Nicolò   ROSSI ") == "nicolo rossi"
    assert fold("Ștefănescu") == "stefanescu"
    assert fold("Straße") == "strasse"
    assert fold("Łódź Øresund Đorđe") == "lodz oresund dorde"
    assert fold("ﬁne") == "fine"  # compatibility ligature
    assert fold("ℌilbert") == "hilbert"  # NFKD makes a capital of it: still folded to lower case
    assert fold("İstanbul") == "istanbul"
    assert fold("a\tb\nc\u00a0d") == "a b c d"
    assert fold("") == ""


def test_digits_and_words():
    assert digits("+39 (02) 1234-5678") == "390212345678"
    assert digits("abc") == ""
    assert words("Acme S.r.l. — Ștefănescu & Figli") == ["acme", "s", "r", "l", "stefanescu", "figli"]


def _cherokee(ch: str) -> bool:
    # casefold maps lower-case Cherokee to capitals on purpose (Unicode's stable case folding)
    return unicodedata.name(ch, "").startswith("CHEROKEE")


@settings(max_examples=300)
@given(st.text())
@example("ℌ")  # NFKD makes a capital of it
@example("İ")  # casefold adds a combining dot
@example("ǅ ﬀ  \u0301x ")
def test_fold_is_idempotent_lowercase_and_without_marks(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded.casefold() == folded
    assert all(ch.lower() == ch for ch in folded if not _cherokee(ch))
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert folded == folded.strip()
    assert "  " not in folded


@settings(max_examples=200)
@given(st.text(), st.text())
def test_fold_of_a_joined_text_holds_the_folded_parts(a, b):
    # the search index folds a whole document; a folded name must be found inside it
    joined = fold(f"{a} | {b}")
    assert fold(a) in joined
    assert fold(b) in joined


@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF)) | st.text())
@example("Nicolò Ștefănescu | Straße ǅ ﬁ x\u0301\u0327y")
@example("a\u0300" * 50)
@settings(max_examples=400)
def test_fold_asks_only_non_ascii_characters_whether_they_are_marks(text):
    if text.isascii():
        return
    assert fold(text) == _SPACES.sub(" ", _fold_char_by_char_raw(text)).strip()


def _fold_char_by_char_raw(text: str) -> str:
    """The folding as first written: every character of the decomposed text asked whether it is a mark."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text.casefold()).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_EXTRA)
