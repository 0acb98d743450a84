"""Model files: save a run's weights with plain metadata, and load them back without running any pickled code."""
from __future__ import annotations

import io
import pickle
from dataclasses import asdict

import numpy as np
import torch
from torch import nn

from engine.config import TrainConfig
from engine.errors import LearnerError
from engine.models import build_model

FIELDS = ("state_dict", "config", "n_features", "n_outputs", "task", "feature_names", "target_name",
          "class_names", "dataset", "scalers")


class ModelFileError(LearnerError):
    """An uploaded model file that is unreadable, unsafe, or does not fit the network it describes."""


def _scaler(scaler) -> dict | None:
    """A fitted sklearn scaler as plain lists, named as sklearn names them."""
    if scaler is None:
        return None
    if hasattr(scaler, "mean_"):  # StandardScaler: (x - mean) / scale
        return {"kind": "standard", "mean": scaler.mean_.tolist(), "scale": scaler.scale_.tolist()}
    return {"kind": "minmax", "min": scaler.min_.tolist(), "scale": scaler.scale_.tolist()}  # x * scale + min


def _apply(scaler: dict | None, a: np.ndarray, inverse: bool = False) -> np.ndarray:
    """Scale (or unscale) with a stored scaler, the way sklearn's transform / inverse_transform would."""
    if scaler is None:
        return a
    scale = np.asarray(scaler["scale"])
    if scaler["kind"] == "standard":
        mean = np.asarray(scaler["mean"])
        return a * scale + mean if inverse else (a - mean) / scale
    low = np.asarray(scaler["min"])
    return (a - low) / scale if inverse else a * scale + low


def model_bytes(run) -> bytes:
    """A torch.save file of the run's weights and everything needed to rebuild and use the model.

    Only tensors and plain Python values go in, so `torch.load(..., weights_only=True)` can read it.
    """
    state = {name: tensor.detach().clone() for name, tensor in run.model.state_dict().items()}
    payload = {
        "state_dict": state,
        "config": asdict(run.config),
        "n_features": int(run.data.X_train.shape[1]),
        "n_outputs": int(run.model[-1].out_features),
        "task": run.task,
        "feature_names": list(run.feature_names),
        "target_name": run.target_name,
        "class_names": list(run.class_names),
        "dataset": run.dataset_name,
        "scalers": {"x": _scaler(run.data.x_scaler), "y": _scaler(run.data.y_scaler)},
    }
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    return buffer.getvalue()


def load_model(data: bytes) -> tuple[nn.Module, dict]:
    """(model in eval mode, info dict with a TrainConfig under "config"); ModelFileError for anything wrong.

    weights_only=True lets the unpickler build only tensors and plain containers: a file that tries to
    call a function (os.system, ...) while loading is refused before anything runs.
    """
    try:
        payload = torch.load(io.BytesIO(data), weights_only=True, map_location="cpu")
    except pickle.UnpicklingError as error:
        # torch names a refused callable ("...unsupported GLOBAL posix.system..."); show just that line
        refused = [line.strip() for line in str(error).splitlines() if "GLOBAL" in line]
        if not refused:
            raise ModelFileError("export.unreadable") from error
        raise ModelFileError("export.unsafe", what=refused[0][:200]) from error
    except Exception as error:  # EOFError, RuntimeError (not a zip archive), ... for cut-short or foreign files
        raise ModelFileError("export.unreadable") from error
    if not isinstance(payload, dict) or any(name not in payload for name in FIELDS):
        raise ModelFileError("export.not_ours")
    try:
        config = TrainConfig.from_dict(payload["config"])
        model = build_model(config, int(payload["n_features"]), int(payload["n_outputs"]))
    except (LearnerError, TypeError, ValueError) as error:
        raise ModelFileError("export.bad_config") from error
    _check_state(model.state_dict(), payload["state_dict"])
    model.load_state_dict(payload["state_dict"])
    model.eval()
    info = {name: payload[name] for name in FIELDS if name != "state_dict"}
    info["config"] = config
    return model, info


def _check_state(expected: dict, found) -> None:
    """Same parameter names and shapes as the network the config describes, or ModelFileError."""
    if not isinstance(found, dict) or set(found) != set(expected):
        have = sorted(found) if isinstance(found, dict) else []
        raise ModelFileError("export.mismatch_keys", expected=", ".join(expected), found=", ".join(map(str, have)))
    for name, tensor in expected.items():
        other = found[name]
        if not isinstance(other, torch.Tensor) or other.shape != tensor.shape:
            shape = tuple(other.shape) if isinstance(other, torch.Tensor) else type(other).__name__
            raise ModelFileError("export.mismatch_shape", name=name, expected=tuple(tensor.shape), found=shape)


def predict(model: nn.Module, info: dict, X) -> np.ndarray:
    """Predictions of a loaded model for raw feature rows: target units (regression) or class indices."""
    X = _apply(info["scalers"]["x"], np.asarray(X, dtype=np.float64))
    with torch.no_grad():
        out = model(torch.as_tensor(X, dtype=torch.float32)).numpy().astype(np.float64)
    if info["task"] == "regression":
        return _apply(info["scalers"]["y"], out, inverse=True).ravel()
    return (out.ravel() > 0).astype(np.int64) if info["task"] == "binary" else out.argmax(axis=1)
