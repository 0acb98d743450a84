"""Model files: round trip, refusal of code-carrying pickles, garbage and mismatched weights."""
import io
import os
import pickle

import numpy as np
import pytest
import torch

from engine.config import TrainConfig
from engine.export import ModelFileError, load_model, model_bytes, predict
from engine.errors import LearnerError
from engine.train import fit


@pytest.mark.parametrize("cfg", [
    TrainConfig(hidden=[5], lr=0.05, epochs=5, scaling="standard", scale_target=True),
    TrainConfig(lr=0.05, epochs=5, scaling="minmax"),
])
def test_round_trip_gives_identical_regression_predictions(linear3, cfg):
    run = fit(cfg, linear3)
    model, info = load_model(model_bytes(run))
    assert np.allclose(predict(model, info, linear3.X), run.predict(linear3.X), rtol=1e-6, atol=1e-6)
    assert info["config"] == run.config and info["feature_names"] == ["x0", "x1", "x2"]
    assert info["n_features"] == 3 and info["n_outputs"] == 1 and info["task"] == "regression"


def test_round_trip_classifier_keeps_weights_and_classes(blobs3):
    run = fit(TrainConfig(hidden=[8], dropout=0.2, optimizer="adam", lr=0.05, epochs=10, scaling="standard"), blobs3)
    model, info = load_model(model_bytes(run))
    assert not model.training  # eval mode: dropout off
    for name, tensor in run.model.state_dict().items():
        assert torch.equal(model.state_dict()[name], tensor)
    assert (predict(model, info, blobs3.X) == run.predict(blobs3.X)).all()
    assert info["class_names"] == ["0", "1", "2"] and info["n_outputs"] == 3


def test_file_holds_only_plain_values(linear3):
    """A plain pickle-free check: the scalers are lists of floats, matching sklearn's fitted attributes."""
    run = fit(TrainConfig(epochs=2, scaling="standard"), linear3)
    payload = torch.load(io.BytesIO(model_bytes(run)), weights_only=True)
    x = payload["scalers"]["x"]
    X_train = linear3.X[run.data.train_idx].astype(np.float64)
    assert np.allclose(x["mean"], X_train.mean(axis=0)) and np.allclose(x["scale"], X_train.std(axis=0))
    assert payload["scalers"]["y"] is None and isinstance(payload["config"], dict)


class Evil:
    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        return os.system, (f"echo pwned > {self.target}",)


@pytest.mark.parametrize("save", ["torch", "pickle"])
def test_malicious_pickle_is_refused_without_running(tmp_path, save):
    """A pickle whose loading would call os.system: refused by name, and the command never runs."""
    target = tmp_path / "pwned.txt"
    buffer = io.BytesIO()
    if save == "torch":
        torch.save({"state_dict": {}, "config": Evil(target)}, buffer)
    else:
        pickle.dump(Evil(target), buffer, protocol=2)  # torch's own protocol
    # sanity: this payload really does run code when loaded the unsafe way
    if save == "pickle":
        pickle.loads(buffer.getvalue())
        assert target.exists()
        target.unlink()
    with pytest.raises(ModelFileError) as caught:
        load_model(buffer.getvalue())
    assert not target.exists()
    assert isinstance(caught.value, LearnerError) and caught.value.key == "export.unsafe"
    assert "system" in caught.value.message("en")


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
@pytest.mark.parametrize("data", [b"", b"not a model at all", b"PK\x03\x04" + bytes(50),
                                  pickle.dumps([1.0], protocol=5)])
def test_garbage_bytes(data):
    with pytest.raises(ModelFileError):
        load_model(data)


def test_truncated_file(linear3):
    data = model_bytes(fit(TrainConfig(epochs=1), linear3))
    with pytest.raises(ModelFileError):
        load_model(data[: len(data) // 2])


def test_plain_tensor_file_is_not_a_model():
    buffer = io.BytesIO()
    torch.save({"weight": torch.zeros(2)}, buffer)
    with pytest.raises(ModelFileError) as caught:
        load_model(buffer.getvalue())
    assert caught.value.key == "export.not_ours"


def test_state_dict_of_other_architecture(linear3):
    run = fit(TrainConfig(hidden=[4], epochs=1), linear3)
    payload = torch.load(io.BytesIO(model_bytes(run)), weights_only=True)
    wider = fit(TrainConfig(hidden=[6], epochs=1), linear3)
    deeper = fit(TrainConfig(hidden=[4, 4], epochs=1), linear3)
    for other, key in [(wider, "export.mismatch_shape"), (deeper, "export.mismatch_keys")]:
        payload["state_dict"] = other.model.state_dict()
        buffer = io.BytesIO()
        torch.save(payload, buffer)
        with pytest.raises(ModelFileError) as caught:
            load_model(buffer.getvalue())
        assert caught.value.key == key
        assert caught.value.message("ko") and caught.value.message("en")


def test_impossible_config_is_a_model_file_error(linear3):
    payload = torch.load(io.BytesIO(model_bytes(fit(TrainConfig(epochs=1), linear3))), weights_only=True)
    payload["config"]["lr"] = -1.0
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    with pytest.raises(ModelFileError) as caught:
        load_model(buffer.getvalue())
    assert caught.value.key == "export.bad_config"
