"""The File menu does what its entries say: New makes a record (the person is in the database), Import opens the
import, Back up now writes a verified backup, Open another database starts SmallCRM on the file chosen and
remembers it among the recent ones."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from smallcrm.domain import PartyKind
from smallcrm.services.admin.maintenance import list_backups
from smallcrm.services.parties.parties import PartyDraft, create_party, get_party
from ui.file_menu import Relaunch, recent_databases
from ui.main_window import MainWindow
from ui.parties.party_form import PartyForm
from ui.sales.quote_editor import QuoteEditor


def test_new_person_and_new_quote(ctx, window, qtbot, monkeypatch):
    def create(cls, ctx_, kind, parent=None):  # the user fills the form and saves
        return create_party(ctx_.db, PartyDraft(kind=kind, first_name="Anna", last_name="Neri"))[0].id

    monkeypatch.setattr(PartyForm, "create", classmethod(create))
    window.file_menu.new_person.trigger()
    shown = window._pages["party"]
    assert get_party(shown.party_id).name == "Anna Neri" and get_party(shown.party_id).kind == PartyKind.PERSON
    window.file_menu.new_quote.trigger()
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuoteEditor) and w.isVisible()]
    assert len(editors) == 1 and editors[0].view is None
    qtbot.addWidget(editors[0])


def test_import_opens_the_import_dialog(ctx, window, qtbot):
    dialog = window.file_menu.import_contacts()
    assert dialog.isVisible() and window.stack.currentWidget() is window.page("contacts")
    dialog.close()


def test_back_up_now_writes_a_backup(ctx, window, qtbot):
    before = len(list_backups(ctx.db.path))
    window.file_menu.backup_action.trigger()
    qtbot.waitUntil(lambda: len(list_backups(ctx.db.path)) == before + 1, timeout=10_000)


def test_open_another_database_starts_smallcrm_on_it_and_remembers_it(ctx, window, qtbot, monkeypatch, tmp_path):
    other = tmp_path / "negozio2.sqlite3"
    started = []
    monkeypatch.setattr(Relaunch, "ask_path", classmethod(lambda cls, parent, folder: str(other)))
    monkeypatch.setattr(Relaunch, "start", classmethod(lambda cls, path: started.append(path) or True))
    window.file_menu.open_action.trigger()
    assert started == [str(other)] and not window.isVisible()
    assert recent_databases(ctx.settings)[:2] == [str(other), str(ctx.db.path)]
    again = MainWindow(ctx)  # the next window of this database lists the other one under Recent
    qtbot.addWidget(again)
    recent = [action.text() for action in again.file_menu.recent.actions()]
    assert recent == [str(other)]
    again.file_menu.recent.actions()[0].trigger()
    assert started == [str(other), str(other)]


def test_the_command_that_starts_smallcrm_on_a_file():
    program, arguments = Relaunch.command("/data/crm.sqlite3")
    assert arguments[-2:] == ["--db", "/data/crm.sqlite3"] and program
