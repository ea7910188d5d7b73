"""Received mail waiting for a decision, as a table: who sent it, the subject, when, how big."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from smallcrm.services.mail.review import ReviewView
from ui.common.formatting import day
from ui.common.rows_model import RowsTableModel
from ui.timeline.task_table import local_time

MUTED = QColor("#8a8a8a")


def sender_text(review: ReviewView) -> str:
    if not review.from_address:
        return QCoreApplication.translate("MailReviewTableModel", "(no sender)")
    return f"{review.from_name} <{review.from_address}>" if review.from_name else review.from_address


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(size // 1024, 1)} KB"


class MailReviewTableModel(RowsTableModel):
    FROM, SUBJECT, DATE, SIZE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("MailReviewTableModel", "From"),
        QT_TRANSLATE_NOOP("MailReviewTableModel", "Subject"),
        QT_TRANSLATE_NOOP("MailReviewTableModel", "Date"),
        QT_TRANSLATE_NOOP("MailReviewTableModel", "Size"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ReviewView] = []

    def set_reviews(self, rows: list[ReviewView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def review(self, row: int) -> ReviewView:
        return self._rows[row]

    def row_of(self, review_id: int) -> int:
        return next((row for row, r in enumerate(self._rows) if r.id == review_id), -1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        review, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.UserRole:
            return review.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FROM:
                return sender_text(review)
            if column == self.SUBJECT:
                return review.subject or QCoreApplication.translate("MailReviewTableModel", "(no subject)")
            if column == self.DATE:
                local = local_time(review.sent_at or review.received_at)
                return f"{day(local.date())} {local:%H:%M}"
            return size_text(review.size)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUBJECT and review.preview:
            return review.preview
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SUBJECT and not review.subject:
            return QBrush(MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
