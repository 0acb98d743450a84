import pytest

from engine.config import TrainConfig
from engine.errors import ConfigError


@pytest.mark.parametrize("changes, key", [
    ({"lr": 0}, "config.lr"), ({"lr": 11}, "config.lr"), ({"lr": float("nan")}, "config.lr"),
    ({"batch_size": 0}, "config.batch_size"), ({"epochs": 0}, "config.epochs"),
    ({"epochs": 100_001}, "config.epochs"), ({"dropout": 1.0}, "config.dropout"),
    ({"hidden": [0]}, "config.hidden_units"), ({"optimizer": "madgrad"}, "config.choice"),
    ({"test_size": 0.95}, "config.test_size"), ({"momentum": 1.0}, "config.momentum"),
])
def test_bad_hyper_parameters_raise_clear_config_errors(changes, key):
    with pytest.raises(ConfigError) as err:
        TrainConfig(**changes)
    assert err.value.key == key
    assert err.value.message("ko") != str(err.value)  # a Korean message exists too


def test_loss_must_fit_the_task():
    assert TrainConfig().loss_for("binary") == "bce"
    assert TrainConfig().loss_for("multiclass") == "ce"
    with pytest.raises(ConfigError):
        TrainConfig(loss="ce").loss_for("regression")


def test_json_round_trip():
    c = TrainConfig(hidden=[50, 30], dropout=0.5, optimizer="adam", scheduler="step", scheduler_params={"gamma": 0.5})
    import json
    assert TrainConfig.from_dict(json.loads(c.to_json())) == c
