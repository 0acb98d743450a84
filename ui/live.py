"""Live training in a background thread: the page only looks at it, so no rerun can stop or restart it.

A Streamlit rerun (a Stop click, a language switch, a page change) interrupts the script, so a training loop
inside the script would end with every click. Here a Job trains in its own thread; every `interval` seconds it
leaves a snapshot (history so far and a copy of the model) for the Train page's fragment to draw. A Stop click
only sets the job's stop flag. When the thread has ended, `keep_training()` (called by app.py before every page)
keeps the run (runs() and the workspace on disk): nothing learned is lost, and nothing is ever retrained without
the Train button.
"""
from __future__ import annotations

import atexit
import copy
import dataclasses
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Callable

import streamlit as st

from engine.train import Run, Training
from ui.workspace import keep_run

PENDING = "train_pending"  # the Job training now, until it is kept
LAST = "train_last"  # the entry the Train page shows after training


@dataclass
class Progress:
    """Where a run is when a draw happens; `final` is True for the last draw after the loop ends."""

    step: int
    total_steps: int
    epoch: int
    elapsed: float
    batch_loss: float | None
    final: bool = False

    @property
    def steps_per_s(self) -> float:
        return self.step / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float:
        """Seconds left at the current speed."""
        rate = self.steps_per_s
        return (self.total_steps - self.step) / rate if rate > 0 else float("nan")


class LiveTrainer:
    """Run a Training to its end, calling draw(run, progress) at most every `interval` seconds and once at the end.

    Draws are scheduled by the clock, so a fast model is not slowed by drawing every step; if a draw itself
    is slow, the next one waits longer, so drawing never takes more than about `max_share` of the time.
    The batch loss is turned into a float only when drawn (that sync costs a little on every step).
    """

    def __init__(self, training: Training, draw: Callable[[Run, Progress], None], interval: float = 0.25,
                 clock: Callable[[], float] = time.perf_counter, max_share: float = 0.1):
        self.training, self.draw, self.interval, self.clock, self.max_share = training, draw, interval, clock, max_share
        self.draws = 0

    def run(self) -> Run:
        clock, training = self.clock, self.training
        start = clock()
        next_draw = start + self.interval
        event = None
        for event in training:
            now = clock()
            if now >= next_draw:
                cost = self._draw(event, now - start, final=False)
                next_draw = clock() + max(self.interval, cost / self.max_share)
        if event is not None:
            self._draw(event, clock() - start, final=True)
        return training.run

    def _draw(self, event, elapsed: float, final: bool) -> float:
        """Draw once; returns how long the draw took."""
        began = self.clock()
        loss = float(event.batch_loss) if event.batch_loss is not None else None
        self.draw(self.training.run, Progress(event.step, event.total_steps, event.epoch, elapsed, loss, final))
        self.draws += 1
        return self.clock() - began


class _Stoppable:
    """A Training's events until the job's stop flag is set (then the loop just ends)."""

    def __init__(self, training: Training, stop: threading.Event):
        self.training, self.stop = training, stop

    @property
    def run(self) -> Run:
        return self.training.run

    def __iter__(self):
        while not self.stop.is_set():
            event = next(self.training, None)
            if event is None:
                return
            yield event


@dataclass
class Job:
    """One training in its thread: what the page needs to draw it, stop it and keep it."""

    training: Training
    dataset: str
    name: str
    live: bool
    started: float
    stop: threading.Event
    snapshot: tuple | None = None  # (Run with a copied model and history, Progress) of the last draw
    done: threading.Event = dataclasses.field(default_factory=threading.Event)
    error: BaseException | None = None

    @property
    def running(self) -> bool:
        return not self.done.is_set()


def _work(job: Job, interval: float) -> None:
    def snap(run: Run, progress: Progress) -> None:  # between two steps, in this thread: the copy is consistent
        shown = job.live or progress.final
        job.snapshot = (dataclasses.replace(run, model=copy.deepcopy(run.model), history=list(run.history))
                        if shown else None, progress)

    try:
        LiveTrainer(_Stoppable(job.training, job.stop), snap, interval=interval).run()
        job.training.stop()  # a no-op when it finished or diverged
    except BaseException as error:  # noqa: BLE001 - kept for the page to show; a thread cannot raise to it
        job.error = error
    finally:
        job.done.set()


_THREADS: "weakref.WeakKeyDictionary[threading.Thread, Job]" = weakref.WeakKeyDictionary()


@atexit.register
def _stop_all() -> None:
    """At exit, stop every training thread and let it end its step (torch aborts if killed mid-step)."""
    for thread, job in list(_THREADS.items()):
        job.stop.set()
        thread.join(timeout=5)


def start_training(training: Training, dataset_name: str, name: str, live: bool, interval: float = 0.25) -> Job:
    """Start training in a thread, parked in the session under PENDING until keep_training() keeps it."""
    job = Job(training, dataset_name, name, live, time.perf_counter(), threading.Event())
    st.session_state[PENDING] = job
    thread = threading.Thread(target=_work, args=(job, interval), name=f"train {name}", daemon=True)
    _THREADS[thread] = job
    thread.start()
    return job


def redraw_interval(alone: float = 0.5) -> float:
    """Seconds between a live view's redraws: longer while several learners train on this server at once, since
    every redraw serialises its charts and ten views redrawn twice a second would starve the server (a classroom
    in shared mode: bench/classroom.py)."""
    running = sum(job.running for job in list(_THREADS.values()))
    return alone * max(1.0, running / 2)


def current_job() -> Job | None:
    """The job training now (or finished and not yet kept)."""
    return st.session_state.get(PENDING)


def stop_training() -> None:
    """Stop button callback: the thread ends after its current step; the run is kept as stopped."""
    job = current_job()
    if job is not None:
        job.stop.set()


def keep_training() -> dict | None:
    """Keep a finished job: append its run to runs() and return its entry; a job still training stays.

    Called by app.py before any page runs, so a run that ended while the learner was elsewhere is kept.
    """
    job = current_job()
    if job is None or job.running:
        return None
    del st.session_state[PENDING]
    if job.error is not None:
        raise job.error
    entry = keep_run(job.training.run, job.name, job.dataset, time.perf_counter() - job.started, job.live)
    st.session_state[LAST] = entry
    return entry
