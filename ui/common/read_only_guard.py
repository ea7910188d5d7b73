"""A database opened read-only (a damaged file, read-only media): the buttons that would write are disabled, not
only refused when clicked (``write_op`` refuses every write then, with a message: a button that looks usable
and then says no is a dead end).

A button that writes is marked with ``writes(button)`` where it is made. ``hold_writers(root)`` disables every
marked button under ``root`` and keeps it disabled while the pages enable and disable their buttons as rows
are selected (an event filter undoes each enabling); ``release_writers`` lets them go once a sound backup was
restored over the file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

WRITES = "smallcrm_writes"
_WANTED = "smallcrm_wanted_enabled"  # what the page last asked for, to give back on release


def writes(*targets: QAbstractButton | QAction) -> None:
    """Mark buttons (or actions) that change the database."""
    for target in targets:
        target.setProperty(WRITES, True)


def _reason() -> str:
    return QCoreApplication.translate("ReadOnly", "The database is open read-only: nothing can be changed")


class _Hold(QObject):
    """Keeps a marked button disabled: the page's setEnabled(True) is recorded, then undone."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setProperty(_WANTED, True)
            watched.setEnabled(False)
        return False


def _marked(root: QWidget) -> list:
    return [target for target in [*root.findChildren(QAbstractButton), *root.findChildren(QAction)]
            if target.property(WRITES)]


def hold_writers(root: QWidget) -> int:
    """Disable every button under ``root`` that writes, and keep it so; how many were held."""
    held = _marked(root)
    for target in held:
        if isinstance(target, QAbstractButton) and target.findChild(_Hold) is None:
            target.installEventFilter(_Hold(target))
        target.setProperty(_WANTED, target.isEnabled())
        target.setEnabled(False)
        target.setToolTip(_reason())
    return len(held)


def release_writers(root: QWidget) -> None:
    """The database can be written again: the buttons take the state their page last gave them."""
    for target in _marked(root):
        if isinstance(target, QAbstractButton):
            for hold in target.findChildren(_Hold):
                target.removeEventFilter(hold)
                hold.deleteLater()
        if target.toolTip() == _reason():
            target.setToolTip("")
        target.setEnabled(bool(target.property(_WANTED)))
