"""Measuring: repeated timings (median, p95, worst), peak Python memory, and the row every result becomes."""

from __future__ import annotations

import gc
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Stats:
    """Timings in milliseconds of ``n`` runs."""

    samples: tuple[float, ...]  # wall-clock
    peak_mb: float | None = None  # tracemalloc peak of one extra, untimed run
    cpu: tuple[float, ...] = ()  # this process's CPU time of the same runs, plus its worker processes' (an
    # import's checks): what the work costs when the machine is shared (no waiting for a core), though
    # without the time spent waiting for the disk

    @property
    def n(self) -> int:
        return len(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        if len(self.samples) < 2:
            return self.samples[0]
        return statistics.quantiles(self.samples, n=20, method="inclusive")[18]

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None

    @property
    def worst(self) -> float:
        return max(self.samples)

    @property
    def total(self) -> float:
        return sum(self.samples)



def clock(work: Callable[[], object]) -> float:
    """One run of ``work`` in milliseconds."""
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def cpu_time() -> float:
    """Seconds of CPU: this process's and that of the child processes it has waited for (an import's worker
    processes), so that work handed to other processes still counts."""
    children = os.times()
    return time.process_time() + children.children_user + children.children_system


def clock2(work: Callable[[], object]) -> tuple[float, float]:
    """One run of ``work``: (wall-clock, CPU) milliseconds."""
    started, cpu = time.perf_counter(), cpu_time()
    work()
    return (time.perf_counter() - started) * 1000, (cpu_time() - cpu) * 1000


def series(works: list[Callable[[], object]]) -> Stats:
    """Each of ``works`` run once (the pages of a list, the invoices of a batch) as one set of samples."""
    runs = [clock2(work) for work in works]
    return Stats(tuple(r[0] for r in runs), cpu=tuple(r[1] for r in runs))


def measure(work: Callable[[], object], reps: int, setup: Callable[[], object] | None = None,
            warmup: int = 1, memory: bool = False) -> Stats:
    """Run ``work`` ``warmup`` times untimed, then ``reps`` times timed (``setup`` before each, untimed).

    With ``memory`` one more run under tracemalloc gives the peak of Python allocations (tracemalloc slows
    Python down, so that run is not timed).
    """
    for _ in range(warmup):
        if setup:
            setup()
        work()
    runs = []
    for _ in range(reps):
        if setup:
            setup()
        gc.collect()
        runs.append(clock2(work))
    peak = None
    if memory:
        if setup:
            setup()
        gc.collect()
        tracemalloc.start()
        try:
            work()
            peak = tracemalloc.get_traced_memory()[1] / 1e6
        finally:
            tracemalloc.stop()
    return Stats(tuple(r[0] for r in runs), peak, tuple(r[1] for r in runs))


def pool(stats: list[Stats]) -> Stats:
    """Many measurements as one (e.g. every query typed, every page shown)."""
    peaks = [st.peak_mb for st in stats if st.peak_mb is not None]
    return Stats(tuple(s for st in stats for s in st.samples), max(peaks) if peaks else None,
                 tuple(c for st in stats for c in st.cpu))


@dataclass(frozen=True)
class Peer:
    """Dolibarr 20 (PHP 8.2 + MariaDB on loopback, 100k third parties, warm caches), from issue 8."""

    figure: str  # as quoted, e.g. "154-171"
    median_ms: float  # the figure our speed-up is computed against (the best the peer did)
    required: float = 5.0  # we must be at least this many times faster


def _pick(values: tuple[float, ...], stat: str) -> float | None:
    if not values:
        return None
    return {"median": lambda: statistics.median(values), "p95": lambda: Stats(values).p95, "worst": lambda: max(values),
            "mean": lambda: sum(values) / len(values)}[stat]()


@dataclass
class Row:
    key: str  # for --only and the table
    label: str
    scale: str
    ours: Stats | None
    floor: Stats | None = None
    peer: Peer | None = None
    target: str = ""
    limit_ms: float | None = None  # target: ours (on ``stat``) under this
    max_ratio: float | None = None  # target: ours / floor (on ``stat``) at most this
    passed: bool | None = None  # a target judged by the operation itself (memory, a rate)
    stat: str = "median"  # which figure of ours the target (and the floor ratio) is read on
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    work: Callable[[], object] | None = field(default=None, repr=False)  # one run of ours, to profile a miss
    profile: str = ""

    def figure(self, stats: Stats | None, cpu: bool = False) -> float | None:
        return None if stats is None else _pick(stats.cpu if cpu else stats.samples, self.stat)

    def ratio(self, cpu: bool = False) -> float | None:
        ours, floor = self.figure(self.ours, cpu), self.figure(self.floor, cpu)
        return ours / floor if ours is not None and floor else None

    def speedup(self, cpu: bool = False) -> float | None:
        if not (self.peer and self.ours):
            return None
        ours = self.ours.cpu_median if cpu else self.ours.median
        return self.peer.median_ms / ours if ours else None

    def judged(self, cpu: bool = False) -> bool | None:
        checks = [] if self.passed is None or cpu else [self.passed]
        figure = self.figure(self.ours, cpu)
        if self.limit_ms is not None and figure is not None:
            checks.append(figure < self.limit_ms)
        ratio = self.ratio(cpu)
        if self.max_ratio is not None and ratio is not None:
            checks.append(ratio <= self.max_ratio)
        speedup = self.speedup(cpu)
        if speedup is not None:
            checks.append(speedup >= self.peer.required)
        if cpu and not checks:
            return None
        return all(checks) if checks or self.passed is not None else None

    def verdict(self, cpu: bool = False) -> str:
        ok = self.judged(cpu)
        return "" if ok is None else ("pass" if ok else "FAIL")


def under(row: Row, limit_ms: float) -> Row:
    """Judge ``row`` on its chosen figure against a limit in milliseconds."""
    row.limit_ms = limit_ms
    return row
