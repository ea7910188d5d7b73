"""The window's two ways to reach the database, as Anki's ``CollectionOp`` and ``QueryOp`` are for its:

``write_op`` runs a write service on the single write worker (writes never race, and never freeze the window),
publishes the ``Changes`` it returns on the bus, puts a ``ValidationError`` under the field it names when the
caller gives its form's ``FieldErrors``, and says any other error once, in one translated line (a message box
over ``parent`` unless the caller says it elsewhere with ``on_error``).

``read_op`` runs a read on a reader and delivers only the latest answer for its ``(owner, key)``: asking again
cancels the job still on its way and drops its answer, whatever the order the answers come back in. This is
the one place a stale answer is dropped: views keep no tokens or generations (a job is kept only for a Stop
button); ``cancel_read`` drops an answer that no longer fits (the list was reset, the user typed on).

The callable names what it needs by its parameters: ``db``, the open database (what a write service takes
first), and ``control``, the job's progress and Cancel. A read of the data names neither: reads go through
the models' proxy bound to the open database; a read names ``db`` only for the handle itself (the file's
place, one snapshot transaction). So no view holds the database: this module is the only one that reads
``ctx.db`` (tests/ui/test_operations_guard.py walks ``ui/`` to keep it so). Why names rather than always both
arguments: a call site reads as what it does (``lambda db: issue_invoice(db, ...)``, ``list_tags``), and a read
is handed the database only where it says so.

Why functions with keywords, not Anki's builder classes (``CollectionOp(...).success(...).run_in_background()``):
a call cannot be built and then forgotten un-run, reads as one statement, and each option is type-checked.
Why the callbacks are skipped once their widget is deleted: a dialog closed while its save ran must not be
touched; the Changes are published all the same, so every other view still learns what was written.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from smallcrm.changes import Changes
from smallcrm.errors import StorageError, ValidationError
from smallcrm.services.admin.storage import (
    database_path,
    database_serving,
    opened_damaged,
    read_only_reason,
    release_connection,
)
from ui.common.context import AppContext
from ui.common.errors import show_error
from ui.common.field_errors import FieldErrors
from ui.jobs import Job, JobControl

log = logging.getLogger("smallcrm.ui")

_GIVEN = ("db", "control")  # what a job's callable may ask for, by the name of its parameter

FieldPlacer = FieldErrors | Callable[[ValidationError], bool]  # True when the error was shown under a field
WriteCall = Callable[..., Any]  # (db) or (db, control) -> what the write service returns
Progress = Callable[[int, int, str], None]


def write_op(ctx: AppContext, call: WriteCall, *, parent: QObject | None,
             on_done: Callable[[Any], None] | None = None, errors: FieldPlacer | None = None,
             on_error: Callable[[Exception], None] | None = None, busy: Iterable[QWidget] = (), title: str = "",
             on_progress: Progress | None = None, on_cancel: Callable[[], None] | None = None,
             replaces_file: bool = False) -> Job:
    """Run ``call(db)`` (or ``call(db, control)``) on the write worker.

    What it returns is split: ``(value, Changes)`` gives ``value``, a bare ``Changes`` gives None, a report with
    a ``changes`` field (mail fetched, mails sent) is given whole; the Changes go on the bus, then ``on_done``
    gets the rest. ``busy`` widgets are disabled while it runs (a second click cannot save twice).
    ``replaces_file``: the job swaps the database file (restore, encrypt): the other jobs are waited for and
    this thread's connection is let go first."""
    run = _caller(call)
    db, busy = ctx.db, tuple(busy)
    if isinstance(errors, FieldErrors):
        errors.clear()
    for widget in busy:
        widget.setEnabled(False)
    if replaces_file:
        ctx.runner.wait()  # nothing else may use the file while it is replaced
        release_connection(db)

    def done(result: Any) -> None:
        value, changes = _split(result)
        _enable(busy)
        ctx.bus.publish(changes)
        if on_done is not None and _alive(parent):
            on_done(value)

    def failed(error: Exception) -> None:
        _enable(busy)
        if not _alive(parent):
            log.warning("a write whose window was closed failed: %s", error)
            return
        if isinstance(error, ValidationError) and _placed(errors, error):
            return
        if on_error is not None:
            on_error(error)
        else:
            show_error(parent if isinstance(parent, QWidget) else None, error)

    def cancelled() -> None:
        _enable(busy)
        if on_cancel is not None and _alive(parent):
            on_cancel()

    def progress(done_: int, total: int, what: str) -> None:
        if on_progress is not None and _alive(parent):
            on_progress(done_, total, what)

    return ctx.runner.submit(lambda control: run(db, control), title=title, write=True, on_done=done,
                             on_error=failed, on_progress=progress if on_progress else None, on_cancel=cancelled)


@dataclass(eq=False)
class _Asked:
    """The latest question of an (owner, key); its job once submitted, to cancel when a newer one comes."""

    job: Job | None = None


_latest: WeakKeyDictionary[QObject, dict[Hashable, _Asked]] = WeakKeyDictionary()


