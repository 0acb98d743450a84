"""fit_many trains runs that differ in lr and seed as one stacked computation, with one-at-a-time results."""
import warnings

import numpy as np
import pytest
import torch

from engine import datasets
from engine.config import TrainConfig
from engine.train import fit, fit_many

RATES_SEEDS = [(0.01, 0), (0.03, 1), (0.003, 2), (0.1, 3)]


@pytest.fixture(scope="module")
def rent():
    return datasets.load("rent")


def assert_same_runs(configs, dataset, rtol=1e-6, weights_tol=None):
    together = fit_many(configs, dataset)
    weights_rtol, weights_atol = weights_tol or (max(rtol, 1e-5), 1e-6)
    for config, run in zip(configs, together):
        alone = fit(config, dataset)
        assert run.config is config and run.stopped == alone.stopped and run.steps == alone.steps
        a, b = run.history.to_frame(), alone.history.to_frame()
        assert a.columns.tolist() == b.columns.tolist()
        np.testing.assert_allclose(a.to_numpy(), b.to_numpy(), rtol=rtol, atol=1e-9)
        assert run.metrics == pytest.approx(alone.metrics, rel=rtol, abs=1e-6)  # r2 = 1 - mse/var: absolute
        for p, q in zip(run.model.parameters(), alone.model.parameters()):
            # the stacked matmuls (and the scaled step) round differently; one weight shows it more than a mean loss
            torch.testing.assert_close(p, q, rtol=weights_rtol, atol=weights_atol)
        X = dataset.X[:5]
        np.testing.assert_allclose(run.predict(X), alone.predict(X), rtol=max(rtol, 1e-5))
    return together


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_lr_and_seed_members_equal_one_at_a_time_fits_on_rent(rent, optimizer):
    configs = [TrainConfig(optimizer=optimizer, lr=lr, seed=seed, batch_size=8, epochs=30, scaling="standard")
               for lr, seed in RATES_SEEDS]
    runs = assert_same_runs(configs, rent)
    assert [run.history[0]["lr"] for run in runs] == [lr for lr, _ in RATES_SEEDS]


def test_each_member_follows_its_own_schedule_and_a_diverged_member_rolls_back(rent):
    configs = [TrainConfig(hidden=[8], optimizer="momentum", lr=lr, epochs=12, batch_size=16, scaling="standard",
                           scheduler="cosine", scheduler_params={"eta_min": 0.001}) for lr in (0.01, 0.05, 9.0)]
    # A blow-up magnifies float rounding (the diverging epoch's loss is about 4e8), hence 1e-4 here.
    runs = assert_same_runs(configs, rent, rtol=1e-4)
    assert runs[2].stopped[0] == "train.diverged"  # lr 9 blows up, as it does alone, and stops at the same epoch


def test_members_may_differ_only_in_seed_and_optimizer_settings(rent):
    with pytest.raises(ValueError, match="seed and optimizer"):
        fit_many([TrainConfig(lr=0.01), TrainConfig(lr=0.01, epochs=3)], rent)


OPTIMIZER_MEMBERS = [("sgd", 0.05), ("momentum", 0.01), ("adam", 0.01), ("rmsprop", 0.003), ("adamw", 0.01)]


def optimizer_members(**fields):
    return [TrainConfig(optimizer=name, lr=lr, seed=seed, **fields)
            for seed, (name, lr) in enumerate(OPTIMIZER_MEMBERS)]


def test_members_with_different_optimizers_equal_one_at_a_time_fits_on_rent(rent):
    configs = optimizer_members(hidden=[8], batch_size=8, epochs=30, scaling="standard", scale_target=True,
                                weight_decay=1e-4,
                                scheduler="step", scheduler_params={"step_size": 10, "gamma": 0.5})
    runs = assert_same_runs(configs, rent)
    assert [run.history[-1]["lr"] for run in runs] == [lr * 0.25 for _, lr in OPTIMIZER_MEMBERS]


