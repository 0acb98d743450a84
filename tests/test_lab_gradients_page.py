"""The gradients lab page (pages/lab_gradients.py) in AppTest: estimates and errors match hand math."""
import re

import numpy as np
import pytest
from conftest import metric_number as metric, open_page

from engine.i18n import t

GRAD = "pages/lab_gradients.py"
LANGS = ["en", "ko"]


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


@pytest.mark.parametrize("lang", LANGS)
def test_gradients_caption_matches_the_function_and_the_code_runs(lang, capsys):
    at = open_page(GRAD, lang)
    at.radio(key="lab_grad_fn").set_value("paraboloid")
    at.select_slider(key="lab_grad_h").set_value(0.0).run()
    # at h = 1 the quadratic's estimate is still exact (hand: ((3+1)² − (3−1)²) / 2 = 6): no V to explain
    assert metric(at, 0) == 6.0 and metric(at, 2) == 0.0
    assert [i.value for i in at.info] == [t("lab_gradients.no_truncation", lang)]
    at.radio(key="lab_grad_fn").set_value("sin")
    at.radio(key="lab_grad_dtype").set_value("float32")
    at.select_slider(key="lab_grad_h").set_value(-2.0).run()
    assert t("lab_gradients.no_truncation", lang) not in [i.value for i in at.info]
    # the code block runs and prints the page's estimate for the chosen function, h and number format
    exec(at.code[0].value, {})
    printed = capsys.readouterr().out
    estimate = (np.sin(np.float32(1) + np.float32(0.01)) - np.sin(np.float32(1) - np.float32(0.01))) / (
        np.float32(2) * np.float32(0.01))
    assert f"{estimate:.6g}"[:6] in printed and at.metric[0].value.startswith(f"{estimate:.6g}"[:6])



# each function's exact gradient at the lab's point, by hand: cos(1), 3·2², and 2·(3, 4)
HAND_GRADIENTS = {"sin": [np.cos(1.0)], "cube": [12.0], "paraboloid": [6.0, 8.0]}


@pytest.mark.parametrize("name", sorted(HAND_GRADIENTS))
def test_gradients_code_block_runs_for_every_function(name, capsys):
    at = open_page(GRAD, "ko")
    at.radio(key="lab_grad_fn").set_value(name)
    at.select_slider(key="lab_grad_h").set_value(-4.0).run()
    exec(at.code[0].value, {})  # a SyntaxError (e.g. `x ** 3.backward()`) fails here
    numbers = [float(v) for v in re.findall(r"-?\d+\.\d*(?:e-?\d+)?", capsys.readouterr().out)]
    n = len(HAND_GRADIENTS[name])
    # printed: the central difference, then autograd's gradient
    np.testing.assert_allclose(numbers[:n], HAND_GRADIENTS[name], rtol=1e-6)
    np.testing.assert_allclose(numbers[n:2 * n], HAND_GRADIENTS[name], rtol=1e-12)

def test_gradients_timing_button_keeps_its_result():
    at = open_page(GRAD, "ko")
    assert len(at.metric) == 3  # nothing timed yet
    at.button[0].click().run(timeout=120)
    assert not at.exception
    ratio = metric(at, 6)
    assert ratio > 100  # numerical differentiation of 39,760 parameters is far slower than one backward pass
    at.radio(key="lab_grad_dtype").set_value("float32").run()
    assert metric(at, 6) == ratio  # kept in session_state, not re-measured on every rerun


def test_gradients_error_is_only_called_largest_with_several_partials():
    at = open_page(GRAD, "ko")
    at.radio(key="lab_grad_fn").set_value("cube")
    at.select_slider(key="lab_grad_h").set_value(-2.0).run()
    # one derivative (x³ at 2): the error of that one, (12 + h²) − 12 = 1e-4 by hand
    assert at.metric[2].label == t("lab_gradients.error_one", "ko") and "가장 큰" not in at.metric[2].label
    assert metric(at, 2) == pytest.approx(1e-4, rel=1e-3)
    at.radio(key="lab_grad_fn").set_value("paraboloid").run()
    assert at.metric[2].label == t("lab_gradients.error", "ko")  # two partials (6, 8): the larger error
