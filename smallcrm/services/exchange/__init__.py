"""Data in and out: imports (CSV, Excel, vCard), exports (workbooks, CSV, vCard, iCalendar)."""
