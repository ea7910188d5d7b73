"""Settings → Company: our name, address, tax numbers, bank details and logo, as they head every document."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import ValidationError
from smallcrm.images import MAX_PIXELS
from smallcrm.services.admin.company import get_company_profile, update_company_profile
from smallcrm.services.admin.tax_profile import TaxProfile, get_tax_profile, update_tax_profile
from smallcrm.services.sales.views import CompanyProfile
from ui.common.context import AppContext
from ui.common.field_errors import FieldErrors
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.operations import write_op
from ui.settings.company_registry import RegistryGroup
from ui.settings.company_tax import TaxGroup

LOGO_MAX = 800  # pixels: a bigger logo is scaled down before it is stored
LOGO_FILE_MAX = 20 * 1024 * 1024  # a photo straight from a camera still fits
PREVIEW = (220, 90)


def png_bytes(path: str | Path) -> bytes | None:
    """The image at ``path`` as PNG bytes (any format Qt reads; large ones scaled down); None if unreadable, or
    too large to decode safely: the file's size and the pixel count its header declares are checked before any
    decoding (a small file can declare billions of pixels)."""
    try:
        if Path(path).stat().st_size > LOGO_FILE_MAX:
            return None
    except OSError:
        return None
    reader = QImageReader(str(path))
    declared = reader.size()
    if not declared.isValid() or declared.width() * declared.height() > MAX_PIXELS:
        return None
    image = reader.read()
    if image.isNull():
        return None
    if max(image.width(), image.height()) > LOGO_MAX:
        image = image.scaled(LOGO_MAX, LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class CompanyForm(QScrollArea):
    saved = Signal()  # the profile was saved
    # group title, then (field of CompanyProfile, label) in the group
    GROUPS = (
        (QT_TRANSLATE_NOOP("CompanyForm", "Company"), (
            ("name", QT_TRANSLATE_NOOP("CompanyForm", "Legal name")),
            ("vat_number", QT_TRANSLATE_NOOP("CompanyForm", "VAT number")),
            ("tax_code", QT_TRANSLATE_NOOP("CompanyForm", "Tax code")))),
        (QT_TRANSLATE_NOOP("CompanyForm", "Address"), (
            ("street", QT_TRANSLATE_NOOP("CompanyForm", "Street and number")),
            ("postal_code", QT_TRANSLATE_NOOP("CompanyForm", "Postal code")),
            ("city", QT_TRANSLATE_NOOP("CompanyForm", "City")),
            ("province", QT_TRANSLATE_NOOP("CompanyForm", "Province")),
            ("country", QT_TRANSLATE_NOOP("CompanyForm", "Country")))),
        (QT_TRANSLATE_NOOP("CompanyForm", "Bank, for payments"), (
            ("iban", QT_TRANSLATE_NOOP("CompanyForm", "IBAN")),
            ("bic", QT_TRANSLATE_NOOP("CompanyForm", "BIC / SWIFT")))),
        (QT_TRANSLATE_NOOP("CompanyForm", "Contacts shown on documents"), (
            ("email", QT_TRANSLATE_NOOP("CompanyForm", "E-mail")),
            ("phone", QT_TRANSLATE_NOOP("CompanyForm", "Phone")),
            ("website", QT_TRANSLATE_NOOP("CompanyForm", "Web site")))),
    )
    NARROW: ClassVar[dict[str, int]] = {"postal_code": 90, "province": 60, "country": 60}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._profile = CompanyProfile()
        self._tax = TaxProfile()
        self._logo = b""
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        boxes = []
        for title, fields in self.GROUPS:
            box = QGroupBox(QCoreApplication.translate("CompanyForm", title))
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, text in fields:
                edit = QLineEdit(objectName=f"company-{key}")
                if key in self.NARROW:
                    edit.setMaximumWidth(self.NARROW[key])
                self.edits[key] = edit
                form.addRow(QCoreApplication.translate("CompanyForm", text), self.errors.wrap(key, edit))
            boxes.append(box)
        self.edits["country"].setMaxLength(2)

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(*PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed palette(mid); border-radius: 4px;")
        self.choose_logo = QPushButton(self.tr("Choose logo…"))
        self.remove_logo = QPushButton(self.tr("Remove logo"))
        self.choose_logo.clicked.connect(self.pick_logo)
        self.remove_logo.clicked.connect(lambda: self.set_logo(b""))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)

        self.save_button = QPushButton(self.tr("Save company profile"))
        writes(self.save_button, self.choose_logo, self.remove_logo)
        set_icon(self.save_button, Icon.SAVE)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        logo_group = QGroupBox(self.tr("Logo"))
        QVBoxLayout(logo_group).addWidget(self.errors.wrap("logo_png", logo_box))
        self.tax = TaxGroup(self.errors)
        self.registry = RegistryGroup(self.errors)
        left, right = QVBoxLayout(), QVBoxLayout()
        for layout_, widgets in ((left, [*boxes[:2], self.tax]), (right, [*boxes[2:], self.registry, logo_group])):
            for widget in widgets:
                layout_.addWidget(widget)
            layout_.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        page = QWidget()
        page.setMaximumWidth(1100)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("These details head every quote and invoice."))
        intro.setStyleSheet("color: palette(dark);")
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        for edit in self.edits.values():
            edit.textEdited.connect(lambda _: self.status.clear())
        self.load()

    # -- loading and saving --------------------------------------------------------------------
    def load(self) -> None:
        self._profile, self._tax = get_company_profile(), get_tax_profile()
        for key, edit in self.edits.items():
            edit.setText(getattr(self._profile, key))
        self.tax.load(self._profile, self._tax)
        self.registry.load(self._profile)
        self.set_logo(self._profile.logo_png)
        self.errors.clear()

    def profile(self) -> CompanyProfile:
        """What the form holds, over the saved profile (payment terms, currency, language stay)."""
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        return self.registry.company_values(self.tax.company_values(replace(self._profile, **values,
                                                                            logo_png=self._logo)))

    def save(self) -> None:
        """Save in the background (the profile and the tax settings, one transaction); a refused value shows
        under its field, in the clearer words of ``_explain``."""
        self.errors.clear()
        self.status.clear()
        profile, tax = self.profile(), self.tax.tax_profile(self._tax)

        def body(db):
            with db.atomic():
                saved, changes = update_company_profile(db, profile)
                saved_tax, more = update_tax_profile(db, tax)
            changes.merge(more)
            return (saved, saved_tax), changes

        write_op(self._ctx, body, parent=self, errors=self._under_field, busy=(self.save_button,),
                 on_done=self._saved)

    def _under_field(self, error: ValidationError) -> bool:
        if not self.errors.show(error):
            return False
        self._explain(error)
        return True

    def _saved(self, saved: tuple[CompanyProfile, TaxProfile]) -> None:
        self._profile, self._tax = saved
        saved = self._profile
        for key, edit in self.edits.items():  # as the service normalised them (IT prefix, upper case...)
            edit.setText(getattr(saved, key))
        self.registry.load(saved)
        self.status.setText(self.tr("Saved."))
        self.saved.emit()

    def _explain(self, error: ValidationError) -> None:
        """A clearer line than the generic "not a valid number" for the bank and tax fields."""
        texts = {
            "iban": self.tr("Not a valid IBAN: check the letters and digits"),
            "bic": self.tr("Not a valid BIC: 8 or 11 letters and digits"),
            "vat_number": self.tr("Not a valid VAT number: check the digits"),
            "tax_code": self.tr("Not a valid tax code"),
            "logo_png": self.tr("The logo must be an image"),
        }
        if error.field in texts:
            self.errors.label(error.field).setText(texts[error.field])

    # -- logo ----------------------------------------------------------------------------------
    @classmethod
    def ask_logo_file(cls, parent: QWidget | None = None) -> str | None:
        """The image file the user picks, or None (tests replace this)."""
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("CompanyForm", "Choose the company logo"), "",
            QCoreApplication.translate("CompanyForm", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"))
        return path or None

    def pick_logo(self) -> None:
        path = self.ask_logo_file(self)
        if not path:
            return
        data = png_bytes(path)
        if data is None:
            self.errors.message("logo_png", self.tr("This file is not an image SmallCRM can read"))
            return
        self.errors.clear()
        self.set_logo(data)
        self.status.setText(self.tr("New logo chosen: save to keep it."))

    def set_logo(self, data: bytes) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(PREVIEW[0] - 8, PREVIEW[1] - 8,
                                                      Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(bool(data))


class CompanyDialog(QDialog):
    """Settings → Company over another window: the same form, to fill in what an invoice lacks on the spot; it
    closes once the profile is saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, focus: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Our company"))
        self.form = CompanyForm(ctx, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(close)
        self.form.saved.connect(self.accept)
        self.resize(1000, 620)
        fields = {**self.form.edits, "tax_regime": self.form.tax.regime}  # the regime is chosen, not typed
        if focus in fields:
            fields[focus].setFocus()

    @classmethod
    def edit(cls, ctx: AppContext, parent: QWidget | None = None, focus: str = "") -> bool:
        """Show the form with the cursor in ``focus``; True once the profile was saved (tests replace this)."""
        return cls(ctx, parent, focus).exec() == QDialog.DialogCode.Accepted
