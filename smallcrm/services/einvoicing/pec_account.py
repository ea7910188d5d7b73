"""The PEC mailbox e-invoices reach the SdI from: its outgoing (SMTP) and incoming (IMAP) servers, kept apart
from the ordinary mail account (a PEC mailbox is a certified one of its own, at a PEC provider); the password
lives in the system keyring only, one for both servers, as PEC providers give it.

The SdI's address: a first file goes to sdi01@pec.fatturapa.it; the SdI answers from the address it assigns to
this sender (sdiNN@pec.fatturapa.it), which is kept and used from then on (``remember_sdi_address``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from smallcrm import keychain
from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.domain import MailSecurity
from smallcrm.errors import ValidationError
from smallcrm.mailwire.imap import ImapAccount, ImapMailbox
from smallcrm.mailwire.smtp import SmtpAccount, SmtpTransport
from smallcrm.services.admin.settings import get_settings, save_settings

SDI_FIRST_ADDRESS = "sdi01@pec.fatturapa.it"
SDI_ADDRESS = re.compile(r"sdi\d{2,3}@pec\.fatturapa\.it", re.IGNORECASE)  # the SdI's own PEC addresses
PEC_KEYS = ("pec_address", "pec_user", "pec_smtp_host", "pec_smtp_port", "pec_smtp_security", "pec_imap_host",
            "pec_imap_port", "pec_imap_security", "pec_imap_folders")


@dataclass(frozen=True)
class PecSettings:
    """The PEC mailbox as the settings keep it (``has_password``: one is kept for this user and server)."""

    address: str = ""
    user: str = ""
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_security: MailSecurity = MailSecurity.SSL
    imap_host: str = ""
    imap_port: int = 993
    imap_security: MailSecurity = MailSecurity.SSL
    folders: str = "INBOX"
    has_password: bool = False
    sdi_address: str = SDI_FIRST_ADDRESS  # where the next file goes (read only: the SdI assigns it)
    sdi_assigned: bool = False  # the SdI's first answer gave it

    def values(self) -> dict[str, object]:
        return dict(zip(PEC_KEYS, (self.address, self.user, self.smtp_host, self.smtp_port, self.smtp_security,
                                   self.imap_host, self.imap_port, self.imap_security, self.folders), strict=True))


@dataclass(frozen=True)
class SavedPecSettings:
    changes: Changes
    password_kept: str  # "keyring" | "session" | "unchanged"


@dataclass(frozen=True)
class PecCheck:
    """What "test the connection" found: the outgoing server took the login; the folders and their messages."""

    smtp: str  # host:port
    folders: tuple[tuple[str, int], ...]


def password_name(user: str, smtp_host: str) -> str:
    return f"pec:{user}@{smtp_host}"


def pec_settings() -> PecSettings:
    values = get_settings(*PEC_KEYS, "pec_sdi_address")
    user, host = values["pec_user"], values["pec_smtp_host"]
    assigned = values["pec_sdi_address"]
    return PecSettings(*(values[key] for key in PEC_KEYS),
                       has_password=bool(user and host and keychain.read_secret(password_name(user, host))),
                       sdi_address=assigned or SDI_FIRST_ADDRESS, sdi_assigned=bool(assigned))


def save_pec_settings(db: Database, settings: PecSettings, password: str | None = None) -> SavedPecSettings:
    """Save the mailbox in one transaction; a new ``password`` goes to the keyring (or, without one, is kept for
    this session); a password already kept follows a change of user or outgoing server."""
    before = pec_settings()
    changes = save_settings(db, settings.values())
    after = pec_settings()
    old_name, new_name = password_name(before.user, before.smtp_host), password_name(after.user, after.smtp_host)
    if not password and new_name != old_name:
        password = keychain.read_secret(old_name) or None
        if password:
            keychain.forget_secret(old_name)
    if not password:
        return SavedPecSettings(changes, "unchanged")
    if not (after.user and after.smtp_host):
        raise ValidationError("pec_user", "Give the outgoing server and the user name the password belongs to",
                              code="required")
    return SavedPecSettings(changes, "keyring" if keychain.store_secret(new_name, password) else "session")


def _required(settings: PecSettings, password: str | None) -> str:
    """The password to use, once every value a connection needs is there (else the missing one, named)."""
    for value, field, what in ((settings.address, "pec_address", "the PEC address e-invoices are sent from"),
                               (settings.user, "pec_user", "the user name of the PEC mailbox"),
                               (settings.smtp_host, "pec_smtp_host", "the outgoing server of the PEC mailbox"),
                               (settings.imap_host, "pec_imap_host", "the incoming server of the PEC mailbox")):
        if not value.strip():
            raise ValidationError(field, f"Give {what}", code="required")
    password = password or keychain.read_secret(password_name(settings.user, settings.smtp_host))
    if not password:
        raise ValidationError("pec_password", f"No password is kept for {settings.user}: enter it in the PEC "
                                              "mailbox settings", code="password_missing", user=settings.user,
                              host=settings.smtp_host)
    return password


def pec_problem() -> ValidationError | None:
    """Why no e-invoice can leave now (the setting it names is missing), or None when the mailbox is set."""
    try:
        _required(pec_settings(), None)
    except ValidationError as problem:
        return problem
    return None


def _smtp(settings: PecSettings, password: str, timeout: float) -> SmtpAccount:
    return SmtpAccount(settings.smtp_host, settings.smtp_port, settings.smtp_security, settings.user, password,
                       timeout)


def _imap(settings: PecSettings, password: str, timeout: float) -> ImapAccount:
    folders = tuple(f.strip() for f in settings.folders.split(",") if f.strip()) or ("INBOX",)
    return ImapAccount(settings.imap_host, settings.imap_port, settings.imap_security, settings.user, password,
                       folders, timeout)


def pec_transport(timeout: float = 30.0) -> SmtpTransport:
    """The outgoing server of the PEC mailbox, for the outbox's PEC messages (it connects when one is due)."""
    settings = pec_settings()
    return SmtpTransport(_smtp(settings, _required(settings, None), timeout))


