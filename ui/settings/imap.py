"""Settings → incoming mail: the IMAP server, user, password (kept in the system keyring only), folders to read
and the largest attachment kept; "Test connection" logs in and opens the folders without saving anything."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import ValidationError
from smallcrm.services.mail.account import (
    ImapSettings,
    SavedImapSettings,
    check_imap_settings,
    imap_settings,
    save_imap_settings,
)
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.field_errors import FieldErrors
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.common.server_row import IMAP_PORTS, ServerRow
from ui.operations import read_op, write_op


class ImapSettingsForm(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Incoming mail (IMAP)"))
        self._ctx = ctx
        self.errors = FieldErrors()
        self.server = ServerRow("imap", IMAP_PORTS, self.tr("e.g. imap.example.com"))
        self.host, self.port, self.security = self.server.host, self.server.port, self.server.security
        self.user = QLineEdit(objectName="setting-imap_user", placeholderText=self.tr("usually your e-mail address"))
        self.password = QLineEdit(objectName="imap-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
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

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save"))
        writes(self.save_button)
        set_icon(self.save_button, Icon.SAVE)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        current = imap_settings()
        self.server.set_values(current.host, current.port, current.security)
        self.user.setText(current.user)
        self.folders.setText(current.folders)
        self.max_mb.setValue(current.attachment_max_mb)
        self.fetch_minutes.setValue(current.fetch_minutes)
        self.copy_sent.setChecked(current.copy_sent)
        self.password.clear()
        self.password.setPlaceholderText(self.tr("kept in the keyring: type to change it") if current.has_password
                                         else self.tr("not set"))
        self.errors.clear()

    def values(self) -> ImapSettings:
        return ImapSettings(*self.server.values(), self.user.text().strip(), self.folders.text().strip(),
                            self.max_mb.value(), self.fetch_minutes.value(), self.copy_sent.isChecked())

    def save(self) -> None:
        """Save in the background; a refused value shows under its field."""
        self.status.clear()
        values, password = self.values(), self.password.text() or None
        write_op(self._ctx, lambda db: save_imap_settings(db, values, password), parent=self, errors=self.errors,
                 busy=(self.save_button,), on_done=self._saved)

    def _saved(self, saved: SavedImapSettings) -> None:
        if saved.password_kept == "session":
            self.status.setText(self.tr("Saved. There is no keyring on this computer: the password is kept only "
                                        "until SmallCRM closes."))
        else:
            self.status.setText(self.tr("Saved."))
        self.load()

    def test_connection(self) -> None:
        self.errors.clear()
        self.status.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        settings, password = self.values(), self.password.text() or None

        def done(folders: list[tuple[str, int]]) -> None:
            self.test_button.setEnabled(True)
            listed = ", ".join(self.tr("%1 (%2 messages)").replace("%1", name).replace("%2", str(count))
                               for name, count in folders)
            self.status.setText(self.tr("Connected. %1").replace("%1", listed))

        def failed(error: Exception) -> None:
            self.test_button.setEnabled(True)
            self.status.clear()
            if not (isinstance(error, ValidationError) and self.errors.show(error)):
                self.status.setText(message_for(error))

        read_op(self._ctx, self, "test", lambda: check_imap_settings(settings, password), done, on_error=failed,
                title=self.tr("Testing the mail connection"))

