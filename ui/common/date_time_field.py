"""A day and a time of day, both typed whole: the app's DateField (``ui/common/date_field.py``) and beside it a
short field for the time (09:30, 9.30, 9), for the moments the window asks for (a task's due time, when a call
took place, when a consent was given).

Qt's QDateTimeEdit edits section by section: selecting it and typing "12/03/2026 15:30" leaves another moment
than the one typed. Here the text typed is the value read, and a text that is not a moment says so under the
field. The QDateTimeEdit names (``dateTime``, ``setDateTime``, ``dateTimeChanged``) are kept, so forms read it
the same way; ``dateTime()`` is an invalid QDateTime while the text is not a moment.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from ui.common.date_field import DateField
from ui.common.typed_field import TypedField

TIME_SHOWN = "HH:mm"
_TIME_FORMATS = (TIME_SHOWN, "H:mm", "HH.mm", "H.mm", "HHmm", "H")


def parse_time(text: str) -> time | None:
    """The time of day ``text`` names (09:30, 9:30, 9.30, 0930, 9), else None."""
    text = text.strip()
    for form in _TIME_FORMATS:
        moment = QTime.fromString(text, form)
        if moment.isValid():
            return time(moment.hour(), moment.minute())
    return None


class DateTimeField(TypedField):
    """A typed day (with its calendar button) and a typed time, one error line for both."""

    dateTimeChanged = Signal(QDateTime)

    def __init__(self, moment: datetime | QDateTime | None = None, parent: QWidget | None = None, *,
                 objectName: str = "") -> None:
        super().__init__(parent, objectName=objectName)
        self.day = DateField(own_error=False)  # one error line for the moment, under both fields
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("hh:mm"))
        self.time.setMaxLength(8)
        self.time.setFixedWidth(self.time.fontMetrics().horizontalAdvance("000:000") + 16)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.day, 1)
        row.addWidget(self.time)
        self._stack(row)
        self.setFocusProxy(self.day)
        self.day.edit.textChanged.connect(self._typed)
        self.time.textChanged.connect(self._typed)
        self.day.edit.editingFinished.connect(self.check)
        self.time.editingFinished.connect(self.check)
        self.setDateTime(moment)

    # -- reading and writing -------------------------------------------------------------------
    def setDateTime(self, moment: datetime | QDateTime | None) -> None:
        if isinstance(moment, QDateTime):
            moment = moment.toPython() if moment.isValid() else None
        self.day.setDate(moment.date() if moment else None)
        self.time.setText(QTime(moment.hour, moment.minute).toString(TIME_SHOWN) if moment else "")
        self._last = self.value()
        self.show_error(False)

    def value(self) -> datetime | None:
        """The moment typed (naive, to the minute), or None while either part is not readable."""
        day, moment = self.day.day(), parse_time(self.time.text())
        return datetime.combine(day, moment) if day is not None and moment is not None else None

    def dateTime(self) -> QDateTime:
        moment = self.value()
        return QDateTime(moment) if moment else QDateTime()

    def date(self) -> QDate:
        return self.day.date()

    def is_valid(self) -> bool:
        return self.value() is not None

    def read(self) -> datetime | None:
        return self.value()

    def announce(self, moment: datetime) -> None:
        self.dateTimeChanged.emit(QDateTime(moment))

    def show_error(self, shown: bool) -> None:
        if shown:
            self.error.setText(self.day.error_text() if self.day.day() is None
                               else self.tr("Not a time: type it as 09:30"))
        self.error.setVisible(shown)

    def focus_target(self) -> QWidget:
        """The part that is wrong (``date_field.dates_ok`` puts the cursor there)."""
        return self.day.edit if self.day.day() is None else self.time
