"""The PEC mailbox e-invoices go to the SdI from (Settings → E-invoicing, and "Set up the PEC mailbox…" on the
e-invoice window): the PEC address, the user and password (kept in the system keyring only), the outgoing and
incoming servers, the folders the SdI's answers are read from, and the SdI address the next file goes to.
"Test connection" logs in to both servers without saving or sending anything."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smallcrm.services.einvoicing.pec_account import (
    PecCheck,
    PecSettings,
    SavedPecSettings,
    check_pec_settings,
    pec_settings,
    save_pec_settings,
)
from ui.common.account_form import AccountForm
from ui.common.context import AppContext
from ui.common.server_row import IMAP_PORTS, SMTP_PORTS, ServerRow


class PecSettingsForm(AccountForm):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("PEC mailbox for e-invoices"))
        self.address = QLineEdit(objectName="setting-pec_address", placeholderText=self.tr("e.g. bottega@pec.it"))
        self.user = QLineEdit(objectName="setting-pec_user", placeholderText=self.tr("usually the PEC address"))
        self.password.setObjectName("pec-password")
        self.smtp = ServerRow("pec_smtp", SMTP_PORTS, self.tr("e.g. smtps.pec.aruba.it"))
        self.imap = ServerRow("pec_imap", IMAP_PORTS, self.tr("e.g. imaps.pec.aruba.it"))
        self.smtp_host, self.smtp_port, self.smtp_security = self.smtp.host, self.smtp.port, self.smtp.security
        self.imap_host, self.imap_port, self.imap_security = self.imap.host, self.imap.port, self.imap.security
        self.folders = QLineEdit(objectName="setting-pec_imap_folders")
        self.folders.setToolTip(self.tr("Separate folder names with commas, e.g. INBOX"))
        self.sdi = QLabel(objectName="pec-sdi-address", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("PEC address"), self.errors.wrap("pec_address", self.address))
        form.addRow(self.tr("User name"), self.errors.wrap("pec_user", self.user))
        form.addRow(self.tr("Password"), self.errors.wrap("pec_password", self.password))
        form.addRow(self.tr("Outgoing server (SMTP)"), self.smtp.with_errors(self.errors))
        form.addRow(self.tr("Incoming server (IMAP)"), self.imap.with_errors(self.errors))
        form.addRow(self.tr("Folders with the SdI's answers"), self.errors.wrap("pec_imap_folders", self.folders))
        form.addRow(self.tr("SdI address"), self.sdi)
        self._lay_out(form)

    def load(self) -> None:
        current = pec_settings()
        self.address.setText(current.address)
        self.user.setText(current.user)
        self.smtp.set_values(current.smtp_host, current.smtp_port, current.smtp_security)
        self.imap.set_values(current.imap_host, current.imap_port, current.imap_security)
        self.folders.setText(current.folders)
        self.show_password_kept(current.has_password)
        self.sdi.setText(self.tr("%1 (assigned by the SdI)").replace("%1", current.sdi_address)
                         if current.sdi_assigned else
                         self.tr("%1 (the SdI's first address: its first answer gives the one kept from then on)")
                         .replace("%1", current.sdi_address))
        self.errors.clear()

    def values(self) -> PecSettings:
        return PecSettings(self.address.text().strip(), self.user.text().strip(), *self.smtp.values(),
                           *self.imap.values(), self.folders.text().strip())

    def store(self, db, values: PecSettings, password: str | None) -> SavedPecSettings:
        return save_pec_settings(db, values, password)

    def check(self, values: PecSettings, password: str | None) -> PecCheck:
        return check_pec_settings(values, password)

    def connected(self, found: PecCheck) -> str:
        return self.tr("Connected: the outgoing server took the login; %1").replace(
            "%1", self.folders_text(found.folders))

    def testing_title(self) -> str:
        return self.tr("Testing the PEC mailbox")


class PecSetupDialog(QDialog):
    """The same form on its own, opened from the e-invoice window."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PEC mailbox for e-invoices"))
        self.form = PecSettingsForm(ctx, self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        self.resize(720, 0)

