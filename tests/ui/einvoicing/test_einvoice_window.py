"""The e-invoice window: the file read as the style sheet lays it out, its problems in the user's words, and Save
as… writing the official file that the schema validates."""

from __future__ import annotations

import pytest

from smallcrm.services.einvoicing.files import list_files
from tests.services.einvoicing import cases
from tests.services.einvoicing.schema import needs_schema, schema_errors
from tests.ui.common.test_translations import compiled  # noqa: F401  (the fixture)
from ui.einvoicing.einvoice_window import EInvoiceWindow
from ui.einvoicing.field_labels import field_label
from ui.sales.invoice_window import InvoiceWindow


def _open(ctx, qtbot, invoice_id: int, number: str) -> EInvoiceWindow:
    window = EInvoiceWindow(ctx, invoice_id, number)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.output is not None)
    return window


@needs_schema
def test_save_as_writes_the_official_file_and_keeps_it_with_the_invoice(ctx, qtbot, tmp_path, monkeypatch):
    view = cases.withholding_with_pension_fund(ctx.db)
    window = _open(ctx, qtbot, view.id, view.number)
    assert "Preview: the file gets its name" in window.state.text()
    text = window.page.toPlainText()
    assert "Studio Bianchi" in text and "1318.80" in text and "No problem found" in text
    monkeypatch.setattr(EInvoiceWindow, "ask_save_path", classmethod(lambda cls, parent, suggested: str(tmp_path)))
    window.save_button.click()
    qtbot.waitUntil(lambda: "Saved to" in window.state.text())
    [saved] = list(tmp_path.glob("*.xml"))
    assert saved.name == "IT12345670017_00001.xml" == list_files(view.id)[0].file_name
    assert schema_errors(saved.read_bytes()) == []
    assert "IT12345670017_00001.xml · not sent yet" in window.state.text()


@pytest.mark.parametrize("language", ["it", "en", "ro"])
def test_the_window_in_each_language(ctx, qtbot, qapp, compiled, language):  # noqa: F811
    compiled(language)
    ctx.settings.setValue("language", language)
    view = cases.forfettario_with_stamp_duty(ctx.db)
    window = _open(ctx, qtbot, view.id, view.number)
    words = {"it": "Cedente/prestatore", "en": "Seller (supplier)", "ro": "Furnizor"}[language]
    assert words in window.page.toPlainText()


def test_problems_name_the_field_in_the_users_words(ctx, qtbot, qapp, compiled):  # noqa: F811
    compiled("it")
    assert field_label("DettaglioLinee[2]/Natura") == "Riga 2 · Natura (perché senza IVA)"
    assert field_label("FatturaElettronicaHeader/CessionarioCommittente/Sede/CAP") == "Cliente · CAP"


def test_the_invoice_window_opens_the_e_invoice_of_an_issued_document(ctx, qtbot, monkeypatch):
    view = cases.credit_note(ctx.db)
    invoice_window = InvoiceWindow(ctx, view.id)
    qtbot.addWidget(invoice_window)
    invoice_window.show()
    qtbot.waitUntil(lambda: invoice_window.view is not None)
    assert invoice_window.einvoice_button.isVisible()
    opened = []
    monkeypatch.setattr(EInvoiceWindow, "open", lambda self: opened.append(self))
    invoice_window.einvoice_button.click()
    qtbot.waitUntil(lambda: opened and opened[0].output is not None)
    assert "TD04" in opened[0].page.toPlainText()


def test_every_structure_problem_has_a_text_in_the_window():
    from smallcrm.services.einvoicing.checks_structure import PROBLEMS
    from ui.common.errors import known_codes

    assert {code for code, _ in PROBLEMS.values()} <= known_codes()
