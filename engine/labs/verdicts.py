"""One-sentence conclusions for labs that show numbers: which run won and why, worked out from the very numbers
the page shows (the pages turn them into words; nothing here knows about languages)."""
import numpy as np

WOBBLE_EPOCHS = 10  # the schedules lab's steadiness is the spread over this many last epochs


def small(value: float) -> str:
    """Three significant digits, so a tiny spread reads 2.31e-06 instead of a misleading 0.00000."""
    return f"{value:.3g}"


def wobble(losses: list[float]) -> float:
    """Standard deviation of the last WOBBLE_EPOCHS losses: how much the run still moves at its end."""
    return float(np.std(losses[-WOBBLE_EPOCHS:]))


def lower_of(values: dict[str, float]) -> tuple[str | None, str | None]:
    """(name with the lower value, the other name) of two runs; (None, None) when they are equal."""
    (a, va), (b, vb) = values.items()
    if va == vb:
        return None, None
    return (a, b) if va < vb else (b, a)


def schedule_verdict(constant: list[float], scheduled: list[float]) -> dict:
    """The schedules lab's comparison of two test-loss curves: which ended lower (and by how much, also as a share
    of the higher one) and which was steadier over the last epochs."""
    finals = {"constant": constant[-1], "scheduled": scheduled[-1]}
    wobbles = {"constant": wobble(constant), "scheduled": wobble(scheduled)}
    lower, higher = lower_of(finals)
    steadier, shakier = lower_of(wobbles)
    verdict = {"lower": lower, "higher": higher, "steadier": steadier, "shakier": shakier,
               "finals": finals, "wobbles": wobbles}
    if lower is not None:
        verdict["gap"] = finals[higher] - finals[lower]
        verdict["share"] = verdict["gap"] / finals[higher]
    return verdict


def batch_verdict(final: dict[str, float], steps: dict[str, int]) -> dict:
    """The batches lab's race after the same epochs: the mode that ended lowest and whether it is also the one
    that made the most updates (more steps in the same epochs) or not (the most steps were too noisy)."""
    winner = min(final, key=final.get)
    busiest = max(steps, key=steps.get)
    return {"winner": winner, "busiest": busiest, "most_steps_won": steps[winner] == steps[busiest]}


def cv_verdict(folds: list[float], single: float) -> dict:
    """The cross-validation mean against the single split's test loss: whether that loss lies within the folds'
    range, below the best fold or above the worst."""
    low, high = min(folds), max(folds)
    place = "below" if single < low else "above" if single > high else "within"
    return {"mean": float(np.mean(folds)), "low": low, "high": high, "place": place}
