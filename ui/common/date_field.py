"""One date field for the whole window: a line of text that takes a day typed whole, as people write it in
their language (17/05/2026, 17.5.2026, 2026-05-17, or the system's short format), with a calendar button.

Qt's QDateEdit edits a date section by section, so selecting it and typing "12/03/2026" leaves a different
day than the one typed; here the text typed is the value read, and a text that is not a day says so under
the field instead of being replaced by a guess."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from ui.common.typed_field import TypedField

SHOWN = "dd/MM/yyyy"
_FORMATS = (SHOWN, "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy")


def parse_day(text: str) -> date | None:
    """The day ``text`` names in one of the accepted forms, else None (no guessing of a partial date)."""
    text = text.strip()
    for form in (*_FORMATS, QLocale().dateFormat(QLocale.FormatType.ShortFormat)):
        day = QDate.fromString(text, form)
        if day.isValid() and day.year() >= 1000:
            return date(day.year(), day.month(), day.day())
    return None


class DateField(TypedField):
    """A typed day with a calendar button and its own error line. ``optional``: empty text means "no day".

    The QDateEdit names (``date``, ``setDate``, ``dateChanged``) are kept so that forms read it the same way;
    ``date()`` is an invalid QDate while the text is not a day, and ``check()`` before saving says so."""

    dateChanged = Signal(QDate)

    def __init__(self, day: date | QDate | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, popup: bool = True, objectName: str = "", own_error: bool = True) -> None:
        """``own_error=False``: the field shows no error line of its own (a DateTimeField says it for both)."""
        super().__init__(parent, objectName=objectName)
        self.own_error = own_error
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(32)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        self.button: QToolButton | None = None
        if popup:
            self.button = self._calendar_button()
            row.addWidget(self.button)
        self._stack(row)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self.check)
        self.setDate(day)

    def _calendar_button(self) -> QToolButton:
        button = QToolButton()
        button.setText("▾")
        button.setToolTip(self.tr("Pick the day on a calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")  # the ▾ says it
        menu = QMenu(button)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(QDate(self.day() or date.today())))
        self.calendar.clicked.connect(lambda picked: (self.setDate(picked), menu.close()))
        button.setMenu(menu)
        return button

    # -- reading and writing -------------------------------------------------------------------
    def setDate(self, day: date | QDate | None) -> None:
        if isinstance(day, QDate):
            day = day.toPython() if day.isValid() else None
        self.edit.setText(QDate(day.year, day.month, day.day).toString(SHOWN) if day else "")
        self.show_error(False)

    def set_day(self, day: date | None) -> None:
        self.setDate(day)

    def day(self) -> date | None:
        """The day typed, or None when the field is empty or its text is not a day."""
        return parse_day(self.edit.text())

    def date(self) -> QDate:
        day = self.day()
        return QDate(day) if day else QDate()

    def text(self) -> str:
        return self.edit.text()

    def is_valid(self) -> bool:
        """Empty counts only for an optional field; otherwise the text must be a day."""
        if not self.edit.text().strip():
            return self.optional
        return self.day() is not None

    def read(self) -> date | None:
        return self.day()

    def announce(self, day: date) -> None:
        self.dateChanged.emit(QDate(day))

    def error_text(self) -> str:
        """What is wrong with the text typed (a DateTimeField says it for its day too)."""
        return (self.tr("Not a date: type it as 17/05/2026") if self.edit.text().strip()
                else self.tr("Type a date, as 17/05/2026"))

    def show_error(self, shown: bool) -> None:
        shown = shown and self.own_error
        if shown:
            self.error.setText(self.error_text())
        self.error.setVisible(shown)

    def focus_target(self) -> QWidget:
        """Where the cursor goes when the field is wrong."""
        return self.edit


def dates_ok(*fields) -> bool:
    """Check every enabled field, a DateField or a DateTimeField (each shows its own error); the cursor goes to
    the first that is wrong."""
    wrong = [field for field in fields if field.isEnabled() and not field.is_valid()]
    for field in fields:
        if field.isEnabled():
            field.show_error(not field.is_valid())
    if wrong:
        wrong[0].focus_target().setFocus()
    return not wrong
