"""The background runner's jobs are Qt objects of the UI thread, and their bodies may hold widgets: only the UI
thread may let go of either.

A job's last reference used to be dropped by whichever thread let go of it last; when that was the worker (the
UI thread had already handled its end), the Qt object was deleted on the worker while the UI thread still
delivered its queued signals: a segmentation fault now and then (found by the monkey run, on an export's
progress)."""

from __future__ import annotations

import collections
import gc
import threading
import time
import weakref

from ui.jobs import JobRunner


def test_every_job_is_let_go_on_the_ui_thread(db, qapp, qtbot):
    runner = JobRunner(db)
    let_go_on: list[str] = []
    finished: list[int] = []
    progress: list[int] = []

    def body(control):
        control.report(1, 2, "half")
        return 1

    class Held:  # what a body holds (a widget, in the window: a bound method, a closure over self)
        pass

    for _ in range(300):
        held = Held()
        job = runner.submit(lambda control, h=held: body(control), on_done=finished.append,
                            on_progress=lambda done, *_: progress.append(done))
        for thing, what in ((job, "job"), (held, "held")):
            weakref.finalize(thing, lambda w=what: let_go_on.append(f"{threading.current_thread().name} {w}"))
        del job, held, thing
    qtbot.waitUntil(lambda: len(finished) == 300, timeout=30_000)
    runner.wait()
    deadline = time.monotonic() + 5
    while len(let_go_on) < 600 and time.monotonic() < deadline:
        qapp.processEvents()
        gc.collect()
    assert finished == [1] * 300 and progress == [1] * 300  # every answer and every report came
    assert len(let_go_on) == 600, collections.Counter(let_go_on)  # none is kept for ever
    assert {name.split()[0] for name in let_go_on} == {threading.main_thread().name}
