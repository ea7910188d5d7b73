"""The status bar's progress area: what runs in the background, how far it is, and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.jobs import Job


class JobProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel = QPushButton(self.tr("Cancel"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self._job: Job | None = None
        self.cancel.clicked.connect(self._cancel)
        self.hide()

    def track(self, job: Job) -> None:
        """Show a titled job (untitled ones are quick reads that need no progress bar)."""
        if not job.title:
            return
        self._job = job
        self.text.setText(job.title)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel.setEnabled(True)
        self.show()
        job.progress.connect(self._progress)
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_, j=job: self._ended(j))

    def _progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        if what:
            self.text.setText(f"{self._job.title if self._job else ''} — {what}")

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel.setEnabled(False)
            self.text.setText(self.tr("Cancelling…"))

    def _ended(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self.hide()
