"""One icon set for the whole window: Material Design Icons 6 (icons under the Apache 2.0 licence, in a font
under the SIL Open Font Licence, shipped by qtawesome under MIT as its "mdi6" set; drawn at any size and in
any colour), named here by what they mean, not by how they look.

An icon takes the colour of the text of the palette it is drawn in. A widget or action given one with
``set_icon`` remembers the name (the ``smallcrm_icon`` property), so that ``refresh_icons`` can draw them
again when the system switches between its light and dark scheme (``ui/common/theme.py``).
"""

from __future__ import annotations

import os
from enum import StrEnum

os.environ.setdefault("QT_API", "pyside6")  # qtawesome speaks Qt through qtpy: the binding the window uses
import qtawesome
from PySide6.QtGui import QAction, QColor, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

PROPERTY = "smallcrm_icon"


class Icon(StrEnum):
    """What an icon means → its glyph in Material Design Icons 6."""

    HOME = "mdi6.home-outline"
    CONTACTS = "mdi6.account-multiple-outline"
    COMPANIES = "mdi6.domain"
    ACTIVITIES = "mdi6.timeline-clock-outline"
    TASKS = "mdi6.checkbox-marked-circle-outline"
    DEALS = "mdi6.handshake-outline"
    QUOTES = "mdi6.file-document-edit-outline"
    INVOICES = "mdi6.receipt-text-outline"
    RECEIVABLES = "mdi6.cash-clock"
    OUTBOX = "mdi6.tray-arrow-up"
    MAIL = "mdi6.email-arrow-left-outline"
    SETTINGS = "mdi6.cog-outline"
    NEW = "mdi6.plus"
    NEW_PERSON = "mdi6.account-plus-outline"
    NEW_COMPANY = "mdi6.domain-plus"
    NEW_DOCUMENT = "mdi6.file-document-plus-outline"
    NEW_TASK = "mdi6.calendar-check-outline"
    IMPORT = "mdi6.tray-arrow-down"
    EXPORT = "mdi6.export"
    SAVE = "mdi6.content-save-outline"
    PDF = "mdi6.file-pdf-box"
    OPEN = "mdi6.open-in-new"
    SEND = "mdi6.send-outline"
    FETCH = "mdi6.email-sync-outline"
    EDIT = "mdi6.pencil-outline"
    DELETE = "mdi6.delete-outline"
    RESTORE = "mdi6.delete-restore"
    BACK = "mdi6.arrow-left"
    UP = "mdi6.arrow-up"
    DOWN = "mdi6.arrow-down"
    REMOVE = "mdi6.minus-circle-outline"
    BACKUP = "mdi6.database-arrow-down-outline"
    DATABASE = "mdi6.database-outline"
    RECENT = "mdi6.history"
    QUIT = "mdi6.exit-to-app"
    ABOUT = "mdi6.information-outline"
    KEYBOARD = "mdi6.keyboard-outline"
    PAYMENT = "mdi6.cash-plus"
    CREDIT_NOTE = "mdi6.file-undo-outline"
    REFUND = "mdi6.cash-refund"
    ISSUE = "mdi6.check-decagram-outline"
    EINVOICE = "mdi6.file-code-outline"
    LOG = "mdi6.message-plus-outline"
    CALL = "mdi6.phone-outline"
    NOTE = "mdi6.note-plus-outline"
    MARK_SENT = "mdi6.email-check-outline"
    ACCEPTED = "mdi6.check-circle-outline"
    REJECTED = "mdi6.close-circle-outline"
    CONVERT = "mdi6.file-swap-outline"
    DUPLICATE = "mdi6.content-copy"
    REVISE = "mdi6.file-replace-outline"
    CHECK = "mdi6.database-search-outline"
    PRIVACY = "mdi6.shield-account-outline"
    ERASE = "mdi6.eraser"
    ANONYMISE = "mdi6.incognito"


def icon(name: Icon, color: QColor | str | None = None) -> QIcon:
    """The icon in ``color``, else in the colour of the application's text (greyed when disabled)."""
    palette = QApplication.palette()
    if color is None:
        color = palette.color(QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    return qtawesome.icon(str(name), color=QColor(color), color_disabled=disabled)


def set_icon(target: QAbstractButton | QAction, name: Icon, color: str | None = None) -> None:
    """Give a button or an action its icon, and remember which (for ``refresh_icons``)."""
    target.setIcon(icon(name, color))
    target.setProperty(PROPERTY, f"{name.name}|{color or ''}")


def refresh_icons(roots: list[QWidget]) -> None:
    """Draw again, in the palette now in force, every icon given by ``set_icon`` under ``roots``."""
    for root in roots:
        for target in [root, *root.findChildren(QAbstractButton), *root.findChildren(QAction)]:
            value = target.property(PROPERTY)
            if value:
                name, _sep, color = str(value).partition("|")
                target.setIcon(icon(Icon[name], color or None))
