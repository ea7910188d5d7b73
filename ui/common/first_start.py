"""First start on a new database: demo data to look around, or a short setup of one's own business before the
first document — the language, our company's name, address, P.IVA or codice fiscale and tax regime, the IBAN
and the logo,
the numbering series and the language of documents. The same data Settings → Company and Settings → Numbering
and languages edit, saved in one write (``set_up_business``) when the wizard finishes; anything left out is
asked for again when a first invoice is issued."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from smallcrm.errors import ValidationError
from smallcrm.services.admin.company import set_up_business
from smallcrm.services.sales.views import CompanyProfile
from ui.common.context import AppContext
from ui.common.field_errors import FieldErrors
from ui.common.i18n import LANGUAGES, install_translators
from ui.operations import write_op
from ui.settings.company_tax import REGIMES

DEMO_CONTACTS = 300
WELCOME, COMPANY, BANK, NUMBERING = range(4)
_NARROW = {"postal_code": 90, "province": 50, "country": 50}


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(dark);")
    return label


class _WelcomePage(QWizardPage):
    """The last page too when the demo is chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.demo: QRadioButton | None = None

    def nextId(self) -> int:
        return -1 if self.demo is not None and self.demo.isChecked() else COMPANY


class _CompanyPage(QWizardPage):
    """Complete once the name, the address and a P.IVA or a codice fiscale are there (what an invoice needs)."""

    def __init__(self, edits: dict[str, QLineEdit]) -> None:
        super().__init__()
        self.edits = edits

    def isComplete(self) -> bool:
        filled = {key for key, edit in self.edits.items() if edit.text().strip()}
        return {"name", "street", "postal_code", "city"} <= filled and bool(filled & {"vat_number", "tax_code"})


