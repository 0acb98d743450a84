"""Engine of the optimizers lab (engine.labs.optimizer_race), checked against numpy and hand calculations."""
import numpy as np
import pytest

from engine import surfaces
from engine.labs import optimizer_race


def test_sgd_race_on_the_paraboloid_is_0_8_to_the_k():
    paths = optimizer_race.race("paraboloid", {"sgd": (0.1, None), "adam": (0.1, 0.9)}, 20, (-3, 4))
    sgd = paths[paths.optimizer == "sgd"]
    k = sgd.step.to_numpy()
    assert sgd[["x0", "x1"]].to_numpy() == pytest.approx(np.outer(0.8**k, [-3, 4]))
    assert sgd.loss.to_numpy() == pytest.approx(25 * 0.64**k)
    row = optimizer_race.summary("paraboloid", paths).set_index("optimizer").loc["sgd"]
    assert row.distance == pytest.approx(5 * 0.8**20)
    # loss 25·0.64^k < 1e-3 first when k > ln(4e-5)/ln(0.64) = 22.7: not within 20 steps, at 23 with more.
    assert row.reached == -1
    more = optimizer_race.summary("paraboloid", optimizer_race.race("paraboloid", {"sgd": (0.1, None)}, 30, (-3, 4)))
    assert more.reached.iloc[0] == 23


def test_summary_flags_divergence_and_missing_minimum():
    blown = optimizer_race.summary("paraboloid", optimizer_race.race("paraboloid", {"sgd": (1.5, None)}, 100, (-3, 4)))
    assert blown.reached.iloc[0] == -2  # factor 1 - 2·1.5 = -2 a step
    saddle = optimizer_race.summary("saddle", optimizer_race.race("saddle", {"adam": (0.1, 0.9)}, 10, None))
    assert saddle.reached.iloc[0] is None and saddle.distance.iloc[0] is None


def test_each_optimizer_runs_with_its_own_lr_and_beta():
    paths = optimizer_race.race("paraboloid", {"sgd": (0.1, None), "momentum": (0.05, 0.5)}, 3, (-3, 4))
    # momentum by hand (torch's form): v ← β·v + g, x ← x − lr·v, with g = 2x
    x, v = np.array([-3.0, 4.0]), np.zeros(2)
    for _ in range(3):
        v = 0.5 * v + 2 * x
        x = x - 0.05 * v
    momentum = paths[paths.optimizer == "momentum"]
    assert momentum[["x0", "x1"]].to_numpy()[-1] == pytest.approx(x)
    assert paths[paths.optimizer == "sgd"][["x0", "x1"]].to_numpy()[-1] == pytest.approx(0.8**3 * np.array([-3, 4]))


def test_standings_put_arrivals_first_by_arrival_then_the_rest_by_final_loss():
    results = optimizer_race.summary("paraboloid", optimizer_race.race(
        "paraboloid", {"sgd": (0.1, None), "adam": (0.1, 0.9), "rmsprop": (0.01, 0.99), "nesterov": (1.0, 0.9)},
        30, (-3, 4)))
    ranked, diverged = optimizer_race.standings(results)
    # SGD by hand: x_k = 0.8^k·(−3, 4), loss 25·0.64^k, first below 1e-3 at k = ceil(log(1e-3/25) / log 0.64) = 23
    assert results.set_index("optimizer").loc["sgd", "reached"] == int(np.ceil(np.log(1e-3 / 25) / np.log(0.64))) == 23
    finite = results[results.reached != -2]
    at_minimum = finite[finite.loss < optimizer_race.CLOSE]  # the paraboloid's minimum is 0
    rest = finite[finite.loss >= optimizer_race.CLOSE]
    assert ranked == [*at_minimum.optimizer.to_numpy()[np.argsort(at_minimum.reached.to_numpy(), kind="stable")],
                      *rest.optimizer.to_numpy()[np.argsort(rest.loss.to_numpy())]]
    assert ranked[0] == "sgd" and "rmsprop" in list(rest.optimizer)  # rmsprop at lr 0.01 is still on its way
    assert diverged == ["nesterov"]


