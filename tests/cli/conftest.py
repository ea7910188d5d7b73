"""The command line's tests: one ``crm`` runner, its database prepared per module with ``pytest.mark.crm``."""

from __future__ import annotations

import pytest

from tests.cli_run import add_customer, cli_runner, our_company


def pytest_configure(config):
    config.addinivalue_line("markers", "crm(prepare=...): the `crm` fixture's database is made by prepare(run) first "
                                       "(commands run through the same runner; it may set attributes on it)")


@pytest.fixture
def crm(tmp_path, capsys, monkeypatch, request):
    """Run `smallcrm --db <tmp> ...` and return (exit code, stdout, stderr); ``crm(..., stdin="typed\\n")``
    types that at the command's prompt.

    No passphrase comes from the environment unless a test sets $SMALLCRM_DB_KEY itself. A module (or test)
    marked ``@pytest.mark.crm(prepare=...)`` starts from the database ``prepare(run)`` made with commands."""
    monkeypatch.delenv("SMALLCRM_DB_KEY", raising=False)
    run = cli_runner(tmp_path / "crm.sqlite3", capsys, monkeypatch)
    marker = request.node.get_closest_marker("crm")
    if marker is not None:
        marker.kwargs["prepare"](run)
    return run


@pytest.fixture
def acme_id(crm) -> int:
    """A company to sell to, added with `contacts add` (Acme S.r.l., VAT IT00743110157, an address in Milano), in a
    database whose company profile is complete (``cli_run.our_company``): invoices to it can be issued."""
    our_company(crm)
    return add_customer(crm)
