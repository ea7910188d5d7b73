"""The window's two job helpers: a write publishes its Changes, puts a mistake under its field and says any
other error once; a read delivers only the latest answer for its view and key."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from smallcrm.changes import Changes
from smallcrm.errors import StorageError, ValidationError
from smallcrm.services.parties.parties import PartyDraft, create_party
from ui import operations
from ui.common.field_errors import FieldErrors
from ui.jobs import JobRunner, SyncRunner
from ui.operations import cancel_read, read_op, reading, write_op


class HeldRunner(SyncRunner):
    """Keeps each job until the test lets it finish, in the order the test chooses."""

    def __init__(self, db) -> None:
        super().__init__(db)
        self.held: list = []

    def _start(self, job, body, write) -> None:
        self.held.append((job, body))

    def finish(self, index: int) -> None:
        job, body = self.held[index]
        super()._start(job, body, False)


@pytest.fixture
def said(monkeypatch):
    """The errors the helpers said in a message box (none is opened)."""
    errors: list[tuple[object, Exception]] = []
    monkeypatch.setattr(operations, "show_error", lambda parent, error: errors.append((parent, error)))
    return errors


@pytest.fixture
def published(ctx):
    changes: list[Changes] = []
    ctx.bus.changed.connect(changes.append)
    return changes


@pytest.fixture
def held(ctx):
    ctx.runner = HeldRunner(ctx.db)
    return ctx.runner


@pytest.fixture
def view(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


# -- reads -----------------------------------------------------------------------------------------------
def test_an_answer_overtaken_by_a_newer_question_is_dropped(ctx, held, view):
    answers = []
    older = read_op(ctx, view, "list", lambda: "older", answers.append)
    read_op(ctx, view, "list", lambda: "newer", answers.append)
    assert older.is_cancelled  # asked to stop: its answer can no longer be used
    held.finish(1)
    held.finish(0)  # the older question answers last: too late
    assert answers == ["newer"]
    assert not reading(view, "list")


def test_an_older_answer_arriving_first_is_dropped_too(ctx, held, view):
    answers = []
    read_op(ctx, view, "list", lambda: "older", answers.append)
    read_op(ctx, view, "list", lambda: "newer", answers.append)
    held.finish(0)
    assert answers == [] and reading(view, "list")
    held.finish(1)
    assert answers == ["newer"]


def test_the_error_of_a_stale_read_is_dropped_and_the_latest_one_said(ctx, held, view, said):
    def fails():
        raise StorageError("locked")

    read_op(ctx, view, "list", fails, print)
    read_op(ctx, view, "list", fails, print)
    held.finish(0)
    held.finish(1)
    assert len(said) == 1 and said[0][0] is view


def test_reads_of_other_keys_or_views_do_not_drop_each_other(ctx, held, view, qtbot):
    other = QWidget()
    qtbot.addWidget(other)
    answers = []
    read_op(ctx, view, "tags", lambda: "tags", answers.append)
    read_op(ctx, view, "list", lambda: "list", answers.append)
    read_op(ctx, other, "list", lambda: "other", answers.append)
    for index in (2, 1, 0):
        held.finish(index)
    assert answers == ["other", "list", "tags"]


def test_a_cancelled_read_and_a_deleted_view_get_no_answer(ctx, held, view, qtbot):
    answers = []
    job = read_op(ctx, view, "list", lambda: "reset since", answers.append)
    cancel_read(view, "list")
    assert job.is_cancelled
    gone = QWidget()
    read_op(ctx, gone, "list", lambda: "too late", answers.append)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not operations.isValid(gone))
    held.finish(0)
    held.finish(1)
    assert answers == []


def test_a_read_hands_its_body_only_what_it_names(ctx, view):
    got = []
    read_op(ctx, view, "a", lambda control: control.check() or "checked", got.append)
    read_op(ctx, view, "b", lambda db: db is ctx.db, got.append)
    assert got == ["checked", True]
    with pytest.raises(TypeError, match="party_id"):
        read_op(ctx, view, "c", lambda party_id: party_id, got.append)


# -- writes ----------------------------------------------------------------------------------------------
def test_a_write_publishes_its_changes_and_hands_on_the_value(ctx, view, published, said):
    got = []
    write_op(ctx, lambda db: create_party(db, PartyDraft(kind="person", first_name="Ada", last_name="Byron")),
             parent=view, on_done=got.append)
    assert [c.parties for c in published] == [{got[0].id}]
    assert got[0].name == "Ada Byron"
    write_op(ctx, lambda db: Changes(tags={7}), parent=view, on_done=got.append)
    assert published[-1].tags == {7} and got[-1] is None
    assert said == []


def test_a_report_is_handed_whole_and_its_changes_published(ctx, view, published):
    class Report:
        changes = Changes(mail_reviews={3})

    got = []
    write_op(ctx, lambda db: Report(), parent=view, on_done=got.append)
    assert isinstance(got[0], Report) and published[0].mail_reviews == {3}


def test_a_validation_error_lands_under_its_field(ctx, view, said, published):
    errors = FieldErrors()
    errors.wrap("emails", QLineEdit()).setParent(view)
    done = []
    draft = PartyDraft(kind="person", first_name="Ada", emails=["not an address"])
    write_op(ctx, lambda db: create_party(db, draft), parent=view, errors=errors, on_done=done.append)
    assert list(errors.visible()) == ["emails"]
    assert done == [] and said == [] and published == []


def test_a_storage_error_is_said_once_in_one_line(ctx, view, said, qtbot):
    errors = FieldErrors()
    save = QPushButton()
    qtbot.addWidget(save)

    def full(db):
        raise StorageError("disk I/O error", code="disk_full")

    write_op(ctx, full, parent=view, errors=errors, busy=[save], on_done=pytest.fail)
    assert [error.code for _parent, error in said] == ["disk_full"]
    assert said[0][0] is view
    assert errors.visible() == {}
    assert save.isEnabled()  # enabled again for another try


def test_a_caller_that_says_errors_itself_gets_them_instead_of_the_box(ctx, view, said):
    own = []

    def refused(db):
        raise ValidationError("nowhere", "bad")

    write_op(ctx, refused, parent=view, errors=FieldErrors(), on_error=own.append)
    assert [e.field for e in own] == ["nowhere"] and said == []


def test_a_write_runs_on_the_write_worker_not_the_ui_thread(ctx, view, qtbot):
    runner = ctx.runner = JobRunner(ctx.db)
    threads, done = [], []
    save = QPushButton()
    qtbot.addWidget(save)
    write_op(ctx, lambda db: threads.append(threading.current_thread()) or Changes(), parent=view,
             busy=[save], on_done=done.append)
    assert not save.isEnabled()  # while it runs
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    runner.wait()
    assert threads[0] is not threading.main_thread()
    assert save.isEnabled()


def test_the_callbacks_of_a_closed_window_are_skipped_but_its_changes_published(ctx, held, published, qtbot):
    dialog = QWidget()
    done = []
    write_op(ctx, lambda db: ("saved", Changes(deals={1})), parent=dialog, on_done=done.append)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not operations.isValid(dialog))
    held.finish(0)
    assert done == [] and published[0].deals == {1}
