"""`smallcrm encrypt` / `decrypt`, and the passphrase read from $SMALLCRM_DB_KEY or typed at a prompt."""

from __future__ import annotations

import io

import pytest

from smallcrm import keychain
from smallcrm.cli import session
from smallcrm.db.cipher import file_salt, key_name, looks_encrypted

PASSPHRASE = "the quick brown fox"


def _zelda_and_a_backup(run) -> None:
    assert run("contacts", "add", "--first", "Zelda", "--last", "Fitzgerald", "--email", "zelda@example.org")[0] == 0
    assert run("backup")[0] == 0


pytestmark = pytest.mark.crm(prepare=_zelda_and_a_backup)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_encrypt_with_a_key_in_the_keyring_then_decrypt(crm):
    code, out, err = crm("encrypt")
    assert code == 0, err
    assert "now encrypted (1 backup(s) converted)" in out and "keyring" not in out
    assert looks_encrypted(crm.db) and keychain.read_secret(key_name(file_salt(crm.db)))
    code, out, _ = crm("contacts", "search", "fitzg")
    assert code == 0 and "Zelda Fitzgerald" in out
    code, out, _ = crm("backups")
    assert "encrypted" in out and "plain" not in out
    code, out, _ = crm("check")
    assert code == 0 and "ok" in out
    code, out, err = crm("decrypt")
    assert code == 0 and "plain file again" in out, err
    assert crm.db.read_bytes().startswith(b"SQLite format 3")
    assert crm("decrypt")[0] == 5  # not encrypted: a conflict


def test_a_passphrase_from_the_environment_or_the_prompt(crm, monkeypatch):
    monkeypatch.setenv("SMALLCRM_DB_KEY", PASSPHRASE)
    code, out, err = crm("encrypt", "--passphrase")
    assert code == 0, err
    keychain.forget_secret(key_name(file_salt(crm.db)))  # as on another computer
    monkeypatch.delenv("SMALLCRM_DB_KEY")

    code, _, err = crm("contacts", "list")
    assert code == 6 and "passphrase is needed" in err and "SMALLCRM_DB_KEY" in err
    monkeypatch.setenv("SMALLCRM_DB_KEY", "not the passphrase")
    code, _, err = crm("contacts", "list")
    assert code == 6 and "does not open" in err

    typed = iter(["still wrong", PASSPHRASE])
    monkeypatch.setattr(session, "ask_passphrase", lambda prompt: next(typed))
    monkeypatch.setattr("sys.stdin", Terminal())
    code, out, err = crm("contacts", "list")
    assert code == 0 and "Zelda Fitzgerald" in out
    assert err.count("does not open") == 2  # the wrong variable, then the wrong typed passphrase

    monkeypatch.setenv("SMALLCRM_DB_KEY", PASSPHRASE)
    code, out, _ = crm("restore", "--latest")
    assert code == 0 and "Restored" in out
    assert looks_encrypted(crm.db)
