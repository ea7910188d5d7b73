"""Incoming mail: fetch now, import .eml/mbox files, and decide on messages from senders who are not contacts yet
(make a contact of the sender, add the message to an existing contact, or ignore it)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smallcrm.changes import Changes
from smallcrm.services.mail.incoming import MailInReport, import_mail_file
from smallcrm.services.mail.review import (
    ReviewView,
    attach_review,
    create_contact_from_review,
    ignore_review,
    list_reviews,
)
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.icons import Icon, set_icon
from ui.common.read_only_guard import writes
from ui.common.tables import list_table, remember_columns
from ui.jobs import JobControl
from ui.mail.attach_mail_dialog import AttachMailDialog
from ui.mail.fetcher import fetch_step
from ui.mail.review_table import MailReviewTableModel, sender_text
from ui.mail.texts import mail_in_summary
from ui.operations import WriteCall, read_op, write_op


class MailReviewPage(QWidget):
    open_party = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.fetch_button = QPushButton(self.tr("Fetch mail now"))
        set_icon(self.fetch_button, Icon.FETCH)
        self.fetch_button.clicked.connect(self.fetch)
        self.import_button = QPushButton(self.tr("Import .eml/mbox…"))
        set_icon(self.import_button, Icon.IMPORT)
        self.import_button.clicked.connect(self.import_files)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(lambda link: self.open_party.emit(int(link.removeprefix("party:"))))
        top = QHBoxLayout()
        top.addWidget(self.fetch_button)
        top.addWidget(self.import_button)
        top.addWidget(self.status, 1)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.model = MailReviewTableModel(self)
        self.table = list_table(self.model, row_height=28)
        self.table.horizontalHeader().setSectionResizeMode(MailReviewTableModel.SUBJECT,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        remember_columns(self.table, ctx.settings, "mail-review",
                         {MailReviewTableModel.FROM: 280, MailReviewTableModel.DATE: 130,
                          MailReviewTableModel.SIZE: 80})
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _: self.create_contact())
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setPlaceholderText(self.tr("Choose a message to see its first lines."))
        self.create_button = QPushButton(self.tr("Create contact"))
        set_icon(self.create_button, Icon.NEW_PERSON)
        self.create_button.setToolTip(self.tr("Make a contact of the sender and log the message on it"))
        self.create_button.clicked.connect(self.create_contact)
        self.attach_button = QPushButton(self.tr("Add to…"))
        writes(self.fetch_button, self.import_button, self.create_button, self.attach_button)
        self.attach_button.setToolTip(self.tr("Log the message on a contact or company you already have"))
        self.attach_button.clicked.connect(self.attach)
        self.ignore_button = QPushButton(self.tr("Ignore"))
        set_icon(self.ignore_button, Icon.DELETE)
        self.ignore_button.setToolTip(self.tr("Drop the message from this list for good"))
        self.ignore_button.clicked.connect(self.ignore)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.create_button, self.attach_button, self.ignore_button):
            actions.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.preview)
        lower_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([400, 200])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        ctx.bus.changed.connect(self._changed)
        self._selected()
        self.reload()

    # -- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        read_op(self._ctx, self, "reviews", list_reviews, self._arrived)

    def _arrived(self, rows: list[ReviewView]) -> None:
        chosen = self.current()
        self.model.set_reviews(rows)
        if rows:
            self.heading.setText(self.tr("%n message(s) from senders who are not contacts yet", "", len(rows)))
        else:
            self.heading.setText(self.tr("No messages to review: every sender is a contact."))
        row = self.model.row_of(chosen.id) if chosen else -1
        if row >= 0:
            self.table.selectRow(row)
        self._selected()

    def current(self) -> ReviewView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.review(rows[0].row()) if rows else None

    def _selected(self, *_) -> None:
        review = self.current()
        for button in (self.create_button, self.attach_button, self.ignore_button):
            button.setEnabled(review is not None)
        if review is not None:
            self.create_button.setEnabled(bool(review.from_address))
            self.preview.setPlainText("\n".join([
                self.tr("From: %1").replace("%1", sender_text(review)),
                self.tr("Subject: %1").replace("%1", review.subject), "", review.preview]))
        else:
            self.preview.clear()

    def say(self, text: str) -> None:
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setText(text)

    def _changed(self, changes: Changes) -> None:
        if changes.mail_reviews:
            self.reload()

    # -- decisions --------------------------------------------------------------------------------
    def _decide(self, call: WriteCall, done_text: str) -> None:
        """Run a decision; ``call(db)`` returns (the party the message went to or 0, what changed)."""
        def done(party_id: int) -> None:
            if party_id:
                self.status.setTextFormat(Qt.TextFormat.RichText)
                link = self.tr("Open")
                self.status.setText(f'{done_text} <a href="party:{party_id}">{link}</a>')
            else:
                self.say(done_text)

        write_op(self._ctx, call, parent=self, on_done=done)

    def create_contact(self) -> None:
        review = self.current()
        if review is None or not review.from_address:
            return

        def body(db) -> tuple[int, Changes]:
            party, changes = create_contact_from_review(db, review.id)
            return party.id, changes

        self._decide(body, html.escape(self.tr("%1 is now a contact; the message is on the timeline.").replace(
            "%1", review.from_name or review.from_address)))

    def attach(self) -> None:
        review = self.current()
        if review is None:
            return
        answer = AttachMailDialog.ask(self._ctx, review, self)
        if answer is None:
            return
        party_id, add_address = answer
        self._decide(lambda db: (party_id, attach_review(db, review.id, party_id, add_address)),
                     html.escape(self.tr("The message is on the contact's timeline.")))

    def ignore(self) -> None:
        review = self.current()
        if review is None:
            return
        self._decide(lambda db: (0, ignore_review(db, review.id)), self.tr("Message ignored."))

    # -- fetching and importing -----------------------------------------------------------------
    def _run(self, call: WriteCall, title: str, so_far: MailInReport | None = None,
             again: WriteCall | None = None) -> None:
        """Run an import or a fetch step as a write job; ``again`` makes the next step while ``report.more``."""
        self.fetch_button.setEnabled(False)
        self.import_button.setEnabled(False)
        if so_far is None:
            self.say(title + "…")

        def finished() -> None:
            self.fetch_button.setEnabled(True)
            self.import_button.setEnabled(True)

        def done(report: MailInReport) -> None:
            total = (so_far or MailInReport()).add(report)
            if report.more and again is not None:  # the other writes waiting in line go first
                self.say(self.summary(total))
                self._run(again, title, total, again)
                return
            finished()
            self.say(self.summary(total))

        def failed(error: Exception) -> None:
            finished()
            self.say(self.summary(so_far) if so_far else "")
            show_error(self, error)

        def cancelled() -> None:
            finished()
            self.say(self.tr("Cancelled."))

        write_op(self._ctx, call, parent=self, on_done=done, on_error=failed, on_cancel=cancelled, title=title)

    def fetch(self) -> None:
        self._run(fetch_step, self.tr("Fetching mail"), again=fetch_step)

    @classmethod
    def ask_mail_files(cls, parent: QWidget | None = None) -> list[str]:
        """The files to import (tests replace this)."""
        names, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("MailReviewPage", "Import mail"), "",
            QCoreApplication.translate("MailReviewPage", "Mail files (*.eml *.mbox *.mbx);;All files (*)"))
        return names

    def import_files(self) -> None:
        names = self.ask_mail_files(self)
        if not names:
            return

        def body(db, control: JobControl) -> MailInReport:
            total = MailInReport()
            for name in names:
                total.add(import_mail_file(db, name, progress=control.service_progress,
                                           cancel=control.stop_requested))
                if total.cancelled:
                    break
            return total

        self._run(body, self.tr("Importing mail"))

    def summary(self, report: MailInReport) -> str:
        return mail_in_summary(report)
