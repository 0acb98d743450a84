"""Numerical differentiation by central differences, and how it compares with autograd."""
from __future__ import annotations

import time

import numpy as np
import torch
from torch import nn
from torch.func import functional_call


def numerical_gradient(f, x, h: float = 1e-4, dtype=np.float64) -> np.ndarray:
    """Gradient of scalar f at x (any shape) by (f(x+h) - f(x-h)) / 2h per coordinate, every number in `dtype`."""
    x = np.array(x, dtype=dtype)  # a copy: the caller's array is never touched
    h = dtype(h)
    grad = np.zeros_like(x)
    flat, gflat = x.reshape(-1), grad.reshape(-1)  # views, so nudging flat moves x
    for i in range(flat.size):
        keep = flat[i]
        flat[i] = keep + h
        up = dtype(f(x))
        flat[i] = keep - h
        down = dtype(f(x))
        flat[i] = keep  # restore, so the next coordinate is measured at the true point
        gflat[i] = (up - down) / (dtype(2) * h)
    return grad


def derivative(f, x: float, h: float = 1e-4) -> float:
    """Central-difference derivative of a one-variable function at x."""
    return (f(x + h) - f(x - h)) / (2 * h)


def gradient_error_curve(f, grad_f, x, hs, dtype=np.float64) -> list[tuple[float, float]]:
    """(h, largest absolute error against the exact gradient grad_f) for each step size h.

    Too large an h leaves truncation error (the curve is not a line over [x-h, x+h]); too small an h
    loses the difference f(x+h) - f(x-h) to rounding. f must keep the dtype it is given (numpy ufuncs do),
    so float32 shows the rounding wall much earlier than float64.
    """
    exact = np.asarray(grad_f(np.asarray(x, dtype=np.float64)), dtype=np.float64)
    dtype = np.dtype(dtype).type
    return [(float(h), float(np.max(np.abs(numerical_gradient(f, x, h, dtype) - exact)))) for h in hs]


def _mnist_like_net(activation: str) -> nn.Sequential:
    act = {"sigmoid": nn.Sigmoid, "relu": nn.ReLU}[activation]
    return nn.Sequential(nn.Linear(784, 50), act(), nn.Linear(50, 10))


def time_numerical_vs_autograd(n_params_slice: int = 200, batch: int = 100, seed: int = 0,
                               activation: str = "sigmoid") -> dict:
    """Time one autograd gradient of a 784-50-10 net against numerical differentiation of a slice of its weights.

    The numerical time is extrapolated linearly to every parameter (each one costs two forward passes).
    The net runs in float64 so the check against autograd measures the method, not float32 rounding.
    """
    torch.manual_seed(seed)
    net = _mnist_like_net(activation).double()
    X = torch.randn(batch, 784, dtype=torch.float64)
    y = torch.randint(0, 10, (batch,))
    loss_fn = nn.CrossEntropyLoss()

    # Best of a few runs: the first backward pays one-off allocation costs.
    autograd_s = float("inf")
    for _ in range(5):
        net.zero_grad()
        start = time.perf_counter()
        loss_fn(net(X), y).backward()
        autograd_s = min(autograd_s, time.perf_counter() - start)
    exact = torch.cat([p.grad.reshape(-1) for p in net.parameters()]).numpy()

    names = [n for n, _ in net.named_parameters()]
    shapes = [p.shape for p in net.parameters()]
    sizes = [p.numel() for p in net.parameters()]
    base = torch.cat([p.detach().reshape(-1) for p in net.parameters()])
    n_params = base.numel()
    k = min(n_params_slice, n_params)
    idx = torch.from_numpy(np.random.default_rng(seed).choice(n_params, size=k, replace=False))

    def loss_at(values: np.ndarray) -> float:
        flat = base.clone()
        flat[idx] = torch.from_numpy(values)
        params = {n: t.view(s) for n, t, s in zip(names, flat.split(sizes), shapes)}
        with torch.no_grad():
            return loss_fn(functional_call(net, params, (X,)), y).item()

    start = time.perf_counter()
    numeric = numerical_gradient(loss_at, base[idx].numpy())
    numeric_slice_s = time.perf_counter() - start

    full = numeric_slice_s * n_params / k
    return {
        "autograd_s": autograd_s,
        "numeric_slice_s": numeric_slice_s,
        "slice_size": k,
        "n_params": n_params,
        "numeric_full_estimate_s": full,
        "ratio": full / autograd_s,
        "max_abs_diff": float(np.max(np.abs(numeric - exact[idx.numpy()]))),
    }
