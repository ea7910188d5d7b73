"""Exports of credited and refunded invoices: statuses that read true, what we owe customers apart from what
they owe us, and a credit note's VAT as it was credited (its share of the invoice's)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from openpyxl import load_workbook

from smallcrm.services.exchange.exports import ExportOptions, export_data
from smallcrm.services.sales import invoices, refunds
from smallcrm.services.sales.credit_notes import CreditRequest, create_partial_credit_note
from tests import factories
from tests.factories import line
from tests.services.exchange.test_exports import column_sum, money, table

ON = date(2026, 3, 2)
TODAY = date(2026, 3, 20)


def test_a_fully_credited_unpaid_invoice_is_not_exported_as_paid(db, customer, tmp_path):
    credited, _ = factories.credited_invoice(db, customer.id, on=ON)  # 122.00, never paid, credited in full
    options = ExportOptions(language="it", today=TODAY)
    rows = {r["Numero"].value: r for r in table(load_workbook(export_data("invoices", tmp_path / "i.xlsx",
                                                                          options).path)["Fatture"])}
    assert rows[credited.number]["Stato pagamento"].value == "Stornata"  # was "Pagata"
    assert money(rows[credited.number]["Da incassare"]) == D("0.00")


def test_what_we_owe_customers_is_exported_apart(db, customer, tmp_path):
    # paid 610.00, credited in full, 200.00 refunded: 410.00 owed to the customer; 122.00 owed by them
    paid = factories.paid_invoice(db, customer.id, [line("Caldaia", 1, "500")], on=ON)
    note = factories.credit_note(db, paid.id, on=ON)
    refunds.record_refund(db, refunds.RefundDraft(note.id, "200", date(2026, 3, 10)))
    unpaid = factories.issued_invoice(db, customer.id, on=ON)
    options = ExportOptions(language="en", today=TODAY)
    wb = load_workbook(export_data("receivables", tmp_path / "r.xlsx", options).path)
    [owed] = table(wb["Receivables"])
    assert (money(owed["Balance due"]), money(owed["Owed to customer"]), owed["Invoices"].value) == (
        D("122.00"), D("410.00"), 1)
    assert [r["Number"].value for r in table(wb["Open invoices"])] == [unpaid.number]
    [credit] = table(wb["Owed to customers"])
    assert (credit["Number"].value, money(credit["Paid"]), money(credit["Credited"]), money(credit["Refunded"]),
            money(credit["Owed to customer"])) == (paid.number, D("610.00"), D("610.00"), D("200.00"), D("410.00"))

    rows = {r["Number"].value: r for r in table(load_workbook(export_data("invoices", tmp_path / "i.xlsx",
                                                                          options).path)["Invoices"])}
    row = rows[paid.number]
    assert (row["Payment status"].value, money(row["Balance due"]), money(row["Owed to customer"]),
            money(row["Refunded"])) == ("Credited", D("0.00"), D("410.00"), D("200.00"))
    assert money(rows[note.number]["Refunded"]) == D("200.00")


def test_the_vat_export_takes_a_credit_notes_vat_as_credited(db, customer, tmp_path):
    # 28.39 + 28.44 at 22%: VAT 12.50, credited line by line as 6.24 + 6.26 (not 6.25 + 6.26): the period nets
    # to zero, taxable and VAT
    invoice = factories.issued_invoice(db, customer.id, [line("Staffa", 1, "28,39"), line("Mensola", 1, "28,44")],
                                       on=ON)
    for position in (1, 2):
        note = create_partial_credit_note(db, invoice.id, CreditRequest({position: "1"}))[0]
        invoices.issue_invoice(db, note.id, ON)
    options = ExportOptions(language="en", date_from=ON, date_to=ON)
    wb = load_workbook(export_data("vat", tmp_path / "vat.xlsx", options).path)
    documents = table(wb["Documents"])
    assert [money(r["VAT"]) for r in documents] == [D("12.50"), D("-6.24"), D("-6.26")]
    assert (column_sum(documents, "Taxable"), column_sum(documents, "VAT")) == (D("0.00"), D("0.00"))


def test_refunds_go_out_with_the_payments(db, customer, tmp_path):
    paid = factories.paid_invoice(db, customer.id, [line("Caldaia", 1, "500")], on=ON)  # 610.00 in on 2 March
    note = factories.credit_note(db, paid.id, on=ON)
    refunds.record_refund(db, refunds.RefundDraft(note.id, "200", date(2026, 3, 10), reference="CRO 9"))
    options = ExportOptions(language="it", today=TODAY)
    wb = load_workbook(export_data("payments", tmp_path / "p.xlsx", options).path)
    assert wb.sheetnames == ["Pagamenti", "Rimborsi", "Riepilogo"]
    row, totals = table(wb["Rimborsi"])  # and the totals row ("Totale": table() stops at "Total" only)
    assert totals["Data"].value == "Totale"
    assert (row["Nota di credito"].value, row["Fattura"].value, money(row["Importo"]), row["Metodo"].value,
            row["Riferimento"].value) == (note.number, paid.number, D("200.00"), "Bonifico", "CRO 9")
