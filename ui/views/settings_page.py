"""Settings: our company, VAT rates and products, numbering and defaults, languages, data and backups."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smallcrm.changes import Changes
from ui.context import AppContext
from ui.widgets.settings_catalog import CatalogPanel
from ui.widgets.settings_company import CompanyForm
from ui.widgets.settings_data import DataSettings
from ui.widgets.settings_general import GeneralSettings
from ui.widgets.settings_mail import MailSettings


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.company = CompanyForm(ctx)
        self.catalog = CatalogPanel(ctx)
        self.general = GeneralSettings(ctx)
        self.data = DataSettings(ctx)
        self.mail = MailSettings(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.company, self.tr("Company"))
        self.tabs.addTab(self.catalog, self.tr("VAT and products"))
        self.tabs.addTab(self.general, self.tr("Numbering and languages"))
        self.tabs.addTab(self.mail, self.tr("Mail"))
        self.tabs.addTab(self.data, self.tr("Data and backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.bus.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.settings:
            self.general.changed_elsewhere(changes)
