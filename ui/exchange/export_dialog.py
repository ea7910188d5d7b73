"""Export…: what (the tables for the accountant, tasks and meetings for a calendar), which period, in which format
and language, to which file. It runs in the background with a progress bar and a Cancel button; a cancelled
export leaves no file (the services write beside the target and rename at the end). Once written, "Open folder"
shows the file."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDir, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallcrm.errors import Conflict
from smallcrm.services.admin.settings import get_setting
from smallcrm.services.exchange.exports import ExportOptions
from ui.common.context import AppContext
from ui.common.date_field import DateField, dates_ok
from ui.common.errors import message_for
from ui.common.i18n import LANGUAGES
from ui.exchange.export_choices import PERIODS, ExportKind, Format, export_kinds, period_dates, translated
from ui.jobs import JobCancelled
from ui.operations import read_op
from ui.settings.data import DataSettings

FOLDER_KEY = "export/folder"
ERROR_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(dark);"


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: str | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.result = None  # the ExportResult of the last export written
        self._stop = threading.Event()
        self._running = False
        self._chosen = False  # the user picked or typed the file: only its suffix follows the format
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.kinds: list[ExportKind] = export_kinds()

        self.what = QComboBox()
        for item in self.kinds:
            self.what.addItem(translated(item.label), item.key)
        self.period = QComboBox()
        for key, text in PERIODS:
            self.period.addItem(translated(text), key)
        self.date_from, self.date_to = DateField(self.today), DateField(self.today)
        self.by = QComboBox()
        self.by.addItem(self.tr("one row per month"), "month")
        self.by.addItem(self.tr("one row per quarter"), "quarter")
        self.format = QComboBox()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(get_setting("language"))))
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.hide()
        self.close_button = QPushButton(self.tr("Close"))

        dates = QHBoxLayout()
        dates.addWidget(self.period, 1)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.what)
        form.addRow(self.tr("Period"), dates)
        form.addRow("", self.note)
        form.addRow(self.tr("VAT summary"), self.by)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language of the file"), self.language)
        form.addRow(self.tr("Save as"), file_row)
        self.form = form
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.what.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.format.currentIndexChanged.connect(lambda _i: self._suggest())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._suggest())
        self.path.textEdited.connect(self._typed)
        self.browse.clicked.connect(self.choose_file)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.cancel_or_close)
        self.open_button.clicked.connect(lambda: DataSettings.open_folder(self.chosen_path().parent))

        if kind is not None:
            self.what.setCurrentIndex(max(0, self.what.findData(kind)))
        self._kind_changed()
        self._period_changed()

    @property
    def running(self) -> bool:
        return self._running

    # -- the choices ---------------------------------------------------------------------------
    def current_kind(self) -> ExportKind:
        return self.kinds[self.what.currentIndex()]

    def current_format(self) -> Format:
        return next(f for f in self.current_kind().formats if f.key == self.format.currentData())

    def chosen_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def dates(self) -> tuple[date | None, date | None]:
        if self.period.currentData() == "all":
            return None, None
        return self.date_from.day(), self.date_to.day()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        wanted = self.format.currentData()
        self.format.blockSignals(True)
        self.format.clear()
        for item in kind.formats:
            self.format.addItem(translated(item.label), item.key)
        self.format.setCurrentIndex(max(0, self.format.findData(wanted)))
        self.format.blockSignals(False)
        self.format.setEnabled(len(kind.formats) > 1)
        self.form.setRowVisible(self.by, kind.key == "vat")
        self.period.setEnabled(kind.dated)
        self.language.setEnabled(kind.key not in ("vcard", "einvoices"))  # a zip of files: no words to translate
        self.note.setText(translated(kind.note))
        self.form.setRowVisible(self.note, bool(kind.note))
        self._period_changed()

    def _period_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "custom" and self.current_kind().dated
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)
            edit.setVisible(key != "all" and self.current_kind().dated)
        if key not in ("all", "custom"):
            first, last = period_dates(key, self.today)
            for edit, day in ((self.date_from, first), (self.date_to, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        self._suggest()

    def _typed(self, _text: str) -> None:
        self._chosen = True

    def _folder(self) -> Path:
        saved = self.ctx.settings.value(FOLDER_KEY)
        if saved and Path(str(saved)).is_dir():
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path(QDir.homePath())

    def suggested_name(self) -> str:
        kind, first_last = self.current_kind(), self.dates()
        stem = translated(kind.stem)
        if kind.dated and first_last[0] is not None:
            stem += f"-{first_last[0].isoformat()}_{first_last[1].isoformat()}"
        return stem + self.current_format().suffix

    def _suggest(self) -> None:
        if not self.format.count():
            return
        if self._chosen and self.path.text().strip():
            self.path.setText(str(self.chosen_path().with_suffix(self.current_format().suffix)))
        else:
            self.path.setText(str(self._folder() / self.suggested_name()))

    def choose_file(self) -> None:
        fmt = self.current_format()
        picked = self.ask_path(self, self.chosen_path(), f"{translated(fmt.label)} (*{fmt.suffix})")
        if picked is not None:
            self._chosen = True
            self.path.setText(str(picked if picked.suffix else picked.with_suffix(fmt.suffix)))

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: Path, file_filter: str) -> Path | None:
        """Where to save (tests replace this)."""
        title = QCoreApplication.translate("ExportDialog", "Export to")
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    # -- running -------------------------------------------------------------------------------
    def options(self) -> ExportOptions:
        first, last = self.dates() if self.current_kind().dated else (None, None)
        fmt = self.current_format()
        return ExportOptions(date_from=first, date_to=last, period=self.by.currentData(), csv=fmt.key.startswith(
            "csv"), dialect="it" if fmt.key == "csv-it" else "plain", language=self.language.currentData())

    def _busy(self, busy: bool) -> None:
        self._running = busy
        for widget in (self.what, self.period, self.date_from, self.date_to, self.by, self.format, self.language,
                       self.path, self.browse, self.export_button):
            widget.setEnabled(not busy)
        if not busy:
            self._kind_changed()
        self.progress.setVisible(busy)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def start(self) -> None:
        """Write the chosen export in the background."""
        if not dates_ok(self.date_from, self.date_to):
            return
        if not self.path.text().strip():
            self._say(self.tr("Choose where to save the file."), error=True)
            return
        path, kind, options, stop = self.chosen_path(), self.current_kind(), self.options(), threading.Event()
        if not path.suffix:  # a name typed without its extension gets the format's
            path = path.with_suffix(self.current_format().suffix)
            self.path.setText(str(path))
        self._stop = stop
        self.open_button.hide()
        self.progress.setRange(0, 0)
        self._busy(True)
        self._say(self.tr("Exporting…"))

        def body(control):
            def progress(done: int, total: int) -> None:
                try:
                    control.report(done, total)
                except JobCancelled:  # Cancel in the status bar: stop at the service's next check, cleaning up
                    stop.set()

            options.progress, options.should_stop = progress, stop.is_set
            return kind.run(path, options)

        read_op(self.ctx, self, "export", body, self._written, on_error=self._failed, on_progress=self._progress,
                on_cancel=self._cancelled, title=self.tr("Exporting %1").replace("%1", path.name))

    def _progress(self, done: int, total: int, _what: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _written(self, result) -> None:
        self._busy(False)
        self.result = result
        self.ctx.settings.setValue(FOLDER_KEY, str(result.path.parent))
        names = ", ".join(p.name for p in result.files) or result.path.name
        self._say(self.tr("Written: %1 (%n row(s))", "", result.rows).replace("%1", names))
        self.open_button.show()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, Conflict) and error.code == "cancelled":
            self._cancelled()
            return
        self._busy(False)
        self._say(message_for(error), error=True)

    def _cancelled(self) -> None:
        self._busy(False)
        self._say(self.tr("Cancelled: no file was written."))

    def cancel_or_close(self) -> None:
        """Cancel the export that runs (the dialog stays, to say so), else close."""
        if self._running:
            self._stop.set()
            self.close_button.setEnabled(False)
            self._say(self.tr("Cancelling…"))
        else:
            self.reject()

    def reject(self) -> None:
        self._stop.set()  # closing the window stops an export that still runs: nothing half-written is left
        super().reject()


def show_export_dialog(ctx: AppContext, parent: QWidget, kind: str | None = None) -> ExportDialog:
    """The export dialog of ``parent`` (made the first time), showing ``kind``; not modal, so that the user goes
    on working while an export runs."""
    dialog = parent.findChild(ExportDialog)
    if dialog is None:
        dialog = ExportDialog(ctx, parent, kind)
    elif kind is not None and not dialog.running:
        dialog.what.setCurrentIndex(max(0, dialog.what.findData(kind)))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
