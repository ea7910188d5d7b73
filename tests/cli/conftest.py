import pytest

from tests.cli_run import cli_runner


@pytest.fixture
def crm(tmp_path, capsys):
    """Run `smallcrm --db <tmp> ...` and return (exit code, stdout, stderr)."""
    return cli_runner(tmp_path / "crm.sqlite3", capsys)
