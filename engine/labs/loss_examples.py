"""Loss functions side by side: regression losses and outliers, cross-entropy, and the classic mistakes."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.nn import functional as F

from engine.errors import LearnerError

REGRESSION = {"MSE": nn.MSELoss, "MAE": nn.L1Loss, "Huber": nn.HuberLoss}
EPS = 1e-7  # added inside log() so a probability of exactly 0 gives a large loss instead of infinity


def _per_point(name: str, residuals, delta: float) -> torch.Tensor:
    r = torch.as_tensor(np.ravel(residuals), dtype=torch.float64)
    loss = REGRESSION[name](reduction="none", **({"delta": delta} if name == "Huber" else {}))
    return loss(r, torch.zeros_like(r))  # prediction − target = residual


def regression_losses(residuals, delta: float = 1.0) -> dict[str, float]:
    """Mean MSE, MAE and Huber(delta) of the residuals (prediction − target), by torch's loss modules."""
    return {name: _per_point(name, residuals, delta).mean().item() for name in REGRESSION}


def contributions(residuals, delta: float = 1.0) -> pd.DataFrame:
    """Long table: point, residual, loss name, that point's loss and its share of the loss's total."""
    frames = []
    for name in REGRESSION:
        per = _per_point(name, residuals, delta).numpy()
        share = per / per.sum() if per.sum() > 0 else np.zeros_like(per)
        frames.append(pd.DataFrame({"point": np.arange(1, len(per) + 1), "residual": np.ravel(residuals),
                                    "loss": name, "value": per, "share": share}))
    return pd.concat(frames, ignore_index=True)


def loss_curves(limit: float, delta: float = 1.0, n: int = 201) -> pd.DataFrame:
    """Long table of each regression loss for one point with residual in [−limit, limit]."""
    r = np.linspace(-limit, limit, n)
    return pd.concat([pd.DataFrame({"residual": r, "loss": name, "value": _per_point(name, r, delta).numpy()})
                      for name in REGRESSION], ignore_index=True)


def bce_curves(n: int = 199) -> pd.DataFrame:
    """Binary cross-entropy (nn.BCELoss) vs the predicted probability p, for target 1 and target 0."""
    p = torch.linspace(0.005, 0.995, n, dtype=torch.float64)
    return pd.concat([pd.DataFrame({"p": p.numpy(), "target": target,
                                    "loss": F.binary_cross_entropy(p, torch.full_like(p, target),
                                                                   reduction="none").numpy()})
                      for target in (1, 0)], ignore_index=True)


def normalise(probs) -> np.ndarray:
    """Scale non-negative numbers so they sum to 1 (a probability vector); LearnerError if that is impossible."""
    p = np.asarray(probs, dtype=np.float64)
    if not np.all(np.isfinite(p)) or np.any(p < 0):
        raise LearnerError("lab_losses.bad_probs")
    if p.sum() == 0:
        raise LearnerError("lab_losses.zero_probs")
    return p / p.sum()


def tutorial_losses(probs, label: int) -> dict[str, float]:
    """The two losses of a probability vector against a one-hot label, as seed 003 defines them.

    mse = 0.5·Σ(y − t)² (half the sum of squares, not a mean), ce = −log(y[label] + 1e-7).
    """
    y = torch.as_tensor(np.ravel(probs), dtype=torch.float64)
    t = F.one_hot(torch.tensor(label), len(y)).double()
    return {"mse": 0.5 * torch.sum((y - t) ** 2).item(), "ce": -torch.log(y[label] + EPS).item()}


def sparse_vs_onehot(logits, label: int) -> dict[str, float]:
    """nn.CrossEntropyLoss with a class index and with a one-hot probability target: the same number."""
    z = torch.as_tensor(np.ravel(logits), dtype=torch.float64).unsqueeze(0)
    loss = nn.CrossEntropyLoss()
    one_hot = F.one_hot(torch.tensor([label]), z.shape[1]).double()
    return {"index": loss(z, torch.tensor([label])).item(), "one_hot": loss(z, one_hot).item()}


def _loss_and_grad(logits, label: int, squash_first: bool) -> tuple[float, float]:
    z = torch.as_tensor(np.ravel(logits), dtype=torch.float64).unsqueeze(0).requires_grad_()
    inputs = torch.softmax(z, dim=1) if squash_first else z
    loss = nn.CrossEntropyLoss()(inputs, torch.tensor([label]))
    loss.backward()
    return loss.item(), z.grad.norm().item()


def double_softmax(logits, label: int) -> pd.DataFrame:
    """Loss and gradient size (‖∂loss/∂logits‖) of CrossEntropyLoss on logits vs on softmax(logits)."""
    rows = []
    for case, squash in (("correct", False), ("double_softmax", True)):
        loss, grad = _loss_and_grad(logits, label, squash)
        rows.append({"case": case, "loss": loss, "grad_norm": grad})
    return pd.DataFrame(rows)


def bce_on_logits(logits, targets) -> dict:
    """What torch does with raw logits: BCELoss refuses them (its message), BCEWithLogitsLoss works.

    Keys: error (a LearnerError saying which logits lie outside [0, 1], with torch's own words as its `torch`
    parameter; None when every logit happens to lie in [0, 1]), with_logits
    (BCEWithLogitsLoss on the logits), sigmoid_then_bce (BCELoss on sigmoid(logits): the same number).
    """
    z = torch.as_tensor(np.ravel(logits), dtype=torch.float64)
    t = torch.as_tensor(np.ravel(targets), dtype=torch.float64)
    try:
        nn.BCELoss()(z, t)
        error = None
    except RuntimeError as exc:  # torch checks that every input lies in [0, 1]; its words are English only
        outside = ", ".join(f"{v:g}" for v in z.tolist() if not 0 <= v <= 1)
        error = LearnerError("lab_losses.bce_refused", outside=outside, torch=str(exc).strip())
    return {"error": error, "with_logits": nn.BCEWithLogitsLoss()(z, t).item(),
            "sigmoid_then_bce": nn.BCELoss()(torch.sigmoid(z), t).item()}


def parse_numbers(text: str, at_least: int = 2) -> np.ndarray:
    """'2, 1.0, -0.5' → array; LearnerError naming the problem for anything else."""
    parts = [p for p in str(text).replace(";", ",").split(",") if p.strip()]
    try:
        values = np.array([float(p) for p in parts], dtype=np.float64)
    except ValueError:
        raise LearnerError("lab_losses.bad_numbers", text=text) from None
    if len(values) < at_least or not np.all(np.isfinite(values)):
        raise LearnerError("lab_losses.too_few_numbers", n=at_least)
    return values
