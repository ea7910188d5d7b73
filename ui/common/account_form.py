"""What the settings of a mail account share (Settings → Incoming mail, the PEC mailbox of Settings →
E-invoicing): a password kept in the system keyring only (its field says whether one is kept), "Test connection"
that logs in without saving anything, "Save" in the background, and a line beside the buttons saying what
happened; a refused value shows under its field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smallcrm.errors import ValidationError
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.field_errors import FieldErrors
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.operations import read_op, write_op


class AccountForm(QGroupBox):
    """A subclass builds its fields, calls ``_lay_out(form)`` and gives ``load()``, ``values()``, ``store(db,
    values, password)`` and ``check(values, password)`` (its services), ``connected(found)`` and
    ``testing_title()``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save"))
        writes(self.save_button)
        set_icon(self.save_button, Icon.SAVE)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(wordWrap=True)

    def _lay_out(self, form: QFormLayout) -> None:
        """The subclass's ``form``, the status line and the buttons under it; then the saved values."""
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.load()

    def show_password_kept(self, kept: bool) -> None:
        """The password field empty, saying whether the keyring holds one (typing replaces it)."""
        self.password.clear()
        self.password.setPlaceholderText(self.tr("kept in the keyring: type to change it") if kept
                                         else self.tr("not set"))

    def folders_text(self, folders: list[tuple[str, int]]) -> str:
        """"INBOX (2 messages), Clienti (0 messages)"."""
        return ", ".join(self.tr("%1 (%2 messages)").replace("%1", name).replace("%2", str(count))
                         for name, count in folders)

    def load(self) -> None:
        raise NotImplementedError

    def values(self) -> Any:
        raise NotImplementedError

    def store(self, db, values: Any, password: str | None) -> Any:
        """The save service; what it returns has ``password_kept``."""
        raise NotImplementedError

    def check(self, values: Any, password: str | None) -> Any:
        """The test service (on a reader thread): logs in, saves nothing."""
        raise NotImplementedError

    def connected(self, found: Any) -> str:
        """What a test that logged in says."""
        raise NotImplementedError

    def testing_title(self) -> str:
        raise NotImplementedError

    def save(self) -> None:
        """Save in the background; a refused value shows under its field."""
        self.status.clear()
        values, password = self.values(), self.password.text() or None
        write_op(self._ctx, lambda db: self.store(db, values, password), parent=self, errors=self.errors,
                 busy=(self.save_button,), on_done=self._saved)

    def _saved(self, saved: Any) -> None:
        self.load()
        self.status.setText(self.tr("Saved. There is no keyring on this computer: the password is kept only until "
                                    "SmallCRM closes.") if saved.password_kept == "session" else self.tr("Saved."))

    def test_connection(self) -> None:
        """Log in with what the form says now (the password typed, else the kept one), in the background."""
        self.errors.clear()
        self.status.setText(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        values, password = self.values(), self.password.text() or None
        read_op(self._ctx, self, "test", lambda: self.check(values, password), self._tested,
                on_error=self._test_failed, title=self.testing_title())

    def _tested(self, found: Any) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(self.connected(found))

    def _test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.status.clear()
        if not (isinstance(error, ValidationError) and self.errors.show(error)):
            self.status.setText(message_for(error))
