"""AppTest of the zero_grad, loss, activation and batch lab pages, in English and Korean."""
import math

import numpy as np
import pytest
from conftest import charts, open_page

from engine.i18n import t


def widget(at, kind: str, key: str, lang: str):
    """The widget of this kind whose label is the translation of `key`."""
    label = t(key, lang)
    return next(w for w in getattr(at, kind) if w.label == label)


def metric(at, key: str, lang: str, **params) -> str:
    label = t(key, lang, **params)
    return next(m.value for m in at.metric if m.label == label)


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


@pytest.mark.parametrize("lang", LANGS)
def test_losses_page_outlier_softmax_and_mistakes(lang):
    at = open_page("pages/lab_losses.py", lang)
    widget(at, "slider", "lab_losses.outlier", lang).set_value(12.0).run()
    r = np.array([0.5, -1.0, 1.5, -0.3, 12.0])
    assert not at.exception
    assert next(m.value for m in at.metric if m.label == "MSE") == f"{np.mean(r ** 2):.4g}"
    assert next(m.value for m in at.metric if m.label == "MAE") == f"{np.mean(np.abs(r)):.4g}"

    widget(at, "slider", "lab_losses.p", lang).set_value(0.25).run()
    assert metric(at, "lab_losses.if_one", lang) == f"{-np.log(0.25):.4f}"

    assert metric(at, "lab_losses.ce", lang) == f"{-np.log(0.6 + 1e-7):.4f}"
    widget(at, "radio", "lab_losses.preset", lang).set_value("wrong").run()
    assert metric(at, "lab_losses.mse", lang) == "0.5975"
    assert metric(at, "lab_losses.ce", lang) == f"{-np.log(0.1 + 1e-7):.4f}"
    # editing one probability re-normalises: y[2] = 0.5 makes the sum 1.4
    at.number_input(key="loss_prob_2").set_value(0.5).run()
    assert not at.exception
    y = np.array([0.1, 0.05, 0.5, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]) / 1.4
    assert metric(at, "lab_losses.ce", lang) == f"{-np.log(y[2] + 1e-7):.4f}"
    assert any("1.4" in i.value for i in at.info)

    widget(at, "text_input", "lab_losses.logits", lang).set_value("1, 2, 3").run()
    z = np.array([1.0, 2, 3])
    expected = np.log(np.exp(z).sum()) - z[0]
    assert metric(at, "lab_losses.with_index", lang) == metric(at, "lab_losses.with_onehot", lang) == f"{expected:.6f}"
    assert any("between 0 and 1" in c.value for c in at.code)  # torch's own BCELoss message

    widget(at, "text_input", "lab_losses.logits", lang).set_value("two, three").run()
    assert not at.exception and len(at.error) == 1  # a clear message, and the rest of the page still works
    assert metric(at, "lab_losses.mse", lang) == f"{0.5 * np.sum((y - np.eye(10)[2]) ** 2):.4f}"


@pytest.mark.parametrize("lang", LANGS)
def test_activations_page_slopes_layers_and_temperature(lang, capsys):
    at = open_page("pages/lab_activations.py", lang)
    assert not at.exception
    # sigmoid by hand: σ′(0) = 0.5 · 0.5 = 0.25 is its largest slope; 10 layers leave at best 0.25^10
    assert metric(at, "lab_activations.max_slope", lang) == "0.25"
    assert metric(at, "lab_activations.after_layers", lang, n=10) == f"{0.25 ** 10:.3g}"
    assert f"{0.25 ** 10:.3g}" in at.info[1].value
    widget(at, "slider", "lab_activations.layers", lang).set_value(4).run()
    exec(at.code[0].value, {})  # the code block runs and prints the same two numbers
    top, left = map(float, capsys.readouterr().out.split())
    assert top == pytest.approx(0.25) and left == pytest.approx(0.25 ** 4)
    assert metric(at, "lab_activations.after_layers", lang, n=4) == f"{0.25 ** 4:.3g}"
    widget(at, "selectbox", "lab_activations.function", lang).set_value("tanh").run()
    assert metric(at, "lab_activations.max_slope", lang) == "1"  # 1 − tanh²(0)
    widget(at, "select_slider", "lab_activations.temperature", lang).set_value(100.0).run()
    z = np.array([2.0, 1.0, 0.1, -1.0]) / 100
    assert metric(at, "lab_activations.top", lang) == f"{np.exp(z).max() / np.exp(z).sum():.4f}"
    exec(at.code[1].value, {})  # the softmax code block prints the same top probability
    assert f"{float(capsys.readouterr().out.split()[-1]):.4f}" == metric(at, "lab_activations.top", lang)
    widget(at, "text_input", "lab_activations.logits", lang).set_value("oops").run()
    assert not at.exception and len(at.error) == 1


