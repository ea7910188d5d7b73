"""Running `smallcrm --db <tmp> ...` in a test: the exit code and what it printed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from smallcrm.cli import main


def cli_runner(db: Path, capsys) -> Callable[..., tuple[int, str, str]]:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.db = db
    return run


def ok(crm, *args: str) -> str:
    """The output of a command that must succeed."""
    code, out, err = crm(*args)
    assert code == 0, err
    return out
