"""The cost, descent, optimiser and gradient lab pages in AppTest: widgets change numbers that match numpy / hand math."""
import re

import numpy as np
import pytest
from conftest import open_page

from engine.datasets import load

COST, DESCENT, OPT, GRAD = "pages/lab_cost.py", "pages/lab_descent.py", "pages/lab_optimizers.py", "pages/lab_gradients.py"
LANGS = ["en", "ko"]


def metric(at, i):
    return float(at.metric[i].value.replace(",", "").rstrip("×").split()[0])


@pytest.mark.parametrize("lang", LANGS)
def test_cost_starts_at_the_classic_line_and_follows_the_sliders(lang):
    at = open_page(COST, lang)
    assert not at.exception
    assert metric(at, 1) == 62.5 and "52.5" in at.info[0].value and "62.5" in at.info[0].value
    table = at.dataframe[0].value
    assert table.iloc[:, 3].tolist() == [2, -10, 11, 5]
    at.slider(key="lab_cost_W").set_value(7.5)
    at.slider(key="lab_cost_b").set_value(-3.25).run()
    assert not at.exception and not at.info  # the slip note belongs to 13x + 1 only
    x, y = np.array([2, 3, 4, 5.0]), np.array([25, 50, 42, 61.0])
    assert metric(at, 1) == pytest.approx(np.mean((7.5 * x - 3.25 - y) ** 2), rel=1e-3)
    assert metric(at, 2) == pytest.approx(np.mean((np.polyval(np.polyfit(x, y, 1), x) - y) ** 2))


def test_cost_gradient_step_and_the_three_point_data():
    at = open_page(COST)
    at.button[0].click().run()  # one step from 13x + 1 at lr 0.01: the gradient is (21.5, 4) by hand
    assert at.slider(key="lab_cost_W").value == pytest.approx(13 - 0.215)
    assert at.slider(key="lab_cost_b").value == pytest.approx(1 - 0.04)
    assert metric(at, 1) < 62.5
    at.segmented_control(key="lab_cost_data").set_value("study_hours").run()
    assert not at.exception
    assert (at.slider(key="lab_cost_W").value, at.slider(key="lab_cost_b").value) == (1.0, 1.0)
    assert metric(at, 1) == pytest.approx(np.mean((np.array([1, 2, 3]) + 1 - [2, 4, 6.0]) ** 2), rel=1e-3)  # 5/3
    at.slider(key="lab_cost_W").set_value(2.0)
    at.slider(key="lab_cost_b").set_value(0.0).run()
    assert metric(at, 1) == 0 and metric(at, 2) == pytest.approx(0, abs=1e-9)


@pytest.fixture(scope="module")
def rent():
    ds = load("rent")
    train = ~ds.test_mask
    return ds.X[train, 0].astype(float), ds.y[train, 0].astype(float)


@pytest.mark.parametrize("lang", LANGS)
def test_descent_steps_follow_the_closed_form(rent, lang):
    x, y = rent
    L2 = 2 * np.mean(x**2)
    at = open_page(DESCENT, lang)
    assert not at.exception
    assert f"{2 / L2:.6f}" in at.info[0].value  # the critical learning rate, from the curvature by hand
    at.button[0].click().run()
    lr = at.number_input(key="lab_descent_lr").value
    assert lr == pytest.approx(0.5 / L2)
    expected = 0.2 - lr * 2 * np.mean(x * (0.2 * x - y))
    assert metric(at, 0) == 1 and metric(at, 1) == pytest.approx(expected, abs=5e-5)
    # autograd slope and central difference agree with 2·mean(x(wx - y)) at the new w
    assert metric(at, 3) == pytest.approx(2 * np.mean(x * (expected * x - y)), abs=5e-3)
    assert at.metric[3].value == at.metric[4].value
    at.button[2].click().run()
    assert metric(at, 0) == 0 and metric(at, 1) == 0.2


