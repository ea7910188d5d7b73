"""The deals board: columns per stage, cards dragged to another column move the deal, the forecast follows."""

from __future__ import annotations

import warnings
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from smallcrm.numbers import set_typing_language
from smallcrm.services.sales.deals import list_deals
from tests import factories
from ui import operations
from ui.sales.deal_column import DEAL_ROLE, DealColumnModel, deal_mime, ids_of
from ui.sales.deal_dialog import DealDialog
from ui.sales.deals_board import DealsBoard, month_text

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def deals(ctx):
    acme = factories.company(ctx.db, "Acme S.r.l.")
    rossi = factories.person(ctx.db, "Mario", "Rossi")
    soon = date.today() + timedelta(days=20)
    new = factories.deal(ctx.db, acme.id, "New shop fittings", "10000", expected_close=soon)
    talk = factories.deal(ctx.db, rossi.id, "Kitchen", "2000", stage="negotiation", expected_close=soon)
    factories.deal(ctx.db, rossi.id, "Old order", "500", stage="won")
    return acme, rossi, new, talk


@pytest.fixture
def board(ctx, deals, qtbot):
    page = DealsBoard(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _stage_of(db, deal_id):
    return next(d.stage for d in list_deals() if d.id == deal_id)


def test_column_model_passes_qt_model_tester(ctx, deals, qtmodeltester):
    model = DealColumnModel("new")
    model.set_deals(list_deals(stage="new"))
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "New shop fittings"
    assert ids_of(model.mimeData([model.index(0, 0)])) == [deals[2].id]
    qtmodeltester.check(model)


def test_columns_show_the_cards_and_the_forecast(board, deals):
    new, talk = deals[2], deals[3]
    assert [board.columns[s].model.rowCount() for s in board.columns] == [1, 0, 0, 1, 1, 0]
    assert board.columns["new"].model.index(0, 0).data(DEAL_ROLE) == new
    assert board.columns["negotiation"].model.deal(0).id == talk.id
    assert "1 deal" in board.columns["new"].summary.text()
    # 10% of 10.000 + 75% of 2.000
    assert "2.500" in board.forecast_label.text() or "2,500" in board.forecast_label.text()
    assert board.forecast.columnCount() == 1
    month = (date.today() + timedelta(days=20)).strftime("%Y-%m")
    assert board.forecast.horizontalHeaderItem(0).text() == month_text(month)


def test_dropping_on_another_column_moves_the_deal(ctx, board, deals):
    new = deals[2]
    before = board.forecast_label.text()
    target = board.columns["proposal"].model
    assert not board.columns["new"].model.canDropMimeData(deal_mime([new.id]), MOVE, -1, -1, QModelIndex())
    assert target.canDropMimeData(deal_mime([new.id]), MOVE, -1, -1, QModelIndex())
    assert target.dropMimeData(deal_mime([new.id]), MOVE, -1, -1, QModelIndex())
    assert _stage_of(ctx.db, new.id) == "proposal"
    assert board.columns["new"].model.rowCount() == 0
    assert board.columns["proposal"].model.deal(0).probability == 50
    assert board.forecast_label.text() != before
    assert "6.500" in board.forecast_label.text() or "6,500" in board.forecast_label.text()  # 5.000 + 1.500


def test_a_drop_event_on_the_column_view_moves_the_deal(ctx, board, deals):
    talk = deals[3]
    view = board.columns["won"].view
    data = deal_mime([talk.id])
    spot = QPointF(view.viewport().width() / 2, view.viewport().height() - 10)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # the QPoint constructors PySide6 takes are marked deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(spot.toPoint(), MOVE, data, buttons, mods)
        move = QDragMoveEvent(spot.toPoint(), MOVE, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(spot, MOVE, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    assert drop.isAccepted()
    assert _stage_of(ctx.db, talk.id) == "won"
    assert board.columns["won"].model.rowCount() == 2
    assert board.columns["negotiation"].model.rowCount() == 0
    assert "1 open deal" in board.forecast_label.text()


def test_cards_moved_together_move_in_one_write_or_not_at_all(ctx, board, deals, monkeypatch):
    new, talk = deals[2], deals[3]
    said, published = [], []
    monkeypatch.setattr(operations, "show_error", lambda parent, error: said.append(error))
    ctx.bus.changed.connect(published.append)
    board.move([new.id, talk.id], "won")
    assert (_stage_of(ctx.db, new.id), _stage_of(ctx.db, talk.id)) == ("won", "won")
    assert len(published) == 1 and published[0].deals == {new.id, talk.id}  # one write, one reload
    assert board.columns["won"].model.rowCount() == 3
    board.move([new.id, 999_999], "lost")  # one of them was deleted meanwhile: neither moves
    assert _stage_of(ctx.db, new.id) == "won" and [error.code for error in said] == ["not_found"]


def test_dropping_a_card_on_its_own_column_does_nothing(ctx, board, deals):
    new = deals[2]
    assert not board.columns["new"].model.dropMimeData(deal_mime([new.id]), MOVE, -1, -1, QModelIndex())
    assert _stage_of(ctx.db, new.id) == "new"


def test_new_deal_dialog(ctx, board, deals, qtbot, monkeypatch):
    acme = deals[0]
    dialog = DealDialog(ctx, parent=board, stage="qualified")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Warehouse shelves")
    dialog.save()
    assert dialog.saved is None and "party_id" in dialog.errors.visible()
    dialog.party.setText("acme")
    dialog.party.search_now()
    dialog.party.pick_row(0)
    dialog.value.setText("abc")
    dialog.save()
    assert dialog.saved is None and "value" in dialog.errors.visible()
    assert len(list_deals()) == 3
    set_typing_language("it")  # as the Italian window sets it (the root conftest puts English back)
    dialog.value.setText("4.000,50")
    dialog.save()
    saved = dialog.saved
    assert (saved.party.id, saved.stage, saved.probability, str(saved.value)) == (acme.id, "qualified", 25, "4000.50")
    assert board.columns["qualified"].model.rowCount() == 1  # the board heard of it on the bus

    asked = []
    monkeypatch.setattr(DealDialog, "ask", classmethod(lambda cls, *args, **kw: asked.append(args)))
    board.new_button.click()
    board.columns["qualified"].view.doubleClicked.emit(board.columns["qualified"].model.index(0, 0))
    assert len(asked) == 2 and asked[1][1].id == saved.id


def test_no_open_deals_no_empty_forecast_grid(ctx, qtbot):
    from ui.sales.deals_board import DealsBoard

    board = DealsBoard(ctx)
    qtbot.addWidget(board)
    board.show()
    board.reload()
    assert board.forecast.isHidden() and "nothing to forecast" in board.forecast_label.text()
