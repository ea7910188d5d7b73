"""Running `smallcrm --db <tmp> ...` in a test: the exit code and what it printed."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from smallcrm.cli import main


def cli_runner(db: Path, capsys, monkeypatch=None) -> Callable[..., tuple[int, str, str]]:
    """``run(*args, stdin="typed\\n")``: ``stdin`` (with ``monkeypatch``) replaces what is typed for that command;
    without it standard input is left as the test set it."""

    def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            assert monkeypatch is not None, "typing at a prompt needs the runner made with monkeypatch"
            monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
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
