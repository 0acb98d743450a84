"""Drawing by the clock, not by the step: how a training loop hands snapshots to a view without slowing down."""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Iterable

from engine.train import Event, Run


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
    `events` defaults to the training itself; pass another iterable of its events to end the loop early.
    """

    def __init__(self, training, draw: Callable[[Run, Progress], None], interval: float = 0.25,
                 clock: Callable[[], float] = time.perf_counter, max_share: float = 0.1,
                 events: Iterable[Event] | None = None):
        self.training, self.draw, self.interval, self.clock, self.max_share = training, draw, interval, clock, max_share
        self.events = training if events is None else events
        self.draws = 0

    def run(self) -> Run:
        clock = self.clock
        start = clock()
        next_draw = start + self.interval
        event = None
        for event in self.events:
            now = clock()
            if now >= next_draw:
                cost = self._draw(event, now - start, final=False)
                next_draw = clock() + max(self.interval, cost / self.max_share)
        if event is not None:
            self._draw(event, clock() - start, final=True)
        return self.training.run

    def _draw(self, event: Event, elapsed: float, final: bool) -> float:
        """Draw once; returns how long the draw took."""
        began = self.clock()
        loss = float(event.batch_loss) if event.batch_loss is not None else None
        self.draw(self.training.run, Progress(event.step, event.total_steps, event.epoch, elapsed, loss, final))
        self.draws += 1
        return self.clock() - began
