"""The main window's keys that act on the page on screen: Ctrl+N makes a new record of the page's kind, Ctrl+F
goes to the page's filter; and Help → Keyboard shortcuts, the list of every key the window answers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import PartyKind

CONTEXT = "KeyboardShortcuts"
SHORTCUTS = (  # (keys, what they do): what Help → Keyboard shortcuts lists
    ("Ctrl+K", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Search everything (contacts, companies, documents)")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("KeyboardShortcuts", "New record of the page's kind (contact, company, task, "
                                                      "deal, quote)")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Go to the page's filter")),
    ("Enter", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Open the selected row")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Go to a section of the sidebar")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Log a call (on a contact's page)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Export")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Save the quote or invoice being edited")),
    ("Esc, Ctrl+W", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Close the quote or invoice window")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Save a form (contact, task, call)")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("KeyboardShortcuts", "Quit")),
)


def new_record(window, key: str, page: QWidget) -> bool:
    """Ctrl+N on the page ``key``: what its New button does (False when the page makes no records)."""
    if key in ("contacts", "companies"):
        window.new_party(PartyKind.PERSON if key == "contacts" else PartyKind.COMPANY)
        return True
    button = getattr(page, "new_button", None)
    if isinstance(button, QPushButton) and button.isEnabled():
        button.click()
        return True
    return False


def focus_filter(page: QWidget) -> bool:
    """Ctrl+F: the page's filter field (its ``search``, else the first visible line edit), all selected."""
    field = getattr(page, "search", None)
    if not isinstance(field, QLineEdit):
        field = next((edit for edit in page.findChildren(QLineEdit) if edit.isVisible() and not edit.isReadOnly()),
                     None)
    if field is None:
        return False
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    field.selectAll()
    return True


def install_page_keys(window) -> None:
    """Ctrl+N and Ctrl+F on the main window, for the page on screen."""
    def current():
        page = window.stack.currentWidget()
        key = next((k for k, p in window._pages.items() if p is page), "")
        return key, page

    QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_N), window, activated=lambda: new_record(window, *current()))
    QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F), window, activated=lambda: focus_filter(current()[1]))


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for row, (keys, what) in enumerate(SHORTCUTS):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate(CONTEXT, what)))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 430)
