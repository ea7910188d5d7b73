"""Save and Cancel under a form, the way every editing dialog has them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def save_cancel(dialog: QDialog, save: Callable[[], object]) -> QDialogButtonBox:
    """Save (also Ctrl+Enter from anywhere in the dialog) and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
        QCoreApplication.translate("DialogButtons", "Save (Ctrl+Enter)"))
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog, activated=save)
    return buttons
