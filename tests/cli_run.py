"""Running `smallcrm --db <tmp> ...` in a test: the exit code and what it printed."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from smallcrm.cli import main
from tests import factories


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


def our_company(crm) -> None:
    """Our company's profile set with `smallcrm company`, complete (``factories.OUR_COMPANY``): a database the
    CLI makes starts empty, and an invoice gets no number without the seller's name, address, P.IVA and IBAN."""
    company = factories.OUR_COMPANY
    ok(crm, "company", *(part for name in ("name", "street", "postal_code", "city", "province", "vat_number", "iban")
                         for part in (f"--{name.replace('_', '-')}", company[name])))


def add_customer(crm, name: str = "Acme S.r.l.") -> int:
    """A company one can invoice (P.IVA and an address in Milano), added with `smallcrm contacts add`: its id."""
    import json

    street, postal_code, city, _ = factories.CUSTOMER_ADDRESS
    out = ok(crm, "--json", "contacts", "add", "--company", name, "--vat", factories.CUSTOMER_VAT, "--street", street,
             "--postal-code", postal_code, "--city", city)
    return json.loads(out)["id"]
