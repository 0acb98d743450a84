"""The descent lab page (pages/lab_descent.py) in AppTest: steps and presets match the closed form."""
import numpy as np
import pytest
from conftest import charts, metric_number as metric, open_page

DESCENT = "pages/lab_descent.py"
LANGS = ["en", "ko"]


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
    assert metric(at, 3) == pytest.approx(2 * np.mean(x * (expected * x - y)), rel=1e-5)
    assert at.metric[3].value == at.metric[4].value
    at.button[2].click().run()
    assert metric(at, 0) == 0 and metric(at, 1) == 0.2


def test_descent_code_runs_the_steps_taken_with_the_chosen_lr(rent, capsys):
    x, y = rent
    at = open_page(DESCENT, "ko")
    at.button[1].click().run()  # 20 steps
    at.button[0].click().run()  # and one more: the counter says 21, so must the code
    assert metric(at, 0) == 21 and "range(21)" in at.code[0].value
    lr = at.number_input(key="lab_descent_lr").value
    exec(at.code[0].value, {})
    w = 0.2
    for _ in range(21):  # by hand: w ← w − lr · 2·mean(x(wx − y))
        w -= lr * 2 * np.mean(x * (w * x - y))
    assert float(capsys.readouterr().out) == pytest.approx(w, rel=1e-6) == pytest.approx(metric(at, 1), rel=1e-5)
    # the start weight follows the w₀ slider too (moving it starts over: no steps yet)
    at.slider(key="lab_descent_start").set_value(0.84).run()
    at.button[1].click().run()
    exec(at.code[0].value, {})
    w = 0.84
    for _ in range(20):
        w -= lr * 2 * np.mean(x * (w * x - y))
    assert float(capsys.readouterr().out) == pytest.approx(w, rel=1e-6)


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


def test_descent_step_axis_counts_whole_steps_and_big_numbers_stay_short(rent):
    x, y = rent
    at = open_page(DESCENT, "ko")
    spec = charts(at)[1][0]
    axis, scale = spec["encoding"]["x"]["axis"], spec["encoding"]["x"]["scale"]
    assert axis["format"] == "d" and axis["tickMinStep"] == 1 and scale["domain"] == [0, 1]  # step 0 alone
    at.segmented_control(key="lab_descent_preset").set_value("diverging").run()
    w = 0.2
    for _ in range(20):
        at.button[0].click().run()
        w -= at.number_input(key="lab_descent_lr").value * 2 * np.mean(x * (w * x - y))  # numpy, by hand
    assert charts(at)[1][0]["encoding"]["x"]["scale"]["domain"] == [0, 20]
    slope = 2 * np.mean(x * (w * x - y))
    assert abs(slope) > 1e4  # diverging: the numbers that used to be cut off
    for n, expected in [(1, w), (2, np.mean((w * x - y) ** 2)), (3, slope)]:
        assert metric(at, n) == pytest.approx(expected, rel=1e-5)
        assert len(at.metric[n].value) <= 10
