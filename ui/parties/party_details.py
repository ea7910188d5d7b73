"""The top of the 360° view (name, kind, stage, companies, tags) and its details card (how to reach them,
where they are, tax ids, who owns the relationship, what they owe, who works there)."""

from __future__ import annotations

import re
from decimal import Decimal
from html import escape

from babel.numbers import format_currency
from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import ContactKind, PartyKind
from smallcrm.services.parties.handles import handle_link, service_title
from smallcrm.services.views import PartyView
from smallcrm.validation import format_phone
from ui.common.labels import label
from ui.common.theme import mute, unmute

OVERDUE_COLOR = "#c62828"
MEMBERS_SHOWN = 40


def money(amount: Decimal, currency: str) -> str:
    """``amount`` as the user's locale writes money (babel), or plainly when the locale is unknown."""
    try:
        return format_currency(amount, currency, locale=QLocale().name())
    except Exception:  # "C" locale or a currency babel does not know
        return f"{amount:.2f} {currency}"


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setWeight(font.Weight.DemiBold)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def short_list() -> QListWidget:
    """The frameless list of the page's side sections (open tasks, open deals)."""
    items = QListWidget()
    items.setFrameShape(QFrame.Shape.NoFrame)
    items.setStyleSheet("QListWidget::item { padding: 4px 2px; }")
    return items


def fit_rows(items: QListWidget, most: int) -> None:
    """As tall as its rows, up to ``most`` of them (then it scrolls)."""
    row = items.sizeHintForRow(0) if items.count() else 0
    items.setFixedHeight(min(items.count(), most) * row + 4)




def link(href: str, text: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def _value_label(external: bool) -> QLabel:
    value = QLabel()
    value.setWordWrap(True)
    value.setTextFormat(Qt.TextFormat.RichText)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    value.setOpenExternalLinks(external)
    policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)  # several lines (phones, people) get the height they need
    value.setSizePolicy(policy)
    return value


NOT_CALLED = frozenset({"fax", "pager"})
PHOTO_SIDE = 84  # pixels: the contact's picture beside the name
E164 = re.compile(r"\+\d{4,15}(;ext=\d+)?")


class PartyHeader(QWidget):
    open_party = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.75)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = _value_label(external=False)
        self.subtitle.linkActivated.connect(self._link)
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        self._tags = QHBoxLayout()
        self._tags.setSpacing(6)
        self._tags.setContentsMargins(0, 0, 0, 0)
        self._tags.addStretch(1)
        self.tags: list[QLabel] = []
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(4)
        text.addWidget(self.name)
        text.addWidget(self.subtitle)
        text.addLayout(self._tags)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def show_photo(self, data: bytes | None) -> None:
        """The contact's picture, scaled to fit; none (or one Qt cannot draw) leaves the space to the name."""
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
            self.photo.show()
        else:
            self.photo.clear()
            self.photo.hide()

    def show_party(self, party: PartyView) -> None:
        self.name.setText(party.full_name)
        parts = [escape(label(party.kind)), escape(label(party.stage))]
        if party.kind == PartyKind.PERSON:
            for affiliation in party.companies:
                company = link(f"party:{affiliation.company.id}", affiliation.company.name)
                role = affiliation.role or (party.job_title if affiliation.is_primary else "")
                parts.append(self.tr("%1 at %2").replace("%1", escape(role)).replace("%2", company) if role
                             else company)
            if party.job_title and not party.companies:
                parts.append(escape(party.job_title))
        else:
            parts.append(self.tr("%n person(s)", "", len(party.members)))
        self.subtitle.setText("  ·  ".join(parts))
        mute(self.subtitle, 0.8)
        for chip in self.tags:
            self._tags.removeWidget(chip)
            chip.deleteLater()
        self.tags = []
        for tag in party.tags:
            chip = QLabel(tag)
            chip.setStyleSheet("background: #e3ecf8; color: #1f3f6e; border-radius: 9px; padding: 1px 9px;")
            self._tags.insertWidget(len(self.tags), chip)
            self.tags.append(chip)

    def _link(self, href: str) -> None:
        if href.startswith("party:"):
            self.open_party.emit(int(href.split(":", 1)[1]))


def _handle(service: str, value: str) -> str:
    """ "Skype: joe.doe", or "Twitter: <a>https://twitter.com/joe</a>" when the address is a web page."""
    url = handle_link(value)
    shown = link(url, value) if url else escape(value)
    return f"{escape(service_title(service))}: {shown}" if service else shown


