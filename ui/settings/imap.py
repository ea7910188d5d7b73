"""Settings → incoming mail: the IMAP server, user, password (kept in the system keyring only), folders to read
and the largest attachment kept; "Test connection" logs in and opens the folders without saving anything."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from smallcrm.services.mail.account import (
    ImapSettings,
    SavedImapSettings,
    check_imap_settings,
    imap_settings,
    save_imap_settings,
)
from ui.common.account_form import AccountForm
from ui.common.context import AppContext
from ui.common.server_row import IMAP_PORTS, ServerRow


class ImapSettingsForm(AccountForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Incoming mail (IMAP)"))
        self.server = ServerRow("imap", IMAP_PORTS, self.tr("e.g. imap.example.com"))
        self.host, self.port, self.security = self.server.host, self.server.port, self.server.security
        self.user = QLineEdit(objectName="setting-imap_user", placeholderText=self.tr("usually your e-mail address"))
        self.password.setObjectName("imap-password")
        self.folders = QLineEdit(objectName="setting-imap_folders")
        self.folders.setToolTip(self.tr("Separate folder names with commas, e.g. INBOX, Clienti"))
        self.max_mb = QSpinBox(objectName="setting-attachment_max_mb")
        self.max_mb.setRange(1, 500)
        self.max_mb.setSuffix(" MB")
        self.max_mb.setMaximumWidth(120)
        self.max_mb.setToolTip(self.tr("Larger attachments are left out; the timeline says so"))
        self.fetch_minutes = QSpinBox(objectName="setting-imap_fetch_minutes")
        self.fetch_minutes.setRange(0, 1440)
        self.fetch_minutes.setSuffix(self.tr(" min"))
        self.fetch_minutes.setSpecialValueText(self.tr("only when asked"))
        self.fetch_minutes.setMaximumWidth(160)
        self.copy_sent = QCheckBox(self.tr("Keep a copy of the mail sent from SmallCRM in the Sent folder"),
                                   objectName="setting-imap_copy_sent")
        self.copy_sent.setToolTip(self.tr("So your mail program shows it among your sent mail"))
        self.fetch_minutes.setToolTip(self.tr("New mail is fetched in the background this often while SmallCRM is "
                                              "open; 0: only with the Fetch button"))

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server.with_errors(self.errors))
        form.addRow(self.tr("User name"), self.errors.wrap("imap_user", self.user))
        form.addRow(self.tr("Password"), self.errors.wrap("password", self.password))
        form.addRow(self.tr("Folders to read"), self.errors.wrap("imap_folders", self.folders))
        form.addRow(self.tr("Largest attachment kept"), self.errors.wrap("attachment_max_mb", self.max_mb))
        form.addRow(self.tr("Check for new mail every"), self.errors.wrap("imap_fetch_minutes", self.fetch_minutes))
        form.addRow("", self.copy_sent)

        self._lay_out(form)

    def load(self) -> None:
        current = imap_settings()
        self.server.set_values(current.host, current.port, current.security)
        self.user.setText(current.user)
        self.folders.setText(current.folders)
        self.max_mb.setValue(current.attachment_max_mb)
        self.fetch_minutes.setValue(current.fetch_minutes)
        self.copy_sent.setChecked(current.copy_sent)
        self.show_password_kept(current.has_password)
        self.errors.clear()

    def values(self) -> ImapSettings:
        return ImapSettings(*self.server.values(), self.user.text().strip(), self.folders.text().strip(),
                            self.max_mb.value(), self.fetch_minutes.value(), self.copy_sent.isChecked())

    def store(self, db, values: ImapSettings, password: str | None) -> SavedImapSettings:
        return save_imap_settings(db, values, password)

    def check(self, values: ImapSettings, password: str | None) -> list[tuple[str, int]]:
        return check_imap_settings(values, password)

    def connected(self, folders: list[tuple[str, int]]) -> str:
        return self.tr("Connected. %1").replace("%1", self.folders_text(folders))

    def testing_title(self) -> str:
        return self.tr("Testing the mail connection")
