"""Import contacts: choose a file → check the columns → preview what will be created, updated, skipped or
rejected → import (in the background, with progress and Cancel) → the result, a report of the rejected rows, and
Undo for the whole import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smallcrm.domain import FileKind, ImportAction
from smallcrm.numbers import typing_language
from smallcrm.services.exchange.import_countries import country_name
from smallcrm.services.exchange.imports import (
    ImportPlan,
    ImportResult,
    ImportSource,
    UndoneImport,
    apply_import,
    inspect_import,
    preview_import,
    undo_import,
    write_rejections,
)
from ui.common.context import AppContext
from ui.common.errors import message_for
from ui.common.tables import list_table
from ui.exchange.import_look_alikes import LookAlikesPanel
from ui.exchange.import_mapping import ImportMapping
from ui.exchange.import_rows import ImportRowsModel
from ui.exchange.import_widgets import EncodingChoice, groups_text, layout_text, page, wrapped
from ui.operations import read_op, write_op

CHOOSE, MAPPING, PREVIEW, WORKING, DONE = range(5)
FOLDER_KEY = "import/folder"


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.source: ImportSource | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self._job = None
        self._after_work = CHOOSE
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(820, 560)

        intro = wrapped(self.tr(
            "Choose a CSV, Excel (.xlsx) or vCard (.vcf) file. Exports of Google Contacts, Outlook and SmallCRM are "
            "recognised by their columns; for any other file you check which field each column goes into.\n\n"
            "Contacts already here (same e-mail, phone, VAT number or vCard UID) are updated, not doubled. "
            "Nothing is changed before you confirm, and a finished import can be undone as a whole."))
        self.photos_box = QCheckBox(self.tr("Import the contacts' photos (vCard)"))
        self.photos_box.setChecked(True)
        self.strict_box = QCheckBox(self.tr("Leave out a row with any value that cannot be read (otherwise the row "
                                            "comes in and the value waits in its notes for review)"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = wrapped()
        self.error_label = wrapped()
        self.error_label.setStyleSheet("color: #b00020;")
        self.layout_label = wrapped()
        self.mapping = ImportMapping()
        self.encoding = EncodingChoice()  # under the columns and the preview: the names show what it does
        self.encoding.changed.connect(self._encoding_changed)
        self.summary = wrapped()
        self.rows_model = ImportRowsModel(self)
        self.rows_table = list_table(self.rows_model)
        self.preview_report_button = QPushButton(self.tr("Save report of rejected rows…"))
        self.preview_report_button.clicked.connect(self.save_report)
        for column, width in enumerate((60, 130, 200)):
            self.rows_table.setColumnWidth(column, width)
        self.work_label = wrapped()
        self.bar = QProgressBar()
        self.stop_button = QPushButton(self.tr("Cancel"))
        self.stop_button.clicked.connect(self.stop)
        self.result_label = wrapped()
        self.report_button = QPushButton(self.tr("Save report of rejected rows…"))
        self.report_button.clicked.connect(self.save_report)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        self.look_alikes = LookAlikesPanel(ctx)
        done_buttons = QWidget()
        row = QHBoxLayout(done_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.report_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)

        choose_row = QWidget()
        line = QHBoxLayout(choose_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.choose_button)
        line.addWidget(self.file_label, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(page(intro, self.photos_box, self.strict_box, choose_row))
        self.pages.addWidget(page(self.layout_label, self.mapping, stretch_last=True))
        preview = page(self.summary, self.rows_table, stretch_last=True)
        preview.layout().addWidget(self.preview_report_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(preview)
        self.pages.addWidget(page(self.work_label, self.bar, self.stop_button))
        self.pages.addWidget(page(self.result_label, done_buttons, self.look_alikes, stretch_last=True))

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.encoding)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._show(CHOOSE)

    # -- what tests replace --------------------------------------------------------------------------------
    @classmethod
    def ask_open_path(cls, parent: QWidget, folder: str) -> str | None:
        title = QCoreApplication.translate("ImportDialog", "Import contacts")
        kinds = QCoreApplication.translate("ImportDialog", "Contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
        return path or None

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str | None:
        title = QCoreApplication.translate("ImportDialog", "Save report of rejected rows")
        kinds = QCoreApplication.translate("ImportDialog", "Excel (*.xlsx);;CSV (*.csv)")
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
        return path or None

    @classmethod
    def confirm_undo(cls, parent: QWidget, text: str) -> bool:
        title = QCoreApplication.translate("ImportDialog", "Undo this import")
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- pages ---------------------------------------------------------------------------------------------
    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.encoding.setVisible(page in (MAPPING, PREVIEW) and self.source is not None)
        self.back_button.setVisible(page in (MAPPING, PREVIEW))
        self.next_button.setVisible(page in (CHOOSE, MAPPING, PREVIEW))
        self.next_button.setEnabled(page != CHOOSE or self.source is not None)
        self.next_button.setText({MAPPING: self.tr("Preview"), PREVIEW: self.tr("Import")}.get(page, self.tr("Next")))
        if page == PREVIEW and self.plan is not None:
            counts = self.plan.counts
            self.next_button.setEnabled(counts[ImportAction.CREATE] + counts[ImportAction.UPDATE] > 0)
        self.close_button.setText(self.tr("Close") if page == DONE else self.tr("Cancel"))
        self.close_button.setEnabled(page != WORKING)

    def _fail(self, error: Exception, page: int) -> None:
        self._job = None
        self.error_label.setText(message_for(error))
        self._show(page)

    def _working(self, text: str, back_to: int) -> None:
        self.error_label.clear()
        self.work_label.setText(text)
        self.bar.setRange(0, 0)
        self.stop_button.setEnabled(True)
        self._after_work = back_to
        self._show(WORKING)

    def _progress(self, done: int, total: int, _what: str = "") -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.stop_button.setEnabled(False)
            self.work_label.setText(self.tr("Stopping…"))

    def _stopped(self) -> None:
        self._job = None
        self.error_label.setText(self.tr("Stopped: nothing was changed."))
        self._show(self._after_work)

    def back(self) -> None:
        page = self.pages.currentIndex()
        self.error_label.clear()
        if page == PREVIEW and self.source is not None and self.source.kind != FileKind.VCARD:
            self._show(MAPPING)
        else:
            self._show(CHOOSE)

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == CHOOSE and self.source is not None:
            self._after_inspect(self.source)
        elif page == MAPPING:
            self.preview()
        elif page == PREVIEW:
            self.start_import()

    # -- choose and inspect --------------------------------------------------------------------------------
    def choose_file(self) -> None:
        folder = self._ctx.settings.value(FOLDER_KEY, str(Path.home()), type=str)
        path = self.ask_open_path(self, folder)
        if path:
            self._ctx.settings.setValue(FOLDER_KEY, str(Path(path).parent))
            self.load(path)

    def load(self, path: str | Path) -> None:
        self.error_label.clear()
        self.source = None
        self.encoding.reset()
        self.file_label.setText(str(path))
        read_op(self._ctx, self, "inspect", lambda: inspect_import(path), self._after_inspect,
                on_error=lambda error: self._fail(error, CHOOSE))

    def _encoding_changed(self, chosen: str | None) -> None:
        """Read the file again in it: a vCard's preview, a table's columns (fields kept if the same) and preview."""
        if self.source is None:
            return
        path, shown, headers = self.source.path, self.pages.currentIndex(), self.source.mapping.headers
        fields = self.mapping.fields()

        def reread(source: ImportSource) -> None:
            self.source = source
            if source.kind == FileKind.VCARD:
                self.preview()
                return
            same = source.mapping.headers == headers
            self.mapping.set_columns(source.mapping.headers, fields if same else source.mapping.fields, source.sample)
            self.layout_label.setText(layout_text(source))
            self.preview() if same and shown == PREVIEW else self._show(MAPPING)

        read_op(self._ctx, self, "inspect", lambda: inspect_import(path, chosen), reread,
                on_error=lambda error: self._fail(error, shown))

    def _after_inspect(self, source: ImportSource) -> None:
        self.source = source
        self.encoding.show_used(source.encoding)
        self.file_label.setText(str(source.path))
        if source.kind == FileKind.VCARD:
            self.preview()
            return
        self.layout_label.setText(layout_text(source))
        self.mapping.set_columns(source.mapping.headers, source.mapping.fields, source.sample)
        self._show(MAPPING)

    # -- preview -------------------------------------------------------------------------------------------
    def preview(self) -> None:
        source = self.source
        if source is None:
            return
        mapping = None
        if source.kind != FileKind.VCARD:
            try:
                mapping = source.mapping.with_fields(self.mapping.fields())
            except Exception as error:  # a stale choice cannot happen from the combos; say it plainly anyway
                self._fail(error, MAPPING)
                return
        path, strict, photos = source.path, self.strict_box.isChecked(), self.photos_box.isChecked()
        encoding = self.encoding.chosen()

        def body(db, control):  # the preview reads in one transaction: the handle itself is needed
            return preview_import(db, path, mapping, progress=lambda done, total: control.report(done, total),
                                  strict=strict, photos=photos, encoding=encoding)

        back = CHOOSE if source.kind == FileKind.VCARD else MAPPING
        self._working(self.tr("Reading and checking %1…").replace("%1", path.name), back)
        self._job = read_op(self._ctx, self, "work", body, self._previewed,
                            on_error=lambda error: self._fail(error, back), on_progress=self._progress,
                            on_cancel=self._stopped, title=self.tr("Reading %1").replace("%1", path.name))

    def summary_text(self, plan: ImportPlan) -> str:
        """The counts the import will report (the companies made for people's Company column are new too)."""
        counts = plan.counts
        new = counts[ImportAction.CREATE] + len(plan.new_companies)
        text = self.tr("New: %1 · Updated: %2 · Skipped: %3 · Rejected: %4").replace(
            "%1", f"{new:,}").replace("%2", f"{counts[ImportAction.UPDATE]:,}").replace(
            "%3", f"{counts[ImportAction.SKIP]:,}").replace("%4", f"{counts[ImportAction.REJECT]:,}")
        if plan.new_companies:
            names = ", ".join(list(plan.new_companies.values())[:5])
            if len(plan.new_companies) > 5:
                names += " " + self.tr("… and %1 more").replace("%1", f"{len(plan.new_companies) - 5:,}")
            text += "\n" + self.tr("Companies added for the Company column: %1").replace("%1", names)
        for region, rows in plan.read_in.items():  # the settings' default region: the user may want another
            text += "\n" + self.tr("Rows without a country whose numbers without a country code are read as "
                                   "numbers of %1 (the default region in Settings): %2").replace(
                "%1", country_name(region, typing_language())).replace("%2", f"{rows:,}")
        alike = sum(1 for r in plan.rows if r.candidates)
        if alike:
            text += "\n" + self.tr("New contacts that look like ones you have (merge them later if they are the "
                                   "same): %1").replace("%1", f"{alike:,}")
        if plan.groups:
            text += "\n" + groups_text(plan.groups)
        if plan.warnings:
            text += "\n" + self.tr("Values that could not be read, kept in the contacts' notes for review (the "
                                   "report lists them): %1").replace("%1", f"{len(plan.warnings):,}")
        if counts[ImportAction.CREATE] + counts[ImportAction.UPDATE] == 0:
            text += "\n" + self.tr("Nothing to import.")
        return text

    def _previewed(self, plan: ImportPlan) -> None:
        self._job = None
        self.plan = plan
        self.encoding.show_used(plan.encoding)
        self.summary.setText(self.summary_text(plan))
        self.rows_model.set_rows(plan.rows, plan.warnings)
        self.preview_report_button.setEnabled(bool(plan.rejections or plan.warnings))
        self._show(PREVIEW)

    # -- import, report, undo ------------------------------------------------------------------------------
    def start_import(self) -> None:
        plan = self.plan
        if plan is None:
            return
        def body(db, control):
            return apply_import(db, plan, progress=lambda done, total: control.report(done, total))

        self._working(self.tr("Importing %1…").replace("%1", plan.file_name), PREVIEW)
        self._job = write_op(self._ctx, body, parent=self, on_done=self._imported,
                             on_error=lambda error: self._fail(error, PREVIEW), on_progress=self._progress,
                             on_cancel=self._stopped, title=self.tr("Importing %1").replace("%1", plan.file_name))

    def _imported(self, result: ImportResult) -> None:
        self._job = None
        self.result = r = result
        self.result_label.setText(self.tr("Imported: %1 new, %2 updated, %3 skipped, %4 rejected.").replace(
            "%1", f"{r.created:,}").replace("%2", f"{r.updated:,}").replace("%3", f"{r.skipped:,}").replace(
            "%4", f"{r.rejected:,}"))
        self.report_button.setEnabled(bool(self.plan and (self.plan.rejections or self.plan.warnings)))
        self.undo_button.setEnabled(True)
        self.look_alikes.show_look_alikes(r.look_alikes)
        self._show(DONE)

    def save_report(self) -> None:
        plan = self.plan
        if plan is None:
            return
        folder = self._ctx.settings.value(FOLDER_KEY, str(Path.home()), type=str)
        path = self.ask_save_path(self, str(Path(folder) / f"{Path(plan.file_name).stem}-rejected.xlsx"))
        if not path:
            return
        try:
            write_rejections(plan, path)
        except Exception as error:  # a folder gone, a full disk: one clear line
            self.error_label.setText(message_for(error))
            return
        self.error_label.clear()
        label = self.summary if self.pages.currentIndex() == PREVIEW else self.result_label
        label.setText(label.text() + "\n" + self.tr("Report saved: %1").replace("%1", path))

    def undo(self) -> None:
        if self.result is None or not self.confirm_undo(self, self.tr(
                "Put every contact back as it was before this import? The contacts it created are removed for good, "
                "unless they were used since.")):
            return
        batch = self.result.batch_id
        self.undo_button.setEnabled(False)  # once: an import is undone only once
        write_op(self._ctx, lambda db: undo_import(db, batch), parent=self, on_done=self._undone,
                 on_error=lambda error: self._fail(error, DONE))

    def _undone(self, undone: UndoneImport) -> None:
        text = self.tr("The import was undone.")
        if undone.kept:
            text += " " + self.tr("Left as they are, since they were used after the import: %1").replace(
                "%1", ", ".join(ref.name for ref in undone.kept[:10]) + ("…" if len(undone.kept) > 10 else ""))
        self.result_label.setText(self.result_label.text() + "\n" + text)
