"""The 360° view of a person or a company: who they are, how to reach them, what they owe, what is open
and everything that happened, newest first. Everything is read in the background; the page reloads when
a service reports a change to this party or to a party shown on it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.domain import InvoiceKind, InvoiceStatus, TimelineSource
from smallcrm.errors import NotFound
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.parties.overview import party_overview
from smallcrm.services.parties.parties import get_party, restore_party, trash_party
from smallcrm.services.parties.photos import get_photo
from smallcrm.services.sales.deals import DealView, list_deals
from smallcrm.services.sales.invoices import list_invoices
from smallcrm.services.views import PartyOverview, PartyView
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.common.tables import open_on_enter
from ui.operations import read_op, write_op
from ui.parties.party_deals import OpenDeals
from ui.parties.party_details import PartyDetails, PartyHeader, heading, mute
from ui.parties.party_form import PartyForm
from ui.parties.party_history import PartyHistory
from ui.parties.party_tasks import OpenTasks
from ui.privacy.party_privacy import PartyPrivacy
from ui.timeline import timeline_model as tm
from ui.timeline.attachment_files import open_entry_files
from ui.timeline.communication_actions import CommunicationActions
from ui.timeline.log_dialog import LogDialog
from ui.timeline.task_dialog import TaskDialog
from ui.timeline.timeline_delegate import TimelineDelegate


@dataclass(frozen=True)
class PageData:
    overview: PartyOverview | None  # None when the party is in the trash
    party: PartyView
    balance: Decimal = Decimal("0.00")
    overdue: bool = False
    currency: str = "EUR"
    photo: bytes | None = None  # the contact's picture, when it has one
    deals: tuple[DealView, ...] = ()  # open ones, a company's with its people's


def load_page(party_id: int) -> PageData:
    """Everything the page shows (runs in the background)."""
    try:
        overview = party_overview(party_id, limit=tm.PAGE)
    except NotFound:
        return PageData(None, get_party(party_id, include_trash=True))  # NotFound again if gone
    photo = get_photo(party_id) if overview.party.has_photo else None
    rows = list_invoices(party_id=party_id, kind=InvoiceKind.INVOICE, status=InvoiceStatus.ISSUED, limit=100_000)
    owed = [r for r in rows if r.balance_due > 0]
    scope = [party_id, *(m.person.id for m in overview.party.members)]
    deals = tuple(list_deals(party_ids=scope, include_closed=False, limit=50))
    return PageData(overview, overview.party, sum((r.balance_due for r in owed), Decimal("0.00")),
                    any(r.days_overdue > 0 for r in owed), get_setting("currency"), photo.data if photo else None,
                    deals)


ACTION_ICONS = {"call": Icon.CALL, "note": Icon.NOTE, "task": Icon.NEW_TASK, "quote": Icon.NEW_DOCUMENT,
                "payment": Icon.PAYMENT}


class PartyPage(QWidget):
    new_quote = Signal(int)
    record_payment = Signal(int)
    party_shown = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.party_id: int | None = None
        self.party: PartyView | None = None
        self._related: set[int] = set()
        self._history: list[int] = []
        self._trashed = False
        self._erased_id: int | None = None

        self.back = QPushButton(self.tr("Back"))
        set_icon(self.back, Icon.BACK)
        self.back.setFlat(True)
        self.back.clicked.connect(self.go_back)
        self.header = PartyHeader()
        self.header.open_party.connect(self.show_party)
        self.edit_button = QPushButton(self.tr("Edit"))
        set_icon(self.edit_button, Icon.EDIT)
        self.trash_button = QPushButton(self.tr("Move to trash"))
        set_icon(self.trash_button, Icon.DELETE)
        self.edit_button.clicked.connect(self.edit)
        self.trash_button.clicked.connect(self.trash)
        self.actions: dict[str, QPushButton] = {}
        action_bar = QHBoxLayout()
        action_bar.setSpacing(6)
        for key, text, slot in (("call", self.tr("Log call"), self.log_call),
                                ("note", self.tr("Add note"), self.add_note),
                                ("task", self.tr("New task"), self.new_task),
                                ("quote", self.tr("New quote"), lambda: self.new_quote.emit(self.party_id)),
                                ("payment", self.tr("Record payment"),
                                 lambda: self.record_payment.emit(self.party_id))):
            button = QPushButton(text)
            set_icon(button, ACTION_ICONS[key])
            button.clicked.connect(slot)
            self.actions[key] = button
            action_bar.addWidget(button)
            if key == "task":
                action_bar.addSpacing(12)
        action_bar.addStretch(1)
        self.actions["call"].setToolTip(self.tr("Log a call (Ctrl+L)"))
        writes(self.edit_button, self.trash_button, *self.actions.values())
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.log_call,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignTop)

        self.details = PartyDetails()
        self.details.open_party.connect(self.show_party)
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 12, 0)
        details_layout.addWidget(heading(self.tr("Details")))
        details_layout.addWidget(self.details)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(details_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFixedWidth(360)

        self.open_tasks = OpenTasks(ctx)
        self.open_tasks.write_failed.connect(self._write_failed)
        self.tasks, self.tasks_title = self.open_tasks.list, self.open_tasks.title
        self.open_deals = OpenDeals()
        self.model = tm.TimelineModel(ctx, self)
        self.model.failed.connect(lambda error: show_error(self, error))
        self.timeline = QListView()
        self.timeline.setModel(self.model)
        self.timeline.setItemDelegate(TimelineDelegate(
            {"kind": tm.KIND_ROLE, "kind_label": tm.KIND_LABEL_ROLE, "when": tm.WHEN_ROLE,
             "detail": tm.DETAIL_ROLE, "direction": tm.DIRECTION_ROLE, "files": tm.FILES_ROLE}, self.timeline))
        self.timeline.doubleClicked.connect(self._entry_double_clicked)
        open_on_enter(self.timeline)
        self.timeline.setUniformItemSizes(True)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries = CommunicationActions(ctx, self)  # edit, delete, undo
        self.entries.attach(self.timeline, self._logged_id, extra=self._file_actions, double_click=False)
        self.timeline_count = mute(QLabel())
        self.empty_timeline = mute(QLabel(self.tr("Nothing logged yet: log a call or add a note.")))

        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.open_tasks)
        right.addSpacing(8)
        right.addWidget(self.open_deals)
        right.addSpacing(8)
        timeline_title = QHBoxLayout()
        timeline_title.addWidget(heading(self.tr("Timeline")))
        timeline_title.addStretch(1)
        timeline_title.addWidget(self.timeline_count)
        right.addLayout(timeline_title)
        timeline_area = QVBoxLayout()
        timeline_area.addWidget(self.empty_timeline, 0, Qt.AlignmentFlag.AlignTop)
        timeline_area.addWidget(self.timeline, 1)
        timeline_area.addStretch(0)
        right.addLayout(timeline_area, 1)

        activity = QWidget()
        activity.setLayout(right)
        right.setContentsMargins(0, 8, 0, 0)
        self.privacy = PartyPrivacy(ctx)
        self.privacy.erasing.connect(lambda party_id: setattr(self, "_erased_id", party_id))
        self.history = PartyHistory(ctx)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(activity, self.tr("Activity"))
        self.tabs.addTab(self.privacy, self.tr("Privacy"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _: self._load_tab())
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(scroll)
        columns.addWidget(self.tabs, 1)
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(10)
        content_layout.addLayout(top)
        content_layout.addLayout(action_bar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        content_layout.addWidget(line)
        content_layout.addLayout(columns, 1)

        self.banner = QFrame()
        self.banner.setObjectName("trash-banner")
        self.banner.setStyleSheet("#trash-banner { background: #fdecea; border: 1px solid #f5c2c0; "
                                  "border-radius: 6px; } #trash-banner QLabel { background: transparent; }")
        self.banner_text = QLabel()
        self.restore_button = QPushButton(self.tr("Restore"))
        set_icon(self.restore_button, Icon.RESTORE)
        self.restore_button.clicked.connect(self.restore)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.restore_button)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.banner)
        layout.addWidget(self.entries.undo_bar)
        layout.addWidget(self.content, 1)
        self.back.hide()
        self.content.hide()
        ctx.bus.changed.connect(self._changed)

    # -- loading -------------------------------------------------------------------------------
    def show_party(self, party_id: int) -> None:
        """Show a party (links on the page keep a way back)."""
        if self.party_id is not None and party_id != self.party_id:
            self._history.append(self.party_id)
        self.party_id = party_id
        self.reload()

    def go_back(self) -> None:
        if self._history:
            self.party_id = self._history.pop()
            self.reload()

    def reload(self) -> None:
        if self.party_id is None:
            return
        party_id = self.party_id
        read_op(self.ctx, self, "page", lambda: load_page(party_id), self._loaded, on_error=self._failed)

    def _loaded(self, data: PageData) -> None:
        party = self.party = data.party
        self._related = {party.id, *(a.company.id for a in party.companies), *(m.person.id for m in party.members)}
        self.back.setVisible(bool(self._history))
        self.header.show_party(party)
        self.header.show_photo(data.photo)
        self.details.show_party(party, data.balance, data.overdue, data.currency)
        self.content.show()
        trashed = data.overview is None
        self.banner.setVisible(trashed)
        self.banner_text.setText(self.tr("%1 is in the trash.").replace("%1", party.name) if trashed else "")
        for widget in (*self.actions.values(), self.edit_button, self.trash_button):
            widget.setEnabled(not trashed)
        self.open_tasks.show_tasks(data.overview.open_tasks if data.overview else (), party.id)
        self.open_deals.show_deals(data.deals, party.id, data.currency)
        self.model.set_party(party.id if not trashed else None, data.overview.timeline if data.overview else ())
        count = data.overview.counts.get("communications", 0) if data.overview else 0
        self.timeline_count.setText(self.tr("%n communication(s)", "", count) if count else "")
        self.empty_timeline.setVisible(self.model.rowCount() == 0)
        self.timeline.setVisible(self.model.rowCount() > 0)
        self._trashed = trashed
        self._load_tab()
        self.party_shown.emit(party.id)

    def _load_tab(self) -> None:
        """The privacy and history tabs read their data when they are shown."""
        if self.party is not None and self.tabs.currentWidget() is self.privacy:
            self.privacy.show_party(self.party, self._trashed)
        elif self.party is not None and self.tabs.currentWidget() is self.history:
            self.history.show_party(self.party.id)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, NotFound):
            self.content.hide()
            self.banner.show()
            self.restore_button.hide()
            self.banner_text.setText(self.tr("This record was erased.") if self._erased_id == self.party_id else
                                     self.tr("This record no longer exists (it may have been merged)."))
            return
        show_error(self, error)

    def _changed(self, changes: Changes) -> None:
        if self.party_id is not None and (changes.parties & (self._related | {self.party_id})):
            self.reload()

    # -- timeline entries ----------------------------------------------------------------------
    def _logged_id(self, index: QModelIndex) -> int | None:
        """The communication on this row of the timeline (None for documents, payments, tasks done)."""
        if not index.isValid() or not self._active():
            return None
        entry = self.model.entry(index.row())
        return entry.id if entry.source == TimelineSource.COMMUNICATION else None

    def _entry_double_clicked(self, index: QModelIndex) -> None:
        """An entry with files opens them (a sent quote's PDF); any other communication opens for editing."""
        if index.data(tm.FILES_ROLE):
            open_entry_files(self.ctx, index.data(tm.ENTRY_ROLE).id, self)
        elif (found := self._logged_id(index)) is not None:
            self.entries.edit(found)

    def _file_actions(self, index: QModelIndex) -> tuple:
        if not index.data(tm.FILES_ROLE):
            return ()
        entry_id = index.data(tm.ENTRY_ROLE).id
        return ((self.tr("Open attached files…"), lambda: open_entry_files(self.ctx, entry_id, self)),)

    # -- actions -------------------------------------------------------------------------------
    def _active(self) -> bool:
        """A live party is shown (not loading, not in the trash)."""
        return self.party_id is not None and self.party is not None and self.edit_button.isEnabled()

    def log_call(self) -> None:
        if self._active():
            LogDialog.log(self.ctx, self.party_id, "call", self)

    def add_note(self) -> None:
        if self._active():
            LogDialog.log(self.ctx, self.party_id, "note", self)

    def new_task(self) -> None:
        if self._active():
            TaskDialog.ask(self.ctx, None, self, party=(self.party_id, self.party.name))

    def edit(self) -> None:
        if self._active():
            PartyForm.edit(self.ctx, self.party_id, self)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """Yes or no (tests replace this)."""
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes |
                                      QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def trash(self) -> None:
        if not self._active():
            return
        text = self.tr("Move %1 to the trash? You can restore it later.").replace("%1", self.party.name)
        if not self.ask(self, self.tr("Move to trash"), text):
            return
        party_id = self.party.id
        write_op(self.ctx, lambda db: trash_party(db, party_id), parent=self, on_error=self._write_failed)

    def restore(self) -> None:
        if self.party_id is None:
            return
        party_id = self.party_id
        write_op(self.ctx, lambda db: restore_party(db, party_id), parent=self, on_error=self._write_failed)

    def _write_failed(self, error: Exception) -> None:
        show_error(self, error)
        self.reload()
