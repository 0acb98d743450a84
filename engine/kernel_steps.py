"""Optimizer steps as direct calls of torch's own update kernels, for runs trained together (engine.vectorized).

torch.optim's step gathers each parameter group's tensors and state again on every call, groups them by
device and dtype and picks an implementation: 20-40 µs per optimizer, more than a whole forward and backward
pass of rent's 1→1 model. For stacked members (one optimizer, or one per optimizer kind) the tensors and
their state never change after the first step (torch's own step creates the state), so direct_steps gathers
them once and then calls what torch's step would call: the fused CPU kernels of SGD, Adam/AdamW and Adagrad
with the group's current settings (a scheduler's lr included), RMSprop's per-tensor ops as foreach calls (on
CPU a foreach op runs the same op on each tensor). Same arithmetic on the same tensors, so the same numbers,
bit for bit (tests/test_fit_many.py compares them with torch's step).
"""
from __future__ import annotations

from typing import Callable

import torch
from torch import optim

from engine.train import bare_step

Kernel = Callable[[], None]


def direct_steps(optimizers: list[optim.Optimizer]) -> Kernel:
    """One call that steps every optimizer once; to be called under torch.no_grad(), after each optimizer has
    taken its first step through optimizer.step() (which creates its state and tells a scheduler it stepped).

    The gradients must stay the same tensors from step to step (zeroed in place, never set to None). All the
    optimizers step together, so their step counts are equal: their states share one counter, and a step adds
    1 to it once instead of once per tensor. An optimizer with settings not covered here (Adamax, RMSprop with
    momentum, AMSGrad …) steps through its bare step (engine.train.bare_step).
    """
    steps = [state["step"] for optimizer in optimizers for state in optimizer.state.values() if "step" in state]
    if any(not torch.equal(step, steps[0]) for step in steps):
        raise ValueError("optimizers stepped together must have taken the same number of steps")
    counter = steps[0].clone() if steps else None
    calls: list[Kernel] = []
    for optimizer in optimizers:
        build = _BUILDERS.get(type(optimizer))
        kernels = [build(group, optimizer.state, counter) if build else None for group in optimizer.param_groups]
        if None in kernels:
            calls.append(bare_step(optimizer))
            continue
        calls += kernels
        for state in optimizer.state.values():
            if "step" in state:
                state["step"] = counter  # the one the kernels count with, so the optimizer's state stays true

    def step() -> None:
        if counter is not None:
            counter.add_(1)
        for call in calls:
            call()
    return step


def _plain(group: dict) -> bool:
    """True when the group uses none of the options the kernels below leave out."""
    return not any(group.get(flag) for flag in ("maximize", "differentiable", "capturable", "amsgrad", "centered"))


def _grads(group: dict) -> list[torch.Tensor]:
    return [p.grad for p in group["params"]]


def _sgd(group: dict, state, counter) -> Kernel | None:
    """SGD with or without momentum (torch.optim.sgd._fused_sgd after its first step)."""
    if not group["fused"] or not _plain(group):
        return None
    params, grads = group["params"], _grads(group)
    buffers = [state[p]["momentum_buffer"] for p in params] if group["momentum"] else []
    return lambda: torch._fused_sgd_(
        params, grads, buffers, weight_decay=group["weight_decay"], momentum=group["momentum"], lr=group["lr"],
        dampening=group["dampening"], nesterov=group["nesterov"], maximize=False, is_first_step=False,
        grad_scale=None, found_inf=None)


def _adam(group: dict, state, counter) -> Kernel | None:
    """Adam, and AdamW as Adam with decoupled weight decay (torch.optim.adam._fused_adam)."""
    if not group["fused"] or not _plain(group):
        return None
    params, grads = group["params"], _grads(group)
    exp_avgs, exp_avg_sqs = [state[p]["exp_avg"] for p in params], [state[p]["exp_avg_sq"] for p in params]
    kernel = torch._fused_adamw_ if group["decoupled_weight_decay"] else torch._fused_adam_
    steps = [counter] * len(params)

    def step() -> None:
        beta1, beta2 = group["betas"]
        kernel(params, grads, exp_avgs, exp_avg_sqs, [], steps, amsgrad=False, lr=group["lr"], beta1=beta1,
               beta2=beta2, weight_decay=group["weight_decay"], eps=group["eps"], maximize=False,
               grad_scale=None, found_inf=None)
    return step


def _adagrad(group: dict, state, counter) -> Kernel | None:
    """Adagrad (torch.optim.adagrad._fused_adagrad)."""
    if not group["fused"] or not _plain(group):
        return None
    params, grads = group["params"], _grads(group)
    sums, steps = [state[p]["sum"] for p in params], [counter] * len(params)
    return lambda: torch._fused_adagrad_(
        params, grads, sums, steps, lr=group["lr"], lr_decay=group["lr_decay"], weight_decay=group["weight_decay"],
        eps=group["eps"], maximize=False, grad_scale=None, found_inf=None)


def _rmsprop(group: dict, state, counter) -> Kernel | None:
    """RMSprop without momentum, not centered: torch.optim.rmsprop._single_tensor_rmsprop's ops, each as one
    foreach call over the group's tensors."""
    if group["momentum"] or not _plain(group):
        return None
    params, grads = group["params"], _grads(group)
    square_avgs = [state[p]["square_avg"] for p in params]

    def step() -> None:
        alpha, decay = group["alpha"], group["weight_decay"]
        g = torch._foreach_add(grads, params, alpha=decay) if decay else grads
        torch._foreach_mul_(square_avgs, alpha)
        torch._foreach_addcmul_(square_avgs, g, g, value=1 - alpha)
        avg = torch._foreach_sqrt(square_avgs)
        torch._foreach_add_(avg, group["eps"])
        torch._foreach_addcdiv_(params, g, avg, value=-group["lr"])
    return step


_BUILDERS = {optim.SGD: _sgd, optim.Adam: _adam, optim.AdamW: _adam, optim.Adagrad: _adagrad,
             optim.RMSprop: _rmsprop}
