"""One object that re-emits what services changed, so each view decides whether to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from smallcrm.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object)  # Changes
    replaced = Signal()  # the whole database was replaced (a backup restored): every view starts afresh

    def publish(self, changes: Changes | None) -> None:
        if changes:
            self.changed.emit(changes)
