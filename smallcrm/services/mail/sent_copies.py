"""Copies of the mail we send, in the IMAP account's Sent folder, so the user's mail program shows them as its
own sent mail. One IMAP session per sending run, opened at the first copy. A copy that fails never fails the
send (the mail went, its exact bytes stay in the outbox): it is reported, and the run stops trying."""

from __future__ import annotations

from smallcrm.errors import SmallCrmError
from smallcrm.mailwire.imap import ImapAccount, ImapMailbox
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.mail.account import imap_account


class SentCopies:
    def __init__(self, account: ImapAccount) -> None:
        self.account = account
        self.folder: str | None = None
        self.problem: SmallCrmError | None = None
        self._box: ImapMailbox | None = None

    def keep(self, raw: bytes) -> SmallCrmError | None:
        """Append ``raw`` to the Sent folder; the problem when it could not be (then and for the rest of the run)."""
        if self.problem is not None:
            return self.problem
        try:
            if self._box is None:
                self._box = ImapMailbox(self.account).__enter__()
                self.folder = self._box.sent_folder()
            self._box.append(self.folder, raw)
        except SmallCrmError as problem:
            self.problem = problem
            self.close()
        return self.problem

    def close(self) -> None:
        if self._box is not None:
            box, self._box = self._box, None
            box.__exit__(None, None, None)


def sent_copies() -> SentCopies | None:
    """Copies for a sending run: none when the setting is off or no IMAP account (with its password) is set."""
    if not get_setting("imap_copy_sent"):
        return None
    try:
        return SentCopies(imap_account())
    except SmallCrmError:
        return None

