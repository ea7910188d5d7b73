"""SmallCRM's build backend: setuptools, plus PySide6 in the build environment when a wheel is built.

A wheel carries the compiled translations (.qm), and only Qt's lrelease compiles them: setup.py's build step runs
the one inside PySide6. pyproject.toml names this module as its backend (backend-path = packaging) so that only
wheel builds ask pip for PySide6: editable installs (``make run``, ``make test``) read the repository's
translations/ (compiled by ``make translations``) and do not wait for a second copy of PySide6 in pip's
isolated build environment. The version of PySide6 is the one the project depends on, read from pyproject.toml.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 (every hook of setuptools; the one below is extended)


def _pyside_requirement() -> str:
    dependencies = tomllib.loads(Path("pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    return next(d for d in dependencies if d.lower().startswith("pyside6"))


def get_requires_for_build_wheel(config_settings: dict | None = None) -> list[str]:
    """What setuptools needs for a wheel, and PySide6 for its lrelease."""
    return [*_setuptools.get_requires_for_build_wheel(config_settings), _pyside_requirement()]
