"""Engine of the schedules lab (engine.optimizer_setup.lr_curve steps real torch schedulers) against closed forms."""
import numpy as np

from engine.config import TrainConfig
from engine.optimizer_setup import lr_curve


def _curve(scheduler, params, lr=0.1, epochs=60):
    return np.array(lr_curve(TrainConfig(lr=lr, epochs=epochs, scheduler=scheduler, scheduler_params=params)))


E = np.arange(60)


def test_step_lr_closed_form():
    np.testing.assert_allclose(_curve("step", {"step_size": 7, "gamma": 0.5}), 0.1 * 0.5 ** (E // 7), rtol=1e-6)


def test_multistep_lr_closed_form():
    expected = 0.1 * 0.3 ** ((E >= 10).astype(int) + (E >= 25).astype(int))
    np.testing.assert_allclose(_curve("multistep", {"milestones": [10, 25], "gamma": 0.3}), expected, rtol=1e-6)


def test_exponential_lr_closed_form():
    np.testing.assert_allclose(_curve("exponential", {"gamma": 0.93}), 0.1 * 0.93 ** E, rtol=1e-5)


def test_cosine_lr_closed_form():
    eta_min, T = 0.01, 40
    expected = eta_min + (0.1 - eta_min) * (1 + np.cos(np.pi * E / T)) / 2
    got = _curve("cosine", {"T_max": T, "eta_min": eta_min})
    np.testing.assert_allclose(got[:T + 1], expected[:T + 1], rtol=1e-5, atol=1e-9)


def test_warmup_is_a_linear_ramp_then_flat():
    expected = 0.1 * np.minimum(1.0, (E + 1) / 8)
    np.testing.assert_allclose(_curve("warmup", {"warmup_epochs": 8}), expected, rtol=1e-6)


def test_multiplicative_closed_form():
    np.testing.assert_allclose(_curve("multiplicative", {"factor": 0.9}), 0.1 * 0.9 ** E, rtol=1e-5)


def test_no_scheduler_keeps_the_rate():
    assert lr_curve(TrainConfig(lr=0.02, epochs=5)) == [0.02] * 5


def _house(lr, epochs, scheduler=None, params=None, optimizer="adam"):
    """The lab's comparison run (pages/lab_schedules.py: config)."""
    return TrainConfig(hidden=[50, 30], optimizer=optimizer, lr=lr, epochs=epochs, batch_size=16,
                       scaling="standard", scale_target=True, test_size=0.5, seed=1, scheduler=scheduler,
                       scheduler_params=params or {})


def test_runs_with_different_schedules_trained_together_equal_their_own_runs():
    # what the lab's "train both" does: the constant run and scheduled ones side by side (engine.train.fit_many)
    from engine.datasets import load
    from engine.train import fit, fit_many

    houses = load("house_prices")
    configs = [_house(0.03, 30), _house(0.03, 30, "step", {"step_size": 8, "gamma": 0.5}),
               _house(0.03, 30, "cosine", {"T_max": 30, "eta_min": 0.0}), _house(0.03, 30, "warmup",
                                                                               {"warmup_epochs": 10})]
    together = fit_many(configs, houses)
    for config, run in zip(configs, together):
        alone = fit(config, houses)
        assert [r["lr"] for r in run.history] == [r["lr"] for r in alone.history] == lr_curve(config)
        for name in ("train_loss", "val_loss"):
            np.testing.assert_allclose([r[name] for r in run.history], [r[name] for r in alone.history], rtol=1e-5,
                                       atol=1e-7)  # float32 rounding of losses near 0.01


def test_members_with_different_schedules_must_share_their_optimizer():
    import pytest

    from engine.datasets import load
    from engine.train import fit_many

    with pytest.raises(ValueError, match="schedules"):
        fit_many([_house(0.01, 3), _house(0.01, 3, "step", {"step_size": 1}, optimizer="sgd")], load("house_prices"))
