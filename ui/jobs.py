"""The one background helper: jobs run on a thread pool, report progress, can be cancelled.

A job body gets a ``JobControl``: ``report(done, total, text)`` for the progress bar and ``check()``
which raises ``JobCancelled`` once the user pressed Cancel. The body never touches widgets; the result,
the error or the cancellation come back to the UI thread through the job's signals. Writes go through a
single-thread pool so they never race each other. Tests use ``SyncRunner``, which runs jobs at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobCancelled(Exception):
    pass


class Job(QObject):
    progress = Signal(int, int, str)  # done, total, what
    finished = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, title: str = "") -> None:
        super().__init__()
        self.title = title
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class JobControl:
    def __init__(self, job: Job) -> None:
        self._job = job

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        self._job.progress.emit(done, total, text)

    def report_only(self, done: int, total: int, text: str = "") -> None:
        """Progress of work that must not stop half-way (a file being converted): Cancel waits for the end."""
        self._job.progress.emit(done, total, text)

    def check(self) -> None:
        if self._job.is_cancelled:
            raise JobCancelled()

    def stop_requested(self) -> bool:
        """For services that take a ``cancel`` callback and stop cleanly themselves."""
        return self._job.is_cancelled

    def service_progress(self, done: int, total: int) -> None:
        """For services that take a ``progress`` callback: a cancel is left to ``stop_requested``."""
        if not self._job.is_cancelled:
            self._job.progress.emit(done, total, "")


JobBody = Callable[[JobControl], Any]


def _execute(job: Job, body: JobBody) -> None:
    try:
        result = body(JobControl(job))
    except JobCancelled:
        job.cancelled.emit()
    except Exception as exc:  # handed to the UI, which shows it as one clear message
        job.failed.emit(exc)
    else:
        job.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, db, job: Job, body: JobBody) -> None:
        super().__init__()
        self._db, self._job, self._body = db, job, body

    def run(self) -> None:
        with self._db.connection_context():  # peewee keeps one connection per thread
            _execute(self._job, self._body)


class JobRunner(QObject):
    started = Signal(object)  # Job, for the status bar's progress area

    def __init__(self, db, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._reads = QThreadPool(self)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._alive: set[Job] = set()

    def submit(self, body: JobBody, *, title: str = "", write: bool = False,
               on_done: Callable[[Any], None] | None = None, on_error: Callable[[Exception], None] | None = None,
               on_progress: Callable[[int, int, str], None] | None = None,
               on_cancel: Callable[[], None] | None = None) -> Job:
        """Start ``body`` in the background; the callbacks run on the UI thread."""
        job = Job(title)
        self._alive.add(job)
        for signal, callback in ((job.finished, on_done), (job.failed, on_error), (job.progress, on_progress),
                                 (job.cancelled, on_cancel)):
            if callback is not None:
                signal.connect(callback)
        for signal in (job.finished, job.failed, job.cancelled):
            signal.connect(lambda *_, j=job: self._alive.discard(j))
        self.started.emit(job)
        self._start(job, body, write)
        return job

    def _start(self, job: Job, body: JobBody, write: bool) -> None:
        (self._writes if write else self._reads).start(_Runnable(self._db, job, body))

    def wait(self, msecs: int = 30_000) -> None:
        self._reads.waitForDone(msecs)
        self._writes.waitForDone(msecs)


class SyncRunner(JobRunner):
    """Runs each job at once in the calling thread (tests): same signals, no threads."""

    def _start(self, job: Job, body: JobBody, write: bool) -> None:
        _execute(job, body)
