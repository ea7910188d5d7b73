"""The mail tests read from a real Dovecot (see fixtures.py)."""

from .fixtures import dovecot, mailbox  # noqa: F401
