"""The PDF of quotes, invoices and credit notes, read back with pypdf; the EPC QR payload; locale formatting."""

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
from pypdf import PdfReader

from smallcrm.documents.epc_qr import document_epc_payload, epc_qr_payload
from smallcrm.documents.formatting import format_date, format_money, format_quantity
from smallcrm.documents.pdf import render_document_pdf
from smallcrm.money import round_cents
from smallcrm.services.sales_views import CompanyProfile, CustomerBlock, DocumentView, LineView, VatSummaryLine
from smallcrm.services.views import PartyRef

IBAN = "IT60 X054 2811 1010 0000 0123 456"
EXEMPTION = "Operazione non imponibile art. 8 DPR 633/72 (esportazione)"


def company(**fields) -> CompanyProfile:
    values = dict(name="Officine Rossi S.r.l.", street="Via dell'Artigianato 12", postal_code="20121",
                  city="Milano", province="MI", vat_number="IT01234567890", tax_code="01234567890", iban=IBAN,
                  bic="BPPIITRRXXX", email="info@officinerossi.it", phone="+39 02 1234567",
                  website="www.officinerossi.it")
    values.update(fields)
    return CompanyProfile(**values)


def line(position: int, description: str, quantity: str, price: str, vat: str = "22", discount: str = "0",
         unit: str = "pz", vat_code: str = "", exemption: str = "") -> LineView:
    q, p, d = D(quantity), D(price), D(discount)
    net = round_cents(q * p * (100 - d) / 100)
    return LineView(position, None, description, q, unit, p, d, vat_code or vat, D(vat), exemption, net)


def document(kind: str = "invoice", lines: list[LineView] | None = None, language: str = "it",
             paid: str = "0.00", **fields) -> DocumentView:
    if lines is None:
        lines = [line(1, "Consulenza tecnica", "10", "85.00"),
                 line(2, "Licenza software gestionale (annuale)", "1", "1200.00", discount="10"),
                 line(3, "Trasporto all'estero", "1", "150.00", "0", vat_code="N3.1", exemption=EXEMPTION)]
    buckets: dict[str, list] = {}
    for item in lines:
        bucket = buckets.setdefault(item.vat_code, [item.vat_percent, item.vat_exemption, D("0.00")])
        bucket[2] += item.net
    summary = tuple(VatSummaryLine(code, pct, exe, taxable, round_cents(taxable * pct / 100))
                    for code, (pct, exe, taxable) in buckets.items())
    taxable = sum((s.taxable for s in summary), D("0.00"))
    vat = sum((s.vat for s in summary), D("0.00"))
    total = taxable + vat
    values = dict(kind=kind, id=1, uid="u-1", number={"quote": "P-2026-0007", "invoice": "12/2026/A",
                                                      "credit_note": "NC-3/2026"}[kind],
                  status="issued" if kind != "quote" else "sent", party=PartyRef(1, "person", "Nicolò Ștefănescu"),
                  customer=CustomerBlock("Nicolò Ștefănescu", "Strada Mihai Eminescu 5", "010011", "București",
                                         country="RO", vat_number="RO12345678"),
                  issue_date=date(2026, 11, 22), valid_until=date(2026, 12, 22) if kind == "quote" else None,
                  due_date=date(2026, 12, 22) if kind == "invoice" else None, title="Fornitura e assistenza",
                  notes="Grazie per la fiducia.", language=language, currency="EUR", lines=tuple(lines),
                  vat_summary=summary, taxable=taxable, vat=vat, total=total, paid=D(paid),
                  balance_due=total - D(paid) if kind == "invoice" else D("0.00"), payment_terms_days=30)
    values.update(fields)
    return DocumentView(**values)


def text_of(pdf: bytes) -> list[str]:
    """The text of each page, no-break spaces made plain."""
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(io.BytesIO(pdf)).pages]


def many_lines(count: int) -> list[LineView]:
    return [line(i, f"Articolo numero {i} con una descrizione abbastanza lunga da andare a capo nella colonna "
                    f"della descrizione, per vedere l'impaginazione", "2", "12.50") for i in range(1, count + 1)]


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
    assert not _has_qr(pdf)


@pytest.mark.parametrize(("language", "title", "reference"), [("it", "Nota di credito", "Rif. fattura n."),
                                                              ("en", "Credit note", "Ref. invoice no."),
                                                              ("ro", "Notă de credit", "Ref. factura nr.")])
def test_credit_note_names_the_invoice_it_corrects(language, title, reference):
    doc = document("credit_note", language=language, corrects_number="12/2026/A")
    pdf = render_document_pdf(doc, company())
    (page,) = text_of(pdf)
    assert title in page and "NC-3/2026" in page
    assert reference in page and "12/2026/A" in page
    assert not _has_qr(pdf)


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
    assert "/Image" in _page_resources(pdf)


def test_a_broken_logo_is_left_out():
    (page,) = text_of(render_document_pdf(document(), company(logo_png=b"not an image")))
    assert "Officine Rossi S.r.l." in page


def test_rendering_is_deterministic():
    doc = document()
    assert render_document_pdf(doc, company()) == render_document_pdf(doc, company())


# -- EPC QR -------------------------------------------------------------------------------------------------


def test_epc_payload_text():
    payload = epc_qr_payload("Officine Rossi S.r.l.", IBAN, D("2504.6"), "12/2026/A", "BPPIITRRXXX")
    assert payload == ("BCD\n002\n1\nSCT\nBPPIITRRXXX\nOfficine Rossi S.r.l.\nIT60X0542811101000000123456\n"
                       "EUR2504.60\n\n\n12/2026/A")


