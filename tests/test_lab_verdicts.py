"""engine/labs/verdicts.py: the labs' conclusions agree with the numbers they are drawn from."""
import numpy as np
import pytest

from engine.labs.verdicts import batch_verdict, cv_verdict, schedule_verdict, small


def test_small_keeps_three_significant_digits_of_tiny_spreads():
    assert float(small(2.3149e-6)) == pytest.approx(2.31e-6)  # printed as 0.00000 with five decimals
    assert small(0.0074) == "0.0074" and small(0) == "0"


def test_schedule_verdict_names_the_lower_end_and_the_steadier_one():
    rng = np.random.default_rng(0)
    constant = list(0.01 + 0.002 * rng.standard_normal(30))  # ends noisy
    scheduled = list(np.linspace(0.02, 0.005, 30))  # falls steadily to a lower end
    verdict = schedule_verdict(constant, scheduled)
    lower = "constant" if constant[-1] < scheduled[-1] else "scheduled"
    assert verdict["lower"] == lower and verdict["higher"] != lower
    assert verdict["gap"] == pytest.approx(abs(constant[-1] - scheduled[-1]))
    assert verdict["share"] == pytest.approx(verdict["gap"] / max(constant[-1], scheduled[-1]))
    spreads = {"constant": np.std(constant[-10:]), "scheduled": np.std(scheduled[-10:])}
    assert verdict["steadier"] == min(spreads, key=spreads.get)
    assert verdict["wobbles"] == pytest.approx(spreads)
    same = schedule_verdict([0.1, 0.2], [0.1, 0.2])
    assert same["lower"] is None and same["steadier"] is None and "gap" not in same


def test_batch_verdict_says_whether_the_most_updates_won():
    steps = {"batch": 10, "sgd": 600, "mini": 60}
    assert batch_verdict({"batch": 78.8, "sgd": 36.2, "mini": 31.2}, steps) == {
        "winner": "mini", "busiest": "sgd", "most_steps_won": False}
    assert batch_verdict({"batch": 2793.6, "sgd": 31.2, "mini": 396.8}, steps)["most_steps_won"] is True


@pytest.mark.parametrize("single, place", [(0.1, "below"), (0.19, "within"), (0.3, "above")])
def test_cv_verdict_places_the_single_split_against_the_folds(single, place):
    folds = [0.18, 0.21, 0.15, 0.25, 0.2]
    verdict = cv_verdict(folds, single)
    assert verdict == {"mean": pytest.approx(sum(folds) / 5), "low": 0.15, "high": 0.25, "place": place}
