"""Live training in a child process: the page only looks at it, so no rerun can stop or restart it.

A Streamlit rerun (a Stop click, a language switch, a page change) interrupts the script, so a training loop
inside the script would end with every click. Here a Job trains in its own process (engine/worker.py); every
`interval` seconds it leaves a snapshot (history so far and a copy of the model) for the Train page's fragment to
draw. A Stop click only sets the job's stop flag. When the training has ended, `keep_training()` (called by app.py
before every page) keeps the run (runs() and the workspace on disk): nothing learned is lost, and nothing is ever
retrained without the Train button.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import streamlit as st

from engine.dataset import Dataset
from engine.errors import LearnerError
from engine.store import default_path, shared_mode
from engine.train import Training
from engine.worker import BackgroundTraining
from ui.workspace import keep_run, workspace

# On a classroom server (shared mode) learners' trainings run below the server's priority, so pages answer first
# while ten learners train on two cores (bench/classroom.py). At home the learner's one run gets the full share.
CLASSROOM_NICE = 10
PENDING = "train_pending"  # the Job training now, until it is kept
LAST = "train_last"  # the entry the Train page shows after training
REFUSED = "train_page_refused"  # a LearnerError the Train page shows once (a refused config, a lost process)


@dataclass
class Job:
    """One training in the background: what the page needs to draw it, stop it and keep it."""

    work: BackgroundTraining
    dataset: str
    name: str
    live: bool
    started: float
    kept: bool = False  # set (under _LOCK) by the one session that keeps it

    @property
    def running(self) -> bool:
        return self.work.running

    @property
    def snapshot(self):
        """(Run with a copy of the model and the history so far, Progress) of the last message, or None."""
        return self.work.snapshot


# The job each workspace is training, by (workspace file, workspace): a reload (F5) starts a new session, which
# takes the job over instead of losing it; a run that ended while nobody looked is kept on the next visit.
_BY_WORKSPACE: dict[tuple[str, str], Job] = {}
_LOCK = threading.Lock()


def _workspace_key() -> tuple[str, str]:
    return str(default_path()), workspace()


def child_nice() -> int:
    """The CPU priority (Unix nice) of a training process started now: lower on a classroom server."""
    return CLASSROOM_NICE if shared_mode() else 0


def start_training(training: Training, dataset: Dataset, name: str, live: bool, interval: float = 0.25) -> Job:
    """Start training in a child process, parked in the session under PENDING until keep_training() keeps it."""
    work = BackgroundTraining(training, dataset, live, interval, nice=child_nice())
    job = Job(work, dataset.name, name, live, time.perf_counter())
    with _LOCK:
        _BY_WORKSPACE[_workspace_key()] = job
    st.session_state[PENDING] = job
    return job


def redraw_interval(alone: float = 1.0) -> float:
    """Seconds between a live view's redraws: once a second alone, longer while several learners train on this
    server at once, since every redraw serialises its charts and ten views redrawn every second would starve the
    server (a classroom in shared mode: bench/classroom.py).

    Once a second, not twice: the browser's redraw of the loss and prediction charts competes with the training
    process for the CPU. Tutorial 000's preset in Chromium on 2 cores, alternating: 18.0 and 26.4 s at 1 s
    (÷ engine.train.fit 1.21 and 1.32) against 28.6 and 30.1 s at 0.5 s (1.96 and 2.90)."""
    running = sum(job.running for job in list(_BY_WORKSPACE.values()))
    return alone * max(1.0, running / 2)


def current_job() -> Job | None:
    """The job training now (or finished and not yet kept), also one a previous session of this workspace
    started (the learner reloaded the page)."""
    job = st.session_state.get(PENDING)
    if job is None:
        job = _BY_WORKSPACE.get(_workspace_key())
        if job is not None:
            st.session_state[PENDING] = job
    return job


def stop_training() -> None:
    """Stop button callback: the child ends after its current step; the run is kept as stopped."""
    job = current_job()
    if job is not None:
        job.work.stop()


def keep_training() -> dict | None:
    """Keep a finished job: append its run to runs() and return its entry; a job still training stays.

    Called by app.py before any page runs, so a run that ended while the learner was elsewhere is kept.
    """
    job = current_job()
    if job is None or job.running:
        return None
    del st.session_state[PENDING]
    with _LOCK:
        if _BY_WORKSPACE.get(_workspace_key()) is job:
            del _BY_WORKSPACE[_workspace_key()]
        if job.kept:  # another tab of this workspace kept it first
            return None
        job.kept = True
    error = job.work.error
    if isinstance(error, LearnerError):  # said in the learner's words on the Train page, which shows it next
        st.session_state[REFUSED] = error
        return None
    if error is not None:
        raise error
    entry = keep_run(job.work.run, job.name, job.dataset, time.perf_counter() - job.started, job.live)
    st.session_state[LAST] = entry
    return entry
