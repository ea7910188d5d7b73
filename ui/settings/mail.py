"""Settings → Mail: the sender, the outgoing server (SMTP) with its password in the system keyring, a test mail,
and the texts of the mails that carry quotes and invoices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
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

from smallcrm.services.admin.settings import get_setting
from smallcrm.services.mail import outgoing as mail_out
from ui.common.context import AppContext
from ui.common.field_errors import FieldErrors
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.common.server_row import SMTP_PORTS, ServerRow
from ui.mail.texts import mail_error
from ui.operations import read_op, write_op
from ui.settings.mail_templates import MailTemplates


class MailSettings(QWidget):
    TEXTS = ("mail_sender_name", "mail_sender_address", "smtp_host", "smtp_user")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors()
        self.server = ServerRow("smtp", SMTP_PORTS, "smtp.example.com")
        self.port, self.security = self.server.port, self.server.security
        self.edits = {key: self.server.host if key == "smtp_host" else QLineEdit(objectName=f"setting-{key}")
                      for key in self.TEXTS}
        self.edits["mail_sender_name"].setPlaceholderText(self.tr("e.g. Anna Bianchi – Bottega Bianchi"))
        self.edits["mail_sender_address"].setPlaceholderText("anna@bottega.it")
        self.password = QLineEdit(objectName="setting-smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.timeout = QSpinBox(objectName="setting-smtp_timeout_seconds", maximumWidth=110)
        self.timeout.setRange(3, 300)
        self.timeout.setSuffix(self.tr(" s"))
        self.keyring_note = QLabel(wordWrap=True)
        self.keyring_note.setStyleSheet("color: palette(placeholder-text);")

        sender = QGroupBox(self.tr("Sender"))
        form = QFormLayout(sender)
        form.addRow(self.tr("Name"), self.errors.wrap("mail_sender_name", self.edits["mail_sender_name"]))
        form.addRow(self.tr("E-mail address"),
                    self.errors.wrap("mail_sender_address", self.edits["mail_sender_address"]))
        server = QGroupBox(self.tr("Outgoing mail server (SMTP)"))
        form = QFormLayout(server)
        form.addRow(self.tr("Server"), self.server.with_errors(self.errors))
        form.addRow(self.tr("User name"), self.errors.wrap("smtp_user", self.edits["smtp_user"]))
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Wait for the server"), self.errors.wrap("smtp_timeout_seconds", self.timeout))

        self.follow_up = QSpinBox(objectName="setting-follow_up_after_days", maximumWidth=110)
        self.expiring = QSpinBox(objectName="setting-expiring_within_days", maximumWidth=110)
        for spin in (self.follow_up, self.expiring):
            spin.setRange(1, 90)
            spin.setSuffix(self.tr(" days"))
        reminders = QGroupBox(self.tr("Reminders"))
        form = QFormLayout(reminders)
        form.addRow(self.tr("Suggest a call back after"),
                    self.errors.wrap("follow_up_after_days", self.follow_up))
        form.addRow(self.tr("List quotes expiring within"),
                    self.errors.wrap("expiring_within_days", self.expiring))

        self.templates = MailTemplates()
        self.save_button = QPushButton(self.tr("Save"))
        writes(self.save_button)
        set_icon(self.save_button, Icon.SAVE)
        self.save_button.setDefault(True)
        self.test_button = QPushButton(self.tr("Send test mail"))
        set_icon(self.test_button, Icon.SEND)
        self.test_button.setToolTip(self.tr("Saves, then sends a short mail to the sender's address"))
        self.save_button.clicked.connect(lambda: self.save())  # not its "checked" flag as save(then=...)
        self.test_button.clicked.connect(self.send_test)
        self.status = QLabel(wordWrap=True, objectName="mail-settings-status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(sender)
        left.addWidget(server)
        left.addWidget(reminders)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.templates, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(get_setting(key)))
        self.server.set_values(get_setting("smtp_host"), int(get_setting("smtp_port")), get_setting("smtp_security"))
        self.timeout.setValue(int(get_setting("smtp_timeout_seconds")))
        self.follow_up.setValue(int(get_setting("follow_up_after_days")))
        self.expiring.setValue(int(get_setting("expiring_within_days")))
        self.password.clear()
        stored = mail_out.has_smtp_password()
        self.password.setPlaceholderText(self.tr("kept in the system keyring") if stored else
                                         self.tr("the password of the mail account"))
        self.keyring_note.setText("" if mail_out.password_persists() else self.tr(
            "No system keyring here: the password is kept until SmallCRM closes, never in the database."))
        self.keyring_note.setVisible(bool(self.keyring_note.text()))
        self.templates.load(get_setting("mail_templates"), get_setting("language"))
        self.errors.clear()

    def values(self) -> dict:
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        _host, port, security = self.server.values()  # the host is among the edits
        values.update(smtp_port=port, smtp_security=security,
                      smtp_timeout_seconds=self.timeout.value(), mail_templates=self.templates.overrides(),
                      follow_up_after_days=self.follow_up.value(), expiring_within_days=self.expiring.value())
        return values

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Save in the background (a mistake shows under its field or under the mail texts); ``then`` runs once
        the settings are saved."""
        self.errors.clear()
        self.status.clear()
        self.status.setStyleSheet("")
        values, password = self.values(), self.password.text() or None

        def saved(persisted: bool) -> None:
            self.load()
            said = (self.tr("Saved.") if persisted or password is None else
                    self.tr("Saved. The password is kept for this session only: no system keyring here."))
            self.status.setText(said)
            if then is not None:
                then()

        write_op(self._ctx, lambda db: mail_out.save_mail_settings(db, values, password), parent=self,
                 errors=lambda error: self.errors.show(error) or self.templates.show_error(error),
                 busy=(self.save_button, self.test_button), on_done=saved)

    def send_test(self) -> None:
        """Save, then send a short mail to the sender's address."""
        self.save(then=self._send_test)

    def _send_test(self) -> None:
        self.status.setText(self.tr("Sending a test mail…"))
        self.test_button.setEnabled(False)
        read_op(self._ctx, self, "test", mail_out.send_test_mail, self._tested, on_error=self._test_failed,
                title=self.tr("Test mail"))

    def _tested(self, address: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(self.tr("Test mail sent to %1: the settings work.").replace("%1", address))

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(mail_error(error))
