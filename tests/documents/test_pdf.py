"""The PDF of quotes, invoices and credit notes, read back with pypdf; locale formatting."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from smallcrm.documents.formatting import format_date, format_money, format_quantity
from smallcrm.documents.pdf import render_document_pdf
from smallcrm.services.sales.views import CompanyProfile, CustomerBlock
from tests.documents.pdf_samples import (
    EXEMPTION,
    company,
    document,
    has_qr,
    line,
    many_lines,
    page_resources,
    sample_logo,
    sample_quote,
    text_of,
)

# -- formatting ---------------------------------------------------------------------------------------------


def test_money_and_dates_per_language():
    assert format_money(D("1234.56"), "EUR", "it") == "1.234,56\xa0€"
    assert format_money(D("1234.56"), "EUR", "en") == "€1,234.56"
    assert format_money(D("1234.56"), "RON", "ro") == "1.234,56\xa0RON"
    assert format_money(D("-0.50"), "EUR", "it") == "-0,50\xa0€"
    assert format_date(date(2026, 11, 22), "it") == "22/11/2026"
    assert format_date(date(2026, 11, 22), "en") == "22/11/2026"
    assert format_date(date(2026, 11, 22), "ro") == "22.11.2026"
    assert format_date(None, "it") == ""
    assert [format_quantity(D(q), "it") for q in ("2.000", "1.500", "0.125", "1234")] == ["2", "1,5", "0,125",
                                                                                           "1.234"]


@pytest.mark.parametrize("language", ["it", "en", "ro"])
def test_fast_formatting_agrees_with_babel(language):
    from babel.numbers import format_currency, format_decimal

    from smallcrm.documents.formatting import format_percent, locale_for

    locale = locale_for(language)
    values = ["0", "0.01", "-0.01", "1", "12.5", "999.99", "1000", "-1234.56", "1234567.89", "-1000000", "22.00",
              "0.125", "1.500", "123456789012.34"]
    for text in values:
        value = D(text)
        for currency in ("EUR", "RON", "USD", "JPY"):
            if currency == "JPY" and 0 < abs(value) < D("0.5"):
                continue  # babel prints "-0 JPY" for -0.01 yen; we print "0 JPY"
            assert format_money(value, currency, language) == format_currency(value, currency, locale=locale)
        assert format_quantity(value, language) == format_decimal(value, "#,##0.###", locale=locale)
        assert format_percent(value, language) == format_decimal(value, "#,##0.##", locale=locale)


# -- the document -------------------------------------------------------------------------------------------


def test_italian_invoice_has_number_dates_customer_lines_and_totals():
    doc = document(paid="0.00")
    pdf = render_document_pdf(doc, company())
    assert pdf.startswith(b"%PDF")
    (page,) = text_of(pdf)
    for expected in ("Fattura", "12/2026/A", "22/11/2026", "Scadenza", "22/12/2026", "Spett.le".upper(),
                     "Nicolò Ștefănescu", "București", "Romania", "Consulenza tecnica", "Trasporto all'estero",
                     "Officine Rossi S.r.l.", "P.IVA IT01234567890", "Oggetto: Fornitura e assistenza",
                     "Descrizione", "Q.tà", "Prezzo unit.", "Sconto %", "Importo", "Riepilogo IVA",
                     "Totale imponibile", "Totale IVA", "Totale documento", "Grazie per la fiducia.",
                     "Pagamento\nbonifico bancario a 30 giorni", "IBAN\nIT60 X054 2811 1010 0000 0123 456",
                     "BIC\nBPPIITRRXXX", "Intestato a\nOfficine Rossi S.r.l.",
                     "Pagina 1 di 1"):
        assert expected in page, expected
    # 10 × 85 = 850; 1200 − 10% = 1080; 150 at 0%: taxable 2.080,00, VAT 22% of 1.930 = 424,60, total 2.504,60
    assert "1.930,00 €" in page and "424,60 €" in page and "2.080,00 €" in page and "2.504,60 €" in page
    assert "1.080,00 €" in page and "1.200,00 €" in page
    assert "Pagato" not in page and "Saldo da pagare" not in page


def test_quantity_is_printed_without_trailing_zeros():
    doc = document(lines=[line(1, "Cavo di rete", "12.500", "1.20", unit="m"), line(2, "Viti", "3", "0.10")])
    (page,) = text_of(render_document_pdf(doc, company()))
    assert "12,5" in page and "12,500" not in page and "15,00 €" in page


def test_paid_and_balance_due_appear_when_something_was_paid():
    doc = document(paid="1000.00")
    (page,) = text_of(render_document_pdf(doc, company()))
    assert "Pagato" in page and "1.000,00 €" in page
    assert "Saldo da pagare" in page and "1.504,60 €" in page


@pytest.mark.parametrize(("language", "words"), [
    ("it", ["Fattura", "Spett.le".upper(), "Descrizione", "Totale documento", "Scadenza", "Pagina 1 di 1",
            "2.504,60 €"]),
    ("en", ["Invoice", "BILL TO", "Description", "Total", "Due date", "Page 1 of 1", "€2,504.60",
            "Payment\nbank transfer within 30 days", "Account holder"]),
    ("ro", ["Factură", "CĂTRE", "Descriere", "Total", "Scadență", "Pagina 1 din 1", "2.504,60 EUR", "Cod TVA"]),
])
def test_labels_follow_the_document_language(language, words):
    (page,) = text_of(render_document_pdf(document(language=language), company()))
    for word in words:
        assert word in page, word


@pytest.mark.parametrize(("language", "title", "valid"), [("it", "Preventivo", "Valido fino al"),
                                                         ("en", "Quote", "Valid until"),
                                                         ("ro", "Ofertă", "Valabilă până la")])
def test_quote_shows_its_validity_and_no_payment_qr(language, title, valid):
    pdf = render_document_pdf(document("quote", language=language), company())
    (page,) = text_of(pdf)
    assert title in page and "P-2026-0007" in page and valid in page
    assert "IBAN" not in page
    assert not has_qr(pdf)


@pytest.mark.parametrize(("language", "title", "reference"), [("it", "Nota di credito", "Rif. fattura n."),
                                                              ("en", "Credit note", "Ref. invoice no."),
                                                              ("ro", "Notă de credit", "Ref. factura nr.")])
def test_credit_note_names_the_invoice_it_corrects(language, title, reference):
    doc = document("credit_note", language=language, corrects_number="12/2026/A")
    pdf = render_document_pdf(doc, company())
    (page,) = text_of(pdf)
    assert title in page and "NC-3/2026" in page
    assert reference in page and "12/2026/A" in page
    assert not has_qr(pdf)


def test_zero_rate_prints_its_exemption_text_and_nature_code():
    (page,) = text_of(render_document_pdf(document(), company()))
    flat = " ".join(page.split())
    assert EXEMPTION in flat
    assert "0% (N3.1)" in page and "N3.1" in page.split("Riepilogo IVA")[0]  # nature code in the lines too


def test_draft_invoice_says_so():
    (page,) = text_of(render_document_pdf(document(number="", status="draft"), company()))
    assert "BOZZA" in page and "n. —" in page
    (quote,) = text_of(render_document_pdf(document("quote", status="draft"), company()))
    assert "BOZZA" not in quote


def test_long_document_flows_over_pages_with_the_header_on_each():
    doc = document(lines=many_lines(300))
    pages = text_of(render_document_pdf(doc, company()))
    count = len(pages)
    assert count >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} di {count}" in page
        if "Articolo numero" in page:  # a page of lines (the last may hold only the totals)
            assert "Descrizione" in page and "Prezzo unit." in page and "Importo" in page
    assert "Articolo numero" in pages[-2]
    assert "Fattura n. 12/2026/A (segue)" in pages[1]
    # every line printed once, none cut: each description's number is found whole
    found = re.findall(r"Articolo numero (\d+) ", " ".join(pages))
    assert sorted(map(int, found)) == list(range(1, 301))
    assert "Totale documento" in pages[-1]


def test_logo_and_empty_fields_do_not_break_the_page():
    pytest.importorskip("PIL")
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (240, 80), (31, 78, 121)).save(png, "PNG")
    bare = CompanyProfile(name="Ditta Individuale Bianchi", logo_png=png.getvalue())
    doc = document(customer=CustomerBlock("Zoë Ñúñez"), notes="", title="", lines=[])
    pdf = render_document_pdf(doc, bare)
    (page,) = text_of(pdf)
    assert "Zoë Ñúñez" in page and "Ditta Individuale Bianchi" in page
    assert "/Image" in page_resources(pdf)


def test_a_broken_logo_is_left_out():
    (page,) = text_of(render_document_pdf(document(), company(logo_png=b"not an image")))
    assert "Officine Rossi S.r.l." in page


def test_rendering_is_deterministic():
    doc = document()
    assert render_document_pdf(doc, company()) == render_document_pdf(doc, company())


# -- speed and a look at the page -----------------------------------------------------------------------------


def test_rendering_is_fast_enough():
    """Loose bounds (shared CI machines); the measured numbers are in the module's report."""
    import time

    render_document_pdf(document(), company())  # fonts and caches warm
    hundred = document("quote", lines=many_lines(100))
    start = time.process_time()
    render_document_pdf(hundred, company())
    assert time.process_time() - start < 1.0
    start = time.process_time()
    for number in range(20):
        render_document_pdf(replace(document(), number=f"{number}/2026"), company())
    assert (time.process_time() - start) / 20 < 0.2


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed")
def test_sample_quote_renders_to_an_image(tmp_path):
    """Set SMALLCRM_SAMPLE_PNG=docs/sample-quote.png to refresh the picture in the docs."""
    pytest.importorskip("PIL")
    pdf = tmp_path / "quote.pdf"
    pdf.write_bytes(render_document_pdf(sample_quote(), company(logo_png=sample_logo())))
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    page = tmp_path / "page.png"
    assert page.stat().st_size > 1000
    if os.environ.get("SMALLCRM_SAMPLE_PNG"):
        shutil.copyfile(page, os.environ["SMALLCRM_SAMPLE_PNG"])