def test_batches_map_keeps_one_scale_and_draws_sgd_faint():
    at = open_page("pages/lab_batches.py", "ko")
    assert not at.exception
    spec, data = charts(at)[-1]
    domains = [layer["encoding"][axis]["scale"]["domain"] for layer in spec["layer"][:1] for axis in ("x", "y")]
    (x0, x1), (y0, y1) = domains
    assert spec["width"] == spec["height"] and x1 - x0 == pytest.approx(y1 - y0)  # equal data span per pixel
    opacity = spec["layer"][1]["encoding"]["opacity"]["scale"]
    assert opacity["domain"] == [True, False] and opacity["range"][0] < opacity["range"][1]
    epoch_axis = charts(at)[0][0]["encoding"]["x"]["axis"]
    assert epoch_axis["tickMinStep"] == 1
    # the epoch slider replays the race, with a big dot where each path has got to
    at.slider(key="batches_upto").set_value(1).run()
    assert not at.exception
    spec = charts(at)[-1][0]
    heads = next(layer for layer in spec["layer"]
                 if layer["mark"].get("type") == "circle" and layer["mark"].get("size") == 120)
    assert heads["encoding"]["x"]["field"] == "w"
    at.slider(key="batches_epochs").set_value(3).run()  # a shorter race cuts the replay back to its end
    assert at.slider(key="batches_upto").value == 3


def test_losses_code_blocks_run_and_print_the_pages_numbers(capsys):
    at = open_page("pages/lab_losses.py", "ko")
    widget(at, "slider", "lab_losses.outlier", "ko").set_value(12.0).run()
    assert not at.exception
    printed = []
    for block in at.code:
        if "import torch" in block.value:  # (one block shows torch's error message, not code)
            exec(block.value, {})
            printed.append(capsys.readouterr().out.split())
    regression, bce, onehot, sparse, mistakes = printed
    by_label = {m.label: m.value for m in at.metric}
    assert [f"{float(v):.4g}" for v in regression[:2]] == [by_label["MSE"], by_label["MAE"]]
    assert f"{float(bce[0]):.4f}" == metric(at, "lab_losses.if_one", "ko")
    assert f"{float(onehot[1]):.4f}" == metric(at, "lab_losses.ce", "ko")
    assert f"{float(sparse[0]):.6f}" == metric(at, "lab_losses.with_index", "ko") == f"{float(sparse[1]):.6f}"
    assert mistakes[0] == "RuntimeError:"  # BCELoss on raw logits fails, as the page says
    assert f"{float(mistakes[-2]):.6f}" == metric(at, "lab_losses.with_logits", "ko")


def test_batches_code_blocks_run_and_print_the_pages_numbers(capsys):
    at = open_page("pages/lab_batches.py", "ko")
    widget(at, "number_input", "lab_batches.n", "ko").set_value(2001).run()
    widget(at, "slider", "lab_batches.epochs", "ko").set_value(4).run()
    calculator, comparison = (block.value for block in at.code)
    exec(calculator, {})
    assert capsys.readouterr().out.split() == [str(math.ceil(2001 / 200)), str(math.ceil(2001 / 200))]
    exec(comparison, {})
    finals = [float(line.split()[1]) for line in capsys.readouterr().out.splitlines()]
    table = at.dataframe[0].value
    np.testing.assert_allclose(finals, table.iloc[:, 3].astype(float), rtol=1e-4)


@pytest.mark.parametrize("lang", LANGS)
def test_batches_page_calculator_and_comparison(lang):
    at = open_page("pages/lab_batches.py", lang)
    assert metric(at, "lab_batches.per_epoch", lang) == "10"  # seed 002: 2,000 samples, batch 200
    widget(at, "number_input", "lab_batches.n", lang).set_value(2001).run()
    widget(at, "number_input", "lab_batches.e", lang).set_value(3).run()
    assert metric(at, "lab_batches.per_epoch", lang) == str(math.ceil(2001 / 200))
    assert metric(at, "lab_batches.total", lang) == str(3 * math.ceil(2001 / 200))
    assert metric(at, "lab_batches.last", lang) == "1"
    widget(at, "checkbox", "lab_batches.drop_last", lang).check().run()
    assert metric(at, "lab_batches.per_epoch", lang) == str(2001 // 200)

    widget(at, "select_slider", "lab_batches.mini", lang).set_value(5).run()
    widget(at, "slider", "lab_batches.epochs", lang).set_value(3).run()
    assert not at.exception
    table = at.dataframe[0].value
    steps = dict(zip(table[t("lab_batches.col_mode", lang)], table[t("lab_batches.col_steps", lang)]))
    n = 60  # training rows of the rent data
    assert list(steps.values()) == [3, 3 * n, 3 * math.ceil(n / 5)]
