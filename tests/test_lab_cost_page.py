"""The cost lab page (pages/lab_cost.py) in AppTest: sliders and steps change numbers that match numpy."""
import json

import numpy as np
import pytest
from conftest import metric_number as metric, open_page

COST = "pages/lab_cost.py"
LANGS = ["en", "ko"]


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
    # the points lie on y = 2x: least squares is exact, and its rounding noise is shown as a plain 0
    assert at.metric[1].value == "0" and at.metric[2].value == "0"


def test_cost_trail_and_code_follow_the_steps(capsys):
    at = open_page(COST, "ko")
    for _ in range(3):
        at.button[0].click().run()
    # three gradient steps from 13x + 1 by hand, with numpy
    x, y, W, b = np.array([2, 3, 4, 5.0]), np.array([25, 50, 42, 61.0]), 13.0, 1.0
    trail = [(W, b)]
    for _ in range(3):
        r = W * x + b - y
        W, b = W - 0.01 * np.mean(2 * r * x), b - 0.01 * np.mean(2 * r)
        trail.append((W, b))
    np.testing.assert_allclose(at.session_state["cost_trail"], trail, rtol=1e-9)
    # the code block uses these points and this (W, b): it prints the page's MSE and the next step
    exec(at.code[0].value, {})
    cost, step = capsys.readouterr().out.splitlines()
    assert float(cost) == pytest.approx(np.mean((W * x + b - y) ** 2), rel=1e-6)
    r = W * x + b - y
    assert [float(v) for v in step.split()] == pytest.approx([W - 0.01 * np.mean(2 * r * x), b - 0.01 * np.mean(2 * r)],
                                                             rel=1e-6)
    at.slider(key="lab_cost_W").set_value(5.0).run()  # moving a slider ends the trail
    assert not at.exception and at.session_state["cost_trail"] == []


def test_cost_accepts_a_large_learning_rate_and_says_when_a_step_overshoots():
    at = open_page(COST, "ko")
    lr_box = at.number_input(key="lab_cost_lr").proto
    assert not lr_box.has_max or lr_box.max >= 0.1  # the value a learner tries next after 0.01
    at.number_input(key="lab_cost_lr").set_value(0.1).run()
    x, y, W, b = np.array([2, 3, 4, 5.0]), np.array([25, 50, 42, 61.0]), 13.0, 1.0
    costs = [np.mean((W * x + b - y) ** 2)]
    for _ in range(3):
        at.button[0].click().run()
        r = W * x + b - y
        W, b = W - 0.1 * np.mean(2 * r * x), b - 0.1 * np.mean(2 * r)  # numpy: the step at lr 0.1
        costs.append(np.mean((W * x + b - y) ** 2))
    assert not at.exception
    assert at.slider(key="lab_cost_W").value == pytest.approx(W)
    assert at.slider(key="lab_cost_b").value == pytest.approx(b)
    assert costs[-1] > costs[-2]  # numpy: 0.1 is past this bowl's limit, the last step raised the cost
    assert any("커졌습니다" in w.value and f"{costs[-1]:.4g}" in w.value for w in at.warning)
    # the help names the limit: 2 / the largest eigenvalue of the MSE's Hessian 2/n·AᵀA, by numpy
    A = np.column_stack([x, np.ones(4)])
    limit = 2 / np.linalg.eigvalsh(2 / 4 * A.T @ A).max()
    assert f"{limit:.3f}" in at.number_input(key="lab_cost_lr").help
    assert "곱해서 옮깁니다" not in at.number_input(key="lab_cost_lr").help


def test_cost_learning_rate_above_1_is_explained_and_capped():
    at = open_page(COST, "ko")
    at.number_input(key="lab_cost_lr").set_value(2.0).run()
    assert not at.exception
    assert any("2는" in w.value and "최댓값 1" in w.value for w in at.warning)
    at.button[0].click().run()
    # numpy at lr 1 from (13, 1): residuals (2, -10, 11, 5), so b − 1·mean(2r) = 1 − 4 = −3 (lr 2 would give −7)
    x, y = np.array([2, 3, 4, 5.0]), np.array([25, 50, 42, 61.0])
    r = 13 * x + 1 - y
    assert at.slider(key="lab_cost_b").value == pytest.approx(1 - 1.0 * np.mean(2 * r)) == pytest.approx(-3)


def test_cost_map_uses_the_shared_convention_and_labels_point_apart():
    import base64
    import io

    from PIL import Image
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    from engine.datasets import load
    from ui.charts import LOSS_MAP
    at = open_page(COST, "en")
    chart = next(c for c in at.get("vega_lite_chart") if "image" in c.proto.spec)
    spec = json.loads(chart.proto.spec)
    heat = spec["layer"]  # the picture, its legend, the hover cells, then the marks on top
    scale = next(layer["encoding"]["color"]["scale"] for layer in heat if "color" in layer.get("encoding", {}))
    assert scale["scheme"] == LOSS_MAP["scheme"] and scale["reverse"] is True and scale["type"] == "sqrt"
    assert "Darker is lower cost" in " ".join(c.value for c in at.caption)
    # darker = lower in the picture itself, against numpy: brightness follows √MSE at the pixel centres, and the
    # pixel holding the least-squares line is as dark as any
    frame = next(f for f in (convert_arrow_bytes_to_pandas_df(d.data.data) for d in chart.proto.datasets)
                 if "url" in f)
    grey = np.asarray(Image.open(io.BytesIO(base64.b64decode(frame.url[0].split(",", 1)[1]))).convert("L"),
                      dtype=float)[::-1]  # row 0 at the lowest b
    ds = load("study_hours_4")
    x, y = ds.X[:, 0].astype(float), ds.y[:, 0].astype(float)
    n = grey.shape[0]
    Ws = frame.W[0] + (np.arange(n) + 0.5) * (frame.W_end[0] - frame.W[0]) / n
    bs = frame.b[0] + (np.arange(n) + 0.5) * (frame.b_end[0] - frame.b[0]) / n
    mse = ((Ws[None, :, None] * x + bs[:, None, None] - y) ** 2).mean(axis=-1)
    assert np.corrcoef(grey.ravel(), np.sqrt(mse).ravel())[0, 1] > 0.99
    W_best, b_best = np.polyfit(x, y, 1)
    assert grey[np.argmin(abs(bs - b_best)), np.argmin(abs(Ws - W_best))] == grey.min()
    texts = [layer["mark"] for outer in spec["layer"] for layer in outer.get("layer", [])
             if layer["mark"].get("type") == "text"]
    assert {m["align"] for m in texts} == {"left", "right"}  # yours to the right, the optimum to the left
