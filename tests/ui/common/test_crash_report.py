"""A crash leaves faulthandler's report beside the database; the next start moves it aside and says so; a clean
exit leaves nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from ui.common.crash_report import CrashReport, show_previous_crash

ROOT = Path(__file__).resolve().parents[3]


def crash_with_report(database: Path) -> subprocess.CompletedProcess:
    """A process that arms the report as the window does, then dies of a segmentation fault."""
    script = textwrap.dedent(f"""
        import faulthandler
        from pathlib import Path
        from ui.common.crash_report import CrashReport
        CrashReport(Path({str(database)!r})).arm()
        faulthandler._sigsegv()
    """)
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_a_crash_is_reported_at_the_next_start(tmp_path, qapp, qtbot):
    database = tmp_path / "crm.sqlite3"
    died = crash_with_report(database)
    assert died.returncode != 0
    report = CrashReport(database)
    kept, text = report.previous()
    assert "Segmentation fault" in text and "Current thread" in text
    assert kept.parent == tmp_path and kept.name.startswith("crm.sqlite3-crash-") and kept.read_text() == text
    assert not report.path.exists()
    assert report.previous() is None  # said once

    box = show_previous_crash(None, kept, text)
    qtbot.addWidget(box)
    assert str(kept) in box.text() and box.detailedText() == text


def test_a_clean_exit_leaves_no_report(tmp_path):
    report = CrashReport(tmp_path / "crm.sqlite3")
    report.arm()
    assert report.path.exists() and (report.path.stat().st_mode & 0o777) == 0o600
    report.disarm()
    assert not report.path.exists()
    assert report.previous() is None