def test_members_with_different_optimizers_equal_one_at_a_time_fits_on_the_house_mlp():
    # Seed 001's MLP without dropout (stacked members draw their dropout masks together, so those differ).
    # 200 epochs only: this run amplifies float rounding, so after ~300 epochs a sequential fit started from
    # weights moved by 1e-7 drifts from itself as far as the stacked one does; it is the run, not the stacking.
    configs = optimizer_members(hidden=[50, 30], activation="relu", batch_size=64, epochs=200, test_size=0.5,
                                scaling="minmax", scale_target=True)
    runs = assert_same_runs(configs, datasets.load("house_prices"), rtol=1e-5, weights_tol=(1e-4, 1e-4))
    assert all(len(run.history) == 200 for run in runs)


def test_members_of_one_optimizer_kind_keep_their_own_settings(rent):
    configs = [TrainConfig(optimizer="momentum", lr=0.01, momentum=m, epochs=20, batch_size=8, hidden=[4],
                           scaling="standard", scale_target=True) for m in (0.0, 0.5, 0.9)]
    assert_same_runs(configs, rent)


SWEEP = (0.03, 0.1, 0.3, 1.0)  # factors of the base lr, as bench/run.py's sweep uses


def test_one_seed_lr_sweep_with_plain_sgd_equals_one_at_a_time_fits_on_rent(rent):
    # The Train page's sweep: one seed, so the members share their rows, starting weights and batch order.
    configs = [TrainConfig(lr=5e-4 * factor, batch_size=30, epochs=40) for factor in SWEEP]
    runs = assert_same_runs(configs, rent)
    assert all(run.data is runs[0].data for run in runs)  # one split, one set of scalers and tensors for all


def test_one_seed_lr_sweep_with_adam_and_weight_decay_equals_one_at_a_time_fits_on_the_house_mlp():
    # Seed 001's MLP and optimizer without dropout: the optimizer runs at lr 1 and each member's step is scaled.
    configs = [TrainConfig(hidden=[50, 30], activation="relu", optimizer="adam", lr=1e-3 * factor,
                           weight_decay=1e-7, batch_size=32, epochs=20, test_size=0.5, scaling="minmax",
                           scale_target=True, seed=1) for factor in SWEEP]
    assert_same_runs(configs, datasets.load("house_prices"), rtol=1e-5, weights_tol=(1e-4, 1e-4))


def test_members_with_different_optimizers_and_a_schedule_train_without_torch_warnings(rent):
    # The members' optimizers step outside torch's step wrapper after the first step; the schedulers must still
    # see a proper first optimizer step (torch warns when a scheduler seems to step first).
    configs = optimizer_members(epochs=3, batch_size=16, scaling="standard", scale_target=True, scheduler="step",
                                scheduler_params={"step_size": 1})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        runs = fit_many(configs, rent)
    assert [run.history[-1]["lr"] for run in runs] == pytest.approx([lr * 0.01 for _, lr in OPTIMIZER_MEMBERS])


def kernel_test_optimizers(tensors):
    """Optimizers of every kind engine.kernel_steps covers (and two it hands to the bare step), one per pair."""
    pairs = iter([tensors[i:i + 2] for i in range(0, len(tensors), 2)])
    return [torch.optim.SGD(next(pairs), lr=0.1, fused=True),
            torch.optim.SGD(next(pairs), lr=0.1, momentum=0.9, weight_decay=0.01, fused=True),
            torch.optim.SGD(next(pairs), lr=0.1, momentum=0.5, nesterov=True, fused=True),
            torch.optim.Adam(next(pairs), lr=0.01, weight_decay=0.01, fused=True),
            torch.optim.AdamW(next(pairs), lr=0.01, betas=(0.8, 0.9), fused=True),
            torch.optim.Adagrad(next(pairs), lr=0.1, lr_decay=0.01, weight_decay=0.01, fused=True),
            torch.optim.RMSprop(next(pairs), lr=0.01, weight_decay=0.01),
            torch.optim.RMSprop(next(pairs), lr=0.01, momentum=0.9),  # not covered: its bare step
            torch.optim.Adamax(next(pairs), lr=0.01)]  # no kernel: its bare step


