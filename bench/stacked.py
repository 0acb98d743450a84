"""How to train K copies of one model at once: a stacked module built from the layer spec (baddbmm) vs
torch.func's stack_module_state + vmap(functional_call), each against K one-at-a-time steps.

Usage: python bench/stacked.py [--k 8] [--steps 300] [--repeats 5]
Prints milliseconds per training step (forward, backward, Adam step on a batch of 32) and the ratio of each
K-member way to one single-model step. Timings alternate between the ways and report medians.
"""
from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch
from torch import nn
from torch.func import functional_call, stack_module_state

from engine.layers import layer_spec, stack_models

torch.set_num_threads(1)
SHAPES = {"rent (1→1)": ([], 1), "house (13→50→30→1)": ([50, 30], 13)}


def single_step(model, opt, x, y):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()


def make_ways(hidden, n_in, k):
    spec = layer_spec(hidden, "relu", 0.0, n_in, 1)
    models = [nn.Sequential(*(layer.module() for layer in spec)) for _ in range(k)]
    x, y = torch.randn(32, n_in), torch.randn(32, 1)
    xs, ys = x.expand(k, -1, -1).contiguous(), y.expand(k, -1, -1).contiguous()

    one = copy.deepcopy(models[0])
    one_opt = torch.optim.Adam(one.parameters(), lr=1e-3)

    stacked = stack_models(spec, models)
    stacked_opt = torch.optim.Adam(stacked.parameters(), lr=1e-3)

    def stacked_step():
        stacked_opt.zero_grad()
        nn.functional.mse_loss(stacked(xs), ys, reduction="sum").backward()
        stacked_opt.step()

    params, buffers = stack_module_state(models)
    params = {name: p.detach().requires_grad_() for name, p in params.items()}
    base = copy.deepcopy(models[0]).to("meta")
    vmap_opt = torch.optim.Adam(params.values(), lr=1e-3)
    forward = torch.vmap(lambda p, b, xb: functional_call(base, (p, b), (xb,)))

    def vmap_step():
        vmap_opt.zero_grad()
        nn.functional.mse_loss(forward(params, buffers, xs), ys, reduction="sum").backward()
        vmap_opt.step()

    # Per-member tensors stacked in every forward pass: what per-member param groups (own lr each) would need.
    linears = [[m for m in model if isinstance(m, nn.Linear)] for model in models]
    own = [[(lin.weight.detach().t().clone().requires_grad_(), lin.bias.detach()[None].clone().requires_grad_())
            for lin in member] for member in linears]
    own_opt = torch.optim.Adam([{"params": [t for pair in member for t in pair], "lr": 1e-3} for member in own])

    def own_step():
        own_opt.zero_grad()
        h = xs
        for i in range(len(own[0])):
            h = torch.baddbmm(torch.stack([m[i][1] for m in own]), h, torch.stack([m[i][0] for m in own]))
            if i < len(own[0]) - 1:
                h = torch.relu(h)
        nn.functional.mse_loss(h, ys, reduction="sum").backward()
        own_opt.step()

    return {"one model": lambda: single_step(one, one_opt, x, y), "stacked (baddbmm)": stacked_step,
            "stacked, member groups": own_step, "vmap(functional_call)": vmap_step}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--k", type=int, default=8)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    for label, (hidden, n_in) in SHAPES.items():
        ways = make_ways(hidden, n_in, args.k)
        times = {name: [] for name in ways}
        for _ in range(args.repeats):
            for name, step in ways.items():
                step()  # warm up
                start = time.perf_counter()
                for _ in range(args.steps):
                    step()
                times[name].append((time.perf_counter() - start) / args.steps * 1e3)
        one = statistics.median(times["one model"])
        print(f"{label}, K={args.k}")
        for name, values in times.items():
            ms = statistics.median(values)
            print(f"  {name:24s} {ms:7.3f} ms/step   {ms / one:5.2f}× one model   "
                  f"({ms / one / args.k:.2f}× per member)")


if __name__ == "__main__":
    main()
