"""A Run as plain data (JSON-able values, int arrays and a weights blob) and back: what the store keeps of a run.

Only the model's weights, the split's row numbers and the scalers' numbers are kept, not the scaled data:
loading rebuilds the run's tensors from its dataset (a built-in, or an uploaded table the store keeps),
which gives back exactly the tensors and scalers the run trained with. A run whose dataset is gone still
predicts (its scalers are stored), but its `data` then holds no rows (`has_rows(run)` is False).
"""
from __future__ import annotations

import dataclasses
import io
import json

import numpy as np
import torch

from engine import datasets
from engine.config import TrainConfig
from engine.dataset import Dataset
from engine.errors import LearnerError, StoreError
from engine.export import ModelFileError, _apply, _scaler, load_model
from engine.losses import target_tensor
from engine.models import build_model
from engine.split import Prepared, prepare, split_indices
from engine.train import History, Run, score

# Run fields the record spells out; any other field a later Run grows is kept in "facts" if it is plain data.
KNOWN_FIELDS = {"config", "model", "history", "data", "task", "loss", "feature_names", "target_name", "class_names",
                "dataset_name", "metrics", "train_metrics", "stopped", "snapshots", "snapshots_not_kept"}

# Bytes of snapshot weights kept with one run. A run keeps a snapshot at 10, 100, 1,000 … iterations, so a few
# at most: all of them for the tutorials' models (rent's line: 8 bytes each; seed 001's MLP: 0.27 MB), the
# earliest few of a big MNIST MLP, none of a model bigger than this on its own.
SNAPSHOT_BUDGET = 4 * 2**20


class PlainScaler:
    """A fitted scaler rebuilt from its stored numbers; transforms as sklearn's would and has sklearn's attributes."""

    def __init__(self, params: dict):
        self.params = params
        self.scale_ = np.asarray(params["scale"], dtype=np.float64)
        if params["kind"] == "standard":
            self.mean_ = np.asarray(params["mean"], dtype=np.float64)
        else:
            self.min_ = np.asarray(params["min"], dtype=np.float64)

    def transform(self, a) -> np.ndarray:
        return _apply(self.params, np.asarray(a, dtype=np.float64))

    def inverse_transform(self, a) -> np.ndarray:
        return _apply(self.params, np.asarray(a, dtype=np.float64), inverse=True)


def has_rows(run: Run) -> bool:
    """True when the run carries its training rows (False for a model file or a run whose dataset is gone)."""
    return len(run.data.X_train) > 0


def _plain(value) -> bool:
    try:
        json.dumps(value, allow_nan=True)
    except (TypeError, ValueError):
        return False
    return True


def _weights_bytes(model: torch.nn.Module) -> bytes:
    buffer = io.BytesIO()
    torch.save({name: tensor.detach().clone() for name, tensor in model.state_dict().items()}, buffer)
    return buffer.getvalue()


def _state_size(state: dict) -> int:
    return sum(tensor.numel() * tensor.element_size() for tensor in state.values())


def _snapshots_bytes(run: Run) -> bytes | None:
    """The run's snapshots as one blob (None when it has none): the earliest ones whose weights fit
    SNAPSHOT_BUDGET (they differ most from the final model), and how many were left out."""
    kept, used = [], 0
    for snapshot in run.snapshots:
        used += _state_size(snapshot["state"])
        if used > SNAPSHOT_BUDGET:
            break
        kept.append(snapshot)
    left_out = run.snapshots_not_kept + len(run.snapshots) - len(kept)
    if not kept and not left_out:
        return None
    moments = [{"step": s["step"], "epoch": s["epoch"], "metrics": s["metrics"]} for s in kept]
    buffer = io.BytesIO()
    # the scores as JSON text (torch.load's weights_only mode reads tensors, containers and plain scalars)
    torch.save({"moments": json.dumps(moments, allow_nan=True), "left_out": left_out,
                "states": [{name: t.detach().clone() for name, t in s["state"].items()} for s in kept]}, buffer)
    return buffer.getvalue()


