"""Credit notes and refunds on invoices with tax cases: worked examples, totals by hand in the comments. A credit
note takes its invoice's tax setup; its contribution, VAT and withholding tax are shares of the invoice's, so
that crediting part by part ends at 0,00 to the cent; what it takes off the balance, and what can be paid back
against it, is what the customer was asked to pay (net of the withholding tax, of a split payment's VAT)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from smallcrm.domain import PaymentStatus
from smallcrm.services.parties.parties import AddressDraft
from smallcrm.services.sales import invoices, payments, refunds
from tests import factories
from tests.factories import line
from tests.services.sales.tax_helpers import our_company, pdf_text, professional

D = Decimal
ON = date(2026, 3, 2)
PAID = date(2026, 3, 20)
CREDITED = date(2026, 3, 25)
LATER = date(2026, 4, 10)
IBAN = "IT60X0542811101000000123456"


def state(invoice_id: int) -> tuple[Decimal, Decimal, str]:
    view = invoices.get_invoice(invoice_id, today=LATER)
    return view.balance_due, view.credit_balance, view.payment_status


def test_a_paid_ritenuta_invoice_credited_then_refunded(db, customer):
    # fees 10 h x 80.00 = 800.00; rivalsa INPS 4% = 32.00; taxable 832.00; VAT 22% = 183.04; total 1,015.04
    # ritenuta 20% of 832.00 (the rivalsa is in its base) = 166.40: the customer pays us 1,015.04 - 166.40 = 848.64
    professional(db)
    invoice = factories.issued_invoice(db, customer.id, [line("Consulenza", 10, "80")], on=ON)
    assert (invoice.total, invoice.tax.withholding, invoice.tax.payable) == (D("1015.04"), D("166.40"), D("848.64"))
    factories.payment(db, invoice.id, "848,64", PAID)
    assert state(invoice.id) == (D("0.00"), D("0.00"), PaymentStatus.PAID)
    # credited in full: the note is the invoice again, 1,015.04 of which the customer had withheld 166.40, so it
    # takes 848.64 off: 848.64 - 848.64 paid = -848.64, which we owe the customer
    note = factories.credit_note(db, invoice.id, on=CREDITED)
    assert (note.tax.pension_fund, note.vat, note.total, note.tax.withholding, note.tax.payable) == (
        D("32.00"), D("183.04"), D("1015.04"), D("166.40"), D("848.64"))
    assert state(invoice.id) == (D("0.00"), D("848.64"), PaymentStatus.CREDITED)
    assert invoices.get_invoice(note.id).refundable == D("848.64")  # not its 1,015.04 total
    [owed] = payments.receivables(LATER)
    assert (owed.balance_due, owed.credit_balance) == (D("0.00"), D("848.64"))
    text = pdf_text(invoice.id)
    assert f"{note.number} del 25/03/2026 -848,64 €" in text and "Ritenuta d'acconto 20%" in text
    assert "A vostro credito 848,64 €" in text
    note_text = pdf_text(note.id)
    assert f"{invoice.number} del 02/03/2026" in note_text and "Netto a pagare 848,64 €" in note_text
    # paid back in two transfers: 800.00 and 48.64; nothing is owed either way any more
    refunds.record_refund(db, refunds.RefundDraft(note.id, "800", LATER))
    refunds.record_refund(db, refunds.RefundDraft(note.id, "48,64", LATER))
    assert state(invoice.id) == (D("0.00"), D("0.00"), PaymentStatus.REFUNDED)
    assert payments.receivables(LATER) == []


def test_a_ritenuta_invoice_credited_line_by_line_ends_at_zero(db, customer):
    # three opinions of 33.33: fees 99.99; rivalsa 4% = 3.9996 -> 4.00; taxable 103.99; VAT 22% = 22.8778 -> 22.88;
    # total 126.87; ritenuta 20% of 103.99 = 20.798 -> 20.80; payable 106.07
    professional(db)
    lines = [line(f"Parere {n}", 1, "33,33") for n in "ABC"]
    invoice = factories.issued_invoice(db, customer.id, lines, on=ON)
    assert (invoice.tax.pension_fund, invoice.taxable, invoice.vat, invoice.total, invoice.tax.withholding,
            invoice.tax.payable) == (D("4.00"), D("103.99"), D("22.88"), D("126.87"), D("20.80"), D("106.07"))
    # each credit takes its share of the invoice's amounts, by the fees credited so far (a third, two, all):
    #   rivalsa: 4.00 x 1/3 = 1.33; 4.00 x 2/3 = 2.67 - 1.33 = 1.34; the rest 4.00 - 2.67 = 1.33
    #   taxable: 33.33 + 1.33 = 34.66; 33.33 + 1.34 = 34.67; 34.66
    #   VAT: 22.88 x 34.66 / 103.99 = 7.626 -> 7.63; 22.88 x 69.33 / 103.99 = 15.254 -> 15.25 - 7.63 = 7.62;
    #        the rest 22.88 - 15.25 = 7.63
    #   ritenuta: 20.80 / 3 = 6.93; 20.80 x 2/3 = 13.87 - 6.93 = 6.94; the rest 20.80 - 13.87 = 6.93
    #   totals 42.29, 42.29, 42.29 = 126.87; payable 35.36, 35.35, 35.36 = 106.07
    # (each on its own would make 1.33 of rivalsa three times, 3.99, and VAT 7.63 three times, 22.89: a cent off)
    notes = [factories.credit_note(db, invoice.id, [one], on=CREDITED) for one in lines]
    assert [(n.tax.pension_fund, n.taxable, n.vat, n.total, n.tax.withholding, n.tax.payable) for n in notes] == [
        (D("1.33"), D("34.66"), D("7.63"), D("42.29"), D("6.93"), D("35.36")),
        (D("1.34"), D("34.67"), D("7.62"), D("42.29"), D("6.94"), D("35.35")),
        (D("1.33"), D("34.66"), D("7.63"), D("42.29"), D("6.93"), D("35.36"))]
    assert state(invoice.id) == (D("0.00"), D("0.00"), PaymentStatus.CREDITED)


def test_a_split_payment_credit_note_takes_off_the_taxable(db):
    # 1,000.00 + 220.00 VAT the town hall pays to the State: it is asked for 1,000.00
    # a credit of 500.00: 500.00 + 110.00 VAT = 610.00, of which 110.00 split: 500.00 off the balance -> 500.00
    our_company(db, iban=IBAN)
    town_hall = factories.company(db, "Comune di Brescia", vat_number="IT00761890177",
                                  addresses=[AddressDraft("Piazza della Loggia 1", "25121", "Brescia", "BS")])
    invoice = factories.issued_invoice(db, town_hall.id, [line("Manutenzione caldaie", 2, "500")], on=ON,
                                       vat_collectability="S")
    note = factories.credit_note(db, invoice.id, [line("Manutenzione caldaie", 1, "500")], on=CREDITED)
    assert (note.total, note.tax.split_vat, note.tax.payable) == (D("610.00"), D("110.00"), D("500.00"))
    assert state(invoice.id) == (D("500.00"), D("0.00"), PaymentStatus.OVERDUE)  # due 2026-04-01


def test_each_credit_note_bears_its_own_stamp_duty_and_the_invoice_s_is_credited_back_only_with_the_rest(db, customer):
    # DPR 642/72, Tariffa art. 13 n. 1: "fatture, note ... recanti addebitamenti o accreditamenti", 2.00 for each
    # document whose amount not subject to VAT exceeds 77.47. A credit note is a document of its own: it bears its
    # own stamp duty (paid by us, not in what it credits); the invoice's stamp duty was due on the invoice and is
    # not shared out among its credit notes. What the customer was charged for it (2.00) is credited back whole by
    # the credit note that credits the rest of the invoice, so that the notes add up to the invoice.
    # invoice: 300.00 at N2.2 (no VAT) + the stamp duty 2.00 charged (300.00 > 77.47): 302.00
    our_company(db, iban=IBAN, tax_regime="RF19")
    invoice = factories.issued_invoice(db, customer.id, [line("Consulenza", 6, "50")], on=ON)
    assert (invoice.vat, invoice.tax.stamp_duty_charged, invoice.total) == (D("0.00"), D("2.00"), D("302.00"))
    # 1st note, 200.00 (> 77.47): its own stamp duty 2.00, borne by us; it credits 200.00
    first = factories.credit_note(db, invoice.id, [line("Consulenza", 4, "50", vat_code="N2.2")], on=CREDITED)
    # 2nd note, 50.00 (< 77.47): no stamp duty; it credits 50.00
    second = factories.credit_note(db, invoice.id, [line("Consulenza", 1, "50", vat_code="N2.2")], on=CREDITED)
    # the rest, 50.00 (< 77.47): no stamp duty of its own; it credits 50.00 + the 2.00 charged on the invoice
    rest = factories.credit_note(db, invoice.id, [line("Consulenza", 1, "50", vat_code="N2.2")], on=CREDITED)
    assert [(n.tax.stamp_duty, n.tax.stamp_duty_charged, n.total) for n in (first, second, rest)] == [
        (D("2.00"), D("0.00"), D("200.00")), (D("0.00"), D("0.00"), D("50.00")), (D("0.00"), D("2.00"), D("52.00"))]
    # 200.00 + 50.00 + 52.00 = 302.00: nothing left either way
    assert state(invoice.id) == (D("0.00"), D("0.00"), PaymentStatus.CREDITED)
    text = pdf_text(first.id)
    assert "Imposta di bollo di 2,00 € assolta in modo virtuale" in text and "addebitata al cliente" not in text
    assert "Imposta di bollo di" not in pdf_text(second.id)


def test_a_credit_note_covers_the_first_instalment_first(db, customer):
    # 1,000.00 + 220.00 = 1,220.00 in two instalments, 30 and 60 days: 610.00 on 2026-04-01 and 610.00 on 2026-05-01
    # a credit of 500.00 + 110.00 = 610.00 covers the first: on 2026-04-10 nothing is overdue, 610.00 is due later
    our_company(db, iban=IBAN)
    invoice = factories.issued_invoice(db, customer.id, [line("Impianto", 1, "1000")], on=ON,
                                       payment_terms="30/60")
    assert [(i.due_date, i.amount) for i in invoice.instalments] == [
        (date(2026, 4, 1), D("610.00")), (date(2026, 5, 1), D("610.00"))]
    factories.credit_note(db, invoice.id, [line("Impianto", 1, "500")], on=CREDITED)
    assert state(invoice.id) == (D("610.00"), D("0.00"), PaymentStatus.UNPAID)
    [owed] = payments.receivables(LATER)
    assert (owed.balance_due, owed.not_due, owed.overdue_0_30) == (D("610.00"), D("610.00"), D("0.00"))


def by_rate(document) -> dict[str, tuple[Decimal, Decimal]]:
    return {row.vat_code: (row.taxable, row.vat) for row in document.vat_summary}


def test_the_contribution_is_credited_at_the_rate_the_invoice_charged_it_at(db, customer):
    # fees: A 10 h x 100.00 = 1,000.00 at 22%, B 5 h x 100.00 = 500.00 at 10%: 1,500.00
    # rivalsa INPS 4% of 1,500.00 = 60.00, charged at the fees' largest rate, 22% (1,000.00 > 500.00):
    #   22%: 1,060.00, VAT 233.20; 10%: 500.00, VAT 50.00; taxable 1,560.00, VAT 283.20, total 1,843.20
    #   ritenuta 20% of 1,560.00 = 312.00; payable 1,531.20
    professional(db)
    invoice = factories.issued_invoice(db, customer.id, [line("Progetto", 10, "100", vat_code="22"),
                                                         line("Direzione lavori", 5, "100", vat_code="10")], on=ON)
    assert by_rate(invoice) == {"22": (D("1060.00"), D("233.20")), "10": (D("500.00"), D("50.00"))}
    assert (invoice.total, invoice.tax.withholding, invoice.tax.payable) == (D("1843.20"), D("312.00"), D("1531.20"))
    # 1st note, 3 h of B (300.00 at 10%): fees 300 of 1,500; rivalsa 60.00 x 300/1,500 = 12.00, at 22% (not 10%)
    #   10%: 300.00, VAT 50.00 x 300/500 = 30.00; 22%: 12.00, VAT 233.20 x 12/1,060 = 2.64
    #   total 312.00 + 32.64 = 344.64; ritenuta 312.00 x 300/1,500 = 62.40; payable 282.24
    first = factories.credit_note(db, invoice.id, [line("Direzione lavori", 3, "100", vat_code="10")], on=CREDITED)
    assert by_rate(first) == {"10": (D("300.00"), D("30.00")), "22": (D("12.00"), D("2.64"))}
    assert (first.total, first.tax.withholding, first.tax.payable) == (D("344.64"), D("62.40"), D("282.24"))
    # 2nd note, 4 h of A and 1 h of B: fees 800 of 1,500 so far; rivalsa 60.00 x 800/1,500 = 32.00 - 12.00 = 20.00
    #   22%: 400.00 + 20.00 = 420.00; so far 432.00: VAT 233.20 x 432/1,060 = 95.04 - 2.64 = 92.40
    #   10%: 100.00; so far 400.00: VAT 50.00 x 400/500 = 40.00 - 30.00 = 10.00
    #   total 520.00 + 102.40 = 622.40; ritenuta 312.00 x 800/1,500 = 166.40 - 62.40 = 104.00; payable 518.40
    second = factories.credit_note(db, invoice.id, [line("Progetto", 4, "100", vat_code="22"),
                                                    line("Direzione lavori", 1, "100", vat_code="10")], on=CREDITED)
    assert by_rate(second) == {"22": (D("420.00"), D("92.40")), "10": (D("100.00"), D("10.00"))}
    assert (second.total, second.tax.withholding, second.tax.payable) == (D("622.40"), D("104.00"), D("518.40"))
    # the rest, 6 h of A and 1 h of B, takes exactly what is left at each rate:
    #   rivalsa 60.00 - 32.00 = 28.00; 22%: 600.00 + 28.00 = 628.00 (1,060.00 in all), VAT 233.20 - 95.04 = 138.16
    #   10%: 100.00 (500.00 in all), VAT 50.00 - 40.00 = 10.00; total 728.00 + 148.16 = 876.16
    #   ritenuta 312.00 - 166.40 = 145.60; payable 730.56 (282.24 + 518.40 + 730.56 = 1,531.20)
    rest = factories.credit_note(db, invoice.id, [line("Progetto", 6, "100", vat_code="22"),
                                                  line("Direzione lavori", 1, "100", vat_code="10")], on=CREDITED)
    assert by_rate(rest) == {"22": (D("628.00"), D("138.16")), "10": (D("100.00"), D("10.00"))}
    assert (rest.total, rest.tax.withholding, rest.tax.payable) == (D("876.16"), D("145.60"), D("730.56"))
    for code, (taxable, vat) in by_rate(invoice).items():  # every rate ends at 0,00
        notes = [by_rate(note).get(code, (D(0), D(0))) for note in (first, second, rest)]
        assert (taxable - sum(n[0] for n in notes), vat - sum(n[1] for n in notes)) == (D("0.00"), D("0.00"))
    assert state(invoice.id) == (D("0.00"), D("0.00"), PaymentStatus.CREDITED)
    assert "22% 12,00 2,64" in pdf_text(first.id).replace(" €", "")
