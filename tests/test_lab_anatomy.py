"""Engine of the anatomy lab (engine.labs.anatomy), checked against hand arithmetic."""
import numpy as np

from engine.config import TrainConfig
from engine.labs.anatomy import parameter_table, weight_peek
from engine.models import build_model, param_formula, seeded_model


def test_parameter_table_for_13_50_30_1_matches_hand_arithmetic():
    model = build_model(TrainConfig(hidden=[50, 30], dropout=0.5), 13, 1)
    table = parameter_table(model)
    assert table["name"].tolist() == ["0.weight", "0.bias", "3.weight", "3.bias", "6.weight", "6.bias"]
    assert table["shape"].tolist() == ["[50, 13]", "[50]", "[30, 50]", "[30]", "[1, 30]", "[1]"]
    assert table["count"].tolist() == [650, 50, 1500, 30, 30, 1]
    assert table["count"].sum() == 13 * 50 + 50 + 50 * 30 + 30 + 30 * 1 + 1 == 2261
    assert [count for _, count in param_formula(TrainConfig(hidden=[50, 30]), 13, 1)] == [700, 1530, 31]


def test_weight_peek_is_the_first_layers_corner():
    model = seeded_model(TrainConfig(hidden=[50, 30], seed=1), 13, 1)
    np.testing.assert_array_equal(weight_peek(model, 3, 4), model[0].weight.detach().numpy()[:3, :4])
    assert weight_peek(build_model(TrainConfig(), 2, 1), 3, 5).shape == (1, 2)
