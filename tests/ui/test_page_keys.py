"""The main window's keys for the page on screen: Ctrl+N makes a record of the page's kind, Ctrl+F goes to its
filter; Help → Keyboard shortcuts lists the keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smallcrm.domain import PartyKind
from smallcrm.services.parties.parties import PartyDraft, create_party, get_party
from ui.parties.party_form import PartyForm
from ui.sales.quote_editor import QuoteEditor
from ui.timeline.task_dialog import TaskDialog


def press(qtbot, window, key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_on_contacts_and_companies_makes_one_of_their_kind(ctx, window, qtbot, monkeypatch):
    asked = []

    def create(cls, ctx_, kind, parent=None):  # the user fills the form and saves
        asked.append(kind)
        draft = PartyDraft(kind=kind, first_name="Anna", last_name="Neri") if kind == PartyKind.PERSON else \
            PartyDraft(kind=kind, name="Neri S.r.l.")
        return create_party(ctx_.db, draft)[0].id

    monkeypatch.setattr(PartyForm, "create", classmethod(create))
    for section, kind in (("contacts", PartyKind.PERSON), ("companies", PartyKind.COMPANY)):
        window.show_section(section)
        press(qtbot, window, Qt.Key.Key_N)
        shown = window._pages["party"]
        assert window.stack.currentWidget() is shown and get_party(shown.party_id).kind == kind
    assert asked == [PartyKind.PERSON, PartyKind.COMPANY]


def test_ctrl_n_on_quotes_and_tasks(ctx, window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(TaskDialog, "ask", classmethod(lambda cls, ctx_, task, parent=None: asked.append(task)))
    window.show_section("tasks")
    press(qtbot, window, Qt.Key.Key_N)
    assert asked == [None]  # a new task
    window.show_section("quotes")
    press(qtbot, window, Qt.Key.Key_N)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuoteEditor) and w.isVisible()]
    assert len(editors) == 1 and editors[0].view is None
    for editor in editors:
        qtbot.addWidget(editor)


def test_ctrl_f_goes_to_the_filter(ctx, window, qtbot):
    page = window.show_section("contacts")
    page.search.blockSignals(True)  # no search: its timer would fire in a later test, on a closed database
    page.search.setText("ros")
    page.search.blockSignals(False)
    window.sidebar.setFocus()
    press(qtbot, window, Qt.Key.Key_F)
    assert page.search.hasFocus() and page.search.selectedText() == "ros"


def test_help_lists_the_keyboard_shortcuts(window, qtbot):
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    keys = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert {"Ctrl+K", "Ctrl+N", "Ctrl+F", "Ctrl+S", "Esc, Ctrl+W"} <= set(keys)
    assert window.show_shortcuts() is dialog  # one of it
