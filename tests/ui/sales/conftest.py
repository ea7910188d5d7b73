"""Fixtures of the sales windows' tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from ui.sales import open_invoices
from ui.sales.document_editor import DocumentEditor


@pytest.fixture
def italian(monkeypatch):
    """Amounts as an Italian user reads them (1.319,00); closing an edited quote or invoice never stops on a
    question; the invoice windows a test opened are forgotten afterwards. Modules ask for it with
    ``pytestmark = pytest.mark.usefixtures("italian")``."""
    before = QLocale()
    QLocale.setDefault(QLocale("it_IT"))
    monkeypatch.setattr(DocumentEditor, "confirm_discard", classmethod(lambda cls, parent: True))
    yield
    QLocale.setDefault(before)
    open_invoices.open_windows.clear()


class Confirmations(list):
    """The previews issuing asked to confirm (number, date, customer, total), and the answer it gets."""

    answer = True


@pytest.fixture
def confirm_issue(monkeypatch) -> Confirmations:
    """Issuing asks for a confirmation: this one answers ``confirm_issue.answer`` (yes unless a test sets it)
    and keeps each ``IssuePreview`` it was shown."""
    from ui.sales.issuing import IssueConfirmation

    shown = Confirmations()

    def ask(cls, parent, preview):
        shown.append(preview)
        return shown.answer

    monkeypatch.setattr(IssueConfirmation, "ask", classmethod(ask))
    return shown
