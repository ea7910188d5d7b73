"""Log a call, an e-mail, a meeting, a letter, a message or a note, with an optional follow-up task; or change
one logged before (the same dialog, filled in, without the follow-up).

Made to be quick: it opens on the subject, everything else has a sensible default, Ctrl+Enter saves.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smallcrm.clock import to_local
from smallcrm.domain import Channel, Direction
from smallcrm.services.parties.parties import get_party
from smallcrm.services.timeline.communications import CommunicationDraft, log_communication, update_communication
from smallcrm.services.timeline.tasks import TaskDraft
from smallcrm.services.views import CommunicationView
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.date_time_field import DateTimeField
from ui.common.dialog_buttons import save_cancel
from ui.common.field_errors import FieldErrors
from ui.common.labels import label
from ui.operations import write_op

TIMED = {Channel.CALL, Channel.MEETING}  # channels with a duration


class LogDialog(QDialog):
    def __init__(self, ctx: AppContext, party_id: int, kind: Channel = Channel.CALL,
                 parent: QWidget | None = None, communication: CommunicationView | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.party_id = party_id
        self.communication = communication
        self.saved_id: int | None = None
        party = get_party(party_id)
        title = self.tr("Log for %1") if communication is None else self.tr("Edit what was logged for %1")
        self.setWindowTitle(title.replace("%1", party.name))
        self.errors = FieldErrors()

        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label(channel), str(channel))
        self.incoming = QRadioButton(self.tr("↙ Incoming"))
        self.outgoing = QRadioButton(self.tr("↗ Outgoing"))
        self.outgoing.setChecked(True)
        self._directions = QButtonGroup(self)
        for button in (self.incoming, self.outgoing):
            self._directions.addButton(button)
        direction = QHBoxLayout()
        direction.setContentsMargins(0, 0, 0, 0)
        direction.addWidget(self.incoming)
        direction.addWidget(self.outgoing)
        direction.addStretch(1)
        self.direction_box = QWidget()
        self.direction_box.setLayout(direction)
        self.when = DateTimeField(datetime.now())
        self.with_person = QComboBox()
        self.with_person.addItem(self.tr("Nobody in particular"), None)
        for member in party.members:
            self.with_person.addItem(member.person.name + (f" — {member.role}" if member.role else ""),
                                     member.person.id)
        self.subject = QLineEdit(placeholderText=self.tr("What it was about"))
        self.body = QPlainTextEdit(placeholderText=self.tr("What was said, agreed, promised…"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(90)
        self.duration = QSpinBox(minimum=0, maximum=24 * 60, suffix=self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("—"))
        self.outcome = QComboBox(editable=True)
        self.outcome.addItems(["", self.tr("Reached"), self.tr("No answer"), self.tr("Left a message"),
                               self.tr("Call back"), self.tr("Interested"), self.tr("Not interested")])
        self.follow_title = QLineEdit(placeholderText=self.tr("Leave empty for none"))
        self.follow_due = DateField(date.today() + timedelta(days=1))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        channel_row = QHBoxLayout()
        channel_row.addWidget(self.errors.wrap("kind", self.channel), 1)
        channel_row.addWidget(self.errors.wrap("direction", self.direction_box), 2)
        form.addRow(self.tr("Type"), channel_row)
        form.addRow(self.tr("When"), self.errors.wrap("occurred_at", self.when))
        if party.members:
            form.addRow(self.tr("With"), self.errors.wrap("person", self.with_person, aliases=("person_id",)))
        else:
            self.with_person.hide()
        form.addRow(self.tr("Subject"), self.errors.wrap("subject", self.subject))
        form.addRow(self.tr("Notes"), self.errors.wrap("body", self.body))
        details = QHBoxLayout()
        details.addWidget(self.errors.wrap("duration_minutes", self.duration))
        details.addSpacing(12)
        details.addWidget(QLabel(self.tr("Outcome")))
        details.addWidget(self.errors.wrap("outcome", self.outcome), 1)
        form.addRow(self.tr("Duration"), details)
        follow = QHBoxLayout()
        follow.addWidget(self.errors.wrap("title", self.follow_title, aliases=("follow_up",)), 1)
        follow.addWidget(self.errors.wrap("due", self.follow_due))
        form.addRow(self.tr("Follow-up task"), follow)
        form.setRowVisible(follow, communication is None)  # a follow-up is added when logging

        self.buttons = save_cancel(self, self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.channel.setCurrentIndex(max(self.channel.findData(str(kind)), 0))
        self._channel_changed()
        if communication is not None:
            self._fill(communication)
        self.subject.setFocus()

    def _fill(self, logged: CommunicationView) -> None:
        self.channel.setCurrentIndex(max(self.channel.findData(logged.kind), 0))
        (self.incoming if logged.direction == Direction.IN else self.outgoing).setChecked(True)
        self.when.setDateTime(to_local(logged.occurred_at).replace(tzinfo=None))
        self._when_filled = self.when.value()
        person = logged.person.id if logged.person else None
        self.with_person.setCurrentIndex(max(self.with_person.findData(person), 0))
        self.subject.setText(logged.subject)
        self.body.setPlainText(logged.body)
        self.duration.setValue(round((logged.duration_seconds or 0) / 60))
        self.outcome.setCurrentText(logged.outcome)

    def _channel_changed(self) -> None:
        channel = self.channel.currentData()
        self.direction_box.setEnabled(channel != Channel.NOTE)
        self.duration.setEnabled(channel in TIMED)
        self.outcome.setEnabled(channel != Channel.NOTE)

    def draft(self) -> CommunicationDraft:
        channel = self.channel.currentData()
        follow_up = None
        if self.follow_title.text().strip():
            follow_up = TaskDraft(title=self.follow_title.text(), due=self.follow_due.day(),
                                  party_id=self.party_id)
        return CommunicationDraft(
            party_id=self.party_id, kind=channel,
            direction=Direction.IN if self.incoming.isChecked() else Direction.OUT,
            occurred_at=self.when.value(),  # naive local time, as the service expects
            subject=self.subject.text(), body=self.body.toPlainText(),
            duration_minutes=(self.duration.value() or None) if self.duration.isEnabled() else None,
            outcome=self.outcome.currentText() if self.outcome.isEnabled() else "",
            person_id=self.with_person.currentData(), follow_up=follow_up)

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        if not dates_ok(self.when, self.follow_due):
            return
        draft, logged = self.draft(), self.communication
        if logged is not None:
            draft.follow_up, draft.owner = None, logged.owner
            if self.when.value() == self._when_filled:
                draft.occurred_at = None  # untouched: keep the moment to the microsecond
        write_op(self.ctx, lambda db: log_communication(db, draft) if logged is None else
                 update_communication(db, logged.id, draft), parent=self, on_done=self._saved, errors=self.errors,
                 busy=(self.save_button,))

    def _saved(self, view: CommunicationView) -> None:
        self.saved_id = view.id
        self.accept()

    @classmethod
    def log(cls, ctx: AppContext, party_id: int, kind: Channel = Channel.CALL, parent: QWidget | None = None) -> bool:
        """Ask what happened and log it; True when something was logged."""
        return cls(ctx, party_id, kind, parent).exec() == QDialog.DialogCode.Accepted

    @classmethod
    def edit(cls, ctx: AppContext, logged: CommunicationView, parent: QWidget | None = None) -> bool:
        """Change what was logged; True when it was saved (tests replace this)."""
        return cls(ctx, logged.party.id, logged.kind, parent, logged).exec() == QDialog.DialogCode.Accepted
