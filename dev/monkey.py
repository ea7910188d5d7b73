"""The monkey run: random clicks and keys on every page and dialog of the window, to find crashes.

A segmentation fault once closed the whole window on "Add line" (a Qt object deleted while a signal, a model
or a timer still referred to it): such faults are timing-dependent and rare, so no hand-written test finds
them. This run opens the window on a demo database in a temporary folder (its own settings, keyring, data and
cache folders: nothing of the user's is read or written) with the real background runner, and for
``--seconds`` clicks buttons, types into fields, picks list rows, combo entries, dates and tabs, triggers menu
entries and presses keys (Esc, Enter, Ctrl+S, Ctrl+W, ...) on whatever window or dialog is in front, modal
ones included. Python's faulthandler is on: a fault prints every thread's stack. Every action is appended to
``actions.log`` in the run's folder before it is done, so the last lines name what crashed.

It exits 0 when nothing went wrong, 1 when a Python exception reached Qt's event loop (each traceback is
printed), and the signal's code when the process died. ``make monkey`` runs it under Xvfb for
``MONKEY_SECONDS``; tests/ui/test_monkey.py runs a short seeded run in the suite.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import ClassVar

TEXTS = ("Rossi", "Ça va", "àèìòù", "12", "0", "-5", "1.234,56", "3,5", "22", "10%", "x" * 60, "12/03/2026",
         "2026-13-45", "mario@example.com", "not an e-mail", "+39 333 1234567", "", " ", "'; DROP TABLE party;--",
         "#1", "NC 3/2026", "Ionescu", "Știință", "IT12345678901", "🙂")
KEYS = ("Escape", "Return", "Enter", "Tab", "Backtab", "Delete", "Backspace", "Up", "Down", "PgDown", "Home",
        "F2", "Space", "A", "1")
SHORTCUTS = ("Ctrl+S", "Ctrl+W", "Ctrl+N", "Ctrl+F", "Ctrl+K", "Ctrl+L", "Ctrl+E", "Ctrl+Z", "Ctrl+1", "Ctrl+3",
             "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8")
MAX_WINDOWS = 6  # beyond this many document windows the monkey closes one (a user would too)


def _private_home(folder: Path) -> None:
    """Data, cache and config folders inside the run's folder, before anything reads them."""
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / name.lower())
    os.environ["HOME"] = str(folder / "home")
    os.environ.pop("SMALLCRM_DB", None)
    (folder / "home").mkdir(parents=True, exist_ok=True)


