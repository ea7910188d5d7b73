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
from smallcrm.private_files import TEMP_COPIES, clear_private_temp
from smallcrm.resources import APP_ID
from smallcrm.services.admin.company import get_company_profile
from smallcrm.services.admin.storage import is_empty, open_crm, open_crm_read_only, restore_newest
from ui.about import app_icon
from ui.common.bus import ChangeBus
from ui.common.collector import collect_on_ui_thread
from ui.common.context import AppContext
from ui.common.crash_report import CrashReport, show_previous_crash
from ui.common.damaged_database import open_damaged
from ui.common.first_start import FirstStartWizard
from ui.common.i18n import chosen_language, install_translators
from ui.common.lost_database import LostChoice, LostDatabaseDialog
from ui.common.passphrase import open_asking_passphrase
from ui.common.theme import follow_system_scheme
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.open_with import FileOpenFilter, import_file
from ui.operations import database_file, opened_read_only
from ui.platform_check import EXIT_MISSING_LIBRARIES, check_x_libraries
from ui.sales.draft_offer import offer_left_over_drafts
from ui.smoke import Smoke
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


def _open(location: str | None):
    """The database, asking for its passphrase, and asking what to do when it was lost (never a new, empty
    one in its place unasked) or is damaged (restore, or read-only). None when the user gives up."""
    path = resolve_db_location(location)[0]
    typed: list[str | None] = [None]  # the passphrase the file opened with, if it asked for one

    def attempt(passphrase: str | None):
        typed[0] = passphrase
        return open_crm(location, passphrase)

    try:
        return open_asking_passphrase(attempt, path)
    except SmallCrmError as exc:
        if exc.code == "damaged":  # restore the newest backup, or look at it read-only first
            return open_damaged(location, path, typed[0], exc)
        if exc.code == "read_only":  # read-only media: list, show, search, export; the window says so
            return open_crm_read_only(location, typed[0], str(exc), damaged=False)
        if exc.code != "database_lost":
            raise
    choice = LostDatabaseDialog.ask(str(path))
    if choice == LostChoice.QUIT:
        return None
    if choice == LostChoice.RESTORE:
        open_asking_passphrase(lambda passphrase: restore_newest(location, passphrase), path)
    return open_asking_passphrase(lambda passphrase: open_crm(location, passphrase,
                                                              recreate=choice == LostChoice.ANEW), path)


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen build: a spawned import-check worker must not open a window
    parser = argparse.ArgumentParser(prog="smallcrm-desktop", description="SmallCRM, the desktop window")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $SMALLCRM_DB or the user data dir)")
    # -- packaging: the file of "Open with SmallCRM", --smoke, --version ---------------------------------------
    parser.add_argument("file", nargs="?", help="contacts to import (.vcf, .csv, .xlsx): the import opens on it")
    parser.add_argument("--smoke", action="store_true", help="open the window on a temporary database, wait "
                        "until it is shown and exit 0 (a check for tests and packagers)")
    parser.add_argument("--version", action="version", version=f"smallcrm-desktop {__version__}")
    args = parser.parse_args(argv)
    if not has_display():
        print("smallcrm-desktop: no graphical display here (DISPLAY is not set); run it on a desktop, "
              "or use the command line: smallcrm --help", file=sys.stderr)
        return 2
    missing = check_x_libraries()  # before Qt aborts for want of them, say which package to install
    if missing:
        print(missing, file=sys.stderr)
        return EXIT_MISSING_LIBRARIES
    smoke = Smoke() if args.smoke else None
    if smoke is not None:
        try:
            return run_window(argparse.Namespace(db=smoke.database, file=None), smoke)
        finally:
            smoke.clean()
    _log_to_file()
    return run_window(args)


def _clear_copies() -> None:
    """The copies handed to other programs (PDFs, decrypted attachments) live only as long as a session."""
    for name in TEMP_COPIES:
        clear_private_temp(name)


def run_window(args: argparse.Namespace, smoke: Smoke | None = None) -> int:
    """Open the database and the window, and run until the window closes (``smoke``: until it is shown)."""
    QCoreApplication.setOrganizationName("SmallCRM")
    QCoreApplication.setApplicationName("SmallCRM")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    follow_system_scheme(app)  # Fusion, light or dark as the system is (and when it switches)
    collect_on_ui_thread(app)  # never on a worker: a widget collected there crashed the window
    app.setDesktopFileName(APP_ID)  # Wayland: the window takes the icon and name of the menu entry
    settings = QSettings() if smoke is None else smoke.settings()
    language = chosen_language(settings)
    translated = install_translators(app, language)
    try:
        db = _open(args.db)
    except SmallCrmError as exc:
        QMessageBox.critical(None, "SmallCRM", str(exc))
        return 6
    if db is None:  # the user did not give the passphrase of an encrypted database, or chose to quit
        return 6
    ctx = AppContext(db=db, bus=ChangeBus(), runner=JobRunner(db), settings=settings)
    if smoke is None and is_empty() and not get_company_profile().name:  # a new file: the demo, or a setup
        chosen = FirstStartWizard.run(ctx, language)
        if chosen != language:
            settings.setValue("language", chosen)
    window = MainWindow(ctx)
    window.show()
    if smoke is not None:
        try:
            return smoke.run(window, language, translated)
        finally:
            window.close()
            db.close()
    crash = CrashReport(database_file(ctx))
    previous = crash.previous()  # the last session ended in a crash: its report, moved aside
    crash.arm()
    if previous is not None:
        show_previous_crash(window, *previous)
    offer_left_over_drafts(window, ctx)  # edits of quotes and invoices the last session never saved
    _clear_copies()  # what an earlier session (or a crash) left
    app.installEventFilter(FileOpenFilter(window))  # macOS: a file opened from the Finder
    if args.file:
        import_file(window, args.file)
    if not opened_read_only(ctx):  # a damaged file shown read-only: a copy of it would fail its check
        window.start_daily_backup()
    show_reminders(window, ctx, only_if_any=True)  # tasks due, quotes to follow up
    try:
        return app.exec()
    finally:
        crash.disarm()
        db.close()
        _clear_copies()


if __name__ == "__main__":
    sys.exit(main())
