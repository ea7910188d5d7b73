"""Every error code raised in smallcrm/ has a translated text in the window: an Italian or Romanian user never
reads the services' English."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from smallcrm import errors as core_errors
from smallcrm.errors import Conflict, NotFound, StorageError, ValidationError
from tests.ui.common.test_translations import compiled  # noqa: F401  (the fixture)
from ui.common import errors

ROOT = Path(__file__).resolve().parents[3]
ERROR_CLASSES = {"SmallCrmError", "ValidationError", "NotFound", "Conflict", "StorageError"}


def raised_codes() -> dict[str, str]:
    """code -> where it is first written, for every error built with a literal code in smallcrm/."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "smallcrm").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in ERROR_CLASSES:
                continue
            for keyword in node.keywords:
                if keyword.arg == "code" and isinstance(keyword.value, ast.Constant):
                    found.setdefault(keyword.value.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    for cls in (core_errors.SmallCrmError, ValidationError, NotFound, Conflict, StorageError):
        found.setdefault(cls.code, f"smallcrm/errors.py ({cls.__name__})")
    return found


def test_the_walk_finds_the_codes_it_should():
    codes = raised_codes()
    assert len(codes) > 40
    assert {"required", "credit_rate_too_large", "future_date", "not_a_database", "conflict", "invalid"} <= set(codes)


def test_every_code_raised_in_smallcrm_has_a_text_in_the_window():
    missing = {code: where for code, where in raised_codes().items() if code not in errors.known_codes()}
    assert not missing, "codes without a text in ui/errors.py: " + ", ".join(f"{c} ({w})" for c, w in
                                                                        sorted(missing.items()))


def test_italian_user_reads_italian(qapp, compiled):  # noqa: F811
    compiled("it")
    for code in sorted(raised_codes()):
        error = ValidationError("field", "English words", code=code)
        assert "English words" not in errors.field_message(error)
        assert "English words" not in errors.message_for(error)
        assert "English words" not in errors.message_for(Conflict("English words", code=code))
    assert errors.field_message(ValidationError("f", "x", code="required")) == "Campo obbligatorio"
    left = ValidationError("quantities[2]", "x", code="credit_quantity_too_large", left=Decimal("2.5"))
    assert errors.field_message(left) == "Più di quanto resta da stornare su questa riga (2,5)"
    assert errors.field_message(ValidationError("amount", "x", code="too_small")) == "Troppo piccolo"
    throttled = ValidationError("password", "x", code="sign_in_throttled", seconds=42)
    assert errors.field_message(throttled) == "Troppi accessi non riusciti: riprova tra 42 secondi"
    assert errors.message_for(NotFound(kind="Invoice", ident=3)) == "Non trovato: forse è stato eliminato o unito"


def test_romanian_user_reads_romanian(qapp, compiled):  # noqa: F811
    compiled("ro")
    assert errors.field_message(ValidationError("paid_on", "x", code="future_date")) == (
        "Această dată este în viitor")
    assert errors.message_for(StorageError("x", code="read_only")) == (
        "Baza de date nu poate fi scrisă (doar citire)")


@pytest.mark.parametrize(("error", "text"), [
    (ValidationError("subject", "Write a subject", code="required"), "Write a subject"),  # the precise English
    (ValidationError("email", "Not a valid e-mail address: x", code="email_invalid"), "Not a valid e-mail address"),
    (ValidationError("q", "x", code="too_large", maximum=Decimal("100")), "Too large: at most 100"),
    (ValidationError("d", "x", code="before_issue", when=date(2026, 3, 1)), "Earlier than the document's date"),
    (ValidationError("x", "Something new", code="a_code_nobody_knows"), "Something new"),
])
def test_english_keeps_the_texts_it_had(qapp, error, text):
    assert errors.field_message(error) == text
    conflict = Conflict("Invoice 1/2026 is issued", code="invoice_issued")
    assert errors.message_for(conflict) == ("An issued invoice cannot be changed: correct it with a credit note: "
                                            "Invoice 1/2026 is issued")
