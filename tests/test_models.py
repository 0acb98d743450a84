import torch

from engine.config import TrainConfig
from engine.models import build_model, count_params, param_formula, seeded_model
from engine.summary import summarize


def test_house_price_mlp_has_2261_parameters():
    cfg = TrainConfig(hidden=[50, 30], dropout=0.5)
    model = build_model(cfg, 13, 1)
    by_hand = (13 * 50 + 50) + (50 * 30 + 30) + (30 * 1 + 1)
    assert by_hand == 2261
    assert count_params(model) == by_hand
    assert [count for _, count in param_formula(cfg, 13, 1)] == [700, 1530, 31]
    table = summarize(model, 13)
    assert table["params"].sum() == by_hand
    assert list(table["output shape"])[-1] == "[1, 1]"


def test_linear_model_is_one_layer_and_output_width_follows_task():
    model = build_model(TrainConfig(), 4, 1)
    assert len(model) == 1 and isinstance(model[0], torch.nn.Linear)
    assert build_model(TrainConfig(hidden=[8]), 784, 10)(torch.zeros(5, 784)).shape == (5, 10)


def test_seeded_model_repeats_weights():
    a = seeded_model(TrainConfig(hidden=[5], seed=3), 2, 1)
    b = seeded_model(TrainConfig(hidden=[5], seed=3), 2, 1)
    assert all(torch.equal(p, q) for p, q in zip(a.parameters(), b.parameters()))
