"""Every command's --help prints its help and exits 0: none crashes (a bare % in a help text did)."""

from __future__ import annotations

import argparse

import pytest

from smallcrm.cli import build_parser, main


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [path]
    for action in parser._actions:  # argparse keeps its sub-parsers here; there is no public accessor
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*path, name))
    return found


COMMANDS = _commands(build_parser())


def test_the_walk_finds_the_nested_commands():
    assert ("quotes", "create") in COMMANDS and ("mail", "review") in COMMANDS and len(COMMANDS) > 60


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_never_crashes(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    out, err = capsys.readouterr()
    assert done.value.code == 0 and "usage: smallcrm" in out and "Traceback" not in out + err
