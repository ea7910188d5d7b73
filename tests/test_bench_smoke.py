"""The benchmark harness runs end to end on a tiny database (one repetition), so it cannot silently rot.

No timing is asserted here: the harness is a program to run (`make bench`), not a timed test.
"""

from __future__ import annotations

import pytest

from bench.__main__ import OPERATIONS, main


@pytest.mark.slow
def test_harness_runs_every_operation(tmp_path):
    output = tmp_path / "RESULTS.md"
    code = main(["--data", str(tmp_path), "--contacts", "150,250", "--reps", "1", "--output", str(output)])
    assert code == 0  # no operation raised
    text = output.read_text(encoding="utf-8")
    assert "| Operation | Scale |" in text and "## Machine" in text
    assert "ERROR" not in text and "could not measure" not in text
    for label in ("Open the database + first page", "Search as you type", "360° view", "draft invoice",
                  "Issue an invoice", "quote to PDF", "one-page invoices", "Receivables", "Backup",
                  "quick check", "Home page figures", "Peak memory of the desktop process", "First open of the day",
                  "Export to xlsx", "Export to CSV", "Encrypted: open + first page", "CSV rows into an empty database",
                  "invoices to XML (built and validated", "Export every contact to vCard", "Import a vCard file of"):
        assert label in text, label
    assert len(OPERATIONS) >= 13