def test_direct_kernel_steps_equal_torch_optimizer_steps_bit_for_bit():
    from engine.kernel_steps import direct_steps

    generator = torch.Generator().manual_seed(0)
    start = [torch.randn(3, 2, generator=generator) for _ in range(18)]
    grads = [[torch.randn(3, 2, generator=generator) for _ in start] for _ in range(12)]
    runs = []
    for direct in (False, True):
        tensors = [t.clone() for t in start]
        for t in tensors:
            t.grad = torch.zeros_like(t)  # the kernels keep the gradient tensors: they are written in place
        optimizers = kernel_test_optimizers(tensors)
        schedulers = [torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5) for o in optimizers]
        steps = [o.step for o in optimizers]
        for i, step_grads in enumerate(grads):
            torch._foreach_copy_([t.grad for t in tensors], step_grads)
            with torch.no_grad():
                for step in steps:
                    step()
            if direct and i == 0:
                steps = [direct_steps(optimizers)]
            for scheduler in schedulers:
                scheduler.step()
        runs.append(tensors)
    for torch_step, kernel_step in zip(*runs):
        assert torch.equal(torch_step, kernel_step)
    assert not torch.equal(runs[0][0], start[0])


def test_the_benchs_six_optimizers_equal_one_at_a_time_fits_on_rent(rent):
    # bench/run.py's optimizers_vs_fit members (Adagrad among them), with weight decay and a schedule
    configs = [TrainConfig(optimizer=name, lr=0.01, seed=seed, batch_size=30, epochs=30, weight_decay=1e-3,
                           scheduler="step", scheduler_params={"step_size": 10, "gamma": 0.5})
               for seed, name in enumerate(("sgd", "momentum", "adagrad", "rmsprop", "adam", "adamw"))]
    assert_same_runs(configs, rent)


def test_direct_kernel_steps_refuse_optimizers_at_different_steps():
    from engine.kernel_steps import direct_steps

    tensors = [torch.ones(2, requires_grad=True) for _ in range(2)]
    optimizers = [torch.optim.Adam([t], fused=True) for t in tensors]
    for t in tensors:
        t.grad = torch.ones(2)
    for optimizer in (*optimizers, optimizers[0]):  # the first one steps twice: one shared counter cannot serve both
        optimizer.step()
    with pytest.raises(ValueError, match="same number of steps"):
        direct_steps(optimizers)


def test_each_member_knows_how_many_trained_with_it_and_the_store_keeps_it(rent, tmp_path):
    """A sweep's time is its whole group's: each run carries the group's size, through a save and a load."""
    from engine.store import PERSONAL, open_store

    configs = [TrainConfig(lr=lr, seed=seed, batch_size=16, epochs=3, scaling="standard") for lr, seed in RATES_SEEDS]
    runs = fit_many(configs, rent)
    assert [run.trained_together for run in runs] == [len(configs)] * len(configs)
    assert fit(configs[0], rent).trained_together == 1  # a run trained alone
    store = open_store(tmp_path / "work.sqlite")
    try:
        assert store.load_run(PERSONAL, store.save_run(PERSONAL, "member", runs[1])).trained_together == len(configs)
    finally:
        store.close()


def test_members_count_their_iterations_so_the_last_line_is_labelled_with_them(rent, tmp_path):
    """A kept sweep member's last line and table row say its real iterations (shot 13: "0 이터레이션 후" before)."""
    from dataclasses import replace

    from engine.evaluation import snapshot_lines, snapshot_table
    from engine.store import PERSONAL, open_store

    configs = [TrainConfig(hidden=[], lr=lr, batch_size=16, epochs=75, scaling="standard") for lr in (0.01, 0.03)]
    runs = fit_many(configs, rent)
    n_train = len(runs[0].data.X_train)
    by_hand = 75 * -(-n_train // 16)  # epochs × batches per epoch (the last one short): 75 × ⌈60 / 16⌉ = 300
    assert n_train == 60 and by_hand == 300
    for run in runs:
        assert run.steps == by_hand
        assert snapshot_table(run)["step"].tolist() == [by_hand]
        assert snapshot_lines(run, rent.X)["step"].unique().tolist() == [by_hand]
    # a member kept before this fix was stored with steps 0: its label comes from its epochs and batches
    old = replace(runs[0], steps=0)
    store = open_store(tmp_path / "work.sqlite")
    try:
        loaded = store.load_run(PERSONAL, store.save_run(PERSONAL, "old member", old))
    finally:
        store.close()
    assert loaded.steps == 0 and loaded.iterations() == by_hand
    assert snapshot_lines(loaded, rent.X)["step"].unique().tolist() == [by_hand]
