"""Fixtures for every folder: a fresh database per test, the keyring kept in memory, and the data most tests
start from, each a thin wrapper over a factory of tests/factories.py (which documents the values)."""

from __future__ import annotations

import functools
import shutil
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from smallcrm import keychain, numbers
from smallcrm.db.connection import open_database
from smallcrm.db.models import database as model_proxy
from smallcrm.services.privacy import erasure_replay  # noqa: F401  (every open replays the erasure ledger)
from smallcrm.sync import triggers as sync_triggers  # noqa: F401  (every open refreshes team mode's triggers)
from tests import factories

# servers some tests talk to, for every folder: real SMTP servers and a real Dovecot on 127.0.0.1
pytest_plugins = ("tests.smtp_test_server", "tests.services.mail.fixtures", "tests.team_server")


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything at the end of the test: no test may touch the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def english_typing():
    """Typed numbers are read as English unless a test (or the CLI it runs, or a window language) says
    otherwise; whatever a test set is put back, so that no test reads numbers in the last one's language."""
    numbers.set_typing_language("en")
    yield
    numbers.set_typing_language("en")


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
    keychain.forget_session_secrets()


@pytest.fixture(scope="session")
def _migrated_file(tmp_path_factory) -> Path:
    """A closed database at head, empty but for our company's profile (``factories.OUR_COMPANY``: complete, so
    that invoices can be issued; ``factories.no_company`` empties it): migrating a new file is most of a short
    test's time."""
    path = tmp_path_factory.mktemp("template") / "crm.sqlite3"
    template = open_database(path)
    factories.our_company(template)
    template.close()
    return path


@pytest.fixture
def db(tmp_path, _migrated_file):
    """A fresh database at head for each test (a copy of the migrated one, opened as usual): no records, our
    company's profile complete."""
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(_migrated_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _no_database_left_bound():
    """A test that fails half-way (or opens files of its own) must not leave the global model proxy bound to
    its database for the next test."""
    yield
    obj = model_proxy.obj
    if obj is not None:
        if not obj.is_closed():
            obj.close()
        model_proxy.initialize(None)


@pytest.fixture
def person(db):
    """``person("Mario", "Rossi", emails=[...])``: create a person, return its view."""
    return functools.partial(factories.person, db)


@pytest.fixture
def company(db):
    """``company("Acme S.r.l.", vat_number=...)``: create a company with only those fields, return its view."""
    return functools.partial(factories.company, db)


@pytest.fixture
def mario(db):
    """Mario Rossi, whose address (typed with capitals: Mario.Rossi@acme.it) sends the messages of
    tests/services/mail/messages.py."""
    return factories.person(db, "Mario", "Rossi", emails=["Mario.Rossi@acme.it"])


@pytest.fixture
def customer(db):
    """The customer: Rossi Impianti S.r.l., VAT IT00743110157, two e-mail addresses, an address in Milano."""
    return factories.customer(db)


@pytest.fixture
def product(db):
    """``product("CONS", "Consulenza", "65,00", vat_code="22", unit="h")``: add a product, return its view."""
    return functools.partial(factories.product, db)


@pytest.fixture
def issued(db, customer):
    """``issued(date(2026, 3, 1), amount="100")``: a one-line invoice (22% VAT) of the customer's, or of
    ``party_id``'s, issued on that day (due ``terms`` days later)."""

    def make(when: date, amount: str = "100", party_id: int | None = None, terms: int | None = 30):
        return factories.issued_invoice(db, party_id or customer.id, [factories.line(price=amount)], on=when,
                                        payment_terms_days=terms)

    return make


@pytest.fixture
def quote(db, customer):
    """A draft quote to mail, in Italian: the customer's "Impianto" (1,000.00 + 22% = 1,220.00), dated
    2 November 2026 and valid until 2 December."""
    return factories.draft_quote(db, customer.id, [factories.line("Impianto elettrico", price="1000")],
                                 title="Impianto", issue_date=date(2026, 11, 2), valid_until=date(2026, 12, 2),
                                 language="it")


@pytest.fixture
def invoice(db, customer):
    """An issued invoice of the customer's to correct or pay: the boiler and its fitting
    (``factories.boiler_lines()``: 1,090.00 + 229.00 = 1,319.00), issued on 2 March 2026 (number 1/2026)."""
    return factories.issued_invoice(db, customer.id, factories.boiler_lines(), on=date(2026, 3, 2))
