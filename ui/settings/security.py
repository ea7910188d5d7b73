"""Settings → Security: encrypt the database (and its backups) so that a stolen laptop does not give the
customers' data away, or turn it back into a plain file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import ValidationError
from smallcrm.services.admin.security import (
    ConversionResult,
    SecurityStatus,
    decrypt_database,
    encrypt_database,
    security_status,
)
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.field_errors import FieldErrors
from ui.common.read_only_guard import writes
from ui.operations import WriteCall, read_op, write_op

NOTE_STYLE = "color: palette(dark);"
WARN_STYLE = "color: #8a5a00;"


class SecuritySettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: bold;")
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(WARN_STYLE)
        self.use_keyring = QRadioButton(self.tr("A random key kept in the system keyring (nothing to type)"))
        self.use_passphrase = QRadioButton(self.tr("A passphrase (asked at start where the keyring does not "
                                                   "have the key; it also opens the file on another computer)"))
        self.passphrase = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FieldErrors()
        self.passphrase_box = QWidget()
        form = QFormLayout(self.passphrase_box)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Passphrase"), self.errors.wrap("passphrase", self.passphrase))
        form.addRow(self.tr("Repeat it"), self.errors.wrap("repeat", self.repeat))
        self.encrypt_button = QPushButton(self.tr("Encrypt the database"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.decrypt_button = QPushButton(self.tr("Decrypt the database"))
        writes(self.encrypt_button, self.decrypt_button)
        self.decrypt_button.clicked.connect(self.decrypt)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.use_keyring.toggled.connect(self._mode_changed)
        self.use_passphrase.toggled.connect(self._mode_changed)

        box = QGroupBox(self.tr("Encryption at rest"))
        layout = QVBoxLayout(box)
        explain = QLabel(self.tr("Encrypted, the database file and its backups cannot be read without the key: "
                                 "if this computer is stolen, the customers' data does not go with it."))
        explain.setWordWrap(True)
        explain.setStyleSheet(NOTE_STYLE)
        for widget in (self.state, explain, self.keyring_note, self.use_keyring, self.use_passphrase):
            layout.addWidget(widget)
        layout.addWidget(self.passphrase_box)
        buttons = QHBoxLayout()
        for widget in (self.encrypt_button, self.decrypt_button, self.progress):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.addWidget(box)
        outer.addStretch(1)
        self.encrypt_button.setEnabled(False)  # until the status says what can be done
        self.decrypt_button.setEnabled(False)
        self.refresh()

    def refresh(self) -> None:
        """Ask for the database's state in the background (the keyring may take a while to answer)."""
        read_op(self._ctx, self, "status", lambda db: security_status(db), self._show_status)

    def _show_status(self, status: SecurityStatus) -> None:
        if not status.available:
            self.state.setText(self.tr("Encryption is not available on this computer: the SQLCipher library "
                                       "(the sqlcipher3-binary package) is not installed."))
            self.state.setToolTip(status.unavailable_reason)
        elif status.encrypted and status.key_in_keyring:
            self.state.setText(self.tr("The database is encrypted; its key is kept in the system keyring."))
        elif status.encrypted:
            self.state.setText(self.tr("The database is encrypted; its passphrase is asked at each start."))
        else:
            self.state.setText(self.tr("The database is not encrypted: anyone who copies the file can read it."))
        self.keyring_note.setText(self.tr("There is no system keyring on this computer: an encrypted database "
                                          "needs a passphrase, asked each time SmallCRM starts."))
        self.keyring_note.setVisible(status.available and not status.keyring and not status.encrypted)
        can_encrypt = status.available and not status.encrypted
        self.use_keyring.setEnabled(can_encrypt and status.keyring)
        self.use_keyring.setVisible(not status.encrypted)
        self.use_passphrase.setVisible(not status.encrypted)
        if not status.keyring:
            self.use_passphrase.setChecked(True)
        elif not self.use_passphrase.isChecked():
            self.use_keyring.setChecked(True)
        self.encrypt_button.setVisible(not status.encrypted)
        self.encrypt_button.setEnabled(can_encrypt)
        self.decrypt_button.setVisible(status.encrypted)
        self.decrypt_button.setEnabled(status.encrypted)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.passphrase_box.setVisible(self.use_passphrase.isChecked() and not self.encrypt_button.isHidden())
        self.passphrase_box.setEnabled(self.encrypt_button.isEnabled())

    # -- actions -------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.window().setEnabled(not busy)  # no click may reach the database while its file is replaced
        self.encrypt_button.setEnabled(not busy)
        self.decrypt_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)

    def encrypt(self) -> None:
        self.errors.clear()
        passphrase = None
        if self.use_passphrase.isChecked():
            passphrase = self.passphrase.text()
            if passphrase != self.repeat.text():
                self.errors.message("repeat", self.tr("The two passphrases differ"))
                return
        if not self.confirm(self, self.tr("Encrypt the database and its backups now? SmallCRM pauses its work "
                                          "while it converts them.")):
            return
        self._run(lambda db, control: encrypt_database(db, passphrase, control.report_only),
                  self.tr("Encrypting the database"))

    def decrypt(self) -> None:
        if not self.confirm(self, self.tr("Store the database and its backups unencrypted again? Anyone who "
                                          "copies the files can then read them.")):
            return
        self._run(lambda db, control: decrypt_database(db, control.report_only), self.tr("Decrypting the database"))

    def _run(self, call: WriteCall, title: str) -> None:
        """Convert the file on the write worker, once the other jobs ended and this thread let go of it."""
        self._busy(True)
        self.status.setText(title + "…")
        write_op(self._ctx, call, parent=self, replaces_file=True, on_done=self._done, on_error=self._failed,
                 title=title, on_progress=self._progress, on_cancel=lambda: self._busy(False))

    def _progress(self, done: int, total: int, _what: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _done(self, result: ConversionResult) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.repeat.clear()
        if result.encrypted and result.key_saved:
            text = self.tr("Done: the database and %n backup(s) are encrypted.", "", result.backups_converted)
        elif result.encrypted:
            text = self.tr("Done: the database and %n backup(s) are encrypted. There is no system keyring "
                           "here: SmallCRM will ask for the passphrase at each start.", "", result.backups_converted)
        else:
            text = self.tr("Done: the database and %n backup(s) are plain files again.", "",
                           result.backups_converted)
        if result.backups_failed:
            text += " " + self.tr("%n damaged backup(s) could not be converted and were left as they were.", "",
                                  len(result.backups_failed))
        self.status.setText(text)
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        self.status.setText(message_for(error))
        self.refresh()

    @classmethod
    def confirm(cls, parent: QWidget, text: str) -> bool:
        """Ask before converting (tests replace this)."""
        title = QCoreApplication.translate("SecuritySettings", "Encryption")
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes
