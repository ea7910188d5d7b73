"""Selling from the command line: products, quotes, invoices, payments, receivables and PDFs, in-process."""

from __future__ import annotations

import json
import re

import pytest
from pypdf import PdfReader

from smallcrm.cli import main
from tests.cli_run import ok


def document_id(out: str) -> int:
    return int(re.search(r"\[(\d+)\]", out).group(1))


def pdf_text(path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_from_price_list_to_paid_invoice_and_pdfs(crm, acme_id, tmp_path):
    out = ok(crm, "products", "add", "cons", "Consulenza", "126,25", "--vat", "22", "--unit", "h")
    assert "Added product CONS: Consulenza 126.25 (VAT 22)" in out
    out = ok(crm, "products", "list")
    assert re.search(r"CONS\s+Consulenza\s+h\s+126\.25\s+22", out)
    out = ok(crm, "products", "vat")
    assert re.search(r"^10\s+10%", out, re.M) and "E+" not in out

    out = ok(crm, "quotes", "create", str(acme_id), "--line", "CONS*2", "--line", "Consegna|3|12,90|4",
             "--title", "Impianto")
    quote_id = document_id(out)
    number = re.search(r"Quote (P-\d{4}-0001) ", out).group(1)
    assert "· draft · Acme S.r.l." in out
    assert re.search(r"Consulenza\s+2\s+h\s+126\.25\s+22\s+252\.50", out)
    assert re.search(r"Consegna\s+3\s+12\.90\s+4\s+38\.70", out)
    assert "VAT 22: taxable 252.50, VAT 55.55" in out and "VAT 4: taxable 38.70, VAT 1.55" in out
    assert "taxable 291.20 · VAT 57.10 · total 348.30 EUR" in out

    quote_pdf = tmp_path / "quote.pdf"
    assert "Wrote" in ok(crm, "quotes", "pdf", str(quote_id), str(quote_pdf))
    text = pdf_text(quote_pdf)
    assert number in text and "348,30" in text and "Consulenza" in text

    code, _, err = crm("invoices", "from-quote", str(quote_id))
    assert code == 5 and "accepted" in err  # still a draft
    assert "· accepted ·" in ok(crm, "quotes", "status", str(quote_id), "accepted")
    out = ok(crm, "invoices", "from-quote", str(quote_id))
    invoice_id = document_id(out)
    assert "Invoice (draft)" in out and "total 348.30 EUR" in out

    out = ok(crm, "invoices", "issue", str(invoice_id), "--date", "2026-03-02")
    assert f"Invoice 1/2026 [{invoice_id}] · issued · Acme S.r.l." in out
    assert "date 2026-03-02, due 2026-04-01" in out

    out = ok(crm, "pay", str(invoice_id), "100,30", "--date", "2026-03-10", "--method", "cash")
    assert "Recorded 100.30 on invoice 1/2026; balance due 248.00" in out
    code, _, err = crm("pay", str(invoice_id), "300", "--date", "2026-03-11")
    assert code == 3 and "amount" in err and "248.00" in err
    out = ok(crm, "receivables")
    assert re.search(r"Acme S\.r\.l\.\s+1\s+248\.00", out)

    invoice_pdf = tmp_path / "invoice.pdf"
    ok(crm, "invoices", "pdf", str(invoice_id), str(invoice_pdf))
    text = pdf_text(invoice_pdf)
    assert "1/2026" in text and "348,30" in text and "Acme S.r.l." in text

    out = ok(crm, "invoices", "credit-note", str(invoice_id), "--line", "Sconto|1|10|22")
    note_id = document_id(out)
    assert "Credit note (draft)" in out and "total 12.20 EUR" in out
    assert "Credit note NC 1/2026" in ok(crm, "invoices", "issue", str(note_id), "--date", "2026-03-15")
    out = ok(crm, "invoices", "show", str(invoice_id))
    assert "paid 100.30 · balance due 235.80" in out
    out = ok(crm, "invoices", "list")
    assert "NC 1/2026" in out and re.search(r"1/2026\s+2026-03-02\s+Acme S\.r\.l\.\s+348\.30\s+235\.80", out)


def test_partial_credit_note_by_quantity_and_by_amount(crm, acme_id, tmp_path):
    out = ok(crm, "invoices", "create", str(acme_id), "--line", "Posa|4|50|22", "--line", "Trasferta|1|30|22")
    invoice_id = document_id(out)
    ok(crm, "invoices", "issue", str(invoice_id), "--date", "2026-03-02")
    out = ok(crm, "invoices", "credit-note", str(invoice_id), "--qty", "1=1,5", "--notes", "Reso")
    assert "total 91.50 EUR" in out  # 1.5 × 50 + 22%
    code, _, err = crm("invoices", "credit-note", str(invoice_id), "--qty", "1=3")
    assert code == 3 and "quantities[1]" in err and "2.5" in err
    out = ok(crm, "invoices", "credit-note", str(invoice_id), "--amount", "10", "--vat", "22",
             "--description", "Abbuono")
    note_id = document_id(out)
    assert "total 12.20 EUR" in out
    ok(crm, "invoices", "issue", str(note_id), "--date", "2026-03-03")
    pdf = tmp_path / "note.pdf"
    ok(crm, "invoices", "pdf", str(note_id), str(pdf))
    text = pdf_text(pdf)
    assert "NC 1/2026" in text and "Abbuono" in text and "12,20" in text
    with pytest.raises(SystemExit) as refused:  # argparse's usage error
        crm("invoices", "credit-note", str(invoice_id), "--qty", "one=1")
    assert refused.value.code == 2


def test_bad_lines_exit_3_and_missing_documents_exit_4(crm, acme_id, tmp_path):
    code, out, err = crm("quotes", "create", str(acme_id), "--line", "Consegna|tre|12,90")
    assert code == 3 and "lines[0].quantity" in err and "Traceback" not in err
    code, _, err = crm("quotes", "create", str(acme_id), "--line", "Ok|1|1", "--line", "Caro|1|12,123456789")
    assert code == 3 and "lines[1].unit_price" in err
    code, _, err = crm("quotes", "create", str(acme_id), "--line", "NOPE*2")
    assert code == 3 and "lines[0]" in err and "NOPE" in err
    code, _, err = crm("quotes", "create", str(acme_id), "--line", "X|1|1|23")
    assert code == 3 and "lines[0].vat_code" in err
    assert "P-" not in ok(crm, "quotes", "list")  # nothing was written

    assert crm("quotes", "show", "999")[0] == 4
    assert crm("invoices", "from-quote", "999")[0] == 4
    assert crm("invoices", "issue", "999")[0] == 4
    assert crm("pay", "999", "10")[0] == 4
    code, _, err = crm("quotes", "pdf", "999", str(tmp_path / "none.pdf"))
    assert code == 4 and "999" in err
    assert not (tmp_path / "none.pdf").exists()
    assert crm("quotes", "create", "999", "--line", "X|1|1")[0] == 4  # no such customer


def test_json_output_carries_exact_amounts(tmp_path, capsys):


    db = str(tmp_path / "crm.sqlite3")
    assert main(["--db", db, "--json", "products", "add", "CAT", "Catalogo", "12,90", "--vat", "4"]) == 0
    product = json.loads(capsys.readouterr().out)
    assert (product["price"], product["vat_percent"], product["vat_code"]) == ("12.90", "4", "4")


def test_amounts_are_read_the_shops_way_or_as_lang_says(crm, acme_id):
    """In an Italian shop (the settings' language) "1.000" is a thousand euro; --lang en reads "1,000"."""
    quote_id = document_id(ok(crm, "quotes", "create", str(acme_id), "--line", "Impianto|1|5.000"))
    ok(crm, "quotes", "status", str(quote_id), "accepted")
    invoice_id = document_id(ok(crm, "invoices", "from-quote", str(quote_id)))
    assert "total 6100.00 EUR" in ok(crm, "invoices", "show", str(invoice_id))  # 5.000 + 22% VAT
    ok(crm, "invoices", "issue", str(invoice_id))
    assert "balance due 5100.00" in ok(crm, "pay", str(invoice_id), "1.000")
    assert "balance due 4099.50" in ok(crm, "--lang", "en", "pay", str(invoice_id), "1,000.50")
    code, _, err = crm("pay", str(invoice_id), "1,000.50")  # English marks in an Italian shop: which one?
    assert code == 3 and "1.000,50" in err
