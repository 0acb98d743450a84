"""Drawing by the clock (engine.pacing): the live loop draws by time, not per step."""
import math

import torch

from engine.config import TrainConfig
from engine.train import Event, Run, fit, train
from engine.pacing import LiveTrainer, Progress


class FakeTraining:
    """Stands in for engine.train.Training: n steps, each taking `step_seconds` on a fake clock."""

    def __init__(self, clock, n, step_seconds):
        self.clock, self.n, self.step_seconds = clock, n, step_seconds
        self.run = object()

    def __iter__(self):
        for step in range(1, self.n + 1):
            self.clock.now += self.step_seconds
            yield Event("step", step, 1 + (step - 1) // 100, self.n, batch_loss=torch.tensor(float(step)))


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_draws_by_time_not_per_step():
    clock = Clock()
    seen = []
    live = LiveTrainer(FakeTraining(clock, 10_000, 0.001), lambda run, p: seen.append(p), interval=0.25, clock=clock)
    live.run()
    # 10 fake seconds at one draw per 0.25 s: 39 timed draws (the 40th mark falls on the last step) + the final one.
    assert 39 <= len(seen) - 1 <= 40
    assert seen[-1].final and not any(p.final for p in seen[:-1])
    assert seen[-1].step == 10_000 and seen[-1].batch_loss == 10_000.0
    gaps = [b.elapsed - a.elapsed for a, b in zip(seen, seen[1:-1])]
    assert min(gaps) >= 0.25 - 1e-9
    assert live.draws == len(seen)


def test_progress_rate_and_eta_are_plain_arithmetic():
    p = Progress(step=250, total_steps=1000, epoch=3, elapsed=0.5, batch_loss=1.0)
    assert p.steps_per_s == 500
    assert p.eta == 1.5
    assert math.isnan(Progress(0, 10, 1, 0.0, None).eta)


def test_slow_drawing_is_spaced_out():
    """A draw costing 0.1 s on a 0.25 s interval would eat 30 % of the time; the loop waits longer instead."""
    clock = Clock()

    def slow_draw(run, p):
        clock.now += 0.1

    live = LiveTrainer(FakeTraining(clock, 10_000, 0.001), slow_draw, interval=0.25, clock=clock, max_share=0.2)
    live.run()
    drawing = 0.1 * live.draws
    assert drawing / clock.now <= 0.2 + 0.02


def test_real_training_reaches_the_same_run_as_fit(study_hours):
    config = TrainConfig(lr=0.05, epochs=30)
    frames = []
    run = LiveTrainer(train(config, study_hours), lambda r, p: frames.append(len(r.history)), interval=0.0).run()
    assert isinstance(run, Run) and frames[-1] == 30
    reference = fit(config, study_hours)
    assert run.history.to_frame()["train_loss"].tolist() == reference.history.to_frame()["train_loss"].tolist()
