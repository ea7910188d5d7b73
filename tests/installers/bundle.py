"""The PyInstaller bundle of the tests: where it is, whether to test it, and running its programs as a user would.

The bundle's tests run when dist/smallcrm exists (``make bundle``), or fail when SMALLCRM_BUNDLE_TEST=1 asks
for them and it does not (``make bundle-test`` builds it and sets that); otherwise they skip, since a build takes
minutes. Its programs run with an environment of their own: no PYTHONPATH or virtual environment to lean on,
a temporary HOME (so the user's data dir is a fresh one), offscreen Qt unless a test asks for X11.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "smallcrm"
ASKED = os.environ.get("SMALLCRM_BUNDLE_TEST") == "1"


def bundle_or_skip() -> Path:
    if not (BUNDLE / "smallcrm-desktop").is_file():
        if ASKED:
            pytest.fail("SMALLCRM_BUNDLE_TEST=1, but there is no bundle in dist/smallcrm: run make bundle")
        pytest.skip("no bundle in dist/smallcrm (make bundle-test builds one and runs these tests)")
    return BUNDLE


def user_env(home: Path, language: str = "C.UTF-8", **extra: str) -> dict[str, str]:
    """The environment of a user's session: HOME, PATH, the language; nothing of the test's Python."""
    home.mkdir(parents=True, exist_ok=True)
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": language, "QT_QPA_PLATFORM": "offscreen",
            "TMPDIR": os.environ.get("TMPDIR", "/tmp"), **extra}


def run(program: Path, *args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(program), *args], env=env, capture_output=True, text=True, timeout=timeout)
