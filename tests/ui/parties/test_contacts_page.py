"""The contact list: lazy model, filters typed by the user, sorting, opening a record."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from smallcrm.services.parties.lists import PartyQuery
from smallcrm.services.parties.parties import PartyDraft, create_party
from tests import factories
from ui.jobs import JobRunner, _execute
from ui.parties import party_table
from ui.parties.contacts_page import ContactsPage
from ui.parties.party_table import PAGE, PartyTableModel


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
    rossi = factories.person(ctx.db, "Mario", "Rossi", emails=["m@rossi.it"])
    factories.person(ctx.db, "Nicolò", "Grossi")
    factories.person(ctx.db, "Anna", "Verdi")
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
    factories.person(ctx.db, "Zeno", "Alfa", stage="customer")
    factories.person(ctx.db, "Ada", "Zeta", stage="lead")
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
    from smallcrm.services.admin.maintenance import list_backups
    from ui.main_window import MainWindow

    factories.company(ctx.db, "Acme S.r.l.")
    assert list_backups(ctx.db.path) == []  # opening took none
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start_daily_backup()  # the runner of the tests runs it at once
    [daily] = list_backups(ctx.db.path)
    assert daily.reason == "daily"
    window.start_daily_backup()  # one a day
    assert len(list_backups(ctx.db.path)) == 1


class HeldRunner(JobRunner):
    """Keeps the jobs until the test runs them, one at a time, in the order they were submitted."""

    def __init__(self, db) -> None:
        super().__init__(db)
        self.held: list = []

    def _start(self, job, body, write: bool) -> None:
        self.held.append((job, body))

    def run_next(self) -> None:
        job, body = self.held.pop(0)
        _execute(job, body)


def test_first_page_shows_before_the_ids_and_the_rest_goes_below_it(ctx, demo_db, qtbot, monkeypatch):
    monkeypatch.setattr(party_table, "PAGE", 50)
    held = HeldRunner(ctx.db)
    page = ContactsPage(replace(ctx, runner=held), kind="person")
    qtbot.addWidget(page)
    # the page opens on its first page, read at once; every id is asked for after it, the tags not yet
    assert len(held.held) == 1 and page.model.rowCount() == 50 and page.tag.count() == 1
    assert page.model.data(page.model.index(49, 0)) and page.model.is_loading
    assert page.count.text() == "Loading…"  # the count is not known yet
    page.table.selectRow(7)
    chosen = page.model.id_at(7)
    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.model.rowsInserted):
        held.run_next()  # every id
    assert page.model.rowCount() == 120 and not page.model.is_loading
    assert page.table.selectionModel().selectedRows()[0].row() == 7 and page.model.id_at(7) == chosen
    assert page.count.text() == "120 record(s)"
    assert page.model.data(page.model.index(119, 0))  # the rows below come in pages as before
    held.run_next()
    assert page.tag.count() > 1 and "(" in page.tag.itemText(1)  # tags with their counts, after the list
    assert not held.held


def test_building_the_page_reads_the_ids_once(ctx, demo_db, qtbot, monkeypatch):
    calls = []
    for name in ("party_ids", "list_parties"):
        real = getattr(party_table, name)
        monkeypatch.setattr(party_table, name, lambda *args, real=real, name=name: calls.append(name) or real(*args))
    page = ContactsPage(ctx, kind="person")
    qtbot.addWidget(page)
    assert calls == ["list_parties", "party_ids"] and page.model.rowCount() == 120
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a new order: loaded again, once, in the background
    assert calls[2:] == ["list_parties", "party_ids"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the same order again: nothing to load
    assert len(calls) == 4


def test_a_first_page_typed_past_is_left_aside(ctx, demo_db, qtbot):
    held = HeldRunner(ctx.db)
    model = PartyTableModel(replace(ctx, runner=held), PartyQuery(kind="company"))
    model.set_query(model.query)
    model.set_query(PartyQuery(kind="company", text="zzqx"))  # typed on before the first answer came
    with qtbot.assertNotEmitted(model.modelReset):
        held.run_next()
    assert model.rowCount() == 0 and model.is_loading
    held.run_next()
    held.run_next()
    assert model.rowCount() == 0 and not model.is_loading and not held.held


def test_a_filter_typed_shows_its_first_page_from_the_background(ctx, demo_db, qtbot):
    held = HeldRunner(ctx.db)
    page = ContactsPage(replace(ctx, runner=held), kind="company")
    qtbot.addWidget(page)
    held.run_next()  # every id of the unfiltered list
    held.run_next()  # the tags
    first = page.model.data(page.model.index(0, 0))
    page.search.setText(first.split()[0])
    page.apply_filters()
    assert page.model.data(page.model.index(0, 0)) == first and page.model.rowCount() == 15  # until it comes
    held.run_next()
    assert 1 <= page.model.rowCount() < 15 and page.model.is_loading
    held.run_next()
    assert not page.model.is_loading and not held.held
