"""What every view is handed: the database, the change bus, the background runner, the preferences."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ui.common.bus import ChangeBus
from ui.jobs import JobRunner


@dataclass
class AppContext:
    db: object  # the open database, passed to services as is
    bus: ChangeBus
    runner: JobRunner
    settings: QSettings