def read_op(ctx: AppContext, owner: QObject, key: Hashable, body: Callable[..., Any],
            on_done: Callable[[Any], None], *, on_error: Callable[[Exception], None] | None = None,
            title: str = "", on_progress: Progress | None = None,
            on_cancel: Callable[[], None] | None = None) -> Job:
    """Run ``body()`` (or ``body(control)``) on a reader; ``on_done`` gets its answer on the UI thread unless a
    newer read of the same ``owner`` and ``key`` was asked meanwhile, or ``owner`` was deleted. An error is
    said in a message box over ``owner`` unless ``on_error`` says it; a stale error is dropped like a stale
    answer."""
    run = _caller(body)
    db = ctx.db
    asked = _latest.setdefault(owner, {})
    previous = asked.get(key)
    if previous is not None and previous.job is not None:
        previous.job.cancel()  # its answer would be dropped: let it stop at its next check
    mine = asked[key] = _Asked()

    def current(finished: bool) -> bool:
        """Whether this is still the latest question of a live owner (and, if ``finished``, forget it)."""
        answers = _latest.get(owner) if _alive(owner) else None
        if answers is None or answers.get(key) is not mine:
            return False
        if finished:
            del answers[key]
        return True

    def done(result: Any) -> None:
        if current(finished=True):
            on_done(result)

    def failed(error: Exception) -> None:
        if not current(finished=True):
            return
        if on_error is not None:
            on_error(error)
        else:
            show_error(owner if isinstance(owner, QWidget) else None, error)

    def cancelled() -> None:
        if current(finished=True) and on_cancel is not None:
            on_cancel()

    def progress(done_: int, total: int, what: str) -> None:
        if on_progress is not None and current(finished=False):
            on_progress(done_, total, what)

    job = ctx.runner.submit(lambda control: run(db, control), title=title, on_done=done, on_error=failed,
                            on_progress=progress if on_progress else None, on_cancel=cancelled)
    if asked.get(key) is mine:  # not answered yet (the test runner answers before submit returns)
        mine.job = job
    return job


def cancel_read(owner: QObject, key: Hashable) -> None:
    """The answer on its way to ``owner`` for ``key`` no longer fits (the user typed on, the list was reset):
    it is dropped when it comes, and its job asked to stop."""
    answers = _latest.get(owner)
    asked = answers.pop(key, None) if answers is not None else None
    if asked is not None and asked.job is not None:
        asked.job.cancel()


def reading(owner: QObject, key: Hashable) -> bool:
    """Whether an answer for ``owner`` and ``key`` is still on its way."""
    answers = _latest.get(owner)
    return answers is not None and key in answers


def database_file(ctx: AppContext) -> Path:
    """The open database's file (for the title bar and Settings → Data): the handle's path, no query."""
    return database_path(ctx.db)


def opened_read_only(ctx: AppContext) -> str:
    """Why the open database cannot be changed (a damaged file shown read-only); "" when it can."""
    return read_only_reason(ctx.db)


def read_only_because_damaged(ctx: AppContext) -> bool:
    return opened_damaged(ctx.db)


def database_open(ctx: AppContext) -> bool:
    """Whether the window's database can be read now; a background timer's slot asks first and stands down when
    it cannot (the window closing, a restore replacing the file, a test's database closed)."""
    return database_serving(ctx.db)


def backup_problem(ctx: AppContext) -> StorageError | None:
    """Why the automatic backup made when the database opened failed (None: it did not)."""
    return getattr(ctx.db, "backup_problem", None)


# -- the parts -------------------------------------------------------------------------------------------
def _caller(call: Callable[..., Any]) -> Callable[[Any, JobControl], Any]:
    """``call`` as ``(db, control) -> result``, handing it what its parameters ask for. Checked here, on the UI
    thread, so that a parameter it cannot be given fails at once rather than in a worker."""
    wanted = [name for name, parameter in inspect.signature(call).parameters.items()
              if parameter.default is inspect.Parameter.empty
              and parameter.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)]
    unknown = [name for name in wanted if name not in _GIVEN]
    if unknown:
        raise TypeError(f"a job's callable may ask only for {' and '.join(_GIVEN)}, not {', '.join(unknown)}")
    return lambda db, control: call(*[{"db": db, "control": control}[name] for name in wanted])


def _split(result: Any) -> tuple[Any, Changes | None]:
    """A write service's answer as (what the caller gets, what goes on the bus)."""
    if isinstance(result, Changes):
        return None, result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Changes):
        return result
    changes = getattr(result, "changes", None)
    return result, changes if isinstance(changes, Changes) else None


def _placed(errors: FieldPlacer | None, error: ValidationError) -> bool:
    if errors is None:
        return False
    return errors.show(error) if isinstance(errors, FieldErrors) else errors(error)


def _alive(widget: QObject | None) -> bool:
    return widget is None or isValid(widget)


def _enable(widgets: tuple[QWidget, ...]) -> None:
    for widget in widgets:
        if isValid(widget):
            widget.setEnabled(True)
