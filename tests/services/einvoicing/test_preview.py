"""The preview reads the file itself: the parties, the lines, the VAT summary and totals, the payment, and the
checks' problems in plain words, in the reader's language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser

from smallcrm.services.einvoicing.checks import check_xml
from smallcrm.services.einvoicing.preview import preview_html
from smallcrm.services.einvoicing.reading import invoice_xml
from tests.services.einvoicing import cases


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.style = False

    def handle_starttag(self, tag, attrs) -> None:
        self.style = tag == "style"

    def handle_data(self, data: str) -> None:
        if not self.style:
            self.parts.append(data)


def text_of(page: str) -> str:
    """The page's text as a reader sees it (tags and the style sheet dropped, spaces made single)."""
    parser = _Text()
    parser.feed(page)
    return " ".join(" ".join(parser.parts).split())


def test_a_professionals_invoice_reads_as_the_style_sheet_lays_it_out(db):
    view = cases.withholding_with_pension_fund(db)
    xml = invoice_xml(view.id, "00001")
    text = text_of(preview_html(xml, "it"))
    assert "Cedente/prestatore (fornitore) Studio Bianchi" in text
    assert "Cessionario/committente (cliente) Rossi Impianti S.r.l. Identificativo fiscale ai fini IVA: " \
           "IT00743110157" in text
    assert "TD01 1/2026 2026-03-01 0000000 FPR12" in text
    assert "Ritenuta RT01 20.00% 200.00" in text and "Cassa previdenziale TC04 4.00%" in text
    assert "immediata 22.00 1040.00 228.80" in text and "Totale documento 1318.80" in text
    assert "MP05 bonifico bancario (completo) IT60X0542811101000000123456 2026-03-31 1118.80" in text
    assert "Nessun problema trovato" in text
    assert "MP05 transfer bancar" in text_of(preview_html(xml, "ro"))


def test_problems_are_listed_at_the_top_in_the_readers_words(db):
    view = cases.reverse_charge(db)
    root = ET.fromstring(invoice_xml(view.id, "00001"))
    line = root.find(".//DettaglioLinee")
    line.remove(line.find("Natura"))
    xml = ET.tostring(root)
    problems = check_xml(xml, date(2026, 12, 31))
    text = text_of(preview_html(xml, "en", problems))
    assert text.startswith("Checks Line 1 is at 0% VAT without its Natura")
    assert "Document total 3000.00" in text