class FirstStartWizard(QWizard):
    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.language = ctx, language
        self.relaunch_in = ""  # a window language chosen on the first page: the wizard starts again in it
        self.saved = False  # the setup (or the demo) is written: finishing closes the wizard
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        self.logo = b""
        self.setWindowTitle(self.tr("Welcome to SmallCRM"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setPage(WELCOME, self._welcome())
        self.setPage(COMPANY, self._company())
        self.setPage(BANK, self._bank())
        self.setPage(NUMBERING, self._numbering())
        self.resize(720, 520)

    # -- pages ---------------------------------------------------------------------------------
    def _welcome(self) -> QWizardPage:
        page = _WelcomePage()
        page.setTitle(self.tr("Welcome to SmallCRM"))
        page.setSubTitle(self.tr("Your data stays on this computer, in one file."))
        self.window_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.window_language.addItem(name, code)
        self.window_language.setCurrentIndex(max(self.window_language.findData(self.language), 0))
        self.window_language.setMaximumWidth(240)
        self.window_language.activated.connect(lambda _i: self._language_chosen())
        self.own = QRadioButton(self.tr("My own business: set it up now (a minute), then enter my customers"))
        self.demo = QRadioButton(self.tr("Demo data (an Italian shop with 300 contacts), to look around"))
        self.own.setChecked(True)
        page.demo = self.demo
        self.demo.toggled.connect(page.setFinalPage)  # Next becomes Finish, and back
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.window_language)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("How would you like to start?")))
        layout.addWidget(self.own)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        layout.addWidget(_note(self.tr("Everything asked here can be changed later in Settings.")))
        return page

    def _rows(self, page: QWizardPage, rows: tuple[tuple[str, str], ...]) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, text in rows:
            edit = QLineEdit(objectName=f"first-start-{key}")
            if key in _NARROW:
                edit.setMaximumWidth(_NARROW[key])
            if hasattr(page, "completeChanged"):
                edit.textChanged.connect(page.completeChanged)
            self.edits[key] = edit
            form.addRow(text, self.errors.wrap(key, edit))
        return form

    def _company(self) -> QWizardPage:
        page = _CompanyPage(self.edits)
        page.setTitle(self.tr("Your company"))
        page.setSubTitle(self.tr("As it heads every quote and invoice; an invoice needs the name, the address and "
                                 "a VAT number or a tax code."))
        layout = QVBoxLayout(page)
        layout.addLayout(self._rows(page, (
            ("name", self.tr("Legal name")), ("vat_number", self.tr("VAT number")),
            ("tax_code", self.tr("Tax code")), ("street", self.tr("Street and number")),
            ("postal_code", self.tr("Postal code")), ("city", self.tr("City")), ("province", self.tr("Province")),
            ("country", self.tr("Country")))))
        self.edits["country"].setText("IT")
        self.edits["country"].setMaxLength(2)
        self.regime = QComboBox(objectName="first-start-tax_regime")  # RF01 unless the user is, e.g., forfettario
        for regime, text in REGIMES.items():
            self.regime.addItem(f"{regime.value} – {QCoreApplication.translate('TaxGroup', text)}", regime.value)
        layout.itemAt(0).layout().addRow(self.tr("Tax regime"), self.errors.wrap("tax_regime", self.regime))
        return page

    def _bank(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Payments and logo"))
        page.setSubTitle(self.tr("The IBAN customers pay to by bank transfer (an invoice paid so needs it), and "
                                 "the logo printed on documents."))
        layout = QVBoxLayout(page)
        layout.addLayout(self._rows(page, (("iban", self.tr("IBAN")), ("bic", self.tr("BIC / SWIFT")))))
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setFixedSize(220, 90)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed palette(mid); border-radius: 4px;")
        choose = QPushButton(self.tr("Choose logo…"))
        choose.clicked.connect(self.pick_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Logo")))
        layout.addWidget(self.errors.wrap("logo_png", self._boxed(logo_row)))
        layout.addStretch(1)
        return page

    @staticmethod
    def _boxed(row: QHBoxLayout) -> QWidget:
        box = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        box.setLayout(row)
        return box

    def _numbering(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Numbering and language"))
        page.setSubTitle(self.tr("How invoices are numbered, and the language new documents are written in."))
        layout = QVBoxLayout(page)
        form = self._rows(page, (("invoice_series", self.tr("Invoice series")),))
        self.edits["invoice_series"].setPlaceholderText(self.tr("empty: the main series"))
        self.example = _note("")
        form.addRow("", self.example)
        self.document_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.document_language.addItem(name, code)
        self.document_language.setCurrentIndex(max(self.document_language.findData(self.language), 0))
        form.addRow(self.tr("Language of documents"), self.document_language)
        self.edits["invoice_series"].textChanged.connect(self._show_example)
        self._show_example()
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _show_example(self) -> None:
        from datetime import date

        series = self.edits["invoice_series"].text().strip().upper()
        number = "/".join(part for part in ("1", str(date.today().year), series) if part)
        self.example.setText(self.tr("The first invoice will be number %1").replace("%1", number))

    # -- logo ----------------------------------------------------------------------------------
    def pick_logo(self) -> None:
        from PySide6.QtGui import QPixmap

        from ui.settings.company import CompanyForm, png_bytes

        path = CompanyForm.ask_logo_file(self)
        data = png_bytes(path) if path else None
        if path and data is None:
            self.errors.message("logo_png", self.tr("This file is not an image SmallCRM can read"))
            return
        if data:
            self.logo = data
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            self.logo_preview.setPixmap(pixmap.scaled(212, 82, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))

    # -- finishing -----------------------------------------------------------------------------
    def _language_chosen(self) -> None:
        chosen = self.window_language.currentData()
        if chosen != self.language:
            self.relaunch_in = chosen
            self.done(0)

    def profile(self) -> CompanyProfile:
        values = {key: edit.text().strip() for key, edit in self.edits.items() if key != "invoice_series"}
        return replace(CompanyProfile(), **values, logo_png=self.logo, tax_regime=self.regime.currentData())

    def validateCurrentPage(self) -> bool:
        """On the last page (or the first, for the demo), save and close once saved; a refused value is shown
        under its field, on its page."""
        if self.saved:
            return True  # (QWizard asks again when it closes)
        if self.currentId() not in (NUMBERING, WELCOME) or not self.currentPage().isFinalPage():
            return super().validateCurrentPage()
        self.errors.clear()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        if self.demo.isChecked():
            from smallcrm.demo.parties import generate_demo

            write_op(self.ctx, lambda db: generate_demo(db, contacts=DEMO_CONTACTS, seed=1), parent=self,
                     on_done=lambda _stats: self._finished(), on_error=self._refused)
            return False
        profile, series = self.profile(), self.edits["invoice_series"].text()
        language = self.document_language.currentData()
        write_op(self.ctx, lambda db: set_up_business(db, profile, series, language), parent=self,
                 on_done=lambda _saved: self._finished(), on_error=self._refused)
        return False

    def _finished(self) -> None:
        self.saved = True
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(error, ValidationError):
            page = COMPANY if error.field in ("name", "vat_number", "tax_code", "street", "postal_code", "city",
                                              "province", "country", "tax_regime") else BANK if error.field in (
                "iban", "bic", "logo_png") else NUMBERING
            while self.currentId() > page:
                self.back()
            if self.errors.show(error):
                return
        from ui.common.errors import show_error

        show_error(self, error)

    @classmethod
    def run(cls, ctx: AppContext, language: str) -> str:
        """Show the wizard (again in another language when one is chosen on its first page); the window language
        the user chose."""
        while True:
            wizard = cls(ctx, language)
            wizard.exec()
            if not wizard.relaunch_in:
                return language
            language = wizard.relaunch_in
            app = QApplication.instance()
            if app is not None:
                install_translators(app, language)
