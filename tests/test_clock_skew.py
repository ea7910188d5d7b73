"""A laptop's clock can be off (the chaos runs skew each laptop by up to 10 minutes): ``set_skew`` and the
SMALLCRM_CLOCK_SKEW variable move ``utcnow`` and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

from smallcrm import clock


def test_a_skewed_clock_moves_utcnow_by_the_skew():
    try:
        clock.set_skew(-600)
        off = datetime.now(UTC).replace(tzinfo=None) - clock.utcnow()
    finally:
        clock.set_skew(0)
    assert timedelta(seconds=599) < off < timedelta(seconds=601)
    assert abs(datetime.now(UTC).replace(tzinfo=None) - clock.utcnow()) < timedelta(seconds=1)


def test_a_process_started_with_a_skew_reads_its_own_time():
    code = ("from datetime import UTC, datetime; from smallcrm import clock; "
            "print((clock.utcnow() - datetime.now(UTC).replace(tzinfo=None)).total_seconds())")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "SMALLCRM_CLOCK_SKEW": "300"},
                         capture_output=True, text=True, check=True).stdout
    assert 299 < float(out) < 301
