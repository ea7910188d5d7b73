"""How documents are taxed, from the command line: the regime, the stamp duty, the dated values."""

from __future__ import annotations

import json
import re

from tests.cli.test_sales import document_id
from tests.cli_run import ok


def test_a_forfettario_invoice_from_the_command_line(crm, acme_id):
    out = ok(crm, "tax", "set", "--regime", "rf19")
    assert re.search(r"tax regime\s+RF19", out) and re.search(r"stamp duty charged\s+yes", out)
    # 450.00 + 2 x 35.00 at N2.2 (the 22% typed goes), stamp duty 2.00 charged: 522.00
    out = ok(crm, "invoices", "create", str(acme_id), "--line", "Progetto logo|1|450|22",
             "--line", "Revisione|2|35|22")
    assert "VAT N2.2: taxable 520.00, VAT 0.00" in out and "total 522.00 EUR" in out
    assert "stamp duty 2.00 charged to the customer" in out
    out = ok(crm, "tax", "set", "--stamp-duty-charged", "no")
    assert re.search(r"stamp duty charged\s+no", out)
    code, _, err = crm("tax", "set", "--regime", "RF03")
    assert code == 3 and "tax_regime" in err


def test_a_new_stamp_duty_amount_is_added_as_a_dated_value(crm):
    ok(crm, "init")
    out = ok(crm, "tax", "value", "stamp_duty_amount", "2027-01-01", "2,50", "--note", "a future law")
    assert "stamp_duty_amount is 2.50 from 2027-01-01" in out
    out = ok(crm, "tax", "values")
    assert re.search(r"stamp_duty_amount\s+2013-06-26\s+2\.00", out)
    assert re.search(r"stamp_duty_amount\s+2027-01-01\s+2\.50\s+a future law", out)


def test_a_professional_with_rivalsa_inps_and_withholding_tax(crm, acme_id):
    out = ok(crm, "tax", "set", "--withholding", "RT01", "--pension-fund", "TC22")
    assert re.search(r"withholding tax\s+RT01 20% on 100% of the fees, reason A", out)
    assert re.search(r"pension fund\s+TC22 4%, subject to the withholding tax", out)
    # 800.00 + rivalsa 32.00 + VAT 22% 183.04 = 1,015.04; ritenuta 20% of 832.00 = 166.40; net 848.64
    out = ok(crm, "invoices", "create", str(acme_id), "--line", "Consulenza|10|80|22")
    assert "total 1015.04 EUR" in out and "pension fund contribution 32.00 (taxed at 22)" in out
    assert "withholding tax 166.40 on 832.00" in out and "net to pay 848.64 EUR" in out
    out = ok(crm, "invoices", "create", str(acme_id), "--line", "Consulenza|10|80|22", "--withholding", "no")
    assert "total 1015.04 EUR" in out and "net to pay" not in out
    out = ok(crm, "tax", "set", "--pension-fund", "TC04", "--pension-fund-rate", "4")
    assert re.search(r"pension fund\s+TC04 4%$", out, re.M)  # a cassa's contribution is not withheld on


def test_split_payment_and_warnings_from_the_command_line(crm, acme_id):
    # 1,000.00 + 22% = 1,220.00; split payment: the customer pays the 220.00 VAT to the State, 1,000.00 to us
    out = ok(crm, "invoices", "create", str(acme_id), "--line", "Manutenzione|1|1000|22", "--vat-collectability", "S")
    assert "total 1220.00 EUR" in out and "VAT 220.00 paid to the State by the customer (split payment)" in out
    assert "net to pay 1000.00 EUR" in out


