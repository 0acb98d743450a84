"""The zero_grad lab page (pages/lab_zero_grad.py) in AppTest, in English and Korean."""
import numpy as np
import pytest
from conftest import charts, metric_value as metric, open_page, widget

from engine.i18n import t

LANGS = ["en", "ko"]


@pytest.mark.parametrize("lang", LANGS)
def test_zero_grad_page_piles_up_then_resets(lang):
    at = open_page("pages/lab_zero_grad.py", lang)
    widget(at, "slider", "lab_zero_grad.calls", lang).set_value(9).run()
    assert not at.exception
    assert metric(at, "lab_zero_grad.last_grad", lang, n=9) == "18"  # 2 added 9 times
    widget(at, "toggle", "lab_zero_grad.reset", lang).set_value(True).run()
    assert metric(at, "lab_zero_grad.last_grad", lang, n=9) == "2"

    # the training loop: final loss with zero_grad equals a numpy gradient-descent loop
    widget(at, "select_slider", "lab_zero_grad.lr", lang).set_value(0.02).run()
    widget(at, "slider", "lab_zero_grad.steps", lang).set_value(30).run()
    x, y, W, b = np.array([1.0, 2, 3]), np.array([2.0, 4, 6]), 0.0, 0.0
    for _ in range(30):
        r = W * x + b - y
        W, b = W - 0.02 * np.mean(2 * r * x), b - 0.02 * np.mean(2 * r)
    assert not at.exception
    with_ = t("lab_zero_grad.with", lang)
    assert metric(at, "lab_zero_grad.final_W", lang, which=with_) == f"{W:.4g}"
    assert metric(at, "lab_zero_grad.final_loss", lang, which=with_) == f"{np.mean((W * x + b - y) ** 2):.4g}"


@pytest.mark.parametrize("lang", LANGS)
def test_zero_grad_page_final_loss_belongs_to_final_W(lang):
    """Without zero_grad at lr 0.05 for 200 steps W ends far from 2: the loss shown is that W's own loss."""
    at = open_page("pages/lab_zero_grad.py", lang)
    widget(at, "select_slider", "lab_zero_grad.lr", lang).set_value(0.05).run()
    widget(at, "slider", "lab_zero_grad.steps", lang).set_value(200).run()
    x, y, W, b, gW_sum, gb_sum = np.array([1.0, 2, 3]), np.array([2.0, 4, 6]), 0.0, 0.0, 0.0, 0.0
    for _ in range(200):  # gradients pile up: step() uses the running sum
        r = W * x + b - y
        gW_sum, gb_sum = gW_sum + np.mean(2 * r * x), gb_sum + np.mean(2 * r)
        W, b = W - 0.05 * gW_sum, b - 0.05 * gb_sum
    without = t("lab_zero_grad.without", lang)
    assert not at.exception
    assert metric(at, "lab_zero_grad.final_W", lang, which=without) == f"{W:.4g}"
    assert metric(at, "lab_zero_grad.final_loss", lang, which=without) == f"{np.mean((W * x + b - y) ** 2):.4g}"


def test_zero_grad_code_blocks_run_and_print_the_pages_numbers(capsys):
    at = open_page("pages/lab_zero_grad.py", "ko")
    widget(at, "slider", "lab_zero_grad.calls", "ko").set_value(5)
    widget(at, "select_slider", "lab_zero_grad.lr", "ko").set_value(0.02)
    widget(at, "slider", "lab_zero_grad.steps", "ko").set_value(40).run()
    first, second = (block.value for block in at.code)
    exec(first, {})
    assert [float(line.split("(")[1].split(")")[0]) for line in capsys.readouterr().out.splitlines()] == [
        2.0 * k for k in range(1, 6)]  # without clearing: 2, 4, … as the page's table shows
    exec(second, {})
    loss, W = map(float, capsys.readouterr().out.split())
    with_ = t("lab_zero_grad.with", "ko")
    assert f"{loss:.4g}" == metric(at, "lab_zero_grad.final_loss", "ko", which=with_)
    assert f"{W:.4g}" == metric(at, "lab_zero_grad.final_W", "ko", which=with_)


def test_zero_grad_w_chart_stays_linear_and_keeps_w_0():
    """At lr 0.01 W spans 0 … ~3.4, more than 20×: the W chart must still be linear, with W = 0 drawn."""
    at = open_page("pages/lab_zero_grad.py", "ko")
    widget(at, "select_slider", "lab_zero_grad.lr", "ko").set_value(0.01).run()
    spec, data = charts(at)[-1]
    assert spec["encoding"]["y"]["scale"].get("type", "linear") == "linear"
    # numpy: W after each step with zero_grad (gradient descent from W = b = 0), first step W = 0.01·56/3
    x, y, W, b = np.array([1.0, 2, 3]), np.array([2.0, 4, 6]), 0.0, 0.0
    r = W * x + b - y
    W1 = W - 0.01 * np.mean(2 * r * x)
    assert W1 == pytest.approx(0.01 * 56 / 3)  # −mean(2·(0 − 2x)·x) = 4·(1 + 4 + 9) / 3 = 56/3
    assert data["loss"].min() <= W1  # the start (W = 0 or the first small step) is on the chart, not dropped
