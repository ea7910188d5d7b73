"""At start, the passphrase of an encrypted database whose key is not in the system keyring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from smallcrm.errors import SmallCrmError

ERROR_STYLE = "color: #c62828;"


class PassphraseDialog(QDialog):
    def __init__(self, path: Path | str, wrong: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted database"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("%1 is encrypted. Type its passphrase to open it.").replace("%1", Path(path).name))
        intro.setWordWrap(True)
        intro.setToolTip(str(path))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.error = QLabel(self.tr("That passphrase does not open the database. Try again."))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(wrong)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.passphrase, self.error, self.buttons):
            layout.addWidget(widget)
        if wrong:
            self.passphrase.setStyleSheet("border: 1px solid #c62828; border-radius: 3px; padding: 2px;")

    def _accept(self) -> None:
        if self.passphrase.text():
            self.accept()

    @classmethod
    def ask(cls, path: Path | str, wrong: bool, parent: QWidget | None = None) -> str | None:
        """The typed passphrase, or None when the user gave up."""
        dialog = cls(path, wrong, parent)
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def open_asking_passphrase(open_db: Callable[[str | None], object], path: Path | str,
                           ask: Callable[[Path | str, bool], str | None] | None = None):
    """``open_db(passphrase)``, asking for the passphrase while the database needs one or the typed one is
    wrong. None when the user cancels."""
    ask = ask or PassphraseDialog.ask
    passphrase = None
    while True:
        try:
            return open_db(passphrase)
        except SmallCrmError as exc:
            if exc.code not in ("needs_key", "wrong_key"):
                raise
            passphrase = ask(path, exc.code == "wrong_key")
            if passphrase is None:
                return None
