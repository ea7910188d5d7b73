"""Reading CSV and xlsx files people bring: encodings, separators, ragged rows, formulas, huge cells."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from smallcrm.documents.csv_reader import read_csv
from smallcrm.documents.table_source import CELL_LIMIT
from smallcrm.documents.xlsx_reader import read_xlsx
from smallcrm.errors import ValidationError


def write(tmp_path, data: bytes, name: str = "in.csv"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def cells(table) -> list[list[str]]:
    return [row.cells for row in table.rows()]


def test_utf8_with_bom_and_commas(tmp_path):
    table = read_csv(write(tmp_path, "\ufeffName,City\nSocietà Rossi,Forlì\n".encode()))
    assert (table.encoding, table.delimiter, table.headers) == ("utf-8-sig", ",", ["Name", "City"])
    assert cells(table) == [["Società Rossi", "Forlì"]]


def test_windows_1252_semicolons_of_italian_excel(tmp_path):
    data = "Ragione sociale;Città;Importo\r\nSocietà Bianchi;Forlì;1.234,50\r\nCaffè Nero;Cantù;€ 3\r\n"
    table = read_csv(write(tmp_path, data.encode("cp1252")))
    assert (table.encoding, table.delimiter) == ("cp1252", ";")
    assert cells(table) == [["Società Bianchi", "Forlì", "1.234,50"], ["Caffè Nero", "Cantù", "€ 3"]]


def test_latin1_and_central_european_code_pages(tmp_path):
    table = read_csv(write(tmp_path, "Nume\tOraş\nŞtefan\tIaşi\n".encode("cp1250"), "ro.csv"))
    assert table.delimiter == "\t" and table.encoding == "cp1250"
    assert cells(table) == [["Ştefan", "Iaşi"]]
    assert cells(read_csv(write(tmp_path, "a;b\nñ;ü\n".encode("latin-1")))) == [["ñ", "ü"]]


def test_tab_separated_with_quoted_newlines_keeps_line_numbers(tmp_path):
    data = 'Name\tNotes\n"Rossi"\t"two\nlines"\nBianchi\tok\n'
    rows = list(read_csv(write(tmp_path, data.encode())).rows())
    assert [(r.number, r.cells) for r in rows] == [(2, ["Rossi", "two\nlines"]), (4, ["Bianchi", "ok"])]


def test_ragged_rows_are_reported_short_rows_padded(tmp_path):
    rows = list(read_csv(write(tmp_path, b"a,b,c\n1,2\n1,2,3,4\n1,2,3,,\n")).rows())
    assert [(r.cells, r.problem) for r in rows] == [(["1", "2", ""], ""), (["1", "2", "3", "4"], "ragged"),
                                                    (["1", "2", "3"], "")]
    assert "4 cells but 3 column headers" in rows[1].detail


def test_formulas_stay_text_and_our_escape_apostrophe_goes(tmp_path):
    data = "Name;Web;Phones\n=HYPERLINK(\"http://x\");'=1+1;\"'+39 02 1234 5678; +39 333\"\n"
    assert cells(read_csv(write(tmp_path, data.encode()))) == [
        ['=HYPERLINK("http://x")', "=1+1", "+39 02 1234 5678; +39 333"]]


def test_a_huge_cell_rejects_its_row_only(tmp_path):
    data = b"Name,Notes\nA," + b"x" * 1_048_576 + b"\nB,fine\n"
    rows = list(read_csv(write(tmp_path, data)).rows())
    assert [r.problem for r in rows] == ["cell_too_long", ""]
    assert len(rows[0].cells[1]) < CELL_LIMIT and rows[1].cells == ["B", "fine"]


@pytest.mark.parametrize(("data", "code"), [
    (b"", "file_empty"), (b"\n\n  \n", "file_empty"), (b"\x00\x01\x02binary\x00", "file_binary"),
    (b"PK\x03\x04zip", "file_binary"), (b"\x89PNG\r\n\x1a\n", "file_binary"),
])
def test_files_that_are_not_csv_get_a_clear_error(tmp_path, data, code):
    with pytest.raises(ValidationError) as error:
        read_csv(write(tmp_path, data))
    assert error.value.field == "file" and error.value.code == code


def test_a_file_cut_inside_a_character_or_a_quote_still_reads(tmp_path):
    data = "Name,City\nRossi,Forlì\nBianchi,Cantù".encode()[:-1]
    assert cells(read_csv(write(tmp_path, data)))[0] == ["Rossi", "Forlì"]
    rows = list(read_csv(write(tmp_path, b'Name,City\nRossi,"Milano\n')).rows())
    assert rows[0].cells[0] == "Rossi"


def test_xlsx_values_not_formulas(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Nome", "Telefono", "Nato", "Totale"])
    sheet.append(["Mario", 3331234567, None, "=1+1"])
    sheet.append([None, None, None, None])
    sheet.append(["Anna", "02 1234", None, 2.0])
    path = tmp_path / "in.xlsx"
    book.save(path)
    table = read_xlsx(path)
    assert table.headers == ["Nome", "Telefono", "Nato", "Totale"]
    # openpyxl writes no cached value for a formula: the cell reads empty, never the formula text
    assert [(r.number, r.cells) for r in table.rows()] == [(2, ["Mario", "3331234567", "", ""]),
                                                          (4, ["Anna", "02 1234", "", "2"])]


def test_a_damaged_xlsx_is_a_clear_error(tmp_path):
    book = Workbook()
    book.active.append(["a"])
    path = tmp_path / "in.xlsx"
    book.save(path)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(ValidationError) as error:
        read_xlsx(path)
    assert error.value.code == "file_unreadable"


def test_a_quote_never_closed_costs_one_row_and_says_on_which_line(tmp_path):
    """An unclosed quote used to swallow every row after it into one cell ("1 rejected" while 1,990 rows
    vanished): now that row is reported with its line and the rows after it are read."""
    path = tmp_path / "broken.csv"
    rows = ["Name,Email,Phone,City", "Anna,anna@example.it,,Milano", '"Bruno,bruno@example.it,,Roma']
    rows += [f"Person {n},p{n}@example.it,,Torino" for n in range(50)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    table = read_csv(path)
    read = list(table.rows())
    assert [(r.number, r.problem) for r in read[:3]] == [(2, ""), (3, "unclosed_quote"), (4, "")]
    assert "line 3" in read[1].detail
    assert len(read) == 52 and read[-1].number == 53 and read[-1].cells[0] == "Person 49"


def test_a_note_over_several_lines_is_one_record(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('Name,Email,Notes,City\nAnna,anna@example.it,"met at the fair,\nwants a quote",Milano\n'
                    "Bruno,bruno@example.it,,Roma\n", encoding="utf-8")
    read = list(read_csv(path).rows())
    assert [(r.number, r.problem, r.cells[0]) for r in read] == [(2, "", "Anna"), (4, "", "Bruno")]


def test_cyrillic_in_cp1251_without_a_declaration_is_read_as_cyrillic(tmp_path):
    """Windows-1252 reads any byte: "Èâàí Ïåòðîâ" looks like accented Latin, but no Western language has most
    of its letters accented, so the national code page is looked for (charset-normalizer)."""
    path = tmp_path / "ru.csv"
    path.write_bytes("Имя,Фамилия,Город\nИван,Петров,Москва\nАнна,Смирнова,Санкт-Петербург\n".encode("cp1251"))
    table = read_csv(path)
    assert table.encoding == "cp1251" and table.headers == ["Имя", "Фамилия", "Город"]
    assert [r.cells for r in table.rows()][1] == ["Анна", "Смирнова", "Санкт-Петербург"]


@pytest.mark.parametrize(("text", "encoding"), [
    # Thunderbird's test book: short Shift_JIS that is also valid Korean code page bytes, which
    # charset-normalizer ranks first ("権兵衛" came in as "뙛빜뎢")
    ("First Name,Last Name,Display Name\n権兵衛,名無し,名無しの権兵衛\n", "cp932"),
    ("이름,성,도시\n민준,김,서울\n서연,이,부산\n", "cp949"),  # Korean stays Korean: no hiragana
])
def test_japanese_is_read_as_japanese_and_korean_as_korean(tmp_path, text, encoding):
    path = tmp_path / "jp.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    table = read_csv(path)
    assert table.encoding == encoding
    assert [table.headers, *cells(table)] == [line.split(",") for line in text.splitlines()]


def test_western_text_stays_in_its_code_page(tmp_path):
    path = tmp_path / "it.csv"
    path.write_bytes("Nome,Città\nNicolò,Forlì\nJosé,Besançon\n".encode("cp1252"))
    table = read_csv(path)
    assert table.encoding == "cp1252" and next(r.cells for r in table.rows()) == ["Nicolò", "Forlì"]


@pytest.mark.parametrize("text", ["=1+1", "@SUM(A1)", "+A1", "-2+3", "'=x", "''=x", "'-2", "'abc", "-12,50",
                                  "+39 347 1234567", "plain"])
def test_a_text_written_and_read_back_is_the_same_text(tmp_path, text):
    """The apostrophe the export puts before a formula-like cell is the one the reader takes away, also before
    a text that itself starts with apostrophes ("'=x"): what was written is what comes back."""
    from smallcrm.documents.csv_export import write_csv
    from smallcrm.documents.tables import Column, Sheet

    path = tmp_path / "out.csv"
    write_csv([(path, Sheet("T", [Column("Text")], [[text]], 1))])
    table = read_csv(path)
    assert [row.cells for row in table.rows()] == [[text]]


def test_a_file_without_column_names_is_read_from_its_first_line(tmp_path):
    """Palm Desktop and old Thunderbird write no header: a first line with an e-mail, a long number or a web
    address is a contact (columns named #1, #2 ...), not column names that would swallow it."""
    path = write(tmp_path, b'"Rossi","Anna","anna@example.it","02 1234 5678"\n"Neri","Bruno","","347 1234567"\n')
    table = read_csv(path)
    assert table.headerless and table.headers == ["#1", "#2", "#3", "#4"]
    assert cells(table) == [["Rossi", "Anna", "anna@example.it", "02 1234 5678"], ["Neri", "Bruno", "", "347 1234567"]]
    named = read_csv(write(tmp_path, b"Name,E-mail,Phone (e.g. +39 02 1234),2023-2024\nAnna,anna@example.it,021234,x\n",
                           "h.csv"))
    assert not named.headerless and named.headers == ["Name", "E-mail", "Phone (e.g. +39 02 1234)", "2023-2024"]
    phones = read_csv(write(tmp_path, b"Rossi;Anna;02 1234 5678;347 1234567\n", "p.csv"))
    assert phones.headerless and cells(phones) == [["Rossi", "Anna", "02 1234 5678", "347 1234567"]]
