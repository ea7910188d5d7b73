"""From the command line: a paid invoice credited, the money given back with `smallcrm refund`, receivables that
show what we owe apart from what is owed to us, and payments that cannot come from the future or exceed the
balance unless taken on account."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

from tests.cli.test_sales import document_id
from tests.cli_run import ok


def test_paid_credited_refunded(crm, acme_id):
    invoice_id = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Caldaia|1|500|22"))
    ok(crm, "invoices", "issue", str(invoice_id), "--date", "2026-03-02")  # 610.00
    ok(crm, "pay", str(invoice_id), "610", "--date", "2026-03-03")
    other = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Servizio|1|100|22"))
    ok(crm, "invoices", "issue", str(other), "--date", "2026-03-04")  # 122.00 unpaid
    note_id = document_id(ok(crm, "invoices", "credit-note", str(invoice_id)))
    ok(crm, "invoices", "issue", str(note_id), "--date", "2026-03-05")

    out = ok(crm, "invoices", "show", str(invoice_id))
    assert "credit note NC 1/2026 of 2026-03-05: 610.00" in out
    assert "paid 610.00 · balance due 0.00 · credited" in out and "owed to the customer 610.00" in out
    out = ok(crm, "receivables")  # they owe 122.00 and are owed 610.00: both, not 122.00 alone
    assert re.search(r"Acme S\.r\.l\.\s+1\s+122\.00\s+.*\s610\.00\s*$", out, re.M), out

    code, _, err = crm("refund", str(note_id), "610,01", "--date", "2026-03-10")
    assert code == 3 and "amount" in err and "610.00" in err
    out = ok(crm, "refund", str(note_id), "400", "--date", "2026-03-10", "--method", "cash", "--note", "allo sportello")
    assert "Refunded 400.00 on credit note NC 1/2026 (invoice 1/2026); still owed to the customer 210.00" in out
    out = ok(crm, "--json", "refund", str(note_id), "210", "--date", "2026-03-11", "--reference", "CRO 77")
    assert (json.loads(out)["amount"], json.loads(out)["reference"]) == ("210.00", "CRO 77")
    assert "paid 610.00 · balance due 0.00 · refunded" in ok(crm, "invoices", "show", str(invoice_id))
    out = ok(crm, "invoices", "show", str(note_id))
    assert "refund of 2026-03-10: 400.00 (cash)" in out and "can still be refunded 0.00" in out
    assert crm("refund", f"#{invoice_id}", "1")[0] == 5  # an invoice, not a credit note
    code, _, err = crm("refund", "1", "1")  # the invoice's id 1, and NC 1/this year: which one?
    assert code == 3 and f"#1 or NC 1/{date.today().year}" in err
    assert "can still be refunded 0.00" in ok(crm, "invoices", "show", f"NC 1/{date.today().year}")
    assert crm("refund", "999", "1")[0] == 4


def test_payments_from_the_future_or_over_the_balance(crm, acme_id):
    invoice_id = document_id(ok(crm, "invoices", "create", str(acme_id), "--line", "Servizio|1|100|22"))
    ok(crm, "invoices", "issue", str(invoice_id), "--date", "2026-03-02")  # 122.00
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, _, err = crm("pay", str(invoice_id), "10", "--date", tomorrow)
    assert code == 3 and "paid_on" in err
    code, _, err = crm("pay", str(invoice_id), "150", "--date", "2026-03-03")
    assert code == 3 and "122.00" in err
    out = ok(crm, "pay", str(invoice_id), "150", "--date", "2026-03-03", "--on-account")
    assert "balance due 0.00 (paid); 28.00 on account" in out
