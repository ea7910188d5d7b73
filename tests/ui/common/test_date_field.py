"""A date typed whole into a date field is the date saved: a payment's day, a follow-up task's due day, an
invoice's issue date; a text that is not a day is said under the field and nothing is saved.

Before the shared field, Qt's QDateEdit took "12/03/2026" typed over a selected date section by section and
kept another day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from smallcrm.clock import to_local
from smallcrm.services.sales.invoices import get_invoice
from smallcrm.services.sales.payments import list_payments
from smallcrm.services.timeline.tasks import list_tasks
from tests import factories
from ui.common.date_field import DateField, parse_day
from ui.sales import open_invoices
from ui.sales.payment_dialog import PaymentDialog
from ui.timeline.log_dialog import LogDialog

pytestmark = pytest.mark.usefixtures("italian_dates", "no_open_documents")
UI = Path(__file__).resolve().parents[3] / "ui"


@pytest.fixture
def no_open_documents():
    """The invoice windows a test opened are forgotten afterwards."""
    yield
    open_invoices.open_windows.clear()


def type_over(qtbot, field: DateField, text: str) -> None:
    """What a user does: select the whole field, type the date."""
    field.edit.setFocus()
    field.edit.selectAll()
    if text:
        qtbot.keyClicks(field.edit, text)
    else:
        qtbot.keyClick(field.edit, Qt.Key.Key_Delete)


def test_every_date_field_of_the_window_is_the_shared_one():
    """No QDateEdit is left: each one swallowed a typed date."""
    left = [str(path.relative_to(UI)) for path in UI.rglob("*.py")
            if re.search(r"\bQDateEdit\(", path.read_text())]
    assert left == []


@pytest.mark.parametrize("text, day", [("12/03/2026", date(2026, 3, 12)), ("1.2.2027", date(2027, 2, 1)),
                                       ("2026-11-30", date(2026, 11, 30)), ("31/02/2026", None), ("12/03", None),
                                       ("", None), ("domani", None)])
def test_the_forms_people_write(qtbot, text, day):
    field = DateField(date(2020, 6, 6))
    qtbot.addWidget(field)
    type_over(qtbot, field, text)
    assert parse_day(text) == day and field.day() == day and field.is_valid() == (day is not None)


def test_a_payment_date_typed_whole_is_the_payment_date(ctx, qtbot, customer):
    invoice = factories.issued_invoice(ctx.db, customer.id, on=date(2026, 3, 1))
    dialog = PaymentDialog(ctx, invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(qtbot, dialog.paid_on, "12/03/2026")
    assert dialog.paid_on.edit.text() == "12/03/2026"
    with qtbot.waitSignal(ctx.bus.changed):
        dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [payment] = list_payments()
    assert payment.paid_on == date(2026, 3, 12)


def test_a_bad_payment_date_is_said_under_the_field_and_nothing_is_saved(ctx, qtbot, customer):
    invoice = factories.issued_invoice(ctx.db, customer.id, on=date(2026, 3, 1))
    dialog = PaymentDialog(ctx, invoice)
    qtbot.addWidget(dialog)
    dialog.show()
    type_over(qtbot, dialog.paid_on, "31/02/2026")
    dialog.submit()
    assert dialog.paid_on.error.isVisible() and "17/05/2026" in dialog.paid_on.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and list_payments() == []
    type_over(qtbot, dialog.paid_on, "28/02/2026")  # a real day clears the message
    assert not dialog.paid_on.error.isVisible()


def test_a_follow_up_due_day_typed_whole_is_the_task_due_day(ctx, qtbot, mario):
    dialog = LogDialog(ctx, mario.id, "call")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.subject, "Asked for a quote")
    qtbot.keyClicks(dialog.follow_title, "Send the quote")
    due = date.today() + timedelta(days=40)
    type_over(qtbot, dialog.follow_due, due.strftime("%d/%m/%Y"))
    with qtbot.waitSignal(ctx.bus.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [task] = list_tasks(mario.id)
    assert task.title == "Send the quote" and to_local(task.due_at).date() == due


def test_a_bad_follow_up_day_keeps_the_dialog_and_saves_nothing(ctx, qtbot, mario):
    dialog = LogDialog(ctx, mario.id, "call")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.subject, "Asked for a quote")
    qtbot.keyClicks(dialog.follow_title, "Send the quote")
    type_over(qtbot, dialog.follow_due, "32/01/2027")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.follow_due.error.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert list_tasks(mario.id) == []


def test_an_issue_date_typed_whole_is_the_invoice_date(ctx, qtbot, customer, monkeypatch):
    from ui.sales.issuing import IssueConfirmation

    monkeypatch.setattr(IssueConfirmation, "ask", classmethod(lambda cls, parent, preview: True))
    draft = factories.draft_invoice(ctx.db, customer.id, [factories.line("Caldaia", 1, "1000")])
    editor = open_invoices.open_invoice(ctx, draft.id)
    qtbot.addWidget(editor)
    day = max(date(date.today().year, 1, 1), date.today() - timedelta(days=2))
    type_over(qtbot, editor.issue_date, day.strftime("%d/%m/%Y"))
    editor.issue_button.click()
    issued = get_invoice(draft.id)
    assert issued.number and issued.issue_date == day
    qtbot.addWidget(open_invoices.open_windows[draft.id])
