"""Dates before 1 March 1900 in a workbook: Excel's serial days count a 29 February 1900 that never was, so a
day in January 1900 written as days since 30 Dec 1899 reads back one day late (found by the round-trip
property test with an anniversary of 1900-01-01)."""

import io
from datetime import date

import openpyxl

from smallcrm.documents.xlsx_cells import excel_day


def test_dates_around_excel_s_phantom_leap_day_read_back_as_written():
    days = [date(1900, 1, 1), date(1900, 2, 28), date(1900, 3, 1), date(1985, 6, 15)]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row, day in enumerate(days, start=1):
        cell = sheet.cell(row=row, column=1, value=excel_day(day.isoformat()))
        cell.number_format = "dd/mm/yyyy"
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    read = openpyxl.load_workbook(buffer).active
    assert [read.cell(row=row, column=1).value.date() for row in range(1, len(days) + 1)] == days