def _memory_keyring() -> None:
    """Encrypting the database from Settings stores a key: in memory here, never in the user's keyring."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]
        stored: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.stored.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    keyring.set_keyring(Memory())


def _type(widget, text: str) -> None:
    """Key presses carrying ``text`` (QTest.keyClicks stops the process on a letter outside ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


class Monkey:
    """One action every ``interval_ms`` on the window in front, until ``deadline``."""

    def __init__(self, app, window, seed: int, seconds: float, interval_ms: int, log: Path) -> None:
        self.app, self.window = app, window
        self.rng = random.Random(seed)
        self.began = time.monotonic()
        self.deadline = self.began + seconds
        self.interval_ms = interval_ms
        self.log = log.open("a", buffering=1)
        self.actions = 0
        self.errors: list[str] = []
        self.finished = False

    def start(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(self.interval_ms, self.step)

    def say(self, text: str) -> None:
        self.log.write(f"{self.actions} {time.monotonic() - self.began:.2f} {text}\n")

    def step(self) -> None:
        """One action; the next one is planned first, on a new timer, so that it also fires inside the event
        loop of a modal dialog this action opens (a timer does not fire again while its own slot runs)."""
        from PySide6.QtCore import QTimer

        if self.finished:
            return
        if time.monotonic() > self.deadline:
            self.finish()
            return
        QTimer.singleShot(self.interval_ms, self.step)
        self.actions += 1
        try:
            self.act()
        except Exception:  # a fault of the monkey itself is reported like the app's
            self.errors.append(traceback.format_exc())
            traceback.print_exc()

    def finish(self) -> None:
        """Stop: every event loop (the application's and any modal dialog's) is told to end."""
        self.finished = True
        self.say("finish")
        self.app.exit(1 if self.errors else 0)

    # -- choosing -------------------------------------------------------------------------------
    def front(self):
        """The popup, else the modal dialog, else one of the visible windows (the main one most often)."""
        from PySide6.QtWidgets import QApplication

        popup = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if popup is not None:
            return popup
        if not self.window.isVisible():  # File → Quit: a user would start it again
            self.say("show the main window again")
            self.window.show()
        others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not self.window
                  and w.isWindow() and not w.inherits("QMenu")]
        if len(others) > MAX_WINDOWS:
            victim = self.rng.choice(others)
            self.say(f"close window {type(victim).__name__}")
            victim.close()
            return self.window
        if others and self.rng.random() < 0.5:
            return self.rng.choice(others)
        return self.window

    def children(self, top, kind):
        return [w for w in top.findChildren(kind) if w.isVisible() and w.isEnabled()]

    def act(self) -> None:
        from PySide6.QtWidgets import QMenu

        top = self.front()
        if isinstance(top, QMenu):
            self.menu(top)
            return
        choice = self.rng.random()
        if choice < 0.06 and top is self.window:
            row = self.rng.randrange(self.window.sidebar.count())
            self.say(f"section {row}")
            self.window.sidebar.setCurrentRow(row)
        elif choice < 0.30:
            self.click_button(top)
        elif choice < 0.48:
            self.type_text(top)
        elif choice < 0.62:
            self.pick_in_view(top)
        elif choice < 0.72:
            self.set_value(top)
        elif choice < 0.78 and top is self.window:
            self.menu_bar()
        elif choice < 0.88:
            self.key(top, self.rng.choice(KEYS))
        else:
            self.key(top, self.rng.choice(SHORTCUTS))

    # -- actions --------------------------------------------------------------------------------
    def click_button(self, top) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractButton

        buttons = self.children(top, QAbstractButton)
        if buttons:
            button = self.rng.choice(buttons)
            self.say(f"click {type(top).__name__} / {type(button).__name__} {button.text()!r}")
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_text(self, top) -> None:
        from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

        fields = [w for w in self.children(top, QLineEdit) + self.children(top, QPlainTextEdit)
                  + self.children(top, QTextEdit) + self.children(top, QAbstractSpinBox)
                  if not getattr(w, "isReadOnly", lambda: False)()]
        if fields:
            field = self.rng.choice(fields)
            text = self.rng.choice(TEXTS)
            self.say(f"type {type(top).__name__} / {type(field).__name__} {field.objectName()!r} {text!r}")
            field.setFocus()
            if isinstance(field, QLineEdit) and self.rng.random() < 0.5:
                field.selectAll()
            _type(field, text)

    def pick_in_view(self, top) -> None:
        from PySide6.QtCore import QModelIndex, Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QAbstractItemView, QTabBar

        views = self.children(top, QAbstractItemView) + self.children(top, QTabBar)
        if not views:
            return
        view = self.rng.choice(views)
        if isinstance(view, QTabBar):
            if view.count():
                index = self.rng.randrange(view.count())
                self.say(f"tab {type(top).__name__} {index}")
                view.setCurrentIndex(index)
            return
        model = view.model()
        if model is None:
            return
        try:
            rows, columns = model.rowCount(QModelIndex()), model.columnCount(QModelIndex())
        except TypeError:  # a list model: its column count is private in PySide
            rows, columns = model.rowCount(QModelIndex()), 1
        if rows == 0 or columns == 0:
            return
        index = model.index(self.rng.randrange(min(rows, 30)), self.rng.randrange(columns))
        rect = view.visualRect(index)
        if not rect.isValid() or not view.viewport().rect().intersects(rect):
            return
        double = self.rng.random() < 0.3
        self.say(f"{'double-' if double else ''}click {type(top).__name__} / {type(view).__name__} "
                 f"row {index.row()} col {index.column()}")
        click = QTest.mouseDClick if double else QTest.mouseClick
        click(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())

    def set_value(self, top) -> None:
        from PySide6.QtCore import QDate
        from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QSpinBox

        widgets = (self.children(top, QComboBox) + self.children(top, QDateEdit) + self.children(top, QSpinBox)
                   + self.children(top, QCheckBox))
        if not widgets:
            return
        widget = self.rng.choice(widgets)
        self.say(f"set {type(top).__name__} / {type(widget).__name__} {widget.objectName()!r}")
        if isinstance(widget, QComboBox) and widget.count():
            widget.setCurrentIndex(self.rng.randrange(widget.count()))
        elif isinstance(widget, QDateEdit):
            widget.setDate(QDate.currentDate().addDays(self.rng.randint(-400, 400)))
        elif isinstance(widget, QSpinBox):
            widget.setValue(self.rng.randint(widget.minimum(), min(widget.maximum(), widget.minimum() + 500)))
        elif isinstance(widget, QCheckBox):
            widget.toggle()

    def menu_bar(self) -> None:
        actions = [a for menu in self.window.menuBar().actions() if menu.menu() is not None
                   for a in menu.menu().actions() if a.isEnabled() and not a.isSeparator() and a.menu() is None]
        if actions:
            action = self.rng.choice(actions)
            self.say(f"menu {action.text()!r}")
            action.trigger()

    def menu(self, menu) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        actions = [a for a in menu.actions() if a.isEnabled() and a.isVisible() and not a.isSeparator()]
        if not actions or self.rng.random() < 0.3:
            self.say("menu: Escape")
            QTest.keyClick(menu, Qt.Key.Key_Escape)
            return
        action = self.rng.choice(actions)
        self.say(f"menu: {action.text()!r}")
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         menu.actionGeometry(action).center())

    def key(self, top, name: str) -> None:
        from PySide6.QtGui import QKeySequence
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        target = QApplication.focusWidget()
        if target is None or target.window() is not top.window():
            target = top
        combination = QKeySequence(name)[0]
        self.say(f"key {name} on {type(target).__name__}")
        QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def run(seconds: float, seed: int, language: str, contacts: int, interval_ms: int, folder: Path) -> int:
    """Build the demo database and the window, and let the monkey loose; the exit code says how it went."""
    _private_home(folder)
    os.chdir(folder)  # a file name typed without a folder is written here, not where the run started
    _memory_keyring()
    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QFileDialog

    from smallcrm.demo.parties import generate_demo
    from smallcrm.services.admin.storage import open_crm
    from ui.common.bus import ChangeBus
    from ui.common.collector import collect_on_ui_thread
    from ui.common.context import AppContext
    from ui.common.i18n import install_translators
    from ui.common.pdf_preview import PdfOutput
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    started = time.perf_counter()
    db = open_crm(str(folder / "monkey.sqlite3"))
    generate_demo(db, contacts=contacts, seed=seed, communications_per_contact=3)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, language)
    collect_on_ui_thread(app)  # as the application does
    app.setQuitOnLastWindowClosed(False)  # File → Quit closes the window; the monkey opens it again
    # nothing leaves the run's folder: file pickers answer "cancelled", opening a file opens nothing
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: "")
    PdfOutput.open_path = classmethod(lambda cls, path: None)
    from PySide6.QtGui import QDesktopServices
    QDesktopServices.openUrl = staticmethod(lambda url: True)

    errors: list[str] = []

    def excepthook(kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        errors.append(text)
        print(text, file=sys.stderr, flush=True)

    def qt_message(kind, _context, message: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            errors.append(f"Qt: {message}")
        print(f"Qt: {message}", file=sys.stderr, flush=True)

    sys.excepthook = excepthook
    qInstallMessageHandler(qt_message)
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(db=db, bus=ChangeBus(), runner=JobRunner(db), settings=settings)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    monkey = Monkey(app, window, seed, seconds, interval_ms, folder / "actions.log")
    print(f"monkey: seed {seed}, {language}, {seconds:.0f} s, folder {folder} "
          f"(set up in {time.perf_counter() - started:.1f} s)", flush=True)
    monkey.start()
    app.exec()
    ctx.runner.wait(10_000)
    errors.extend(monkey.errors)
    print(f"monkey: {monkey.actions} actions, {len(errors)} error(s)", flush=True)
    db.close()
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dev.monkey", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--seed", type=int, default=None, help="default: a new one, printed")
    parser.add_argument("--language", choices=("it", "en", "ro"), default=None, help="default: from the seed")
    parser.add_argument("--contacts", type=int, default=60)
    parser.add_argument("--interval-ms", type=int, default=25)
    parser.add_argument("--keep", action="store_true", help="keep the run's folder (it is printed)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    language = args.language or ("it", "en", "ro")[seed % 3]
    folder = Path(tempfile.mkdtemp(prefix="smallcrm-monkey-"))
    faulthandler.enable(all_threads=True)
    code = run(args.seconds, seed, language, args.contacts, args.interval_ms, folder)
    if code == 0 and not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    else:
        print(f"monkey: the run's folder (actions.log: what it did) is {folder}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
