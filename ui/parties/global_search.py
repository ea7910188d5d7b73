"""Ctrl+K anywhere in the main window: find a person, a company, a quote or an invoice and open it.

A panel over the top of the window: results while typing (after a short pause, in the background),
arrow keys move, Enter opens, Esc or a click elsewhere closes.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import DocumentKind, PartyKind
from ui.common.context import AppContext
from ui.operations import cancel_read, read_op, reading
from ui.parties.search_results import DETAIL_ROLE, TYPE_ROLE, Result, SearchResultsModel, find_everything

TYPING_PAUSE_MS = 120
ROW_HEIGHT = 44
ROWS_SHOWN = 8
WIDTH = 600


class ResultDelegate(QStyledItemDelegate):
    """Two lines per result: the name in bold, what tells it apart in grey; its type on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        grey = QColor(text_color)
        grey.setAlpha(150)
        rect = option.rect.adjusted(12, 4, -12, -4)
        kind = index.data(TYPE_ROLE) or ""
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(grey)
        kind_width = painter.fontMetrics().horizontalAdvance(kind) + 4
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, kind)
        text_rect = rect.adjusted(0, 0, -kind_width - 12, 0)
        half = text_rect.height() // 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = painter.fontMetrics().elidedText(index.data() or "", Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(QRect(text_rect.left(), text_rect.top(), text_rect.width(), half),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(small)
        painter.setPen(grey)
        detail = painter.fontMetrics().elidedText(index.data(DETAIL_ROLE) or "", Qt.TextElideMode.ElideRight,
                                                  text_rect.width())
        painter.drawText(QRect(text_rect.left(), text_rect.top() + half, text_rect.width(), half),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.restore()


class GlobalSearch(QFrame):
    """The search panel; ``window`` is the main window (show_party, show_section, maybe open_quote...)."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self._open_when_found = False
        self.setObjectName("global-search")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#global-search { background: palette(window); border: 1px solid palette(mid);"
                           " border-radius: 6px; }")
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(24)
        shadow.setOffset(0, 4)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)
        self.edit = QLineEdit(placeholderText=self.tr("Search contacts, companies, quotes, invoices…"))
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        self.edit.setFont(font)
        self.model = SearchResultsModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)

        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search_now)
        self.edit.textChanged.connect(self._edited)
        self.edit.installEventFilter(self)
        self.list.clicked.connect(lambda index: self.open_row(index.row()))
        window.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.hide()

    # -- showing -------------------------------------------------------------------------------
    def popup(self) -> None:
        """Show the panel (Ctrl+K) with what was typed last selected, ready to type over."""
        self._place()
        self._show_hint()
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_popup(self) -> None:
        self._typing.stop()
        self._open_when_found = False
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        width = min(WIDTH, parent.width() - 40)
        rows = min(max(self.model.rowCount(), 0), ROWS_SHOWN)
        self.list.setVisible(rows > 0)
        self.list.setFixedHeight(rows * ROW_HEIGHT + 4)
        height = self.sizeHint().height() if rows else self.layout().sizeHint().height()
        self.setGeometry((parent.width() - width) // 2, 48, width, height)

    def _show_hint(self) -> None:
        if self.edit.text().strip() and not self.model.rowCount() and not self._typing.isActive():
            self.hint.setText(self.tr("Nothing found"))
        else:
            self.hint.setText(self.tr("↑ ↓ to move · Enter to open · Esc to close"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            return self._key(event.key())
        if watched is self._window and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _key(self, key: int) -> bool:
        moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: ROWS_SHOWN,
                 Qt.Key.Key_PageUp: -ROWS_SHOWN}
        if key in moves:
            self._move(moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._enter()
        elif key == Qt.Key.Key_Escape:
            self.close_popup()
        else:
            return False
        return True

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.isVisible() and new is not None and new is not self and not self.isAncestorOf(new):
            self.close_popup()

    # -- searching -----------------------------------------------------------------------------
    def _edited(self, text: str) -> None:
        cancel_read(self, "search")  # an answer on its way is for the text before this one
        if text.strip():
            self._typing.start()
        else:
            self._typing.stop()
            self._show([])

    def search_now(self) -> None:
        self._typing.stop()
        text = self.edit.text().strip()
        if not text:
            return
        read_op(self._ctx, self, "search", lambda: find_everything(text), self._found)

    def _found(self, found: list[Result]) -> None:
        self._show(found)
        if self._open_when_found:
            self._open_when_found = False
            if found:
                self.open_row(0)

    def _show(self, found: list[Result]) -> None:
        self.model.set_results(found)
        if found:
            self.list.setCurrentIndex(self.model.index(0, 0))
        if self.isVisible():
            self._place()
        self._show_hint()

    def _move(self, step: int) -> None:
        count = self.model.rowCount()
        if count:
            row = min(max(self.list.currentIndex().row() + step, 0), count - 1)
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _enter(self) -> None:
        if self._typing.isActive() or reading(self, "search"):  # Enter before the results came: open the first
            self._open_when_found = True
            if self._typing.isActive():
                self.search_now()
            return
        if self.model.rowCount():
            self.open_row(max(self.list.currentIndex().row(), 0))

    # -- opening -------------------------------------------------------------------------------
    def open_row(self, row: int) -> None:
        result = self.model.result(row)
        self.close_popup()
        window = self._window
        if result.kind in (PartyKind.PERSON, PartyKind.COMPANY):
            window.show_party(result.id)
            return
        section, opener = (("quotes", "open_quote") if result.kind == DocumentKind.QUOTE
                           else ("invoices", "open_invoice"))
        if callable(getattr(window, opener, None)):
            getattr(window, opener)(result.id)
            return
        with suppress(StopIteration):  # no such section in this build
            window.show_section(section)


def install_global_search(window: QWidget, ctx: AppContext) -> GlobalSearch:
    """Put the search panel on ``window`` and bind Ctrl+K to it."""
    search = GlobalSearch(ctx, window)
    shortcut = QShortcut(QKeySequence("Ctrl+K"), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(search.popup)
    search.shortcut = shortcut
    return search