def test_payment_days_come_from_the_due_date_when_not_given():
    doc = document(payment_terms_days=0, due_date=date(2027, 1, 21))
    (page,) = text_of(render_document_pdf(doc, company()))
    assert "bonifico bancario a 60 giorni" in page and "Scadenza\n21/01/2027" in page
    cash = document(payment_terms_days=0, due_date=date(2026, 11, 22))
    assert "bonifico bancario a vista" in text_of(render_document_pdf(cash, company()))[0]


def test_markup_characters_in_texts_are_printed_as_they_are():
    doc = document(lines=[line(1, "Cavo <RJ45> & connettori " + "x" * 120, "1", "1.00")], notes="a < b & c > d")
    (page,) = text_of(render_document_pdf(doc, company(name="Rossi & Figli <Srl>")))
    assert "Cavo <RJ45> & connettori" in page and "a < b & c > d" in page and "Rossi & Figli <Srl>" in page


def test_font_objects_made_once_per_process_still_fit_each_document():
    """Every document gets a width per character of each of its font subsets and text that reads back, accents
    and all (the subsets were once cached across documents; reportlab now makes them for each)."""
    from pypdf import PdfReader

    for notes in ("Prima nota", "Ștefan à è ì ò ù € «»", "Ștefan à è ì ò ù € «» ĂÂÎȘȚ"):
        pdf = render_document_pdf(replace(document(), notes=notes), company())
        fonts = PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
        subsets = [font for font in (fonts[name].get_object() for name in fonts) if font["/Subtype"] == "/TrueType"]
        assert len(subsets) >= 2  # DejaVu Sans and its bold
        for font in subsets:
            assert len(font["/Widths"]) == font["/LastChar"] - font["/FirstChar"] + 1
        assert notes in text_of(pdf)[0]
