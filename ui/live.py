"""Live training: consume a Training's events, redraw by time (not per step), and keep every run, even interrupted ones.

A Stop click or leaving the page makes Streamlit rerun the script, which interrupts the loop wherever it
is. The Training waits in st.session_state under PENDING until it is kept, so the next run of any page
can finish it as "stopped" with `finish_interrupted_run()`: nothing learned is lost, and nothing
is ever retrained without the Train button.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import streamlit as st

from engine.train import Run, Training
from ui.state import runs

PENDING = "train_pending"  # the Training being run, until it is kept
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


def start_training(training: Training, dataset_name: str, name: str, live: bool) -> dict:
    """Park a Training in the session BEFORE iterating it, so an interrupted run can still be kept."""
    pending = {"training": training, "dataset": dataset_name, "name": name, "live": live,
               "started": time.perf_counter()}
    st.session_state[PENDING] = pending
    return pending


def finish_interrupted_run() -> dict | None:
    """Finish the parked Training (as stopped if it did not end), append it to runs() and return its entry.

    Called by the Train page when its loop ends, and by app.py before any page runs, to keep a run that a
    Stop click or a page change interrupted.
    """
    pending = st.session_state.pop(PENDING, None)
    if pending is None:
        return None
    run = pending["training"].stop()  # a no-op when it already finished or diverged
    entry = {"name": pending["name"], "run": run, "dataset": pending["dataset"],
             "seconds": time.perf_counter() - pending["started"], "live": pending["live"]}
    runs().append(entry)
    st.session_state[LAST] = entry
    return entry