def pec_imap_account(timeout: float = 20.0) -> ImapAccount:
    """The incoming server of the PEC mailbox, where the SdI's receipts arrive."""
    settings = pec_settings()
    return _imap(settings, _required(settings, None), timeout)


def sender_address() -> str:
    return pec_settings().address


def check_pec_settings(settings: PecSettings, password: str | None = None, timeout: float = 20.0) -> PecCheck:
    """Log in to both servers with these settings (the kept password unless one is given) and open the folders.
    Saves nothing, sends nothing; raises the SendError, ServerError or ValidationError a send or fetch would."""
    password = _required(settings, password)
    smtp = _smtp(settings, password, timeout)
    with SmtpTransport(smtp):
        pass
    account = _imap(settings, password, timeout)
    with ImapMailbox(account) as box:
        folders = tuple((folder, box.open_folder(folder).exists) for folder in account.folders)
    return PecCheck(f"{smtp.host}:{smtp.port}", folders)


def sdi_address() -> str:
    """Where the next e-invoice goes: the address the SdI assigned, or its first one."""
    return pec_settings().sdi_address


def is_sdi_address(address: str) -> bool:
    return bool(SDI_ADDRESS.fullmatch(address.strip()))


def remember_sdi_address(db: Database, sender: str) -> Changes:
    """The SdI's first answer names the address it assigned to this sender: kept, and used from then on. Later
    answers change nothing; a sender that is not one of the SdI's addresses (a PEC provider's) is not taken."""
    if not is_sdi_address(sender) or pec_settings().sdi_assigned:
        return Changes()
    return save_settings(db, {"pec_sdi_address": sender.strip().lower()})
