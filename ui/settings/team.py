"""Settings → Team: sign this laptop in to the team's server (its address, the user, the password) or out of it.
Signed in, the laptop keeps working offline and syncs in the background; signed out, it works alone."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smallcrm.changes import Changes
from smallcrm.errors import ValidationError
from smallcrm.sync import client
from smallcrm.sync.state import SyncState, team_status
from ui.common.context import AppContext
from ui.common.field_errors import FieldErrors
from ui.operations import read_op, write_op
from ui.settings.security import NOTE_STYLE


class TeamSettings(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-weight: bold;")
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("e.g. https://crm.example.it"))
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FieldErrors()
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.status = QLabel()
        self.status.setWordWrap(True)

        box = QGroupBox(self.tr("Team server"))
        layout = QVBoxLayout(box)
        explain = QLabel(self.tr("With a team server, every laptop of the shop shares the customers, quotes, "
                                 "invoices and payments, and keeps working offline: changes are sent when the "
                                 "server can be reached. A laptop used alone needs none of this."))
        explain.setWordWrap(True)
        explain.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.state_label)
        layout.addWidget(explain)
        form = self.form = QFormLayout()
        form.addRow(self.tr("Server address"), self.errors.wrap("server_url", self.url))
        form.addRow(self.tr("User"), self.errors.wrap("user", self.user))
        self.password_row = self.errors.wrap("password", self.password)
        form.addRow(self.tr("Password"), self.password_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        box.setMaximumWidth(760)
        outer = QVBoxLayout(self)
        outer.addWidget(box)
        outer.addStretch(1)
        self.load()

    def load(self) -> None:
        read_op(self._ctx, self, "team", team_status, self._show)

    def _show(self, state: SyncState) -> None:
        signed = state.team
        if signed:
            self.state_label.setText(self.tr("Signed in to %1 as %2 (%3). This laptop's documents are numbered "
                                             "with /%4.").replace("%1", state.server_url)
                                     .replace("%2", state.user_name).replace("%3", self.role_name(state.role))
                                     .replace("%4", state.device_suffix))
            self.url.setText(state.server_url)
            self.user.setText(state.user_name)
        else:
            self.state_label.setText(self.tr("This laptop works alone."))
        for widget in (self.url, self.user, self.password, self.sign_in_button):
            widget.setEnabled(not signed)
        self.form.setRowVisible(self.password_row, not signed)
        self.sign_out_button.setEnabled(signed)

    def role_name(self, role: str) -> str:
        names = {"owner": self.tr("owner"), "sales": self.tr("sales"), "accountant": self.tr("accountant")}
        return names.get(role, role)

    def sign_in(self) -> None:
        url, user, password = self.url.text().strip(), self.user.text().strip(), self.password.text()

        def body(db) -> tuple[SyncState, Changes]:
            return client.sign_in(db, url, user, password), Changes(settings={"device_suffix"})

        self.status.setText(self.tr("Signing in…"))
        self.errors.clear()
        write_op(self._ctx, body, parent=self, busy=(self.sign_in_button,), on_done=self._signed_in,
                 on_error=self._failed, title=self.tr("Signing in to the team server"))

    def _signed_in(self, state: SyncState) -> None:
        self.password.clear()
        self.status.setText(self.tr("Signed in: the first sync starts now."))
        self._show(state)
        window = self.window()
        sync_status = getattr(window, "sync_status", None)
        if sync_status is not None:
            sync_status.sync_now(signed_in=True)

    def _failed(self, error: Exception) -> None:
        """Under its field when it names one (a wrong password, too many tries), else in the status line; either
        way "Signing in…" goes."""
        from ui.common.errors import message_for

        if isinstance(error, ValidationError) and self.errors.show(error):
            self.status.clear()
            return
        self.status.setText(message_for(error))

    def sign_out(self) -> None:
        def body(db) -> Changes:
            client.sign_out(db)
            return Changes(settings={"device_suffix"})

        write_op(self._ctx, body, parent=self, busy=(self.sign_out_button,), on_done=lambda _none: self.load(),
                 title=self.tr("Signing out of the team server"))
        self.status.setText(self.tr("Signed out: this laptop works alone; changes not sent yet are kept."))
