"""`smallcrm-desktop`: the window. `make run` starts it."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from smallcrm import __version__
from smallcrm.config import data_dir, resolve_db_location
from smallcrm.errors import SmallCrmError
from smallcrm.services.admin.company import get_company_profile
from smallcrm.services.admin.storage import is_empty, open_crm
from ui.common.bus import ChangeBus
from ui.common.context import AppContext
from ui.common.first_start import FirstStartWizard
from ui.common.i18n import chosen_language, install_translators
from ui.common.passphrase import open_asking_passphrase
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.timeline.reminders_dialog import show_reminders


def has_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _log_to_file() -> None:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(filename=folder / "smallcrm.log", level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen build: a spawned import-check worker must not open a window
    parser = argparse.ArgumentParser(prog="smallcrm-desktop", description="SmallCRM, the desktop window")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $SMALLCRM_DB or the user data dir)")
    args = parser.parse_args(argv)
    if not has_display():
        print("smallcrm-desktop: no graphical display here (DISPLAY is not set); run it on a desktop, "
              "or use the command line: smallcrm --help", file=sys.stderr)
        return 2
    _log_to_file()
    QCoreApplication.setOrganizationName("SmallCRM")
    QCoreApplication.setApplicationName("SmallCRM")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings()
    language = chosen_language(settings)
    install_translators(app, language)
    try:
        db = open_asking_passphrase(lambda passphrase: open_crm(args.db, passphrase),
                                    resolve_db_location(args.db)[0])
    except SmallCrmError as exc:
        QMessageBox.critical(None, "SmallCRM", str(exc))
        return 6
    if db is None:  # the user did not give the passphrase of an encrypted database
        return 6
    ctx = AppContext(db=db, bus=ChangeBus(), runner=JobRunner(db), settings=settings)
    if is_empty() and not get_company_profile().name:  # a new file: demo data, or one's own business set up
        chosen = FirstStartWizard.run(ctx, language)
        if chosen != language:
            settings.setValue("language", chosen)
    window = MainWindow(ctx)
    window.show()
    window.start_daily_backup()
    show_reminders(window, ctx, only_if_any=True)  # tasks due, quotes to follow up
    try:
        return app.exec()
    finally:
        db.close()


if __name__ == "__main__":
    sys.exit(main())
