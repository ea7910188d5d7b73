"""Columns a user must see: after the window was maximised once, the receivables' balance columns are still on
screen at 1366 pixels in Italian (the longest headers); no list of the window has a blank column header in any
language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QTreeView

from tests import factories


@pytest.mark.parametrize("language", ["it"], indirect=True)
def test_the_balance_columns_stay_on_screen_after_maximising(ctx, window, qtbot, language):
    customer = factories.customer(ctx.db, "Ferramenta Fratelli Bianchi e Figli S.r.l.")
    factories.issued_invoice(ctx.db, customer.id)
    window.resize(1366, 768)
    page = window.show_section("receivables")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    window.resize(1920, 1080)  # maximised
    qtbot.wait(30)
    window.resize(1366, 768)  # and back
    qtbot.wait(30)
    header = page.table.horizontalHeader()
    for column in range(page.model.columnCount()):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= page.table.viewport().width() + 1, page.model.headerData(column, Qt.Orientation.Horizontal)


@pytest.mark.parametrize("language", ["ro", "it", "en"], indirect=True)
def test_no_list_has_a_blank_column_header(ctx, window, qtbot, language):
    customer = factories.customer(ctx.db)
    factories.issued_invoice(ctx.db, customer.id)
    for key in ("contacts", "companies", "activities", "tasks", "quotes", "invoices", "receivables", "outbox",
                "mail", "settings"):
        window.show_section(key)
    window.show_party(customer.id)
    party = window._pages["party"]
    for index in range(party.tabs.count()):
        party.tabs.setCurrentIndex(index)
    settings = window._pages["settings"]
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
    blank = []
    for key, page in window._pages.items():
        for view in [*page.findChildren(QTableView), *page.findChildren(QTreeView)]:
            header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
            if header.isHidden() or view.model() is None:
                continue
            for column in range(view.model().columnCount()):
                text = view.model().headerData(column, Qt.Orientation.Horizontal)
                if not view.isColumnHidden(column) and not str(text or "").strip():
                    blank.append((key, type(view.model()).__name__, column))
    assert blank == []


@pytest.mark.parametrize("language", ["ro", "it", "en"], indirect=True)
def test_stage_names_are_not_cut(ctx, window, qtbot, language):
    from smallcrm.domain import DealStage, Stage
    from ui.common.labels import label
    from ui.parties.party_table import PartyTableModel

    window.resize(1280, 720)  # the smallest screen the window is made for
    contacts = window.show_section("contacts")
    metrics = contacts.table.fontMetrics()
    stage = [key for key, *_ in PartyTableModel.COLUMNS].index("stage")
    widest = max(metrics.horizontalAdvance(label(s)) for s in Stage)
    assert contacts.table.columnWidth(stage) >= widest + 8, (contacts.table.columnWidth(stage), widest)
    board = window.show_section("deals")
    qtbot.wait(30)
    for key, column in board.columns.items():
        title = column.title
        assert title.width() >= title.sizeHint().width(), (label(DealStage(key)), title.width())