def test_descent_diverging_preset_moves_away_from_the_optimum(rent):
    x, y = rent
    w_star = x @ y / (x @ x)
    at = open_page(DESCENT)
    at.segmented_control(key="lab_descent_preset").set_value("diverging").run()
    assert at.number_input(key="lab_descent_lr").value == pytest.approx(2.1 / (2 * np.mean(x**2)))
    gaps = [abs(0.2 - w_star)]
    for _ in range(3):
        at.button[0].click().run()
        gaps.append(abs(metric(at, 1) - w_star))
    assert np.all(np.diff(gaps) > 0)  # each step overshoots further: |1 - 2.1| = 1.1 > 1
    at.button[1].click().run()
    assert not at.exception and metric(at, 0) == 23 and at.warning  # off the chart


@pytest.mark.parametrize("lang", LANGS)
def test_optimizer_seed_003_preset_reports_0_8_to_the_20(lang):
    at = open_page(OPT, lang)
    at.selectbox(key="lab_opt_surface").set_value("rosenbrock").run()
    assert not at.exception and at.select_slider(key="lab_opt_lr").value == 0.005
    at.button[0].click().run()  # the seed-003 preset
    assert not at.exception
    assert at.selectbox(key="lab_opt_surface").value == "paraboloid"
    hand = 0.8**20 * np.array([-3.0, 4.0])  # x ← x − 0.1·2x = 0.8x, twenty times
    numbers = [float(v) for v in re.findall(r"\((-?[\d.]+), (-?[\d.]+)\)", at.success[0].value)[-1]]
    assert numbers == pytest.approx(hand, abs=1e-6)
    table = at.dataframe[0].value
    sgd = table[table.iloc[:, 0] == "SGD"].iloc[0]
    assert [float(v) for v in sgd.iloc[1].strip("()").split(", ")] == pytest.approx(hand, abs=1e-4)
    assert float(sgd.iloc[3]) == pytest.approx(5 * 0.8**20, abs=1e-4)


def test_optimizer_race_lists_each_choice_and_explains_an_empty_race():
    at = open_page(OPT)
    at.multiselect(key="lab_opt_optimizers").set_value(["sgd", "rmsprop", "adam"])
    at.select_slider(key="lab_opt_lr").set_value(1.0).run()
    table = at.dataframe[0].value
    assert table.iloc[:, 0].tolist() == ["SGD", "RMSprop", "Adam"]  # the short names
    assert table.iloc[0, 4] == "never" and not at.success  # SGD at lr 1: x ← x − 2x = −x, flips sign forever
    at.multiselect(key="lab_opt_optimizers").set_value([]).run()
    assert not at.exception and at.info and not at.dataframe


@pytest.mark.parametrize("lang", LANGS)
def test_gradients_h_slider_and_float32(lang):
    at = open_page(GRAD, lang)
    assert not at.exception
    at.radio(key="lab_grad_fn").set_value("cube")
    at.select_slider(key="lab_grad_h").set_value(-2.0).run()
    # ((2+h)^3 - (2-h)^3) / 2h = 12 + h^2 by hand
    assert metric(at, 0) == pytest.approx(12.0001, abs=1e-9) and metric(at, 1) == 12
    assert metric(at, 2) == pytest.approx(1e-4, rel=1e-3)
    at.radio(key="lab_grad_fn").set_value("sin")
    at.radio(key="lab_grad_dtype").set_value("float32")
    at.select_slider(key="lab_grad_h").set_value(-10.0).run()
    # in float32, 1 ± 1e-10 rounds to 1: the difference is 0 and the error is the whole derivative cos(1)
    assert metric(at, 0) == 0 and metric(at, 2) == pytest.approx(np.cos(1.0), rel=1e-3)


def test_gradients_timing_button_keeps_its_result():
    at = open_page(GRAD, "ko")
    assert len(at.metric) == 3  # nothing timed yet
    at.button[0].click().run(timeout=120)
    assert not at.exception
    ratio = metric(at, 6)
    assert ratio > 100  # numerical differentiation of 39,760 parameters is far slower than one backward pass
    at.radio(key="lab_grad_dtype").set_value("float32").run()
    assert metric(at, 6) == ratio  # kept in session_state, not re-measured on every rerun