def test_epc_payload_limits():
    payload = epc_qr_payload("N" * 90, IBAN, D("1.00"), "R" * 200)
    fields = payload.split("\n")
    assert fields[4] == "" and len(fields[5]) == 70 and len(fields[10]) == 140
    with pytest.raises(ValueError):
        epc_qr_payload("X", IBAN, D("0.00"), "1")
    with pytest.raises(ValueError):
        epc_qr_payload("X", "", D("1.00"), "1")


def test_epc_payload_matches_segno_helper():
    from segno.helpers import _make_epc_qr_data

    ours = epc_qr_payload("Ștefan Müller", IBAN, D("10.50"), "12/2026/A")
    theirs = _make_epc_qr_data("Ștefan Müller", "IT60X0542811101000000123456", D("10.50"), text="12/2026/A",
                               encoding="utf-8").decode("utf-8")
    assert ours.replace("EUR10.50", "EUR10.5") == theirs


def test_qr_only_for_euro_invoices_with_iban_and_balance():
    doc = document()
    assert document_epc_payload(doc, company()).endswith("\nEUR2504.60\n\n\n12/2026/A")
    assert document_epc_payload(doc, company(iban="")) is None
    assert document_epc_payload(replace(doc, currency="RON"), company()) is None
    assert document_epc_payload(document(paid="2504.60"), company()) is None
    assert document_epc_payload(document("quote"), company()) is None
    assert document_epc_payload(document("credit_note"), company()) is None
    partly = document(paid="500.00")
    assert "\nEUR2004.60\n" in document_epc_payload(partly, company())


def test_qr_is_drawn_only_when_the_company_has_an_iban():
    doc = document()
    with_iban = render_document_pdf(doc, company())
    without = render_document_pdf(doc, company(iban=""))
    assert _has_qr(with_iban) and not _has_qr(without)
    assert "Inquadra per pagare" in text_of(with_iban)[0]
    assert "Inquadra per pagare" not in text_of(without)[0] and "IBAN" not in text_of(without)[0]


def _page_resources(pdf: bytes) -> str:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return str(page["/Resources"].get_object())


def _has_qr(pdf: bytes) -> bool:
    """The QR is a single path of many small rectangles: count the 're' operators of page 1."""
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    return len(re.findall(r" re\b", content)) > 150


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


def sample_logo() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    from smallcrm.documents.pdf_fonts import FONT_DIR

    image = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 20, 160, 180), 28, fill=(31, 78, 121, 255))
    draw.text((80, 100), "OR", font=ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 92), fill="white",
              anchor="mm")
    draw.text((190, 100), "OFFICINE\nROSSI", font=ImageFont.truetype(str(FONT_DIR / "DejaVuSans-Bold.ttf"), 58),
              fill=(31, 78, 121, 255), anchor="lm", spacing=4)
    png = io.BytesIO()
    image.save(png, "PNG")
    return png.getvalue()


def sample_quote() -> DocumentView:
    """The quote of docs/sample-quote.png: Italian, five lines, VAT at 22% and 4%."""
    lines = [line(1, "Analisi dei requisiti e progettazione della nuova linea di confezionamento", "16", "65.00",
                  unit="h"),
             line(2, "Quadro elettrico di comando con PLC Siemens S7-1200, cablaggio e collaudo in officina", "1",
                  "3480.00", discount="5"),
             line(3, "Sensori fotoelettrici a riflessione", "6", "42.50"),
             line(4, "Installazione e messa in servizio presso il cliente", "2.5", "520.00", unit="gg"),
             line(5, "Manuale d'uso e formazione operatori (libri tecnici)", "1", "180.00", "4")]
    customer = CustomerBlock("Pasticceria Nicolò Ferrà S.n.c.", "Corso Vittorio Emanuele II 148", "10121", "Torino",
                             "TO", "IT", "IT09876543210", "09876543210")
    return document("quote", lines=lines, customer=customer, title="Automazione della linea di confezionamento",
                    notes="Prezzi IVA esclusa. Consegna prevista entro 6 settimane dall'accettazione del "
                          "preventivo.\nGaranzia 24 mesi su parti e manodopera.")


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


@pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
                    reason="pdftoppm (poppler-utils) or zbarimg (zbar-tools) not installed")
def test_printed_qr_code_scans_back_to_the_payload(tmp_path):
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(render_document_pdf(document(paid="1000.00"), company()))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True)
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], capture_output=True, text=True)
    assert scanned.stdout.rstrip("\n") == ("BCD\n002\n1\nSCT\nBPPIITRRXXX\nOfficine Rossi S.r.l.\n"
                                          "IT60X0542811101000000123456\nEUR1504.60\n\n\n12/2026/A")


def test_qr_drawing_matches_the_code_module_for_module():
    from smallcrm.documents.epc_qr import QUIET_ZONE, _qr_operators, make_epc_qr

    payload = epc_qr_payload("Officine Rossi S.r.l.", IBAN, D("2504.60"), "12/2026/A")
    matrix = make_epc_qr(payload).matrix
    operators, modules = _qr_operators(payload)
    size = len(matrix)
    assert modules == size + 2 * QUIET_ZONE
    drawn = [[0] * size for _ in range(size)]
    for x, y, width, _ in (map(int, op.split()[:4]) for op in operators.splitlines() if op.endswith(" re")):
        for col in range(x - QUIET_ZONE, x - QUIET_ZONE + width):
            drawn[size - 1 - (y - QUIET_ZONE)][col] = 1
    assert drawn == [list(row) for row in matrix]
    assert make_epc_qr(payload).error == "M"


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
