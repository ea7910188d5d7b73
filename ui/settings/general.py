"""Settings → Numbering and defaults: invoice series, device suffix, payment terms and method, quote validity, the
default region and country, the owner of new records, backups kept, and the languages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from smallcrm.changes import Changes
from smallcrm.domain import PaymentMeans
from smallcrm.services.admin.settings import get_setting, save_settings
from ui.common.context import AppContext
from ui.common.field_errors import FieldErrors
from ui.common.i18n import LANGUAGES, chosen_language
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.read_only_guard import writes
from ui.operations import write_op


class GeneralSettings(QWidget):
    TEXTS = ("invoice_series", "device_suffix", "default_region", "default_country", "default_owner")
    NUMBERS = ("payment_terms_days", "quote_validity_days", "backups_kept")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {key: QLineEdit(objectName=f"setting-{key}") for key in self.TEXTS}
        self.spins: dict[str, QSpinBox] = {}
        for key, low, high, suffix in (("payment_terms_days", 0, 365, self.tr(" days")),
                                       ("quote_validity_days", 1, 365, self.tr(" days")),
                                       ("backups_kept", 1, 100, "")):
            spin = QSpinBox(objectName=f"setting-{key}")
            spin.setRange(low, high)
            spin.setSuffix(suffix)
            spin.setMaximumWidth(140)
            self.spins[key] = spin
        self.edits["invoice_series"].setPlaceholderText(self.tr("empty: the main series"))
        self.edits["device_suffix"].setPlaceholderText(self.tr("e.g. B on the second laptop"))
        for key in ("default_region", "default_country"):
            self.edits[key].setMaxLength(2)
            self.edits[key].setMaximumWidth(60)
        self.end_of_month = QCheckBox(self.tr("end of month (30 days end of month)"), objectName="setting-eom")
        self.payment_means = QComboBox(objectName="setting-payment_means")
        for means in PaymentMeans:
            self.payment_means.addItem(f"{label(means.value)} ({means.value})", means.value)
        self.example = QLabel()
        self.example.setStyleSheet("color: palette(dark);")
        for key in ("invoice_series", "device_suffix"):
            self.edits[key].textChanged.connect(self._show_example)

        numbering = QGroupBox(self.tr("Numbering and terms"))
        form = QFormLayout(numbering)
        form.addRow(self.tr("Invoice series"), self.errors.wrap("invoice_series", self.edits["invoice_series"]))
        form.addRow(self.tr("This device's suffix"), self.errors.wrap("device_suffix", self.edits["device_suffix"]))
        form.addRow("", self.example)
        form.addRow(self.tr("Payment terms"), self.errors.wrap("payment_terms_days", self.spins["payment_terms_days"]))
        form.addRow("", self.errors.wrap("payment_end_of_month", self.end_of_month))
        form.addRow(self.tr("Payment method"), self.errors.wrap("payment_means", self.payment_means))
        form.addRow(self.tr("Quotes valid for"),
                    self.errors.wrap("quote_validity_days", self.spins["quote_validity_days"]))

        defaults = QGroupBox(self.tr("Defaults"))
        form = QFormLayout(defaults)
        form.addRow(self.tr("Region of phone numbers"),
                    self.errors.wrap("default_region", self.edits["default_region"]))
        form.addRow(self.tr("Country of new contacts"),
                    self.errors.wrap("default_country", self.edits["default_country"]))
        form.addRow(self.tr("Owner of new records"), self.errors.wrap("default_owner", self.edits["default_owner"]))
        form.addRow(self.tr("Automatic backups kept"), self.errors.wrap("backups_kept", self.spins["backups_kept"]))

        languages = QGroupBox(self.tr("Languages"))
        form = QFormLayout(languages)
        self.window_language = QComboBox()
        self.document_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.window_language.addItem(name, code)
            self.document_language.addItem(name, code)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: palette(dark);")
        form.addRow(self.tr("Language of the window"), self.window_language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Language of new documents"), self.document_language)

        self.save_button = QPushButton(self.tr("Save"))
        writes(self.save_button)
        set_icon(self.save_button, Icon.SAVE)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(numbering)
        left.addWidget(defaults)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(languages)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(get_setting(key)))
        for key, spin in self.spins.items():
            spin.setValue(int(get_setting(key)))
        self.end_of_month.setChecked(get_setting("payment_end_of_month"))
        self.payment_means.setCurrentIndex(max(self.payment_means.findData(get_setting("payment_means")), 0))
        self.window_language.setCurrentIndex(max(self.window_language.findData(chosen_language(
            self._ctx.settings)), 0))
        self.document_language.setCurrentIndex(max(self.document_language.findData(get_setting("language")), 0))
        self.language_note.setText(self.tr("A new window language shows the next time SmallCRM starts."))
        self.errors.clear()
        self._show_example()

    def _show_example(self) -> None:
        parts = [p.strip().upper() for p in (self.edits["invoice_series"].text(), self.edits["device_suffix"].text())]
        number = "/".join(["12", "2026", *[p for p in parts if p]])
        self.example.setText(self.tr("Invoices will be numbered like %1").replace("%1", number))

    def _values(self) -> dict[str, object]:
        values: dict[str, object] = {key: edit.text().strip() for key, edit in self.edits.items()}
        values.update({key: spin.value() for key, spin in self.spins.items()})
        values["language"] = self.document_language.currentData()
        values["payment_end_of_month"] = self.end_of_month.isChecked()
        values["payment_means"] = self.payment_means.currentData()
        return values

    def save(self) -> None:
        """Save in the background; a refused value shows under its field, nothing is saved."""
        self.status.clear()
        values, language = self._values(), self.window_language.currentData()
        write_op(self._ctx, lambda db: save_settings(db, values), parent=self, errors=self.errors,
                 busy=(self.save_button,), on_done=lambda _saved: self._saved(language))

    def _saved(self, language: str) -> None:
        if language != chosen_language(self._ctx.settings):
            self._ctx.settings.setValue("language", language)
            self.status.setText(self.tr("Saved. Restart SmallCRM to see it in %1.").replace(
                "%1", LANGUAGES[language]))
        else:
            self.status.setText(self.tr("Saved."))
        self.load()

    def changed_elsewhere(self, changes: Changes) -> None:
        """Payment terms are also saved with the company profile."""
        if changes.settings & set(self.NUMBERS + self.TEXTS + ("language",)):
            for key, spin in self.spins.items():
                spin.setValue(int(get_setting(key)))
