"""The activations lab page (pages/lab_activations.py) in AppTest, in English and Korean."""
import numpy as np
import pytest
from conftest import charts, metric_value as metric, open_page, widget

from engine.i18n import t

LANGS = ["en", "ko"]


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


@pytest.mark.parametrize("lang", LANGS)
def test_vanishing_caption_is_about_the_selected_function(lang):
    from engine.i18n import t

    at = open_page("pages/lab_activations.py", lang)
    widget(at, "selectbox", "lab_activations.function", lang).set_value("logsigmoid").run()
    widget(at, "slider", "lab_activations.layers", lang).set_value(13).run()
    # log σ(x) = −log(1 + e^−x) in numpy, its slope by central differences on the lab's range [−6, 6]
    x, h = np.linspace(-6, 6, 241), 1e-5
    def f(v):
        return -np.log1p(np.exp(-v))
    top = np.max(np.abs((f(x + h) - f(x - h)) / (2 * h)))
    caption = at.info[1].value
    assert f"{top:.3g}" in caption and f"{top ** 13:.3g}" in caption and top ** 13 > 0.9
    assert t("lab_activations.name.logsigmoid", lang) in caption and "0.25^" not in caption
    assert t("lab_activations.vanishing_kept", lang, name=t("lab_activations.name.logsigmoid", lang)) in caption
    # sigmoid: slope at most 0.25 (numerically too), 13 layers shrink it to 1.49e-08: the vanishing gradient
    widget(at, "selectbox", "lab_activations.function", lang).set_value("sigmoid").run()
    def s(v):
        return 1 / (1 + np.exp(-v))
    top = np.max((s(x + h) - s(x - h)) / (2 * h))
    assert f"{top:.3g}^13 = {top ** 13:.3g}" in at.info[1].value
    assert t("lab_activations.vanishing_small", lang) in at.info[1].value


def test_korean_product_reads_as_a_factor_and_each_function_keeps_its_colour():
    at = open_page("pages/lab_activations.py", "ko")
    widget(at, "selectbox", "lab_activations.function", "ko").set_value("tanh").run()
    # tanh′(0) = 1 - tanh(0)² = 1 by hand: ten layers keep 1^10 = 1 — not "1만" (which reads as 10,000)
    caption = at.info[1].value
    assert "1^10 = 1배" in caption and "만 남" not in caption and "ReLU" not in caption
    assert caption.startswith("역전파") and "Tanh" in caption

    def colours(at):
        specs = [spec for spec, _ in charts(at)]
        scale = specs[0]["encoding"]["color"]["scale"]
        return dict(zip(scale["domain"], scale["range"]))
    tanh_name = t("lab_activations.name.tanh", "ko")
    before = colours(at)[tanh_name]
    widget(at, "selectbox", "lab_activations.function", "ko").set_value("sigmoid").run()
    assert colours(at)[tanh_name] == before
    # tanh and ReLU share the largest slope 1, so their (max f′)ⁿ lines coincide: they differ in dash
    products = [spec for spec, _ in charts(at)][1]
    dashes = dict(zip(products["encoding"]["strokeDash"]["scale"]["domain"],
                      map(tuple, products["encoding"]["strokeDash"]["scale"]["range"])))
    assert dashes[tanh_name] != dashes[t("lab_activations.name.relu", "ko")]
