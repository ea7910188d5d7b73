"""The keys every document window answers: Esc and Ctrl+W close it, Ctrl+S saves it.

Esc is left to whatever has the focus first (a cell being edited, a list of matches that dropped down): only an
Esc that no child used closes the window, so that cancelling a cell's edit never closes the document. Closing
goes through the window's own ``close()``, which asks about unsaved changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class _EscapeCloses(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._window and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and not event.modifiers()):
            self._window.close()
            return True
        return False


def window_keys(window: QWidget, save: Callable[[], object] | None = None) -> None:
    """Esc and Ctrl+W close ``window``; Ctrl+S calls ``save`` (when given)."""
    window.installEventFilter(_EscapeCloses(window))
    QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W), window, activated=window.close,
              context=Qt.ShortcutContext.WindowShortcut)
    if save is not None:
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_S), window, activated=save,
                  context=Qt.ShortcutContext.WindowShortcut)
