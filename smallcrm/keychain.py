"""Secrets (mail and server passwords, the database key) live in the system keyring, never in the database.

Where no keyring backend works (a bare Linux session, a locked keychain) a secret is kept in memory for
this session only, and the caller is told so by ``store_secret`` returning ``False``.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError

SERVICE = "SmallCRM"

_session: dict[str, str] = {}


def keyring_available() -> bool:
    """True when the system keyring can store secrets across sessions."""
    backend = keyring.get_keyring()
    try:
        return backend.priority > 0 and type(backend).__module__ not in ("keyring.backends.fail",
                                                                          "keyring.backends.null")
    except Exception:  # a backend whose priority check itself fails cannot be trusted
        return False


def store_secret(name: str, value: str) -> bool:
    """Keep ``value`` under ``name``; True if the keyring holds it, False if only this session does."""
    _session.pop(name, None)
    if keyring_available():
        try:
            keyring.set_password(SERVICE, name, value)
            return True
        except KeyringError:
            pass
    _session[name] = value
    return False


def read_secret(name: str) -> str | None:
    if name in _session:
        return _session[name]
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError:
        return None


def forget_secret(name: str) -> None:
    _session.pop(name, None)
    if keyring_available():
        with contextlib.suppress(KeyringError):  # includes PasswordDeleteError: nothing stored under that name
            keyring.delete_password(SERVICE, name)


def forget_session_secrets() -> None:
    _session.clear()
