"""The stacked model (k members side by side) is built from the same layer spec as build_model."""
import itertools

import numpy as np
import pytest
import torch

from engine.config import ACTIVATIONS, TrainConfig
from engine.layers import stack_models
from engine.models import build_model, model_spec

CASES = list(itertools.product(ACTIVATIONS, [0.0, 0.3], [[], [5], [6, 4]]))


@pytest.mark.parametrize("activation, dropout, hidden", CASES)
def test_each_stacked_member_is_the_single_model_with_its_weights(activation, dropout, hidden):
    config = TrainConfig(hidden=hidden, activation=activation, dropout=dropout)
    members = []
    for seed in range(3):  # different weights per member
        torch.manual_seed(seed)
        members.append(build_model(config, 3, 2).eval())
    stacked = stack_models(model_spec(config, 3, 2), members).eval()
    x = torch.randn(3, 7, 3, generator=torch.Generator().manual_seed(9))  # each member its own rows
    with torch.no_grad():
        together = stacked(x)
        for i, member in enumerate(members):
            alone = member(x[i])
            np.testing.assert_allclose(together[i].numpy(), alone.numpy(), rtol=1e-5, atol=1e-6)
    # the single model is the textbook network: check one member against numpy by hand
    weights = [(m.weight.detach().numpy(), m.bias.detach().numpy()) for m in members[0]
               if isinstance(m, torch.nn.Linear)]
    h = x[0].numpy().astype(np.float64)
    act = members[0][1] if hidden else None
    for j, (w, b) in enumerate(weights):
        h = h @ w.T + b
        if j < len(weights) - 1:
            h = act(torch.from_numpy(h)).numpy()
    np.testing.assert_allclose(together[0].numpy(), h, rtol=1e-4, atol=1e-5)


def test_stacked_dropout_drops_in_training_mode_only():
    config = TrainConfig(hidden=[50], dropout=0.5)
    torch.manual_seed(0)
    model = build_model(config, 4, 1)
    stacked = stack_models(model_spec(config, 4, 1), [model, model])
    x = torch.randn(2, 30, 4)
    with torch.no_grad():
        stacked.eval()
        assert torch.equal(stacked(x), stacked(x))
        stacked.train()
        assert not torch.equal(stacked(x), stacked(x))


def test_stacked_dropout_keeps_each_unit_with_probability_1_minus_p_and_rescales():
    from engine.layers import StackedDropout
    torch.manual_seed(0)
    x = torch.full((8, 500, 50), 3.0)
    out = StackedDropout(0.3)(x)
    kept = out != 0
    torch.testing.assert_close(out[kept], torch.full_like(out[kept], 3.0 / 0.7))  # as nn.Dropout scales them
    share = kept.float().mean().item()
    assert abs(share - 0.7) < 4 * (0.7 * 0.3 / kept.numel()) ** 0.5  # within 4 standard errors of 1 - p
