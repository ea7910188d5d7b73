"""Deals: the pipeline as a board, one column per stage; drag a card to another column to move the deal.
Below the board, the weighted forecast of the open deals by the month they should close."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import DealStage
from smallcrm.services.sales.deals import ForecastMonth, forecast_by_month, list_deals, move_deals
from ui.common.context import AppContext
from ui.common.formatting import locale_name, money
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.read_only_guard import writes
from ui.common.tables import open_on_enter
from ui.operations import read_op, write_op
from ui.sales.deal_card import STAGE_COLORS, DealCardDelegate
from ui.sales.deal_column import DealColumnModel
from ui.sales.deal_dialog import DealDialog

SHOWN = 2000


def month_text(key: str) -> str:
    """"2026-11" → "nov 2026" in the window's language."""
    try:
        year, month = (int(p) for p in key.split("-"))
    except ValueError:
        return key
    return format_date(date(year, month, 1), "LLL yyyy", locale=locale_name())


class StageColumn(QFrame):
    """A stage's title with its count and total, over the list of its cards."""

    def __init__(self, stage: DealStage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"stage-{stage}")
        self.setStyleSheet(f"#stage-{stage} {{ background: palette(window); border: 1px solid palette(midlight);"
                           f" border-top: 3px solid {STAGE_COLORS[stage]}; border-radius: 4px; }}")
        self.model = DealColumnModel(stage, self)
        self.title = QLabel(f"<b>{label(stage)}</b>")
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(dark);")
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(DealCardDelegate(self.view))
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.view.setPalette(palette)
        self.view.setMinimumWidth(140)  # six of them and the sidebar fit 1280 pixels
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def set_deals(self, deals: list) -> None:
        self.model.set_deals(deals)
        total = sum((d.value for d in deals), Decimal("0.00"))
        self.summary.setText(self.tr("%n deal(s)", "", len(deals)) + " · " + money(total))


class DealsBoard(QWidget):
    open_party = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.new_button = QPushButton(self.tr("New deal"))
        writes(self.new_button)
        set_icon(self.new_button, Icon.NEW)
        self.new_button.clicked.connect(self.new_deal)
        self.hint = QLabel(self.tr("Drag a card to another column to move the deal; double-click to edit it."))
        self.hint.setStyleSheet("color: palette(dark);")
        self.hint.setWordWrap(True)  # on one line its Italian text alone widened the window past a laptop's screen
        bar = QHBoxLayout()
        bar.addWidget(self.hint, 1)
        bar.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignRight)  # stays its size while the hint is hidden

        self.columns: dict[str, StageColumn] = {}
        self.board = QWidget(objectName="deals-board")  # the empty state covers it while no column has a deal
        board = QHBoxLayout(self.board)
        board.setContentsMargins(0, 0, 0, 0)
        board.setSpacing(8)
        for stage in DealStage:
            column = StageColumn(str(stage))
            column.model.dropped.connect(self.move)
            column.view.doubleClicked.connect(lambda index, c=column: self.edit(c, index))
            open_on_enter(column.view)
            column.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.view.customContextMenuRequested.connect(lambda pos, c=column: self._menu(c, pos))
            self.columns[str(stage)] = column
            board.addWidget(column, 1)

        self.forecast_label = QLabel()
        self.forecast_label.setObjectName("forecast-total")
        self.forecast = QTableWidget(3, 0)
        self.forecast.setVerticalHeaderLabels([self.tr("Deals"), self.tr("Value"), self.tr("Weighted")])
        self.forecast.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forecast.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.forecast.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.forecast.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.forecast.horizontalHeader().setMinimumSectionSize(90)
        self.forecast.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.forecast.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = self.forecast.horizontalHeader().sizeHint().height() + 3 * self.forecast.verticalHeader(
            ).defaultSectionSize() + 28
        self.forecast.setFixedHeight(height)
        self.forecast.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.forecast.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.board, 1)
        self.forecast_title = QLabel(self.tr("<b>Forecast</b> (open deals by expected close, weighted by probability)"))
        layout.addWidget(self.forecast_title)
        layout.addWidget(self.forecast_label)
        layout.addWidget(self.forecast, 0, Qt.AlignmentFlag.AlignLeft)
        ctx.bus.changed.connect(self._changed)
        self.reload()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the pipeline and the forecast in the background; the columns fill when they arrive."""
        read_op(self._ctx, self, "deals", lambda: (list_deals(limit=SHOWN), forecast_by_month()),
                lambda found: self._arrived(*found))

    def _arrived(self, deals: list, months: list[ForecastMonth]) -> None:
        by_stage: dict[str, list] = {stage: [] for stage in self.columns}
        for deal in deals:
            by_stage.setdefault(deal.stage, []).append(deal)
        for stage, column in self.columns.items():
            column.set_deals(by_stage[stage])
        self._show_forecast(months)
        for part in (self.hint, self.forecast_title, self.forecast_label):  # no cards: the empty state says it all
            part.setVisible(bool(deals))

    def _show_forecast(self, months: list[ForecastMonth]) -> None:
        weighted = sum((m.weighted for m in months), Decimal("0.00"))
        value = sum((m.value for m in months), Decimal("0.00"))
        count = sum(m.deals for m in months)
        if count:
            self.forecast_label.setText(
                self.tr("Weighted forecast: %1 out of %2 in %n open deal(s)", "", count)
                .replace("%1", money(weighted)).replace("%2", money(value)))
        else:
            self.forecast_label.setText(self.tr("No open deals: nothing to forecast"))
        self.forecast.setColumnCount(len(months))
        self.forecast.setVisible(bool(months))  # empty, it was a bare grid of row titles
        self.forecast.setHorizontalHeaderLabels(
            [month_text(m.month) if m.month != "—" else self.tr("No date") for m in months])
        for column, month in enumerate(months):
            for row, text in enumerate((str(month.deals), money(month.value), money(month.weighted))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == 2:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.forecast.setItem(row, column, item)

    def _changed(self, changes: Changes) -> None:
        if changes.deals or changes.parties:
            self.reload()

    # -- actions -------------------------------------------------------------------------------
    def move(self, ids: list[int], stage: DealStage) -> None:
        """Cards dropped on the column of ``stage`` move together, or none does (the board reloads on the bus)."""
        write_op(self._ctx, lambda db: move_deals(db, ids, stage), parent=self)

    def edit(self, column: StageColumn, index: QModelIndex) -> None:
        if index.isValid():
            DealDialog.ask(self._ctx, column.model.deal(index.row()), self)

    def _menu(self, column: StageColumn, pos) -> None:
        index = column.view.indexAt(pos)
        if not index.isValid():
            return
        deal = column.model.deal(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(column, index))
        menu.addAction(self.tr("Open %1").replace("%1", deal.party.name), lambda: self.open_party.emit(deal.party.id))
        moves = menu.addMenu(self.tr("Move to"))
        for stage in self.columns:
            if stage != deal.stage:
                moves.addAction(label(stage), lambda s=stage: self.move([deal.id], s))
        menu.exec(column.view.viewport().mapToGlobal(pos))

    def new_deal(self) -> None:
        DealDialog.ask(self._ctx, None, self)