def test_a_foreign_vat_number_charged_vat_is_warned_and_n32_needs_a_valid_one(crm):
    code, out, err = crm("--json", "contacts", "add", "--company", "Müller GmbH", "--vat", "DE136695976",
                         "--country", "DE")
    assert code == 0, err
    buyer = json.loads(out)["id"]
    out = ok(crm, "invoices", "create", str(buyer), "--line", "Pompa|1|1250|22")
    assert "warning: The customer's VAT number is foreign (DE)" in out
    out = ok(crm, "invoices", "create", str(buyer), "--line", "Pompa|1|1250|N3.2")
    assert "warning" not in out and "VAT N3.2: taxable 1250.00" in out


def test_terms_instalments_and_payment_method_from_the_command_line(crm, acme_id):
    # 1,000.00 + 22% = 1,220.00 by Ri.Ba. at 30/60/90 days end of month: 406.66, 406.66, 406.68
    out = ok(crm, "invoices", "create", str(acme_id), "--line", "Impianto|1|1000|22", "--terms", "30/60/90 fm",
             "--payment-method", "MP12")
    assert "payment MP12, terms 30/60/90 fm" in out
    assert [m for m in re.findall(r"instalment \d: \S+ (\S+)", out)] == ["406.66", "406.66", "406.68"]
    code, _, err = crm("invoices", "create", str(acme_id), "--line", "Impianto|1|1000|22", "--terms", "trenta")
    assert code == 3 and "30/60/90 fm" in err
    out = ok(crm, "company", "--end-of-month", "yes", "--payment-method", "MP19")
    assert re.search(r"payment_end_of_month\s+True", out) and re.search(r"payment_means\s+MP19", out)



def test_register_data_and_a_romanian_invoice_in_euro_from_the_command_line(crm, acme_id):
    out = ok(crm, "company", "--name", "Tehno Serv S.R.L.", "--country", "RO", "--vat-number", "RO18547290",
             "--trade-register", "J40/1234/2020", "--share-capital", "200")
    assert re.search(r"trade_register\s+J40/1234/2020", out) and re.search(r"share_capital\s+200.00", out)
    out = ok(crm, "vat", "list")
    assert re.search(r"^21\s+21%\s+2025-08-01", out, re.M) and not re.search(r"^19\s", out, re.M)  # 19% ended
    code, _, err = crm("invoices", "issue", str(document_id(ok(crm, "invoices", "create", str(acme_id),
                                                                 "--line", "Mentenanță|1|1000|21"))))
    assert code == 3 and "exchange rate" in err
    # 1,000.00 EUR at 21% = 210.00 EUR of VAT, at 4.9750 lei: 1,044.75 RON
    out = ok(crm, "invoices", "create", str(acme_id), "--line", "Mentenanță|1|1000|21", "--exchange-rate", "4,975")
    assert "VAT in RON 1044.75 (1 EUR = 4.9750 RON)" in out


def test_a_rate_is_added_with_its_days_and_an_ended_one_is_refused_after_them(crm, acme_id):
    # a 0% code of a second exempt reason, and a rate that ends: used after its last day, the invoice is refused
    out = ok(crm, "vat", "add", "N4-18", "0", "--exemption", "Esente art. 10 n. 18 DPR 633/72")
    assert "VAT N4-18 (IT): 0%" in out
    code, _, err = crm("vat", "add", "ESENTE", "0", "--exemption", "Esente")
    assert code == 3 and "Natura" in err
    out = ok(crm, "vat", "add", "7", "7", "--from", "2020-01-01", "--until", "2025-12-31")
    assert "VAT 7 (IT): 7% from 2020-01-01 until 2025-12-31" in out
    assert not re.search(r"^7\s", ok(crm, "vat", "list"), re.M)
    assert re.search(r"^7\s+7%\s+2020-01-01\s+2025-12-31", ok(crm, "vat", "list", "--all"), re.M)
    invoice = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Servizio|1|100|7"))
    code, _, err = crm("invoices", "issue", str(invoice), "--date", "2026-01-02")
    assert code == 3 and "not in force on 2026-01-02" in err
    assert "Invoice 1/2025" in ok(crm, "invoices", "issue", str(invoice), "--date", "2025-12-31")