def test_all_six_at_the_paraboloid_minimum_rank_by_arrival_not_by_tiny_losses():
    """The learner's case: 300 steps, every default lr. RMSprop's 1e-119 below Adagrad's 1e-12 is no lead."""
    settings = {o: (optimizer_race.default_lr("paraboloid", o), optimizer_race.BETA.get(o, (None, None))[1])
                for o in ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]}
    results = optimizer_race.summary("paraboloid", optimizer_race.race("paraboloid", settings, 300, (-3, 4)))
    assert results.arrived.all()
    ranked, _ = optimizer_race.standings(results)
    # the first step each path's loss (x0² + x1², by numpy) is below 1e-3
    first = {}
    for name, (lr, beta) in settings.items():
        points = surfaces.descend("paraboloid", name, lr, 300, (-3, 4), **optimizer_race.options(name, beta))
        first[name] = int(np.argmax((points ** 2).sum(axis=1) < 1e-3))
    assert ranked == sorted(first, key=lambda name: (first[name], list(settings).index(name)))
    assert ranked[0] == "sgd" and first["sgd"] == 23


def test_race_code_imports_math_only_where_the_surface_uses_it():
    assert not optimizer_race.race_code("paraboloid", {"sgd": (0.1, None)}, 5, (-3, 4)).startswith("import math")
    assert optimizer_race.race_code("local_minima", {"sgd": (0.1, None)}, 5, (-3, 4)).startswith("import math")
    assert "\n\n\n" not in optimizer_race.race_code("paraboloid", {"sgd": (0.1, None)}, 5, (-3, 4))


@pytest.mark.parametrize("surface", list(optimizer_race.SURFACE_CODE))
def test_surface_code_is_the_same_function(surface):
    import math

    import torch
    rng = np.random.default_rng(0)
    x0, x1 = torch.tensor(rng.uniform(-2, 2, 50)), torch.tensor(rng.uniform(-2, 2, 50))
    written = eval(optimizer_race.SURFACE_CODE[surface], {"torch": torch, "math": math, "x0": x0, "x1": x1})
    assert written.numpy() == pytest.approx(surfaces.value(surface, x0.numpy(), x1.numpy()))


def test_race_code_runs_and_ends_where_the_race_ends(capsys):
    settings = {"sgd": (0.005, None), "nesterov": (0.002, 0.8), "rmsprop": (0.05, 0.9), "adam": (0.1, 0.95)}
    exec(optimizer_race.race_code("rosenbrock", settings, 25, (-1.5, 2.0)), {})
    printed = capsys.readouterr().out.splitlines()
    results = optimizer_race.summary("rosenbrock", optimizer_race.race("rosenbrock", settings, 25, (-1.5, 2.0)))
    for line, row in zip(printed, results.itertuples()):
        name, point = line.split(" ", 1)
        assert name == row.optimizer
        assert eval(point.rsplit(" ", 1)[0]) == pytest.approx([row.x0, row.x1], rel=1e-9)


def test_arrow_field_points_down_the_negative_gradient():
    field = optimizer_race.arrow_field("paraboloid", n=4)
    # The paraboloid's negative gradient points at the origin: compass angle of (-x0, -x1), clockwise from up.
    expected = np.degrees(np.arctan2(-field.x0, -field.x1)) % 360
    assert field.angle.to_numpy() == pytest.approx(expected.to_numpy())
    assert field.length.to_numpy() == pytest.approx(2 * np.hypot(field.x0, field.x1).to_numpy())
    corner = field.loc[(field.x0 < 0) & (field.x1 < 0)].iloc[0]
    assert 0 < corner.angle < 90  # from the lower-left, the arrow points up and right
