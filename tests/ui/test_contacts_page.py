"""The contact list: lazy model, filters typed by the user, sorting, opening a record."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smallcrm.services.lists import PartyQuery
from smallcrm.services.parties import PartyDraft, create_party
from ui.models.party_table import PAGE, PartyTableModel
from ui.views.contacts_page import ContactsPage


def test_model_passes_qt_model_tester(ctx, demo_db, qtmodeltester):
    model = PartyTableModel(ctx, PartyQuery(kind="person"))
    model.refresh()
    assert model.rowCount() == 120
    qtmodeltester.check(model)


def test_rows_load_in_pages_on_demand(ctx, demo_db):
    model = PartyTableModel(ctx, PartyQuery())
    model.refresh()
    assert model.rowCount() == 135  # 120 persons + 15 companies
    assert not model._pages  # nothing loaded until a row is asked for
    last = model.index(model.rowCount() - 1, 0)
    assert model.data(last)
    assert list(model._pages) == [(model.rowCount() - 1) // PAGE]


def test_typing_filters_and_enter_opens(ctx, qtbot):
    rossi, _ = create_party(ctx.db, PartyDraft(first_name="Mario", last_name="Rossi", emails=["m@rossi.it"]))
    create_party(ctx.db, PartyDraft(first_name="Nicolò", last_name="Grossi"))
    create_party(ctx.db, PartyDraft(first_name="Anna", last_name="Verdi"))
    page = ContactsPage(ctx, kind="person")
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "ross")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=2000)
    names = {page.model.data(page.model.index(r, 0)) for r in range(2)}
    assert names == {"Mario Rossi", "Nicolò Grossi"}
    page.search.clear()
    qtbot.keyClicks(page.search, "nicolo")  # accents folded
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    with qtbot.waitSignal(page.open_party) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [page.model.id_at(0)]
    assert opened.args[0] != rossi.id


def test_stage_filter_and_sort(ctx, qtbot):
    create_party(ctx.db, PartyDraft(first_name="Zeno", last_name="Alfa", stage="customer"))
    create_party(ctx.db, PartyDraft(first_name="Ada", last_name="Zeta", stage="lead"))
    page = ContactsPage(ctx, kind="person")
    qtbot.addWidget(page)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.data(page.model.index(0, 0)) == "Ada Zeta"  # sorted by last name, descending
    page.stage.setCurrentIndex(page.stage.findData("customer"))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "Zeno Alfa"
    assert "1" in page.count.text()


def test_list_follows_changes_from_services(ctx, qtbot):
    page = ContactsPage(ctx, kind="person")
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    _, changes = create_party(ctx.db, PartyDraft(first_name="Nuovo", last_name="Cliente", tags=["VIP"]))
    ctx.bus.publish(changes)
    assert page.model.rowCount() == 1
    assert page.tag.findData("VIP") > 0


def test_column_widths_are_remembered(ctx, qtbot):
    page = ContactsPage(ctx, kind="person")
    qtbot.addWidget(page)
    page.table.setColumnWidth(1, 333)
    again = ContactsPage(ctx, kind="person")
    qtbot.addWidget(again)
    assert again.table.columnWidth(1) == 333
    companies = ContactsPage(ctx, kind="company")  # each list keeps its own widths
    qtbot.addWidget(companies)
    assert companies.table.columnWidth(1) != 333


def test_a_failed_daily_backup_is_shown_in_the_status_bar(ctx, qtbot):
    from smallcrm.errors import StorageError
    from ui.main_window import MainWindow

    ctx.db.backup_problem = StorageError("Cannot write a backup to /media/usb/backups: disk full")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "disk full" in window.statusBar().currentMessage()


def test_the_daily_backup_runs_from_the_window_not_at_open(ctx, qtbot):
    from smallcrm.services.maintenance import list_backups
    from smallcrm.services.parties import PartyDraft, create_party
    from ui.main_window import MainWindow

    create_party(ctx.db, PartyDraft(kind="company", name="Acme S.r.l."))
    assert list_backups(ctx.db.path) == []  # opening took none
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_daily_backup()  # the runner of the tests runs it at once
    [daily] = list_backups(ctx.db.path)
    assert daily.reason == "daily"
    window.start_daily_backup()  # one a day
    assert len(list_backups(ctx.db.path)) == 1