class PartyDetails(QWidget):
    """The card on the left: one row per thing we know, rows without a value hidden."""

    open_party = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setVerticalSpacing(9)
        self.form.setHorizontalSpacing(14)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.phones, self.emails, self.websites, self.chats, self.socials = (_value_label(True) for _ in range(5))
        self.address, self.vat_number, self.tax_code = (_value_label(False) for _ in range(3))
        self.owner, self.source, self.notes = (_value_label(False) for _ in range(3))
        self.balance = _value_label(False)
        self.nickname, self.department, self.birthday, self.anniversary = (_value_label(False) for _ in range(4))
        self.members = _value_label(False)
        self.members.linkActivated.connect(self._link)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self._rows: dict[str, QLabel] = {}
        for key, text, widget in (
                ("phones", self.tr("Phone"), self.phones), ("emails", self.tr("E-mail"), self.emails),
                ("websites", self.tr("Website"), self.websites), ("chats", self.tr("Chat"), self.chats),
                ("socials", self.tr("Social"), self.socials), ("address", self.tr("Address"), self.address),
                ("nickname", self.tr("Nickname"), self.nickname),
                ("department", self.tr("Department"), self.department),
                ("birthday", self.tr("Birthday"), self.birthday),
                ("anniversary", self.tr("Anniversary"), self.anniversary),
                ("vat_number", self.tr("VAT number"), self.vat_number),
                ("tax_code", self.tr("Tax code"), self.tax_code), ("owner", self.tr("Owner"), self.owner),
                ("source", self.tr("Source"), self.source), ("balance", self.tr("Balance due"), self.balance),
                ("members", self.tr("People"), self.members), ("notes", self.tr("Notes"), self.notes)):
            caption = mute(QLabel(text))
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)  # beside a list's first line
            self.form.addRow(caption, widget)
            self._rows[key] = widget

    def show_party(self, party: PartyView, balance: Decimal, overdue: bool, currency: str) -> None:
        phones = []
        labels = {"mobile": self.tr("mobile"), "fax": self.tr("fax"), "pager": self.tr("pager"),
                  "work": self.tr("work"), "home": self.tr("home")}
        for point in party.points(ContactKind.PHONE):
            label = labels.get(point.label, point.label)
            kind = f" ({escape(label)})" if label else ""
            read = E164.fullmatch(point.value) is not None  # an imported number that could not be read: as typed
            shown = format_phone(point.value) if read else point.value
            # a fax or a pager is no number to call, nor one that was never read
            callable_ = read and point.label not in NOT_CALLED
            phones.append((link(f"tel:{point.value}", shown) if callable_ else escape(shown)) + kind)
        self.phones.setText("<br>".join(phones))
        self.emails.setText("<br>".join(link(f"mailto:{e}", e) for e in party.emails))
        webs = [p.value for p in party.points(ContactKind.WEB)]
        self.websites.setText("<br>".join(link(w if "://" in w else f"https://{w}", w) for w in webs))
        for widget, kind in ((self.chats, ContactKind.IM), (self.socials, ContactKind.SOCIAL)):
            widget.setText("<br>".join(_handle(p.label, p.value) for p in party.points(kind)))
        self.address.setText("<br>".join(escape(a.one_line()) for a in party.addresses))
        self.nickname.setText(escape(party.nickname))
        self.department.setText(escape(party.department))
        for widget, day in ((self.birthday, party.birthday), (self.anniversary, party.anniversary)):
            widget.setText(escape(QLocale().toString(QDate(day.year, day.month, day.day),
                                                     QLocale.FormatType.LongFormat)) if day else "")
        self.vat_number.setText(escape(party.vat_number))
        self.tax_code.setText(escape(party.tax_code))
        self.owner.setText(escape(party.owner))
        self.source.setText(escape(party.source))
        self.notes.setText(party.notes)
        self._show_balance(balance, overdue, currency)
        members = [link(f"party:{m.person.id}", m.person.name) + (f" — {escape(m.role)}" if m.role else "")
                   for m in party.members[:MEMBERS_SHOWN]]
        if len(party.members) > MEMBERS_SHOWN:
            members.append(escape(self.tr("…and %n more", "", len(party.members) - MEMBERS_SHOWN)))
        self.members.setText("<br>".join(members))
        for widget in self._rows.values():
            self.form.setRowVisible(widget, bool(widget.text()))
        self.form.setRowVisible(self.balance, True)

    def _show_balance(self, balance: Decimal, overdue: bool, currency: str) -> None:
        if balance <= 0:
            self.balance.setText(escape(self.tr("Nothing due")))
            self.balance.setToolTip("")
            mute(self.balance)
            return
        unmute(self.balance)
        amount = escape(money(balance, currency))
        if overdue:
            late = escape(self.tr("overdue"))  # outside the f-string, where lupdate finds it
            self.balance.setText(f'<b style="color:{OVERDUE_COLOR}">{amount}</b> '
                                 f'<span style="color:{OVERDUE_COLOR}">{late}</span>')
            self.balance.setToolTip(self.tr("Some invoices are past their due date"))
        else:
            self.balance.setText(f"<b>{amount}</b>")
            self.balance.setToolTip(self.tr("Open invoices, not yet due"))

    def _link(self, href: str) -> None:
        if href.startswith("party:"):
            self.open_party.emit(int(href.split(":", 1)[1]))
