"""File → Export…: the dialog driven with clicks and keys, the written files opened and read back."""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from smallcrm.documents.vcard import read_vcards
from smallcrm.services.sales.document_lines import LineDraft
from tests import factories
from ui.exchange.export_choices import period_dates
from ui.exchange.export_dialog import ExportDialog
from ui.settings.data import DataSettings

TODAY = date(2025, 4, 15)


@pytest.fixture
def books(ctx):
    """Two invoices of March 2025 and one of January, a task and a meeting in March."""
    acme = factories.customer(ctx.db, "Acme S.r.l.")
    for day, price in ((date(2025, 1, 20), "50"), (date(2025, 3, 3), "100"), (date(2025, 3, 20), "200")):
        factories.issued_invoice(ctx.db, acme.id, [LineDraft("Consulenza", 1, price, vat_code="22")], on=day)
    factories.task(ctx.db, "Richiamare; preventivo, sconto", acme.id, date(2025, 3, 25), priority="high")
    factories.communication(ctx.db, acme.id, "Riunione", "meeting", occurred_at=datetime(2025, 3, 5, 10, 0),
                            duration_minutes=90)
    return acme


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with a path in tmp_path; what it was asked is kept."""
    asked = []

    def ask(cls, parent, suggested, file_filter):
        asked.append((suggested, file_filter))
        return tmp_path / "out" / asked_name[0]

    asked_name = ["export.xlsx"]
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(ExportDialog, "ask_path", classmethod(ask))
    return asked, asked_name


@pytest.fixture
def folders(monkeypatch):
    opened = []
    monkeypatch.setattr(DataSettings, "open_folder", classmethod(lambda cls, folder: opened.append(folder)))
    return opened


def dialog_for(ctx, qtbot, kind=None) -> ExportDialog:
    dialog = ExportDialog(ctx, None, kind, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_invoices_of_last_month_from_the_file_menu_in_italian(ctx, qtbot, books, save_as, folders, tmp_path):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    menu = window.menuBar().actions()[0].menu()
    assert {"&Export…", "&Quit"} <= {a.text() for a in menu.actions() if a.text()}
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog.isVisible() and dialog.language.currentData() == "it"  # the document language setting
    dialog.today = TODAY
    choose(dialog.what, "invoices")
    choose(dialog.period, "last_month")
    assert (dialog.date_from.date().toPython(), dialog.date_to.date().toPython()) == (date(2025, 3, 1),
                                                                                      date(2025, 3, 31))
    assert not dialog.date_from.isEnabled() and dialog.format.currentData() == "xlsx"
    assert Path(dialog.path.text()).name == "invoices-2025-03-01_2025-03-31.xlsx"
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    asked, _ = save_as
    assert asked[0][0].name == "invoices-2025-03-01_2025-03-31.xlsx" and "*.xlsx" in asked[0][1]
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "out" / "export.xlsx"
    assert dialog.result.path == written and "export.xlsx" in dialog.status.text()
    wb = load_workbook(written)
    assert wb.sheetnames == ["Fatture", "Righe", "Riepilogo"]
    ws = wb["Fatture"]
    assert ws["A1"].value == "Numero" and ws["B2"].value == "Fattura" and ws["A4"].value == "Totale"  # 2 rows
    assert D(str(ws["J2"].value)) + D(str(ws["J3"].value)) == D("366.00")  # March only, VAT included
    assert dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert folders == [tmp_path / "out"]
    assert ctx.settings.value("export/folder") == str(tmp_path / "out")


def test_csv_for_italian_excel_in_english_and_the_calendar(ctx, qtbot, books, save_as, tmp_path):
    dialog = dialog_for(ctx, qtbot, "payments")
    assert dialog.what.currentData() == "payments"
    choose(dialog.what, "invoices")
    choose(dialog.format, "csv-it")
    choose(dialog.language, "en")
    choose(dialog.period, "custom")
    assert dialog.date_from.isEnabled()
    dialog.date_from.setDate(QDate(2025, 1, 1))
    dialog.date_to.setDate(QDate(2025, 1, 31))
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "out" / "january"))
    choose(dialog.format, "xlsx")
    choose(dialog.format, "csv-it")  # a typed name keeps its stem and follows the format
    assert dialog.path.text() == str(tmp_path / "out" / "january.csv")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.result.files] == ["january.csv", "january-lines.csv"]
    with open(tmp_path / "out" / "january.csv", encoding="utf-8-sig", newline="") as f:
        (row,) = csv.DictReader(f, delimiter=";")
    assert row["Type"] == "Invoice" and row["Total"] == "61,00" and row["Date"] == "20/01/2025"

    choose(dialog.what, "ics")
    assert dialog.format.currentData() == "ics" and not dialog.format.isEnabled()
    assert dialog.path.text() == str(tmp_path / "out" / "january.ics")
    choose(dialog.period, "last_month")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    calendar = Calendar.from_ical((tmp_path / "out" / "january.ics").read_bytes())
    (todo,) = calendar.walk("VTODO")
    (event,) = calendar.walk("VEVENT")
    assert str(todo["summary"]) == "Richiamare; preventivo, sconto — Acme S.r.l." and int(todo["priority"]) == 1
    assert str(event["summary"]) == "Riunione — Acme S.r.l." and event.decoded("duration").seconds == 90 * 60


def test_cancel_leaves_no_file_and_errors_are_said(ctx, qtbot, books, tmp_path):
    dialog = dialog_for(ctx, qtbot, "invoices")
    target = tmp_path / "out.xlsx"
    dialog.path.setText(str(target))
    dialog._chosen = True
    seen = []
    original = dialog._progress

    def press_cancel(done, total, what):  # the user presses Cancel as the first progress shows
        original(done, total, what)
        seen.append((done, total))
        if len(seen) == 1:
            assert dialog.close_button.text() == "Cancel" and not dialog.export_button.isEnabled()
            qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    dialog._progress = press_cancel
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert seen and dialog.status.text() == "Cancelled: no file was written."
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("out") or p.suffix == ".part"] == []
    assert dialog.isVisible() and dialog.export_button.isEnabled() and dialog.close_button.text() == "Close"

    dialog._progress = original
    dialog.path.setText(str(tmp_path / "missing" / "out.xlsx"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "No folder" in dialog.status.text() and not dialog.open_button.isVisible()
    dialog.path.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Choose where to save the file."
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_pages_open_the_dialog_on_their_export(ctx, qtbot, books):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("receivables") if "receivables" in window._pages else None
    receivables = page or window.page("receivables")
    qtbot.mouseClick(receivables.export_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ExportDialog)
    assert dialog.what.currentData() == "receivables" and dialog.note.text() == "Aged as of the last day of the period."
    qtbot.mouseClick(window.page("invoices").export_button, Qt.MouseButton.LeftButton)
    assert window.findChild(ExportDialog) is dialog and dialog.what.currentData() == "invoices"
    assert not dialog.form.isRowVisible(dialog.by)
    choose(dialog.what, "vat")
    assert dialog.form.isRowVisible(dialog.by)


def test_named_periods():
    assert period_dates("this_quarter", date(2025, 5, 20)) == (date(2025, 4, 1), date(2025, 6, 30))
    assert period_dates("last_quarter", date(2025, 2, 1)) == (date(2024, 10, 1), date(2024, 12, 31))
    assert period_dates("last_month", date(2025, 1, 31)) == (date(2024, 12, 1), date(2024, 12, 31))
    assert period_dates("this_year", date(2025, 7, 1)) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_dates("all", date(2025, 7, 1)) == (None, None)


def test_contacts_as_vcard_for_an_address_book(ctx, qtbot, books, save_as, tmp_path):
    factories.person(ctx.db, "Giulia", "Bianchi", emails=["giulia@example.it"])
    dialog = dialog_for(ctx, qtbot)
    choose(dialog.what, "vcard")
    assert dialog.format.currentData() == "vcf" and not dialog.language.isEnabled()
    assert not dialog.date_from.isEnabled()  # every live contact, whatever the period
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "out" / "rubrica"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "out" / "rubrica.vcf"
    assert dialog.result.path == written and dialog.result.rows == 2
    cards = list(read_vcards(written.read_text(encoding="utf-8")))
    assert sorted(c.formatted_name for c in cards) == ["Acme S.r.l.", "Giulia Bianchi"]
    assert next(c for c in cards if c.formatted_name == "Giulia Bianchi").emails == ["giulia@example.it"]


def test_the_e_invoices_of_a_period_as_one_zip_beside_the_workbooks(ctx, qtbot, books, save_as, tmp_path):
    import zipfile

    from smallcrm.domain import EInvoiceStatus
    from smallcrm.services.einvoicing import files
    from smallcrm.services.sales.invoices import list_invoices

    march = [v for v in list_invoices() if v.issue_date and v.issue_date.month == 3]
    for view in march:
        made = files.prepare_file(ctx.db, view.id)[0]
        files.set_status(ctx.db, made.id, EInvoiceStatus.SENT)
    dialog = dialog_for(ctx, qtbot, "einvoices")
    choose(dialog.period, "last_month")
    assert dialog.format.currentData() == "zip" and not dialog.language.isEnabled()
    assert dialog.path.text().endswith(".zip")
    dialog.path.setText(str(tmp_path / "out" / "marzo.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "marzo.zip" in dialog.status.text(), dialog.status.text()
    with zipfile.ZipFile(tmp_path / "out" / "marzo.zip") as archive:
        names = set(archive.namelist())
        index = archive.read("index.csv").decode()
    assert names == {*(f.file_name for v in march for f in files.list_files(v.id)), "index.csv"} and len(names) == 3
    assert index.count("sent") == 2
