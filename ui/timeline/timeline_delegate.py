"""How a timeline row looks: a round coloured badge for its kind, the title with the moment on the right,
and under it the kind, the direction and the detail in a quieter colour."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from smallcrm.domain import Channel, InvoiceKind, TimelineSource
from ui.timeline.attachment_files import paint_paperclip

# a timeline entry's kind → (glyph, colour); glyphs every desktop font family can draw (DejaVu, Segoe UI Symbol, SF)
BADGES = {
    Channel.CALL: ("☎", "#2e7d32"),
    Channel.EMAIL: ("✉", "#1565c0"),
    Channel.MEETING: ("⚇", "#6a1b9a"),
    Channel.LETTER: ("✍", "#5d4037"),
    Channel.SMS: ("✆", "#00838f"),
    Channel.CHAT: ("⇄", "#00897b"),
    Channel.SOCIAL: ("#", "#ad1457"),
    Channel.NOTE: ("✎", "#f9a825"),
    TimelineSource.TASK: ("✔", "#546e7a"),
    TimelineSource.QUOTE: ("¶", "#ef6c00"),
    InvoiceKind.INVOICE: ("▤", "#283593"),
    InvoiceKind.CREDIT_NOTE: ("↺", "#c62828"),
    TimelineSource.PAYMENT: ("€", "#2e7d32"),
}
_FALLBACK = ("•", "#78909c")
BADGE = 30
PADDING = 8
_icons: dict[tuple[str, int], QIcon] = {}


def paint_badge(painter: QPainter, rect: QRect, kind: str) -> None:
    glyph, colour = BADGES.get(kind, _FALLBACK)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(rect)
    font = QFont(painter.font())
    font.setPixelSize(max(8, int(rect.height() * 0.5)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)
    painter.restore()


def badge_icon(kind: str, size: int = 24) -> QIcon:
    """The badge as an icon, for plain views and lists."""
    key = (kind, size)
    if key not in _icons:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_badge(painter, QRect(0, 0, size, size), kind)
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, roles: dict[str, int], parent=None) -> None:
        super().__init__(parent)
        self._roles = roles  # kind, kind_label, when, detail, direction → the model's roles

    def _text(self, index: QModelIndex, name: str) -> str:
        return index.data(self._roles[name]) or ""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(320, max(BADGE, metrics.height() * 2 + 4) + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        option.text = ""
        option.icon = QIcon()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)

        rect = option.rect.adjusted(PADDING + 4, PADDING, -PADDING - 4, -PADDING)
        badge = QRect(rect.left(), rect.top() + (rect.height() - BADGE) // 2, BADGE, BADGE)
        paint_badge(painter, badge, self._text(index, "kind"))

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal if option.state & QStyle.StateFlag.State_Active else \
            QPalette.ColorGroup.Inactive
        text_colour = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                           else QPalette.ColorRole.Text)
        quiet = QColor(text_colour)
        if not selected:
            quiet.setAlphaF(0.6)

        text_left = badge.right() + 12
        base = QFont(option.font)
        metrics = QFontMetrics(base)
        line = metrics.height()
        top = rect.top() + (rect.height() - 2 * line - 2) // 2
        when = self._text(index, "when")
        when_width = metrics.horizontalAdvance(when)
        if "files" in self._roles and index.data(self._roles["files"]):
            clip = QRectF(rect.right() - when_width - line - 6, top - 1, line + 2, line + 2)
            paint_paperclip(painter, clip, quiet)
            when_width += line + 8

        painter.save()
        painter.setFont(base)
        painter.setPen(quiet)
        painter.drawText(QRect(rect.right() - when_width, top, when_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title_width = max(0, rect.right() - when_width - 16 - text_left)
        title = QFontMetrics(bold).elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "",
                                               Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(QRect(text_left, top, title_width, line), Qt.AlignmentFlag.AlignVCenter, title)

        parts = [self._text(index, "kind_label"), self._text(index, "direction"), self._text(index, "detail")]
        second = "  ·  ".join(p.replace("\n", " ") for p in parts if p)
        painter.setFont(base)
        painter.setPen(quiet)
        second_width = max(0, rect.right() - text_left)
        second = metrics.elidedText(second, Qt.TextElideMode.ElideRight, second_width)
        painter.drawText(QRect(text_left, top + line + 2, second_width, line), Qt.AlignmentFlag.AlignVCenter,
                         second)
        painter.restore()
