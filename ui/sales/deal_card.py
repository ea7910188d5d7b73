"""A deal drawn as a card on the board: title, party, value and probability, expected close."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from smallcrm.domain import DealStage
from smallcrm.services.sales.deals import CLOSED, DealView
from ui.common.formatting import day, money
from ui.sales.deal_column import DEAL_ROLE

CARD_HEIGHT = 92
MARGIN = 5
LATE_COLOR = QColor("#c62828")
STAGE_COLORS = {DealStage.NEW: "#90a4ae", DealStage.QUALIFIED: "#4fc3f7", DealStage.PROPOSAL: "#7986cb",
                DealStage.NEGOTIATION: "#ffb74d", DealStage.WON: "#66bb6a", DealStage.LOST: "#e57373"}


class DealCardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(max(option.rect.width(), 160), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        deal: DealView | None = index.data(DEAL_ROLE)
        if deal is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = QApplication.palette()  # not the list's: its background is see-through
        card = QRectF(option.rect.adjusted(MARGIN, MARGIN - 1, -MARGIN, -MARGIN + 1))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        path = QPainterPath()
        path.addRoundedRect(card, 6, 6)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        border = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawPath(path)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(card.left(), card.top(), 4, card.height()), 2, 2)
        painter.fillPath(stripe, QColor(STAGE_COLORS.get(deal.stage, "#90a4ae")))

        inner = card.toRect().adjusted(12, 6, -8, -6)
        line = inner.height() // 4
        text = palette.color(QPalette.ColorRole.Text)
        grey = QColor(text)
        grey.setAlpha(160)
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))

        def row(n: int) -> QRect:
            return QRect(inner.left(), inner.top() + n * line, inner.width(), line)

        def put(n: int, value: str, font: QFont, color: QColor, align=Qt.AlignmentFlag.AlignLeft) -> None:
            painter.setFont(font)
            painter.setPen(color)
            shown = painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(row(n), align | Qt.AlignmentFlag.AlignVCenter, shown)

        put(0, deal.title, bold, text)
        put(1, deal.party.name, option.font, grey)
        put(2, money(deal.value), bold, text)
        put(2, f"{deal.probability}%", small, grey, Qt.AlignmentFlag.AlignRight)
        late = deal.expected_close is not None and deal.expected_close < date.today() and deal.stage not in CLOSED
        closes = (self.tr("Closes %1").replace("%1", day(deal.expected_close)) if deal.expected_close
                  else self.tr("No close date"))
        put(3, closes, small, LATE_COLOR if late else grey)
        painter.restore()
