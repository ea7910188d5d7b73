"""The one background helper: jobs run on a thread pool, report progress, can be cancelled.

A job body gets a ``JobControl``: ``report(done, total, text)`` for the progress bar and ``check()``
which raises ``JobCancelled`` once the user pressed Cancel. The body never touches widgets; the result,
the error or the cancellation come back to the UI thread through the job's signals. Writes go through a
single-thread pool so they never race each other. Tests use ``SyncRunner``, which runs jobs at once.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class JobCancelled(Exception):
    pass


class Job(QObject):
    """A job as the UI thread sees it: its signals and its Cancel. It lives and dies on the UI thread: a worker
    holds only a ``_Remote`` of it (see ``JobRunner``)."""

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

    def emit_progress(self, done: int, total: int, text: str) -> None:
        self.progress.emit(done, total, text)

    def end(self, how: str, value: Any = None) -> None:
        """Say how the job ended: ``finished`` with its result, ``failed`` with the error, or ``cancelled``."""
        if how == "finished":
            self.finished.emit(value)
        elif how == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()


class _Relay(QObject):
    """Carries every job's progress and end from the workers to the UI thread, by the job's number."""

    progress = Signal(int, int, int, str)  # job number, done, total, what
    ended = Signal(int)  # job number: its outcome waits in its _Work


class _Remote:
    """What a worker holds of its job: its number, its cancel flag and the relay; never the Job itself."""

    def __init__(self, relay: _Relay, number: int, cancel: threading.Event) -> None:
        self._relay, self._number, self._cancel = relay, number, cancel

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def emit_progress(self, done: int, total: int, text: str) -> None:
        self._relay.progress.emit(self._number, done, total, text)

    def end(self) -> None:
        self._relay.ended.emit(self._number)


class JobControl:
    """What a job's body gets: progress reports and the check for Cancel."""

    def __init__(self, job: Job | _Remote) -> None:  # a Job on the test runners' thread, else its _Remote
        self._job = job

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        self._job.emit_progress(done, total, text)

    def report_only(self, done: int, total: int, text: str = "") -> None:
        """Progress of work that must not stop half-way (a file being converted): Cancel waits for the end."""
        self._job.emit_progress(done, total, text)

    def check(self) -> None:
        if self._job.is_cancelled:
            raise JobCancelled()

    def stop_requested(self) -> bool:
        """For services that take a ``cancel`` callback and stop cleanly themselves."""
        return self._job.is_cancelled

    def service_progress(self, done: int, total: int) -> None:
        """For services that take a ``progress`` callback: a cancel is left to ``stop_requested``."""
        if not self._job.is_cancelled:
            self._job.emit_progress(done, total, "")


JobBody = Callable[[JobControl], Any]


def _outcome(body: JobBody, control: JobControl) -> tuple[str, Any]:
    """How ``body`` ended: ("finished", its result), ("failed", the error) or ("cancelled", None)."""
    try:
        return "finished", body(control)
    except JobCancelled:
        return "cancelled", None
    except Exception as exc:  # handed to the UI, which shows it as one clear message
        return "failed", exc


def _execute(job: Job, body: JobBody) -> None:
    """Run a job at once, on the calling thread (the test runners)."""
    job.end(*_outcome(body, JobControl(job)))


class _Work:
    """One job's body and outcome, shared by the worker and the UI thread. The UI thread takes both out: a
    body may hold widgets (a bound method, a closure over ``self``) and an error its traceback's frames, whose
    last reference must not be dropped on a worker (Qt objects are then deleted in the middle of whatever the
    UI thread is doing: a segmentation fault found by the monkey run, while a table header painted)."""

    def __init__(self, body: JobBody, remote: _Remote) -> None:
        self.body: JobBody | None = body
        self.remote = remote
        self.outcome: tuple[str, Any] = ("cancelled", None)


def _run(db, work: _Work) -> None:
    """On a worker: run the body, keep the outcome in ``work``, and only then say it ended, holding nothing
    but ``work`` (and the plain numbers the signal carries)."""
    with db.connection_context():  # peewee keeps one connection per thread
        work.outcome = _outcome(work.body, JobControl(work.remote))  # type: ignore[arg-type]
    work.remote.end()


class JobRunner(QObject):
    """Runs jobs on two pools (reads; writes one at a time).

    A Job is a Qt object of the UI thread, and only the UI thread ever holds it: workers report through one
    relay, by the job's number, and are handed the body as a plain callable (no QRunnable subclass). When a
    worker held the Job, its last reference was now and then dropped there, deleting the Qt object on the
    worker while the UI thread still delivered its queued signals, and a QRunnable's Python wrapper could be
    collected on the UI thread while the pool deleted it on the worker: segmentation faults and aborts
    ("std::bad_typeid") that the monkey run (dev/monkey.py) found on an export and on the quote preview."""

    started = Signal(object)  # Job, for the status bar's progress area

    def __init__(self, db, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._reads = QThreadPool(self)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._jobs: dict[int, tuple[Job, _Work]] = {}  # the jobs running, by number
        self._numbers = itertools.count(1)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self._relay.ended.connect(self._ended)

    def submit(self, body: JobBody, *, title: str = "", write: bool = False,
               on_done: Callable[[Any], None] | None = None, on_error: Callable[[Exception], None] | None = None,
               on_progress: Callable[[int, int, str], None] | None = None,
               on_cancel: Callable[[], None] | None = None) -> Job:
        """Start ``body`` in the background; the callbacks run on the UI thread."""
        job = Job(title)
        for signal, callback in ((job.finished, on_done), (job.failed, on_error), (job.progress, on_progress),
                                 (job.cancelled, on_cancel)):
            if callback is not None:
                signal.connect(callback)
        self.started.emit(job)
        self._start(job, body, write)
        return job

    def _start(self, job: Job, body: JobBody, write: bool) -> None:
        number, db = next(self._numbers), self._db
        work = _Work(body, _Remote(self._relay, number, job._cancel))
        self._jobs[number] = job, work
        (self._writes if write else self._reads).start(lambda: _run(db, work))

    def _progress(self, number: int, done: int, total: int, text: str) -> None:
        if number in self._jobs:
            self._jobs[number][0].emit_progress(done, total, text)

    def _ended(self, number: int) -> None:
        job, work = self._jobs.pop(number)
        outcome, work.outcome, work.body = work.outcome, ("cancelled", None), None  # dropped here, on the UI thread
        job.end(*outcome)

    def wait(self, msecs: int = 30_000) -> None:
        self._reads.waitForDone(msecs)
        self._writes.waitForDone(msecs)


class SyncRunner(JobRunner):
    """Runs each job at once in the calling thread (tests): same signals, no threads."""

    def _start(self, job: Job, body: JobBody, write: bool) -> None:
        _execute(job, body)
