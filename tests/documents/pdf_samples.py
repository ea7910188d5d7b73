"""Sample documents and readers shared by the PDF and EPC QR tests."""

from __future__ import annotations

import io
import re
from datetime import date
from decimal import Decimal as D

from pypdf import PdfReader

from smallcrm.money import round_cents
from smallcrm.services.sales.views import CompanyProfile, CustomerBlock, DocumentView, LineView, VatSummaryLine
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


def page_resources(pdf: bytes) -> str:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return str(page["/Resources"].get_object())


def has_qr(pdf: bytes) -> bool:
    """The QR is a single path of many small rectangles: count the 're' operators of page 1."""
    content = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().decode("latin-1")
    return len(re.findall(r" re\b", content)) > 150


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
