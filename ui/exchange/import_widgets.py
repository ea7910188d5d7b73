"""Small parts of the import dialog: its pages' layout, its wrapped labels, what it says of a file's layout and
groups, and the choice of the text encoding.

A file that does not say its encoding is read in the one found (``services.exchange.import_encodings``), and
a short file defeats any guess ("Iksiński" read as "Iksiñski"): the person picks another, and the preview reads
the file again in it before anything is written.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smallcrm.domain import FileKind
from smallcrm.services.exchange.import_encodings import CODE_PAGES, encoding_key
from smallcrm.services.exchange.imports import ImportSource
from ui.common.theme import mute

ENCODING_NAMES = {
    "utf-8": QT_TRANSLATE_NOOP("EncodingChoice", "Unicode (UTF-8)"),
    "cp1252": QT_TRANSLATE_NOOP("EncodingChoice", "Western European (Windows-1252)"),
    "iso8859-15": QT_TRANSLATE_NOOP("EncodingChoice", "Western European (ISO-8859-15)"),
    "cp1250": QT_TRANSLATE_NOOP("EncodingChoice", "Central European (Windows-1250)"),
    "iso8859-2": QT_TRANSLATE_NOOP("EncodingChoice", "Central European (ISO-8859-2)"),
    "cp1251": QT_TRANSLATE_NOOP("EncodingChoice", "Cyrillic (Windows-1251)"),
    "koi8-r": QT_TRANSLATE_NOOP("EncodingChoice", "Cyrillic (KOI8-R)"),
    "cp1253": QT_TRANSLATE_NOOP("EncodingChoice", "Greek (Windows-1253)"),
    "cp1254": QT_TRANSLATE_NOOP("EncodingChoice", "Turkish (Windows-1254)"),
    "cp1257": QT_TRANSLATE_NOOP("EncodingChoice", "Baltic (Windows-1257)"),
    "cp932": QT_TRANSLATE_NOOP("EncodingChoice", "Japanese (Shift_JIS)"),
    "gb18030": QT_TRANSLATE_NOOP("EncodingChoice", "Chinese, simplified (GB18030)"),
    "big5": QT_TRANSLATE_NOOP("EncodingChoice", "Chinese, traditional (Big5)"),
    "cp949": QT_TRANSLATE_NOOP("EncodingChoice", "Korean (EUC-KR)"),
    "mac-roman": QT_TRANSLATE_NOOP("EncodingChoice", "Western European (Mac Roman)"),
    "utf-16": QT_TRANSLATE_NOOP("EncodingChoice", "Unicode (UTF-16)"),
}


def page(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    """One page of the dialog: the widgets one under the other (the last one taking the room, if said)."""
    body = QWidget()
    layout = QVBoxLayout(body)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and index == len(widgets) - 1 else 0)
    if not stretch_last:
        layout.addStretch(1)
    return body


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def layout_text(source: ImportSource) -> str:
    """What the mapping page says of a table's columns: a layout recognised, remembered, or to check."""
    names = {"smallcrm": QCoreApplication.translate("ImportDialog", "a SmallCRM export"),
             "google": QCoreApplication.translate("ImportDialog", "a Google Contacts export"),
             "outlook": QCoreApplication.translate("ImportDialog", "an Outlook export")}
    layout = source.mapping.layout
    if layout in names:
        text = QCoreApplication.translate("ImportDialog", "Recognised as %1: the columns are already matched.").replace(
            "%1", names[layout])
    elif layout == "remembered":
        text = QCoreApplication.translate(
            "ImportDialog", "These columns were imported before: the fields you chose then are proposed.")
    else:
        text = QCoreApplication.translate(
            "ImportDialog", "Check which field each column goes into; unknown columns are not imported. "
                            "Your choice is remembered for files with the same columns.")
    if source.kind == FileKind.CSV:
        separator = {",": QCoreApplication.translate("ImportDialog", "comma"),
                     ";": QCoreApplication.translate("ImportDialog", "semicolon"),
                     "\t": QCoreApplication.translate("ImportDialog", "tab")}.get(source.delimiter, source.delimiter)
        text += " " + QCoreApplication.translate("ImportDialog", "(Columns separated by %1.)").replace("%1", separator)
    return text


def groups_text(groups: dict[str, tuple[int, int]]) -> str:
    """The contact groups of a vCard file, which are no contacts: each one's name becomes a tag of its members."""
    listed = ", ".join(
        QCoreApplication.translate("ImportDialog", "%1 (%2 members, %3 of them in this file)").replace(
            "%1", name).replace("%2", f"{members:,}").replace("%3", f"{found:,}")
        for name, (members, found) in groups.items())
    return QCoreApplication.translate(
        "ImportDialog", "Contact groups, not imported as contacts (their members in this file get the group's name as "
                        "a tag): %1").replace("%1", listed)


def encoding_name(encoding: str) -> str:
    """An encoding as people know it ("Central European (Windows-1250)"); one not in the list by its own name."""
    key = encoding_key(encoding) if encoding else ""
    return QCoreApplication.translate("EncodingChoice", ENCODING_NAMES[key]) if key in ENCODING_NAMES else encoding


class EncodingChoice(QWidget):
    """ "Text encoding: [Automatic ▾]  read as Central European (Windows-1250)": ``changed`` gives the chosen
    encoding (None: automatic) when the person picks one."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("Automatic"), None)
        for codec in CODE_PAGES:
            self.combo.addItem(encoding_name(codec), codec)
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit(self.chosen()))
        self.found = QLabel()
        mute(self.found)
        label = QLabel(self.tr("Text encoding:"))
        label.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addWidget(self.found, 1)

    def chosen(self) -> str | None:
        return self.combo.currentData()

    def choose(self, encoding: str | None) -> None:
        """Pick an encoding (None: automatic), as the person would."""
        index = self.combo.findData(encoding_key(encoding) if encoding else None)
        self.combo.setCurrentIndex(max(index, 0))

    def reset(self) -> None:
        """Back to automatic for a new file, without reading the old one again."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(0)
        self.combo.blockSignals(False)
        self.found.clear()

    def show_used(self, encoding: str) -> None:
        """Say which encoding automatic found (a chosen one is in the combo already)."""
        self.found.setText(self.tr("found: %1 (if the names look wrong, choose another)").replace(
            "%1", encoding_name(encoding)) if encoding and self.chosen() is None else "")
