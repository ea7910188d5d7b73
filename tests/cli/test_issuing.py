"""Issuing from the command line: what is missing and the command that fills it, documents named by their number
(a bare integer is refused when it could be an id or a number), a quote invoiced once, credit-note --line N."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from tests.cli.test_sales import document_id, pdf_text
from tests.cli_run import add_customer, ok, our_company

YEAR = date.today().year


def test_what_is_missing_is_named_with_the_command_that_fills_it(crm):
    """Today's defect: an invoice got a number with no seller name, P.IVA or address, to a buyer with no address
    or tax number. Now each missing item is printed with its command; running them lets it be issued."""
    party = json.loads(ok(crm, "--json", "contacts", "add", "--company", "Nuda S.r.l."))["id"]
    invoice = document_id(ok(crm, "invoices", "create", str(party), "--line", "Servizio|1|100"))
    code, out, err = crm("invoices", "issue", str(invoice))
    assert code == 3 and out == "" and "Traceback" not in err
    assert f"invoice [{invoice}] cannot be issued yet: 10 items are missing" in err
    assert re.search(r"our company's name\s+smallcrm company --name …", err)
    assert re.search(r"our P\.IVA or codice fiscale\s+smallcrm company --vat-number … \(or --tax-code …\)", err)
    assert re.search(r"our IBAN, for the bank transfer\s+smallcrm company --iban …", err)
    assert re.search(rf"the customer's street \(Nuda S\.r\.l\.\)\s+smallcrm contacts edit {party} --street …", err)
    assert re.search(rf"the customer's P\.IVA or codice fiscale \(Nuda S\.r\.l\.\)\s+smallcrm contacts edit {party} "
                     r"--vat … \(or --tax-code …\)", err)
    assert "(draft)" in ok(crm, "invoices", "show", f"#{invoice}")  # still a draft, no number taken

    our_company(crm)
    ok(crm, "contacts", "edit", str(party), "--street", "Via Po 2")
    ok(crm, "contacts", "edit", str(party), "--postal-code", "10123", "--city", "Torino")  # the street stays
    code, _, err = crm("invoices", "issue", str(invoice))
    assert code == 3 and "1 item is missing" in err and "--vat" in err
    ok(crm, "contacts", "edit", str(party), "--vat", "IT00743110157")
    assert f"Invoice 1/{YEAR} [{invoice}] · issued" in ok(crm, "invoices", "issue", str(invoice))
    assert "Via Po 2" in ok(crm, "contacts", "show", str(party))


@pytest.fixture
def two_invoices(crm) -> tuple[int, int, int]:
    """A draft (id 1, no number) and an invoice of this year numbered 1 (id 2): "1" names both, "2" only the
    invoice's id. (draft id, issued id, customer id)"""
    our_company(crm)
    party = add_customer(crm)
    draft = document_id(ok(crm, "invoices", "create", str(party), "--line", "Bozza|1|10"))
    issued = document_id(ok(crm, "invoices", "create", str(party), "--line", "Servizio|2|50|22"))
    ok(crm, "invoices", "issue", str(issued))
    return draft, issued, party


def test_documents_are_named_by_their_number_or_by_hash_id(crm, two_invoices, tmp_path):
    draft, issued, _ = two_invoices
    assert (draft, issued) == (1, 2)
    # "1" is the draft's id and the number 1/YEAR of the other invoice: refused, saying how to write each
    code, _, err = crm("pay", "1", "10")
    assert code == 3 and f"write #1 or 1/{YEAR}" in err
    out = ok(crm, "pay", f"1/{YEAR}", "22")  # 2 × 50 + 22% = 122.00; 100.00 left
    assert f"Recorded 22.00 on invoice 1/{YEAR}; balance due 100.00" in out
    assert "(draft)" in ok(crm, "invoices", "show", "#1")
    assert f"Invoice 1/{YEAR} [2]" in ok(crm, "invoices", "show", "2")  # id 2; no invoice is numbered 2
    assert crm("invoices", "show", f"7/{YEAR}")[0] == 4
    assert crm("invoices", "show", "#99")[0] == 4
    code, _, err = crm("invoices", "show", "the big one")
    assert code == 3 and "#62" in err

    note = document_id(ok(crm, "invoices", "credit-note", f"1/{YEAR}", "--line", "1"))
    out = ok(crm, "invoices", "show", f"#{note}")
    assert "Credit note (draft)" in out and re.search(r"Servizio\s+2\s+50\.00\s+22\s+100\.00", out)
    ok(crm, "invoices", "issue", f"#{note}")
    ok(crm, "invoices", "pdf", f"NC 1/{YEAR}", str(tmp_path / "nc.pdf"))
    assert f"NC 1/{YEAR}" in pdf_text(tmp_path / "nc.pdf")
    assert f"Credit note NC 1/{YEAR}" in ok(crm, "invoices", "show", f"nc1/{YEAR}")


def test_credit_note_line_n_is_the_invoices_line_not_a_product_code(crm):
    """Today's defect: `invoices credit-note 1 --line 2` looked for a product coded 2."""
    our_company(crm)
    party = add_customer(crm)
    invoice = document_id(ok(crm, "invoices", "create", str(party), "--line", "Caldaia|1|1000|22",
                             "--line", "Posa|3|40|10"))
    ok(crm, "invoices", "issue", str(invoice))
    out = ok(crm, "invoices", "credit-note", f"#{invoice}", "--line", "2")
    assert re.search(r"Posa\s+3\s+40\.00\s+10\s+120\.00", out) and "Caldaia" not in out
    assert "total 132.00 EUR" in out  # 3 × 40 = 120 + 10% = 132.00
    code, _, err = crm("invoices", "credit-note", f"#{invoice}", "--line", "5")
    assert code == 3 and "no line 5" in err


def test_a_quote_is_invoiced_once_unless_asked_again(crm, tmp_path):
    """Today's defect: an accepted quote became invoice after invoice (1/2026, 2/2026 from one quote)."""
    our_company(crm)
    party = add_customer(crm)
    out = ok(crm, "quotes", "create", str(party), "--line", "Impianto|1|1000")
    number = re.search(r"Quote (P-\d{4}-0001) ", out).group(1)
    ok(crm, "quotes", "status", number, "accepted")
    first = document_id(ok(crm, "invoices", "from-quote", number))
    assert f"invoiced: draft [{first}]" in ok(crm, "quotes", "show", number)
    code, _, err = crm("invoices", "from-quote", number)
    assert code == 5 and "already invoiced" in err and f"draft #{first}" in err
    ok(crm, "invoices", "issue", f"#{first}")
    assert re.search(rf"{number}.*accepted\s+1220\.00\s+1/{YEAR}", ok(crm, "quotes", "list"))
    second = document_id(ok(crm, "invoices", "from-quote", number, "--again"))
    assert second != first
    assert f"invoiced: 1/{YEAR}, draft [{second}]" in ok(crm, "quotes", "show", number)
