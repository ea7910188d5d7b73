"""No argument ends in a traceback: ids, counts and dates are checked by the parser (a usage line, exit 2), names
cannot drive the terminal they are printed on, and the messages say what was expected in words."""

from __future__ import annotations

import argparse
import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.cli import build_parser, main
from smallcrm.cli.args import MAX_ID, MAX_YEAR, MIN_YEAR
from smallcrm.db.backup import list_backups
from tests.cli_run import cli_runner, ok


def _refused(crm, capsys, *args: str) -> tuple[int, str]:
    """A usage error: argparse exits (2) with one line naming the argument."""
    with pytest.raises(SystemExit) as exited:
        crm(*args)
    return exited.value.code, capsys.readouterr().err


def _add(crm, *args: str) -> int:
    return json.loads(ok(crm, "--json", "contacts", "add", *args))["id"]


def test_an_oversized_id_is_a_usage_error(crm, capsys):
    code, err = _refused(crm, capsys, "contacts", "show", "99999999999999999999999")
    assert code == 2 and "not an id" in err and "Traceback" not in err


def test_a_date_before_any_business_is_refused(crm, capsys):
    party = _add(crm, "--company", "Acme")
    code, err = _refused(crm, capsys, "log", str(party), "--at", "0001-01-01")
    assert code == 2 and f"between {MIN_YEAR} and {MAX_YEAR}" in err


def test_arguments_that_are_not_utf8_are_refused(crm):
    code, _, err = crm("contacts", "add", "--company", "Acme\udcff")  # what Python makes of the byte 0xff
    assert code == 2 and "not UTF-8" in err


def test_backup_keep_minus_one_is_refused_and_no_backup_is_lost(crm, capsys):
    _add(crm, "--company", "Acme")
    ok(crm, "backup")
    code, err = _refused(crm, capsys, "backup", "--keep", "-1")
    assert code == 2 and "from 1" in err
    assert len(list_backups(crm.db)) == 1
    ok(crm, "backup", "--keep", "1")
    assert len(list_backups(crm.db)) == 1  # the one just made stays


def test_restoring_the_live_database_is_refused(crm):
    _add(crm, "--company", "Acme")
    code, _, err = crm("restore", str(crm.db))
    assert code == 6 and "the database itself" in err


def test_escape_sequences_and_bidi_characters_in_names_are_shown_not_obeyed(crm):
    _add(crm, "--company", "Evil\x1b]0;pwned\x07\x1b[2J Co \u202egpj.exe")
    code, out, _ = crm("contacts", "list")
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "Evil\\u001b]0;pwned\\u0007\\u001b[2J Co \\u202egpj.exe" in out
    code, out, _ = crm("--json", "contacts", "list")
    assert json.loads(out)["rows"][0]["name"] == "Evil\x1b]0;pwned\x07\x1b[2J Co \u202egpj.exe"  # valid JSON


def test_a_bad_date_names_the_expected_format(crm, capsys):
    code, err = _refused(crm, capsys, "tasks", "add", "Call back", "--due", "tomorrow")
    assert code == 2 and "YYYY-MM-DD" in err and "_due" not in err


def test_stages_are_printed_as_words(crm):
    _add(crm, "--company", "Acme", "--stage", "key_customer")
    out = ok(crm, "contacts", "list")
    assert "key customer" in out and "key_customer" not in out


@pytest.mark.parametrize("name", ["x.pdf", "x", "x.ics"])
def test_export_refuses_an_extension_it_does_not_write(crm, tmp_path, name):
    _add(crm, "--company", "Acme")
    code, _, err = crm("export", "contacts", str(tmp_path / name))
    assert code == 3 and ".xlsx or .csv" in err and not (tmp_path / name).exists()


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser
        return
    for name, sub in subs[0].choices.items():
        yield from _commands(sub, (*prefix, name))


