"""Why zero_grad(): PyTorch adds each new gradient to .grad, so without a reset the gradients pile up."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch


def grads_after_backward(w0: float, calls: int, zero_grad: bool) -> list[float]:
    """w.grad after each of `calls` backward() passes of z = 2w, with or without w.grad.zero_() before each."""
    w = torch.tensor(float(w0), requires_grad=True)
    grads = []
    for _ in range(calls):
        if zero_grad and w.grad is not None:
            w.grad.zero_()
        z = 2 * w
        z.backward()
        grads.append(w.grad.item())
    return grads


def fit_line(x, y, lr: float, steps: int, zero_grad: bool) -> pd.DataFrame:
    """Fit H(x) = Wx + b (W, b start at 0) with optim.SGD on the MSE, calling zero_grad() each step or not.

    One row per step: the loss before the step, the fresh gradient of this step's loss (dW_new), what
    .grad holds when step() reads it (dW_used: the same with zero_grad, the running sum without),
    W, b after the step and loss_after, the loss at that W, b (the pair to report together).
    """
    x = torch.as_tensor(np.ravel(x), dtype=torch.float64)
    y = torch.as_tensor(np.ravel(y), dtype=torch.float64)
    W = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([W, b], lr=lr)
    rows = []
    for step in range(1, steps + 1):
        if zero_grad:
            optimizer.zero_grad()
        before = 0.0 if W.grad is None else W.grad.item()
        loss = torch.mean((W * x + b - y) ** 2)
        loss.backward()
        used = W.grad.item()
        optimizer.step()
        with torch.no_grad():
            after = torch.mean((W * x + b - y) ** 2).item()
        rows.append({"step": step, "loss": loss.item(), "dW_new": used - before, "dW_used": used,
                     "W": W.item(), "b": b.item(), "loss_after": after})
        if not np.isfinite(loss.item()):
            break  # the run blew up: nothing more to learn from the rows after this
    return pd.DataFrame(rows)
