"""A short, seeded monkey run (dev/monkey.py): random clicks and keys on every page and dialog with the real
background runner. It runs in a process of its own, so that a segmentation fault fails this test (with every
thread's stack, from faulthandler) rather than ending the suite. ``make monkey`` runs it for minutes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 20


def test_a_short_monkey_run_finds_no_crash_and_no_traceback():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "dev.monkey", "--seconds", str(SECONDS), "--seed", "17",
                          "--contacts", "30"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=SECONDS + 120)
    said = run.stdout + run.stderr
    assert run.returncode == 0, said[-6000:]
    actions = int(said.split("monkey: ")[-1].split(" actions")[0])
    assert actions > 100, said[-2000:]  # it did run: about 40 actions a second on a quiet machine
