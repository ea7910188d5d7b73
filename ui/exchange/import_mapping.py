"""The column mapping of an import: each column of the file, an example of its values, and a combo box with the
field it goes into (or "Not imported")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from smallcrm.services.exchange.import_layouts import FIELDS

FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Person or company"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Full name / company name"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "company": QT_TRANSLATE_NOOP("ImportFields", "Company"),
    "job_title": QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    "role": QT_TRANSLATE_NOOP("ImportFields", "Role at the company"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "web": QT_TRANSLATE_NOOP("ImportFields", "Web site"),
    "street": QT_TRANSLATE_NOOP("ImportFields", "Street"),
    "postal_code": QT_TRANSLATE_NOOP("ImportFields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "City"),
    "province": QT_TRANSLATE_NOOP("ImportFields", "Province"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "vat_number": QT_TRANSLATE_NOOP("ImportFields", "VAT number"),
    "tax_code": QT_TRANSLATE_NOOP("ImportFields", "Tax code"),
    "sdi_code": QT_TRANSLATE_NOOP("ImportFields", "SdI recipient code"),
    "sdi_pec": QT_TRANSLATE_NOOP("ImportFields", "SdI PEC"),
    "stage": QT_TRANSLATE_NOOP("ImportFields", "Stage"),
    "tags": QT_TRANSLATE_NOOP("ImportFields", "Tags"),
    "owner": QT_TRANSLATE_NOOP("ImportFields", "Owner"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Source"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "birthday": QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    "uid": QT_TRANSLATE_NOOP("ImportFields", "Unique ID (vCard UID)"),
    "name_prefix": QT_TRANSLATE_NOOP("ImportFields", "Title (Dr., Mr.)"),
    "middle_name": QT_TRANSLATE_NOOP("ImportFields", "Middle name"),
    "name_suffix": QT_TRANSLATE_NOOP("ImportFields", "Name suffix (Jr.)"),
    "nickname": QT_TRANSLATE_NOOP("ImportFields", "Nickname"),
    "department": QT_TRANSLATE_NOOP("ImportFields", "Department"),
    "anniversary": QT_TRANSLATE_NOOP("ImportFields", "Anniversary"),
    "fax": QT_TRANSLATE_NOOP("ImportFields", "Fax"),
    "phone_type": QT_TRANSLATE_NOOP("ImportFields", "Type of the next phone"),
    "address_type": QT_TRANSLATE_NOOP("ImportFields", "Type of the address (home, work)"),
    "address2_type": QT_TRANSLATE_NOOP("ImportFields", "Second address: type"),
    "address2_street": QT_TRANSLATE_NOOP("ImportFields", "Second address: street"),
    "address2_postal_code": QT_TRANSLATE_NOOP("ImportFields", "Second address: postal code"),
    "address2_city": QT_TRANSLATE_NOOP("ImportFields", "Second address: city"),
    "address2_province": QT_TRANSLATE_NOOP("ImportFields", "Second address: province"),
    "address2_country": QT_TRANSLATE_NOOP("ImportFields", "Second address: country"),
    "im": QT_TRANSLATE_NOOP("ImportFields", "Chat (Skype, Jabber…)"),
    "social": QT_TRANSLATE_NOOP("ImportFields", "Social profile"),
    "im_service": QT_TRANSLATE_NOOP("ImportFields", "Chat service of the next column"),
    "row": QT_TRANSLATE_NOOP("ImportFields", "Whole row"),
    "photo": QT_TRANSLATE_NOOP("ImportFields", "Photo"),
}


def field_label(name: str) -> str:
    text = FIELD_LABELS.get(name)
    return QCoreApplication.translate("ImportFields", text) if text else name


class ImportMapping(QTableWidget):
    """One row per column of the file; ``fields()`` reads the choices back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def set_columns(self, headers: tuple[str, ...], fields: tuple[str | None, ...],
                    sample: tuple[tuple[str, ...], ...]) -> None:
        self.setRowCount(len(headers))
        for row, (header, field) in enumerate(zip(headers, fields, strict=True)):
            examples = [cells[row] for cells in sample if row < len(cells) and cells[row].strip()]
            self.setItem(row, 0, QTableWidgetItem(header or self.tr("(no name)")))
            example = "; ".join(dict.fromkeys(e[:40] for e in examples))[:120]
            self.setItem(row, 1, QTableWidgetItem(example))
            combo = QComboBox()
            combo.addItem(self.tr("Not imported"), None)
            for name in FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)
            self.setCellWidget(row, 2, combo)

    def combo(self, row: int) -> QComboBox:
        return self.cellWidget(row, 2)

    def fields(self) -> list[str | None]:
        return [self.combo(row).currentData() for row in range(self.rowCount())]
