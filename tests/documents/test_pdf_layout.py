"""Where the canvas layout puts things: wrapped descriptions, pages of lines with their header, amounts
aligned on the right, and the pagination rules of ``pdf_flow``, read back from the PDF with pypdf."""

from __future__ import annotations

import io
import re
from itertools import pairwise

from pypdf import PdfReader

from smallcrm.documents.pdf import render_document_pdf
from smallcrm.documents.pdf_canvas import text_width
from smallcrm.documents.pdf_flow import Block, Flow, Gap, Rows
from smallcrm.documents.pdf_fonts import BOLD, FONT
from smallcrm.documents.pdf_style import MARGIN_X, PAGE_WIDTH, WIDTH
from tests.documents.pdf_samples import company, document, line, many_lines, text_of

RIGHT_EDGE = PAGE_WIDTH - MARGIN_X  # the lines table spans the page between the margins


def placed(pdf: bytes) -> list[list[tuple[str, float, float, float, str]]]:
    """Per page: (text, x, baseline y, size, font) of every string, in drawing order."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[tuple[str, float, float, float, str]] = []

        def visit(text, cm, tm, font, size, found=found):
            if text.strip():
                bold = "Bold" in str((font or {}).get("/BaseFont", ""))
                found.append((text.strip("\n").replace("\xa0", " "), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5],
                              size * tm[0] * cm[0], BOLD if bold else FONT))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def test_a_description_longer_than_its_column_wraps_inside_it():
    words = "Fornitura e posa in opera di quadro elettrico con interruttori differenziali e cablaggio " * 4
    pdf = render_document_pdf(document(lines=[line(1, words.strip(), "2", "1250.00")], notes=""), company())
    strings = placed(pdf)[0]
    quantity = next(s for s in strings if s[0] == "2")
    start = next(i for i, s in enumerate(strings) if s[0].startswith("Fornitura e posa"))
    parts = [s for s in strings[start:] if s[1] == strings[start][1] and s[3] == 8.5][:8]
    parts = parts[:next((i for i, s in enumerate(parts) if not s[0][0].isalpha()), len(parts))]
    assert len(parts) >= 3  # wrapped over several lines
    assert " ".join(p[0] for p in parts).split() == words.split()  # every word once, in order
    column_right = MARGIN_X + WIDTH - (40 + 34 + 66 + 40 + 72)  # the columns right of it (no discount)
    for text, x, _, size, font in parts:
        assert abs(x - (MARGIN_X + 4)) < 0.01 and x + text_width(text, font, size) <= column_right - 4
    assert max(text_width(p[0], FONT, 8.5) for p in parts) > column_right - MARGIN_X - 40  # lines well filled
    baselines = [p[2] for p in parts]
    assert baselines[0] == quantity[2]  # the first line of the description is on the row's baseline
    assert all(round(a - b, 2) == 10.6 for a, b in pairwise(baselines))


def test_a_table_over_three_pages_repeats_its_header_above_the_lines_of_each():
    doc = document(lines=many_lines(40), notes="")
    pages = placed(render_document_pdf(doc, company()))
    assert len(pages) == 3
    headers = []
    for number, strings in enumerate(pages, start=1):
        texts = [s[0] for s in strings]
        assert f"Pagina {number} di 3" in texts
        header = next(s for s in strings if s[0] == "Descrizione")
        assert header[4] == BOLD
        rows = [s for s in strings if s[0].startswith("Articolo numero")]
        assert rows and all(row[2] < header[2] for row in rows)  # the lines below it
        headers.append(header[2])
        if number > 1:
            assert "Fattura n. 12/2026/A (segue)" in texts
    assert headers[1] == headers[2] > headers[0]  # pages 2 and 3 have no heading above the table
    numbers = [int(m) for page in pages for s in page for m in re.findall(r"^Articolo numero (\d+) ", s[0])]
    assert numbers == list(range(1, 41))


def test_amounts_end_on_the_right_edge_of_their_columns():
    lines = [line(1, "Cavo", "1", "1.00"), line(2, "Quadro elettrico", "3", "12345.67", discount="12.5"),
             line(3, "Viti", "1000", "0.05")]
    strings = placed(render_document_pdf(document(lines=lines, notes=""), company()))[0]
    ends = {}
    for text, x, _, size, font in strings:
        ends.setdefault(text, []).append(round(x + text_width(text, font, size), 2))
    amounts = ["1,00 €", "32.407,38 €", "50,00 €"]  # net of each line: 1; 3 × 12,345.67 − 12.5%; 1000 × 0.05
    for amount in amounts:
        assert ends[amount][-1 if amount == "1,00 €" else 0] == round(RIGHT_EDGE - 4, 2), amount
    assert ends["Importo"] == [round(RIGHT_EDGE - 4, 2)]  # the header over them too
    prices = [ends["1,00 €"][0], ends["12.345,67 €"][0], ends["0,05 €"][0]]
    assert len(set(prices)) == 1 and prices[0] < RIGHT_EDGE - 100  # unit prices share their own right edge
    assert ends["Prezzo unit."] == prices[:1]
    totals = [ends["32.458,38 €"][-1], ends["39.599,22 €"][0]]  # taxable and total, in the totals block
    assert totals == [round(RIGHT_EDGE - 6, 2)] * 2


def test_characters_beyond_the_first_font_subset_print_and_read_back():
    """More than 256 distinct characters need a second subset of the font: they still read back."""
    greek_cyrillic = "".join(map(chr, [*range(0x391, 0x3A2), *range(0x3A3, 0x3AA), *range(0x410, 0x450)]))
    extra = "".join(map(chr, range(0x100, 0x17F)))
    notes = f"{greek_cyrillic} {extra}"
    pdf = render_document_pdf(document(notes=notes), company(name="Ώμέγα Ltd"))
    flat = "".join(text_of(pdf)[0].split())
    assert "".join(notes.split()) in flat and "ΏμέγαLtd" in flat


# -- the pagination rules ------------------------------------------------------------------------------------


def _block(height: float, name: str, log: list) -> Block:
    return Block(height, lambda p, x, top: log.append((name, top)))


def test_flow_moves_a_block_that_does_not_fit_and_drops_gaps_at_the_top_of_a_page():
    log: list = []
    flow = Flow((0, 100), (0, 80))
    for item in (_block(60, "a", log), Gap(10), _block(40, "b", log), Gap(10), _block(20, "c", log)):
        flow.add(item)
    assert len(flow.pages) == 2
    for draw, top in (p for page in flow.pages for p in page.placed):
        draw(None, 0, top)
    assert log == [("a", 100), ("b", 80), ("c", 30)]  # b on page 2 at its top, no gap above it


def test_flow_repeats_the_header_and_keeps_rows_whole():
    log: list = []
    header = _block(10, "header", log)
    table = Rows([_block(30, f"row{i}", log) for i in range(5)], header,
                 after=lambda p, x, top: log.append(("rule", top)))
    flow = Flow((0, 100), (0, 100))
    flow.add(_block(20, "heading", log))
    flow.add(table)
    for page in flow.pages:
        for draw, top in page.placed:
            draw(None, 0, top)
    assert log == [("heading", 100), ("header", 80), ("row0", 70), ("row1", 40),  # row2 needs 30, 10 left
                   ("header", 100), ("row2", 90), ("row3", 60), ("row4", 30), ("rule", 0)]


def test_flow_keeps_a_short_table_together_on_the_next_page():
    log: list = []
    flow = Flow((0, 100), (0, 100))
    flow.add(_block(70, "heading", log))
    flow.add(Rows([_block(20, "caption", log), _block(20, "line", log)], keep_together=True))
    flow.add(Rows([_block(60, f"long{i}", log) for i in range(3)], keep_together=True))  # longer than a page
    for page in flow.pages:
        for draw, top in page.placed:
            draw(None, 0, top)
    assert log == [("heading", 100), ("caption", 100), ("line", 80), ("long0", 60), ("long1", 100),
                   ("long2", 100)]


def test_wrapping_fills_lines_as_reportlab_does_and_cuts_words_wider_than_a_line():
    from reportlab.lib.utils import simpleSplit

    from smallcrm.documents.pdf_fonts import register_fonts
    from smallcrm.documents.pdf_style import wrap_text

    register_fonts()
    text = "Intervento tecnico n. 12: sopralluogo,  materiali e posa in opera presso la sede del cliente"
    for width in (60, 120, 255.3, 1000):
        assert wrap_text(text, FONT, 8.5, width) == simpleSplit(text, FONT, 8.5, width)
    assert wrap_text("due\n\nrighe ", FONT, 8.5, 200) == ["due", "", "righe"]
    url = "https://example.com/" + "a" * 80
    parts = wrap_text(f"vedi {url}", BOLD, 7, 100)
    assert parts[0] == "vedi" and "".join(parts[1:]) == url and len(parts) > 2
    assert all(text_width(part, BOLD, 7) <= 100 for part in parts)
