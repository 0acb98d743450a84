"""The batches lab page (pages/lab_batches.py) in AppTest, in English and Korean."""
import math

import numpy as np
import pytest
from conftest import charts, metric_value as metric, open_page, widget

from engine import datasets
from engine.i18n import t

LANGS = ["en", "ko"]


def test_batches_map_keeps_one_scale_and_draws_sgd_faint():
    at = open_page("pages/lab_batches.py", "ko")
    assert not at.exception
    spec, data = charts(at)[-1]
    domains = [layer["encoding"][axis]["scale"]["domain"] for layer in spec["layer"][:1] for axis in ("x", "y")]
    (x0, x1), (y0, y1) = domains
    assert spec["width"] == spec["height"] and x1 - x0 == pytest.approx(y1 - y0)  # equal data span per pixel
    assert spec["autosize"] == "pad"  # width and height are the plot's own, not shared with the axes and legend
    legend = spec["layer"][-1]["encoding"]["color"]["scale"]
    assert legend["type"] == "log" and legend["scheme"] == "greys"  # the picture's colours, as a legend
    assert legend["reverse"] is True  # darker = lower loss, as on the cost and optimizers maps
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


def test_batches_code_blocks_run_and_print_the_pages_numbers(capsys):
    at = open_page("pages/lab_batches.py", "ko")
    widget(at, "number_input", "lab_batches.n", "ko").set_value(2001).run()
    widget(at, "slider", "lab_batches.epochs", "ko").set_value(4).run()
    calculator, comparison = (block.value for block in at.code)
    exec(calculator, {})
    assert capsys.readouterr().out.split() == [str(math.ceil(2001 / 200)), str(math.ceil(2001 / 200))]
    scope = {}
    exec(comparison, scope)
    finals = [float(line.split()[1]) for line in capsys.readouterr().out.splitlines()]
    table = at.dataframe[0].value
    np.testing.assert_allclose(finals, table.iloc[:, 3].astype(float), rtol=1e-4)
    # The data is the rent file's training rows as written (18, 19 …), not 60 long decimals on one line.
    rent = datasets.load("rent").frame
    train = rent[rent["split"] == "train"]
    assert sorted(scope["area"].tolist()) == sorted(train["area"].astype(float))
    assert sorted(scope["rent"].tolist()) == sorted(train["rent"].astype(float))
    assert max(len(line) for line in comparison.splitlines()) <= 120


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


def test_batches_step_axis_ends_at_the_real_count_and_the_optimum_is_drawn_last():
    at = open_page("pages/lab_batches.py", "ko")
    at.select_slider(key="batches_mini").set_value(2)
    at.slider(key="batches_epochs").set_value(30).run()
    assert not at.exception
    # by hand: SGD (B = 1) on the 60 training rows takes 60 steps an epoch, 30 epochs: 1,800 steps
    step_axis = charts(at)[1][0]["encoding"]["x"]["scale"]
    assert step_axis["domain"] == [1, math.ceil(60 / 1) * 30] and step_axis["nice"] is False
    spec = charts(at)[-1][0]
    marks = [layer.get("mark", {}).get("type") if "layer" not in layer else "cross" for layer in spec["layer"]]
    # the optimum's cross comes after the paths (lines) and their heads, so nothing covers it
    assert marks.index("cross") > marks.index("line") and marks.index("cross") > marks.index("circle")
    widths = spec["layer"][1]["encoding"]["strokeWidth"]["scale"]["range"]
    assert max(widths) <= 1.5


@pytest.mark.parametrize("lang", LANGS)
def test_batches_conclusion_names_the_lowest_final_loss_and_each_modes_updates(lang):
    at = open_page("pages/lab_batches.py", lang)
    for lr in (0.1, 0.01):  # mini-batch wins at 0.1 (SGD's many steps are noisy), SGD at 0.01 (batch GD too few)
        at.select_slider(key="batches_lr").set_value(lr).run()
        assert not at.exception
        table = at.dataframe[0].value
        modes, steps, finals = table.iloc[:, 0].tolist(), table.iloc[:, 2].astype(int), table.iloc[:, 3].astype(float)
        winner, busiest = int(np.argmin(finals)), int(np.argmax(steps))
        assert steps.tolist() == [math.ceil(60 / b) * 10 for b in (60, 1, 10)]  # 60 rent rows, 10 epochs, by hand
        sentence = at.info[0].value
        assert sentence.startswith(t("lab_batches.verdict", lang, epochs=10, winner=modes[winner],
                                     loss=f"{finals[winner]:.4f}",
                                     steps=", ".join(f"{m} {s:,}" for m, s in zip(modes, steps))))
        reason = (t("lab_batches.verdict_most_steps", lang) if winner == busiest else
                  t("lab_batches.verdict_noisy", lang, busiest=modes[busiest], loss=f"{finals[busiest]:.4f}"))
        assert sentence.endswith(reason)
        assert (winner == busiest) == (lr == 0.01)