PARSER = build_parser()
COMMANDS = list(_commands(PARSER))
# commands that only read or write the database (no network, no file named by the argument, no prompt)
RUNNABLE = {("contacts", c) for c in ("add", "edit", "list", "search", "show", "trash", "restore", "merge")} | {
    ("log",), ("communications", "edit"), ("communications", "trash"), ("tasks", "add"), ("tasks", "list"),
    ("tasks", "due"), ("tasks", "done"), ("products", "list"), ("quotes", "show"), ("quotes", "list"),
    ("invoices", "show"), ("invoices", "list"), ("receivables",), ("privacy", "consent", "list"),
    ("privacy", "review-date"), ("privacy", "review"), ("privacy", "keep"), ("privacy", "erasures"), ("audit",),
    ("outbox", "list"), ("reminders",), ("backups",)}

NUMBERS = st.one_of(st.integers(0, 50), st.integers(-2**70, 2**70),
                    st.sampled_from([0, 1, MAX_ID, MAX_ID + 1, -1])).map(str)
DATES = st.one_of(st.dates().map(str), st.datetimes().map(lambda d: d.isoformat(sep=" ")),
                  st.sampled_from(["0001-01-01", "9999-12-31", "2026-02-30", "31/12/2025", "none", "2026-13-01"]))
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
TOKENS = st.one_of(NUMBERS, DATES, TEXT, st.sampled_from(list(string.punctuation)))


def _value(action: argparse.Action):
    if action.choices and not isinstance(action, argparse._SubParsersAction):
        return st.one_of(st.sampled_from([str(c) for c in action.choices]), TOKENS)
    return TOKENS


@st.composite
def command_lines(draw, only_runnable: bool):
    """A command and arguments shaped like its own (each option with a value of any kind, each positional
    given), in any order, sometimes one too many or too few: most parse, so that the values get checked."""
    choices = [c for c in COMMANDS if c[0] in RUNNABLE] if only_runnable else COMMANDS
    path, parser = draw(st.sampled_from(choices))
    words: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or (action.option_strings and not draw(st.booleans())):
            continue
        values = [] if action.nargs == 0 else [draw(_value(action))]
        words += [action.option_strings[0], *values] if action.option_strings else values
    if draw(st.integers(0, 9)) == 0:
        words.append(draw(TOKENS))
    return [*path, *words]


@settings(max_examples=400, deadline=None)
@given(command_lines(only_runnable=False))
def test_the_parser_refuses_or_gives_values_in_range(argv):
    try:
        args = PARSER.parse_args(argv)
    except SystemExit as exc:
        assert exc.code in (0, 2)
        return
    for value in vars(args).values():
        for one in value if isinstance(value, list) else [value]:
            if isinstance(one, int) and not isinstance(one, bool):
                assert -1 < one <= MAX_ID
            if hasattr(one, "year"):
                assert MIN_YEAR <= one.year <= MAX_YEAR


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "crm.sqlite3"
    assert main(["--db", str(path), "contacts", "add", "--company", "Acme"]) == 0
    return path


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_lines(only_runnable=True))
def test_no_argument_ends_in_a_traceback(hostile_db, capsys, argv):
    run = cli_runner(hostile_db, capsys)
    try:
        code, _, err = run(*argv)
    except SystemExit as exc:  # argparse's usage error or --help
        assert exc.code in (0, 2)
        return
    assert code != 1, err  # 1 is "unexpected error (please report it)"


def test_a_credit_notes_line_position_beyond_any_line_is_a_usage_error(crm, capsys):
    """Found by the property test: `--line 9223372036854775808` (and `--qty` with it) reached the service."""
    for args in (["--line", "9223372036854775808"], ["--qty", "99999999999999999999=1"], ["--line", "0"]):
        code, err = _refused(crm, capsys, "invoices", "credit-note", "1", *args)
        assert code == 2 and "from 1 to 100,000" in err and "Traceback" not in err
