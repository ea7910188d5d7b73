"""The IMAP account mail is fetched from: settings in the database, the password in the keyring only."""

from __future__ import annotations

from dataclasses import dataclass

from smallcrm import keychain
from smallcrm.changes import Changes
from smallcrm.db.connection import Database
from smallcrm.domain import MailSecurity
from smallcrm.errors import ValidationError
from smallcrm.mailwire.imap import SECURITY, ImapAccount, ImapMailbox
from smallcrm.services.admin.settings import get_setting, save_settings

IMAP_KEYS = ("imap_host", "imap_port", "imap_security", "imap_user", "imap_folders", "attachment_max_mb",
             "imap_fetch_minutes", "imap_copy_sent")


@dataclass(frozen=True)
class ImapSettings:
    host: str = ""
    port: int = 993
    security: MailSecurity = MailSecurity.SSL
    user: str = ""
    folders: str = "INBOX"
    attachment_max_mb: int = 25
    fetch_minutes: int = 15  # 0: fetched only when asked
    copy_sent: bool = True  # mail sent from SmallCRM is also kept in the account's Sent folder
    has_password: bool = False  # a password is kept (keyring or this session) for this user and host


@dataclass(frozen=True)
class SavedImapSettings:
    changes: Changes
    password_kept: str  # "keyring" | "session" | "unchanged"


def password_name(user: str, host: str) -> str:
    return f"imap:{user}@{host}"


def imap_settings() -> ImapSettings:
    host, user = get_setting("imap_host"), get_setting("imap_user")
    return ImapSettings(host, get_setting("imap_port"), get_setting("imap_security"), user,
                        get_setting("imap_folders"), get_setting("attachment_max_mb"),
                        get_setting("imap_fetch_minutes"), get_setting("imap_copy_sent"),
                        bool(host and user and keychain.read_secret(password_name(user, host))))


def save_imap_settings(db: Database, settings: ImapSettings, password: str | None = None) -> SavedImapSettings:
    """Save the account; a new ``password`` goes to the keyring (or, with none, is kept for this session)."""
    values = dict(zip(IMAP_KEYS, (settings.host, settings.port, settings.security, settings.user, settings.folders,
                                  settings.attachment_max_mb, settings.fetch_minutes, settings.copy_sent),
                      strict=True))
    changes = save_settings(db, values)
    kept = "unchanged"
    if password:
        if not (settings.host.strip() and settings.user.strip()):
            raise ValidationError("imap_user", "Give the server and the user name the password belongs to",
                                  code="required")
        in_keyring = keychain.store_secret(password_name(settings.user.strip(), settings.host.strip()), password)
        kept = "keyring" if in_keyring else "session"
    return SavedImapSettings(changes, kept)


def check_imap_settings(settings: ImapSettings, password: str | None = None, timeout: float = 20.0
                        ) -> list[tuple[str, int]]:
    """Log in with these settings (the kept password unless one is given) and open each folder: (folder, how
    many messages it holds). Saves nothing; raises ServerError or ValidationError as a fetch would."""
    host, user = settings.host.strip(), settings.user.strip()
    if not host:
        raise ValidationError("imap_host", "Give the incoming mail server", code="required")
    if not user:
        raise ValidationError("imap_user", "Give the user name of the mail account", code="required")
    password = password or keychain.read_secret(password_name(user, host))
    if not password:
        raise ValidationError("password", "Give the password of the mail account", code="required")
    if settings.security not in SECURITY:
        raise ValidationError("imap_security", f"One of {', '.join(SECURITY)}", code="choice_invalid")
    folders = tuple(f.strip() for f in settings.folders.split(",") if f.strip()) or ("INBOX",)
    account = ImapAccount(host, settings.port, settings.security, user, password, folders, timeout)
    with ImapMailbox(account) as box:
        return [(folder, box.open_folder(folder).exists) for folder in folders]


def imap_account(timeout: float = 20.0) -> ImapAccount:
    """The account from the settings and the keyring; names the missing field when it cannot be used yet."""
    host, user = get_setting("imap_host"), get_setting("imap_user")
    if not host:
        raise ValidationError("imap_host", "Set the incoming mail server in the settings first", code="required")
    if not user:
        raise ValidationError("imap_user", "Set the user name of the mail account in the settings first",
                              code="required")
    password = keychain.read_secret(password_name(user, host))
    if not password:
        raise ValidationError("password", f"No password is kept for {user} on {host}: enter it in the settings",
                              code="password_missing", user=user, host=host)
    folders = tuple(f.strip() for f in get_setting("imap_folders").split(",") if f.strip()) or ("INBOX",)
    return ImapAccount(host, get_setting("imap_port"), get_setting("imap_security"), user, password, folders,
                       timeout)
