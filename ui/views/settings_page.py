"""Settings: our company, VAT rates and products, numbering and defaults, languages, incoming mail, data and
backups."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smallcrm.changes import Changes
from ui.context import AppContext
from ui.widgets.settings_catalog import CatalogPanel
from ui.widgets.settings_company import CompanyForm
from ui.widgets.settings_data import DataSettings
from ui.widgets.settings_general import GeneralSettings
from ui.widgets.settings_imap import ImapSettingsForm


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.company = CompanyForm(ctx)
        self.catalog = CatalogPanel(ctx)
        self.general = GeneralSettings(ctx)
        self.data = DataSettings(ctx)
        self.imap = ImapSettingsForm(ctx)
        mail_in = QWidget()
        mail_layout = QVBoxLayout(mail_in)
        self.imap.setMaximumWidth(760)
        mail_layout.addWidget(self.imap)
        mail_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.company, self.tr("Company"))
        self.tabs.addTab(self.catalog, self.tr("VAT and products"))
        self.tabs.addTab(self.general, self.tr("Numbering and languages"))
        self.tabs.addTab(mail_in, self.tr("Incoming mail"))
        self.tabs.addTab(self.data, self.tr("Data and backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.bus.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.settings:
            self.general.changed_elsewhere(changes)
