"""Render every main screen of the window in Italian, English and Romanian at 1366x768, on demo data, into
docs/screenshots/<lang>/<screen>.png: to look at after each change to the window, as a user would (ugly,
cramped or confusing is a bug), and for the README.

    .venv/bin/python -m dev.screenshots [--out docs/screenshots] [--languages it en ro]

It runs offscreen on a demo database in a temporary folder (its own settings and data folders); nothing of the
user's is read or written. ``make screenshots`` runs it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SIZE = (1366, 768)
TODAY_SEED = 7


def _settle(app, rounds: int = 30) -> None:
    """Let the background reads answer and the widgets lay out."""
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def _demo_csv(folder: Path) -> Path:
    path = folder / "contatti.csv"
    path.write_text("Nome;Cognome;Email;Telefono;Azienda\n"
                    "Giulia;Bianchi;giulia.bianchi@example.com;+39 333 1234567;Bianchi Arredi\n"
                    "Marco;Verdi;marco.verdi@example;0512345678;\n"
                    "Anna;Rossi;anna.rossi@example.com;+39 02 1234567;Rossi & Figli S.r.l.\n", encoding="utf-8")
    return path


def render(out: Path, languages: list[str], folder: Path) -> list[Path]:
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        os.environ[name] = str(folder / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from smallcrm.demo.parties import generate_demo
    from smallcrm.domain import InvoiceKind, InvoiceStatus
    from smallcrm.services.admin.storage import open_crm
    from smallcrm.services.sales.invoices import list_invoices
    from smallcrm.services.sales.quotes import list_quotes
    from ui.common.bus import ChangeBus
    from ui.common.context import AppContext
    from ui.common.i18n import install_translators
    from ui.common.theme import apply_scheme, follow_system_scheme
    from ui.jobs import SyncRunner
    from ui.main_window import MainWindow

    db = open_crm(str(folder / "demo.sqlite3"))
    generate_demo(db, contacts=150, seed=TODAY_SEED, communications_per_contact=4)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    follow_system_scheme(app)  # as the window starts: Fusion, light unless SMALLCRM_COLOR_SCHEME=dark
    quote = list_quotes()[0]
    invoice = next(row for row in list_invoices(kind=InvoiceKind.INVOICE, status=InvoiceStatus.ISSUED)
                   if row.balance_due > 0)
    party_id = invoice.party.id
    from dev import screenshots_einvoicing

    einvoices = screenshots_einvoicing.prepare(db)
    csv = _demo_csv(folder)
    written = []
    for language in languages:
        install_translators(app, language)
        settings = QSettings(str(folder / f"settings-{language}.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", language)  # as the settings page keeps it (the e-invoice preview reads it)
        ctx = AppContext(db=db, bus=ChangeBus(), runner=SyncRunner(db), settings=settings)
        window = MainWindow(ctx)
        window.resize(*SIZE)
        window.show()
        target = out / language
        target.mkdir(parents=True, exist_ok=True)

        def shoot(name: str, widget: QWidget, target: Path = target) -> None:
            _settle(app)
            path = target / f"{name}.png"
            widget.grab().save(str(path))
            written.append(path)

        def section(key: str, window: MainWindow = window) -> QWidget:
            window.show_section(key)
            return window

        screens: list[tuple[str, Callable[[], QWidget]]] = [
            ("home", lambda: section("home")),
            ("contacts", lambda: section("contacts")),
            ("companies", lambda: section("companies")),
            ("tasks", lambda: section("tasks")),
            ("deals", lambda: section("deals")),
            ("quotes", lambda: section("quotes")),
            ("invoices", lambda: section("invoices")),
            ("receivables", lambda: section("receivables")),
            ("settings", lambda: section("settings")),
        ]
        for name, show in screens:
            shoot(name, show())
        apply_scheme(app, Qt.ColorScheme.Dark)  # the same window when the system is dark
        shoot("home-dark", section("home"))
        shoot("contacts-dark", section("contacts"))
        apply_scheme(app)

        window.show_party(party_id)
        shoot("party", window)
        page = window._pages["party"]
        page.tabs.setCurrentWidget(page.privacy)
        shoot("privacy-tab", window)
        page.tabs.setCurrentIndex(0)

        editor = window.open_quote(quote.id) or _top("QuoteEditor")
        editor.resize(*SIZE)
        shoot("quote-editor", editor)
        editor.close()
        invoice_window = _top("InvoiceWindow", lambda window=window: window.open_invoice(invoice.id))
        invoice_window.resize(*SIZE)
        shoot("invoice", invoice_window)
        invoice_window.close()

        screenshots_einvoicing.shoot_all(ctx, window, einvoices, shoot)

        from ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(ctx, window)
        dialog.show()
        dialog.load(csv)  # the columns matched to the fields
        _settle(app)
        dialog.next()  # the preview: what the import will do, row by row (no further: that would import)
        shoot("import-preview", dialog)
        dialog.close()

        from ui.timeline.reminders_dialog import show_reminders

        show_reminders(window, ctx)
        today = getattr(window, "reminders_dialog", None)
        if today is not None:
            shoot("today", today)
            today.close()
        window.close()
        window.deleteLater()
        _settle(app)
    db.close()
    return written


def _top(class_name: str, opener: Callable[[], object] | None = None):
    """The visible top-level window of that class (opened by ``opener`` first, if given)."""
    from PySide6.QtWidgets import QApplication

    if opener is not None:
        opener()
    return next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == class_name and w.isVisible())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dev.screenshots", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--languages", nargs="+", default=["it", "en", "ro"])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="smallcrm-screens-") as folder:
        written = render(args.out.resolve(), args.languages, Path(folder))
    print(f"{len(written)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
