"""Erasing (or anonymising) a party: what goes, what tax law keeps, why; then the work with its progress
(a VACUUM of the whole file can take seconds), during which the dialog stays open."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import ValidationError
from smallcrm.private_files import clear_private_temp
from smallcrm.services.privacy.erasure import ErasureView, anonymise_party, erase_party, erasure_preview
from smallcrm.services.views import PartyView
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.field_errors import ERROR_COLOR, FieldErrors
from ui.jobs import JobCancelled
from ui.operations import write_op
from ui.sales.draft_offer import erase_party_drafts

_KINDS = {
    "contact_points": QT_TRANSLATE_NOOP("EraseDialog", "E-mails, phones and web sites"),
    "addresses": QT_TRANSLATE_NOOP("EraseDialog", "Addresses"),
    "photos": QT_TRANSLATE_NOOP("EraseDialog", "Photos"),
    "communications": QT_TRANSLATE_NOOP("EraseDialog", "Communications"),
    "attachments": QT_TRANSLATE_NOOP("EraseDialog", "Attached files"),
    "tasks": QT_TRANSLATE_NOOP("EraseDialog", "Tasks"),
    "consents": QT_TRANSLATE_NOOP("EraseDialog", "Consents"),
    "deals": QT_TRANSLATE_NOOP("EraseDialog", "Deals"),
    "quotes": QT_TRANSLATE_NOOP("EraseDialog", "Quotes"),
    "draft_invoices": QT_TRANSLATE_NOOP("EraseDialog", "Draft invoices"),
    "issued_invoices": QT_TRANSLATE_NOOP("EraseDialog", "Issued invoices and credit notes"),
    "payments": QT_TRANSLATE_NOOP("EraseDialog", "Payments"),
}


def _kind(key: str) -> str:
    return QCoreApplication.translate("EraseDialog", _KINDS[key]) if key in _KINDS else key


class EraseDialog(QDialog):
    def __init__(self, ctx: AppContext, party: PartyView, anonymise: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.party, self.anonymise = ctx, party, anonymise
        self.result_view = None
        self.errors = FieldErrors()
        name = party.name
        self.setWindowTitle((self.tr("Anonymise %1") if anonymise else self.tr("Erase %1")).replace("%1", name))
        preview = erasure_preview(party.id)
        erased = [f"• {_kind(k)}: {n}" for k, n in preview["erased"].items() if n]
        kept = [f"• {_kind(k)}: {n}" for k, n in preview["kept"].items() if n]
        if anonymise:
            intro = self.tr("%1 stays as an anonymous record for the statistics (stage, tags, deals, dates of "
                            "communications). Everything that says who it is goes: names, contact points, "
                            "addresses, notes, the texts of communications, files and consents.")
        else:
            intro = self.tr("Everything SmallCRM holds about %1 is deleted for good, also from the search "
                            "index and the free space of the file. This cannot be undone.")
        lines = [intro.replace("%1", name), ""]
        lines += [self.tr("Erased:") if not anonymise else self.tr("Removed or blanked:")]
        lines += erased or [self.tr("• only the record itself")]
        if kept and not anonymise:
            lines += ["", self.tr("Kept, as tax law requires (the record stays in the trash as an anonymous entry "
                                  "these documents point to):"), *kept]
        lines += ["", self.tr("Backups taken before now keep the data until they are rotated out; restoring one "
                              "erases it again.")]
        self.summary = QLabel("\n".join(lines), objectName="erase-summary")
        self.summary.setWordWrap(True)
        self.reason = QLineEdit(objectName="erase-reason",
                                placeholderText=self.tr("e.g. asked by e-mail on 3 March; retention period over"))
        hint = QLabel(self.tr("Why (kept in the erasure log: no names, e-mails or phones)"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(self.tr("Anonymise") if anonymise else self.tr("Erase for good"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("erase-confirm")
        self.confirm.setStyleSheet(f"QPushButton:enabled {{ color: {ERROR_COLOR}; font-weight: 600; }}")
        self.confirm.setEnabled(False)
        self.reason.textChanged.connect(lambda text: self.confirm.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(hint)
        layout.addWidget(self.errors.wrap("reason", self.reason))
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # the warning wraps: the dialog takes the height its lines need at this width (sized at height 0, the
        # layout counted the lines of a narrower label and the text was cut at the top and the bottom)
        self.summary.setMinimumWidth(480)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.reason.setFocus()

    def _steps(self) -> dict[int, str]:
        log = self.tr("Clearing the write-ahead log…")
        return {0: self.tr("Deleting…"), 1: self.tr("Compacting the search index…"), 2: log,
                3: self.tr("Clearing free space (VACUUM)…"), 4: log}

    def run(self) -> None:
        if not self.reason.text().strip() or not self.confirm.isEnabled():
            return
        self.errors.clear()
        party_id, reason, anonymise = self.party.id, self.reason.text(), self.anonymise

        def body(db, control):
            def progress(done: int, total: int, _text: str) -> None:
                with contextlib.suppress(JobCancelled):  # the deletion is committed: the clean-up always finishes
                    control.report(done + 1, total + 1, "")
            view, changes = (anonymise_party if anonymise else erase_party)(db, party_id, reason, progress)
            for entry in changes.communications:  # their files opened in another program: copies in clear
                clear_private_temp("attachments", str(entry))
            return view, changes

        self.confirm.setEnabled(False)
        self.reason.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, 0)
        self.status.setText(self._steps()[0])
        title = self.tr("Anonymising personal data") if self.anonymise else self.tr("Erasing personal data")
        write_op(self.ctx, body, parent=self, on_done=self._done, on_error=self._failed, title=title,
                 on_progress=self._progress)

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self._steps().get(done, ""))

    def _done(self, erased: ErasureView) -> None:
        self.result_view = erased
        erase_party_drafts(self.ctx, self.party.id)  # unsaved quotes and invoices typed for them
        if not erased.wal_cleared:  # a reader held the log: SQLite empties it when SmallCRM closes
            self.inform(self, self.tr("Erased. A copy of the old data stays in the database's write-ahead log "
                                      "until SmallCRM is closed."))
        self.accept()

    @classmethod
    def inform(cls, parent: QWidget, text: str) -> None:
        """A message to read (tests replace this)."""
        QMessageBox.information(parent, QCoreApplication.translate("EraseDialog", "Erase"), text)

    def _failed(self, error: Exception) -> None:
        self.progress.hide()
        self.status.clear()
        self.reason.setEnabled(True)
        self.confirm.setEnabled(True)
        if isinstance(error, ValidationError) and self.errors.show(error):
            return
        show_error(self, error)

    @classmethod
    def ask(cls, ctx: AppContext, party: PartyView, anonymise: bool = False, parent: QWidget | None = None) -> bool:
        return cls(ctx, party, anonymise, parent).exec() == QDialog.DialogCode.Accepted
