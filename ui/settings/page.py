"""Settings: our company, VAT rates and products, numbering and defaults, languages, mail out and in, e-invoicing
(the PEC mailbox), data and backups, security, privacy, the team server."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smallcrm.changes import Changes
from ui.common.context import AppContext
from ui.einvoicing.pec_settings import PecSettingsForm
from ui.settings.catalog import CatalogPanel
from ui.settings.company import CompanyForm
from ui.settings.data import DataSettings
from ui.settings.general import GeneralSettings
from ui.settings.imap import ImapSettingsForm
from ui.settings.mail import MailSettings
from ui.settings.privacy import PrivacySettings
from ui.settings.security import SecuritySettings
from ui.settings.team import TeamSettings


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.company = CompanyForm(ctx)
        self.catalog = CatalogPanel(ctx)
        self.general = GeneralSettings(ctx)
        self.data = DataSettings(ctx)
        self.security = SecuritySettings(ctx)
        self.privacy = PrivacySettings(ctx)
        self.team = TeamSettings(ctx)
        self.mail = MailSettings(ctx)
        self.imap = ImapSettingsForm(ctx)
        mail_in = QWidget()
        mail_layout = QVBoxLayout(mail_in)
        self.imap.setMaximumWidth(760)
        mail_layout.addWidget(self.imap)
        mail_layout.addStretch(1)
        self.pec = PecSettingsForm(ctx)
        einvoicing = QWidget()
        einvoicing_layout = QVBoxLayout(einvoicing)
        self.pec.setMaximumWidth(860)
        einvoicing_layout.addWidget(self.pec)
        einvoicing_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.company, self.tr("Company"))
        self.tabs.addTab(self.catalog, self.tr("VAT and products"))
        self.tabs.addTab(self.general, self.tr("Numbering and languages"))
        self.tabs.addTab(self.mail, self.tr("Mail"))
        self.tabs.addTab(mail_in, self.tr("Incoming mail"))
        self.tabs.addTab(einvoicing, self.tr("E-invoicing"))
        self.tabs.addTab(self.data, self.tr("Data and backups"))
        self.tabs.addTab(self.security, self.tr("Security"))
        self.tabs.addTab(self.privacy, self.tr("Privacy"))
        self.tabs.addTab(self.team, self.tr("Team"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.bus.changed.connect(self._changed)
        ctx.bus.replaced.connect(self.reload)

    def _changed(self, changes: Changes) -> None:
        if changes.settings:
            self.general.changed_elsewhere(changes)
            self.privacy.load_periods()

    def reload(self) -> None:
        """The database was replaced (a backup restored): show what the restored one holds."""
        self.company.load()
        self.catalog.load_rates()
        self.catalog.load_products()
        self.general.load()
        self.security.refresh()
        self.privacy.load_periods()
        self.mail.load()
        self.imap.load()
        self.pec.load()
