"""The first page: what needs doing today and how the month goes, each figure a button that opens its list.

Today's tasks and the quotes to follow up, the invoices past due with what is left on them, this month's
invoicing and collections, and the open pipeline by stage. Read in the background (one aggregate query each,
``services/timeline/home.py``) when the page is shown and whenever a change could move a figure. On an empty
database it says how to start instead of showing zeros.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smallcrm.changes import Changes
from smallcrm.services.timeline.home import HomeFigures, home_figures
from ui.common import formatting
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.icons import Icon, set_icon
from ui.common.labels import label
from ui.common.layout import row
from ui.common.read_only_guard import writes
from ui.operations import read_op
from ui.timeline.home_cards import CARD_STYLE, FigureCard

WATCHED = ("parties", "tasks", "quotes", "invoices", "payments", "refunds", "deals")


class HomePage(QWidget):
    open_section = Signal(str)  # the key of the page a figure opens
    start = Signal(str)  # on an empty database: "import" (an address book) or "person" (a new contact)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.figures: HomeFigures | None = None
        self.setStyleSheet(CARD_STYLE)
        self.title = QLabel(self.tr("Today"))
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.empty = QWidget()
        words = QLabel(self.tr("Nothing here yet. Start by adding a contact (Contacts → New person, or "
                               "Ctrl+N) or by importing your address book (File → Import contacts); quotes, "
                               "invoices and deals follow from there."), wordWrap=True)
        self.import_button = QPushButton(self.tr("Import an address book…"))
        set_icon(self.import_button, Icon.IMPORT)
        self.import_button.clicked.connect(lambda: self.start.emit("import"))
        self.person_button = QPushButton(self.tr("Add a contact"))
        set_icon(self.person_button, Icon.NEW_PERSON)
        self.person_button.clicked.connect(lambda: self.start.emit("person"))
        writes(self.import_button, self.person_button)
        empty = QVBoxLayout(self.empty)
        empty.setContentsMargins(0, 0, 0, 0)
        empty.addWidget(words)
        empty.addLayout(row(self.import_button, self.person_button, None))
        self.empty.hide()
        self.cards: dict[str, FigureCard] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, (key, section, name, opens) in enumerate((
                ("tasks", "tasks", Icon.TASKS, self.tr("Open the tasks")),
                ("quotes", "quotes", Icon.QUOTES, self.tr("Open the quotes")),
                ("overdue", "receivables", Icon.RECEIVABLES, self.tr("Open the receivables")),
                ("invoiced", "invoices", Icon.INVOICES, self.tr("Open the invoices")),
                ("collected", "invoices", Icon.PAYMENT, self.tr("Open the invoices")))):
            grid.addWidget(self._card(key, section, name, opens), index // 3, index % 3)
        self.pipeline_title = QLabel(self.tr("Open deals by stage"))
        self.pipeline_title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.pipeline = QGridLayout()
        self.pipeline.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.pipeline_title)
        layout.addLayout(self.pipeline)
        layout.addStretch(1)
        ctx.bus.changed.connect(self._changed)
        ctx.bus.replaced.connect(self.reload)
        self.reload()

    def _card(self, key: str, section: str, name: Icon, opens: str) -> FigureCard:
        card = FigureCard(name, opens)
        card.clicked.connect(lambda _checked=False, s=section: self.open_section.emit(s))
        self.cards[key] = card
        return card

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if any(getattr(changes, kind) for kind in WATCHED):
            self.reload()

    def reload(self) -> None:
        read_op(self._ctx, self, "figures", home_figures, self._show, on_error=lambda error: show_error(self, error))

    def _show(self, figures: HomeFigures) -> None:
        self.figures = figures
        money = lambda value: formatting.money(value, figures.currency)  # noqa: E731 - five uses below
        texts = {
            "tasks": (str(figures.tasks_due), self.tr("tasks due today or overdue")),
            "quotes": (str(figures.quotes_to_follow_up), self.tr("quotes to follow up")),
            "overdue": (money(figures.overdue),
                        self.tr("left on %n invoice(s) past due", "", figures.overdue_invoices)),
            "invoiced": (money(figures.invoiced_this_month), self.tr("invoiced this month")),
            "collected": (money(figures.collected_this_month), self.tr("collected this month")),
        }
        for key, (figure, caption) in texts.items():
            self.cards[key].show_figure(figure, caption)
        self.empty.setVisible(figures.is_empty)
        while self.pipeline.count():
            widget = self.pipeline.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for column, stage in enumerate(figures.pipeline):
            card = FigureCard(Icon.DEALS, self.tr("Open the deals"))
            card.show_figure(money(stage.value), self.tr("%n deal(s): %1", "", stage.deals)
                             .replace("%1", label(stage.stage)))
            card.clicked.connect(lambda _checked=False: self.open_section.emit("deals"))
            self.pipeline.addWidget(card, 0, column)
