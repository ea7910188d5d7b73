"""The tax cases in the invoice editor and the invoice window: the rows around the total (pension fund,
stamp duty, withholding tax, net to pay) follow the typing; the withholding is chosen per invoice."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smallcrm.services.admin.tax_profile import TaxProfile, update_tax_profile
from smallcrm.services.sales.invoices import get_invoice, issue_invoice
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company
from tests.ui.sales.test_invoice_editor import opened
from tests.ui.sales.test_quote_editor import type_in_cell

pytestmark = pytest.mark.usefixtures("italian")


def _rows(panel) -> list[tuple[str, str]]:
    return [(name.text(), value.text().replace("\xa0", " ")) for name, value in
            (*panel.top_rows, *panel.before_rows, *panel.extra_rows)]


def test_a_professionals_draft_shows_the_contribution_the_withholding_and_the_net(ctx, qtbot, customer):
    # 10 h x 80.00 + rivalsa INPS 4% (32.00) + VAT 22% (183.04) = 1,015.04; ritenuta 20% of 832.00 = 166.40
    # net to pay 848.64; typed 12 h instead: 960 + 38.40 + 219.65 = 1,218.05, ritenuta 199.68, net 1,018.37
    our_company(ctx.db)
    update_tax_profile(ctx.db, TaxProfile(withholding_kind="RT01", pension_fund="TC22"))
    draft = factories.draft_invoice(ctx.db, customer.id, [line("Consulenza", 10, "80")])
    editor = opened(qtbot, ctx, draft.id)
    assert editor.withholding.isVisibleTo(editor) and editor.withholding.isChecked()
    assert _rows(editor.totals) == [("Rivalsa INPS 4%", "32,00 €"), ("Withholding tax 20% on 832,00",
                                                                          "-166,40 €"), ("Net to pay", "848,64 €")]
    type_in_cell(qtbot, editor, 0, "quantity", "12")
    assert editor.totals.total_label.text() == "1.218,05\xa0€"
    assert _rows(editor.totals)[-1] == ("Net to pay", "1.018,37 €")
    editor.withholding.setChecked(False)  # this customer does not withhold
    editor.save()
    saved = get_invoice(draft.id)
    assert (saved.tax_setup.withholding, saved.total, saved.tax.payable) == (None, Decimal("1218.05"),
                                                                            Decimal("1218.05"))
    issued = issue_invoice(ctx.db, draft.id)[0]
    window = opened(qtbot, ctx, issued.id)
    assert ("Rivalsa INPS 4%", "38,40 €") in _rows(window.totals)


def test_a_forfettario_draft_shows_n22_and_the_stamp_duty_as_it_is_typed(ctx, qtbot, customer):
    # 50.00 at N2.2: no stamp duty; 2 x 50.00 = 100.00 > 77.47: stamp duty 2.00, total 102.00
    our_company(ctx.db, tax_regime="RF19")
    draft = factories.draft_invoice(ctx.db, customer.id, [line("Lezione", 1, "50")])
    editor = opened(qtbot, ctx, draft.id)
    assert not editor.withholding.isVisibleTo(editor)
    assert editor.totals.total_label.text() == "50,00\xa0€" and _rows(editor.totals) == []
    type_in_cell(qtbot, editor, 0, "quantity", "2")
    assert editor.totals.total_label.text() == "102,00\xa0€"
    assert _rows(editor.totals) == [("Stamp duty", "2,00 €")]
    assert "N2.2" in editor.totals.rate_rows[0][0].text()


def test_split_payment_is_chosen_in_the_editor_and_a_foreign_vat_number_is_warned(ctx, qtbot):
    # 1,000.00 + 22% = 1,220.00, of which the public body pays the 220.00 VAT to the State: net 1,000.00
    town = factories.company(ctx.db, "Comune di Brescia", vat_number="IT00761890177")
    draft = factories.draft_invoice(ctx.db, town.id, [line("Manutenzione", 1, "1000")])
    editor = opened(qtbot, ctx, draft.id)
    assert not editor.tax_notice.isVisibleTo(editor)
    editor.collectability.setCurrentIndex(editor.collectability.findData("S"))
    editor.collectability.activated.emit(editor.collectability.currentIndex())
    assert _rows(editor.totals) == [("VAT paid by the customer (split payment)", "-220,00 €"),
                                    ("Net to pay", "1.000,00 €")]
    editor.save()
    assert get_invoice(draft.id).tax.payable == Decimal("1000.00")

    buyer = factories.company(ctx.db, "Müller GmbH", vat_number="DE136695976", country="DE")
    foreign = factories.draft_invoice(ctx.db, buyer.id, [line("Pompa", 1, "1250")])
    editor = opened(qtbot, ctx, foreign.id)
    assert editor.tax_notice.isVisibleTo(editor) and "N3.2" in editor.tax_notice.text()


def test_terms_in_instalments_and_the_payment_method_are_chosen_in_the_editor(ctx, qtbot, customer):
    # 1,000.00 + 22% = 1,220.00 by Ri.Ba., 30 days end of month in 3 instalments: 406.66, 406.66, 406.68
    draft = factories.draft_invoice(ctx.db, customer.id, [line("Impianto", 1, "1000")], payment_terms_days=30)
    editor = opened(qtbot, ctx, draft.id)
    editor.payment.means.setCurrentIndex(editor.payment.means.findData("MP12"))
    editor.payment.end_of_month.setChecked(True)
    editor.payment.count.setValue(3)
    assert editor.due_label.text().count("·") == 2 and "406,68" in editor.due_label.text()
    editor.save()
    saved = get_invoice(draft.id)
    assert (saved.payment_means, [i.amount for i in saved.instalments]) == (
        "MP12", [Decimal("406.66"), Decimal("406.66"), Decimal("406.68")])
    assert saved.payment_terms.end_of_month and saved.payment_terms.as_simple() == (30, 3)


def test_custom_terms_typed_elsewhere_are_kept_until_changed(ctx, qtbot, customer):
    draft = factories.draft_invoice(ctx.db, customer.id, [line("Impianto", 1, "1000")],
                                    payment_terms="30:500/60")
    editor = opened(qtbot, ctx, draft.id)
    assert editor.payment.custom.isVisibleTo(editor) and "30:500" in editor.payment.custom.text()
    editor.notes.setPlainText("Acconto e saldo")
    editor.save()
    assert [i.amount for i in get_invoice(draft.id).instalments] == [Decimal("500.00"), Decimal("720.00")]
    editor.payment.days.setValue(60)  # a change of the simple terms replaces them
    editor.save()
    assert [i.amount for i in get_invoice(draft.id).instalments] == [Decimal("1220.00")]


def test_a_romanian_company_types_the_exchange_rate_and_sees_the_vat_in_lei(ctx, qtbot, customer):
    # 1,000.00 EUR at 21%: VAT 210.00 EUR, at 4,9750: 1.044,75 RON
    from tests.services.sales.test_company_registry import romanian_company

    romanian_company(ctx.db)
    draft = factories.draft_invoice(ctx.db, customer.id, [line("Mentenanță", 1, "1000", 0, "21")])
    editor = opened(qtbot, ctx, draft.id)
    assert editor.exchange_rate.isVisibleTo(editor) and editor.exchange_label.text() == "1 EUR ="
    editor.exchange_rate.setText("4.975")  # typed as the (English) typing language reads it
    editor.exchange_rate.textEdited.emit("4.975")
    assert ("VAT in RON", "1.044,75 RON") in _rows(editor.totals)


def test_the_invoice_window_shows_the_method_and_what_is_left_of_each_instalment(ctx, qtbot, customer):
    # 1,220.00 in 406.66 / 406.66 / 406.68 by Ri.Ba.; 500.00 paid: the first covered, 313.32 left of the second
    from datetime import date

    view = factories.issued_invoice(ctx.db, customer.id, [line("Impianto", 1, "1000")], on=date(2026, 1, 15),
                                    payment_terms="30/60/90 fm", payment_means="MP12")
    factories.payment(ctx.db, view.id, "500", date(2026, 2, 20))
    window = opened(qtbot, ctx, view.id)
    text = window.terms.text().replace("\xa0", " ")
    assert text.startswith("Bank receipt (Ri.Ba.)") and "406,66 € (paid)" in text and "(313,32 € left)" in text
