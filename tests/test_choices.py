"""For every name in engine.choices, what the engine builds and the line the exported script writes agree."""
import pytest
import torch
from torch import nn, optim

from engine import choices
from engine.codegen import loss_code, optimizer_code, scheduler_code
from engine.config import ACTIVATIONS, LOSSES, LOSSES_FOR_TASK, OPTIMIZERS, SCHEDULERS, TrainConfig
from engine.errors import ConfigError
from engine.i18n import TABLE
from engine.layers import Activation
from engine.losses import make_loss
from engine.optimizer_setup import lr_curve, make_optimizer, make_scheduler


def weights():
    torch.manual_seed(0)
    return nn.Linear(3, 2)


def scripted(line: str, **names):
    """Evaluate an exported construction line with the names the script has in scope."""
    return eval(line, {"torch": torch, "nn": nn, "optim": optim, **names})


def test_the_config_names_are_the_tables_in_order():
    assert (ACTIVATIONS, LOSSES, OPTIMIZERS, SCHEDULERS) == tuple(
        tuple(table) for table in (choices.ACTIVATIONS, choices.LOSSES, choices.OPTIMIZERS, choices.SCHEDULERS))
    assert LOSSES_FOR_TASK == {"regression": ("mse", "mae", "huber"), "binary": ("bce",), "multiclass": ("ce",)}


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_optimizer_engine_and_script_build_the_same(name):
    config = TrainConfig(optimizer=name, lr=0.03, momentum=0.8, betas=(0.85, 0.99), weight_decay=1e-3)
    built = make_optimizer(config, weights().parameters())
    model = weights()
    written = scripted(optimizer_code(config), model=model)
    assert type(built) is type(written) is choices.OPTIMIZERS[name].torch_class
    assert built.defaults == written.defaults
    # Each field the entry reads reaches torch unchanged (nothing silently falls back to a default).
    for field in choices.OPTIMIZERS[name].reads:
        expected = getattr(config, field)
        assert built.defaults[field] == (tuple(expected) if field == "betas" else expected)
    # Same steps from the same weights: the parameters after three steps agree exactly.
    model_a, model_b = weights(), weights()
    opt_a = make_optimizer(config, model_a.parameters())
    opt_b = scripted(optimizer_code(config), model=model_b)
    x = torch.randn(8, 3, generator=torch.Generator().manual_seed(1))
    for _ in range(3):
        for m, opt in ((model_a, opt_a), (model_b, opt_b)):
            opt.zero_grad()
            m(x).pow(2).mean().backward()
            opt.step()
    assert torch.equal(model_a.weight, model_b.weight) and torch.equal(model_a.bias, model_b.bias)


def test_nesterov_is_sgd_with_the_flag_and_momentum_without():
    flags = {name: make_optimizer(TrainConfig(optimizer=name), weights().parameters()).defaults["nesterov"]
             for name in ("sgd", "momentum", "nesterov")}
    assert flags == {"sgd": False, "momentum": False, "nesterov": True}


SCHEDULE_PARAMS = {"step": {"step_size": 3, "gamma": 0.5}, "multistep": {"milestones": [2, 5], "gamma": 0.3},
                   "exponential": {"gamma": 0.8}, "cosine": {"eta_min": 0.001}, "warmup": {"warmup_epochs": 4},
                   "multiplicative": {"factor": 0.9}}


def _lrs(optimizer, scheduler, epochs=12):
    rates = []
    for _ in range(epochs):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return rates


@pytest.mark.parametrize("name", SCHEDULERS)
@pytest.mark.parametrize("own", [False, True])
def test_scheduler_engine_and_script_build_the_same(name, own):
    config = TrainConfig(lr=0.1, epochs=12, scheduler=name, scheduler_params=SCHEDULE_PARAMS[name] if own else {})
    opt_a, opt_b = (optim.SGD(weights().parameters(), lr=0.1) for _ in range(2))
    built = make_scheduler(config, opt_a)
    written = scripted(scheduler_code(config), optimizer=opt_b)
    assert type(built) is type(written) is choices.SCHEDULERS[name].torch_class
    # state_dict holds the scheduler's arguments (lambdas are left out of it); the lr curves cover those.
    assert built.state_dict() == written.state_dict()
    assert _lrs(opt_a, built) == _lrs(opt_b, written)


def test_warmup_of_zero_epochs_means_one_in_the_app_and_the_script():
    config = TrainConfig(lr=0.1, epochs=4, scheduler="warmup", scheduler_params={"warmup_epochs": 0})
    assert "/ 1)" in scheduler_code(config)
    assert lr_curve(config) == [0.1] * 4


def test_cosine_t_max_defaults_to_the_epochs():
    config = TrainConfig(lr=1.0, epochs=10, scheduler="cosine")
    assert "T_max=10" in scheduler_code(config)
    assert lr_curve(config)[5] == pytest.approx(0.5)  # half way down the half cosine from 1 to 0


@pytest.mark.parametrize("bad", [{"gamma": "a lot"}, {"milestones": ["x"]}, {"not_a_param": 1}])
def test_bad_scheduler_params_are_a_config_error(bad):
    name = "multistep"
    with pytest.raises(ConfigError):
        TrainConfig(scheduler=name, scheduler_params=bad)


@pytest.mark.parametrize("name", LOSSES)
def test_loss_engine_and_script_build_the_same(name):
    built, written = make_loss(name), scripted(loss_code(name))
    assert type(built) is type(written) is choices.LOSSES[name].torch_class
    assert built.reduction == written.reduction == "mean"


@pytest.mark.parametrize("name", ACTIVATIONS)
def test_activation_engine_and_script_build_the_same(name):
    layer = Activation(name)
    built, written = layer.module(), scripted(layer.code())
    assert type(built) is type(written) is choices.ACTIVATIONS[name].torch_class
    x = torch.linspace(-3, 3, 13)
    assert torch.equal(built(x), written(x))


def test_every_label_is_translated():
    for table in (choices.LOSSES, choices.OPTIMIZERS, choices.SCHEDULERS):
        for choice in table.values():
            assert choice.label in TABLE
    assert all(choice.help in TABLE for choice in choices.SCHEDULERS.values())
