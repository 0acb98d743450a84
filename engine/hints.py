"""Hints after a run, worked out from its loss history (no Streamlit here; the Train page shows them)."""
from __future__ import annotations

import math

MIN_EPOCHS = 20       # too short a run to say anything about its trend
TAIL = 0.1            # the last tenth of the run is compared with the whole run
STILL_FALLING = 0.02  # the tail still took this share of the whole drop: the loss had not levelled off


def still_improving(history) -> bool:
    """Whether the training loss was still clearly falling at the last epoch.

    The loss fell over the run's last tenth by more than STILL_FALLING of its fall over the whole run,
    and by more than 0.1 % of its last value: a run that had levelled off falls by (almost) nothing there.
    """
    losses = [record["train_loss"] for record in history]
    if len(losses) < MIN_EPOCHS or not all(math.isfinite(loss) for loss in losses):
        return False
    tail = max(2, int(len(losses) * TAIL))
    total_drop = losses[0] - losses[-1]
    tail_drop = losses[-1 - tail] - losses[-1]
    return total_drop > 0 and tail_drop > STILL_FALLING * total_drop and tail_drop > 1e-3 * abs(losses[-1])


def training_hint(history) -> tuple[str, dict] | None:
    """(translation key, params) of a one-line hint for a finished run, or None when there is nothing to say."""
    if still_improving(history):
        return "hint.still_improving", {"epochs": len(history)}
    return None