def _snapshots_of(blob: bytes | None) -> tuple[list[dict], int]:
    """The snapshots a blob from _snapshots_bytes holds and how many were left out ([] and 0 for NULL: an older
    run)."""
    if blob is None:
        return [], 0
    stored = torch.load(io.BytesIO(blob), weights_only=True, map_location="cpu")
    moments = json.loads(stored["moments"])
    if len(moments) != len(stored["states"]):
        raise ValueError("snapshot scores and weights do not pair up")
    return [{**moment, "state": state} for moment, state in zip(moments, stored["states"])], int(stored["left_out"])


ROW_TYPE = "<i4"  # row numbers as 4-byte ints: half the space of int64, and no table here nears 2**31 rows


def _rows(a: np.ndarray) -> bytes:
    return np.asarray(a, dtype=ROW_TYPE).tobytes()


def to_record(run: Run) -> dict:
    """Everything the store keeps of a run: plain values (for JSON columns), row numbers and weights as bytes."""
    facts = {f.name: getattr(run, f.name) for f in dataclasses.fields(run)
             if f.name not in KNOWN_FIELDS and _plain(getattr(run, f.name))}
    return {
        "dataset_name": run.dataset_name,
        "task": run.task,
        "config": json.loads(run.config.to_json()),
        "history": list(run.history),
        "metrics": run.metrics,
        "train_metrics": run.train_metrics,
        "stopped": list(run.stopped) if run.stopped is not None else None,
        "n_features": int(run.data.X_train.shape[1]),
        "n_outputs": int(run.model[-1].out_features),
        "details": {"loss": run.loss, "feature_names": list(run.feature_names), "target_name": run.target_name,
                    "class_names": list(run.class_names),
                    "scalers": {"x": _scaler(run.data.x_scaler), "y": _scaler(run.data.y_scaler)}},
        "facts": facts,
        "train_idx": _rows(run.data.train_idx),
        "test_idx": _rows(run.data.test_idx),
        "weights": _weights_bytes(run.model),
        "snapshots": _snapshots_bytes(run),
    }


def from_record(record: dict, dataset: Dataset | None, rows: Prepared | None = None) -> Run:
    """The Run a record describes, with its rows rebuilt from `dataset` when that is the data it trained on.

    rows: the rows of another loaded run with the same data, split, scaling and loss, to share instead.
    Raises StoreError("store.run_damaged") when the stored model cannot be rebuilt.
    """
    details = record["details"]
    try:
        config = TrainConfig.from_dict(record["config"])
        model = build_model(config, int(record["n_features"]), int(record["n_outputs"]))
        state = torch.load(io.BytesIO(record["weights"]), weights_only=True, map_location="cpu")
        model.load_state_dict(state)
        train_idx = np.frombuffer(record["train_idx"], dtype=ROW_TYPE).astype(np.int64)
        test_idx = np.frombuffer(record["test_idx"], dtype=ROW_TYPE).astype(np.int64)
        snapshots, not_kept = _snapshots_of(record.get("snapshots"))
        shapes = {name: tensor.shape for name, tensor in state.items()}
        if any({name: t.shape for name, t in s["state"].items()} != shapes for s in snapshots):
            raise ValueError("a snapshot does not fit the model")  # caught here, not on a page that draws it
    except Exception as error:  # a bad config, a foreign or cut-short blob, a shape mismatch: all mean damage
        raise StoreError("store.run_damaged", name=record.get("name", "?")) from error
    data = rows or _rebuilt_data(config, details, record["task"], dataset, train_idx, test_idx) or \
        _no_rows(int(record["n_features"]), details)
    stopped = record["stopped"]
    extra = {name: value for name, value in record.get("facts", {}).items()
             if name in {f.name for f in dataclasses.fields(Run)} - KNOWN_FIELDS}
    run = Run(config, model, History(record["history"]), data, record["task"], details["loss"],
              list(details["feature_names"]), details["target_name"], list(details["class_names"]),
              record["dataset_name"], metrics=record["metrics"], train_metrics=record["train_metrics"],
              stopped=(stopped[0], stopped[1]) if stopped else None, snapshots=snapshots,
              snapshots_not_kept=not_kept, **extra)
    if dataset is not None and has_rows(run):  # its data is back, so is the table it carries (for exports)
        run.table, run.image_shape = dataset.frame, dataset.image_shape
    return run


