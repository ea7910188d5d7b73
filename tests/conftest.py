"""Shared fixtures: a fresh database file per test, and quick ways to put parties in it."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from smallcrm import keychain, numbers
from smallcrm.db.connection import open_database
from smallcrm.services.parties.parties import PartyDraft, create_party

# servers some tests talk to, for every folder: real SMTP servers and a real Dovecot on 127.0.0.1
pytest_plugins = ("tests.smtp_test_server", "tests.services.mail.fixtures")


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
    """A closed, empty database at head: migrating a new file is most of a short test's time."""
    path = tmp_path_factory.mktemp("template") / "crm.sqlite3"
    open_database(path).close()
    return path


@pytest.fixture
def db(tmp_path, _migrated_file):
    """A fresh, empty database at head for each test (a copy of the migrated one, opened as usual)."""
    path = tmp_path / "crm.sqlite3"
    shutil.copyfile(_migrated_file, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def person(db):
    """``person("Mario", "Rossi", emails=[...])``: create a person, return its view."""

    def make(first: str = "Mario", last: str = "Rossi", **fields):
        view, _ = create_party(db, PartyDraft(kind="person", first_name=first, last_name=last, **fields))
        return view

    return make


@pytest.fixture
def company(db):
    """``company("Acme S.r.l.", vat_number=...)``: create a company, return its view."""

    def make(name: str = "Acme S.r.l.", **fields):
        view, _ = create_party(db, PartyDraft(kind="company", name=name, **fields))
        return view

    return make