def _fits(dataset: Dataset | None, details: dict, task: str, rows: int) -> bool:
    """The dataset has the run's columns, task, and at least the rows its split names."""
    return (dataset is not None and list(dataset.feature_names) == list(details["feature_names"])
            and dataset.task == task and rows <= len(dataset))


def _same_scaler(fitted, stored: dict | None) -> bool:
    mine = _scaler(fitted)
    if mine is None or stored is None:
        return mine is None and stored is None
    return mine["kind"] == stored["kind"] and all(
        np.allclose(mine[k], stored[k], rtol=1e-6, atol=1e-9) for k in mine if k != "kind")


def _rebuilt_data(config: TrainConfig, details: dict, task: str, dataset: Dataset | None,
                  train_idx: np.ndarray, test_idx: np.ndarray) -> Prepared | None:
    """prepare() on the same rows again; None when the dataset is missing or is no longer the same data."""
    top = int(max(train_idx.max(initial=-1), test_idx.max(initial=-1))) + 1
    if not _fits(dataset, details, task, top):
        return None
    data = prepare(config, dataset, details["loss"], train_idx, test_idx)
    scalers = details["scalers"]
    if _same_scaler(data.x_scaler, scalers["x"]) and _same_scaler(data.y_scaler, scalers["y"]):
        return data
    return None  # same columns but other numbers: the file changed, so these are not the run's rows


def _no_rows(n_features: int, details: dict) -> Prepared:
    """A Prepared with no rows but the run's scalers, so predict() still works."""
    loss, scalers = details["loss"], details["scalers"]
    X = torch.zeros((0, n_features), dtype=torch.float32)
    y = target_tensor(np.zeros((0, 1), dtype=np.float32), loss)
    none = np.zeros(0, dtype=np.int64)
    return Prepared(X, y, X.clone(), y.clone(), none, none.copy(),
                    PlainScaler(scalers["x"]) if scalers["x"] else None,
                    PlainScaler(scalers["y"]) if scalers["y"] else None)


def run_from_model_file(data: bytes, dataset: Dataset | None = None) -> Run:
    """A model file downloaded from the Runs page (engine.export.model_bytes) as a Run Evaluate and Predict can use.

    The rows come from `dataset`, or from the built-in dataset the file names; the split is redrawn from
    the file's config (test share and seed), which is the split it trained with. Without matching data
    the run predicts but has no rows or metrics. StoreError with the reason for a file that is not usable.
    """
    try:
        model, info = load_model(data)
    except ModelFileError as error:
        raise StoreError(error.key, **error.params) from error
    config, task = info["config"], info["task"]
    try:
        loss = config.loss_for(task)
    except LearnerError as error:
        raise StoreError("export.bad_config") from error
    model.train()  # as a freshly trained run's model is; Run.outputs switches to eval for predictions
    details = {"loss": loss, "feature_names": list(info["feature_names"]), "target_name": info["target_name"],
               "class_names": list(info["class_names"]), "scalers": info["scalers"]}
    if dataset is None and info["dataset"] in datasets.names():
        dataset = datasets.load(info["dataset"])
    prepared = None
    if _fits(dataset, details, task, 0):
        train_idx, test_idx = split_indices(config, dataset)
        prepared = _rebuilt_data(config, details, task, dataset, train_idx, test_idx)
    run = Run(config, model, History(), prepared or _no_rows(int(info["n_features"]), details), task, loss,
              details["feature_names"], details["target_name"], details["class_names"], info["dataset"])
    if prepared is not None:
        run.train_metrics = score(run, prepared.X_train, prepared.y_train)
        if len(prepared.X_test):
            run.metrics = score(run, prepared.X_test, prepared.y_test)
    return run
