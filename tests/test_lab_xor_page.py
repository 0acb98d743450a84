"""The XOR lab page (pages/lab_xor.py) in AppTest (en and ko), checked against independent fits."""
import numpy as np
import pytest
from conftest import charts, open_page
from sklearn.linear_model import LogisticRegression

from engine.datasets import load
from engine.i18n import t
from engine.labs.xor import xor_config
from engine.train import fit

XOR = load("xor")


def numpy_accuracy(model, X, y):
    """Single linear layer → sign of the logit, in numpy."""
    w, b = (p.detach().numpy() for p in model.parameters())
    return float(np.mean(((X @ w.T + b).ravel() > 0) == (y == 1)))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_xor_single_layer_is_stuck_and_a_hidden_layer_solves_it(lang):
    at = open_page("pages/lab_xor.py", lang)
    assert not at.exception
    at.selectbox(key="xor_lin_opt").set_value("sgd")
    at.select_slider(key="xor_lin_lr").set_value(0.5).run()
    assert not at.exception
    # trained to the end, one layer answers p = 0.5 at every point (as sklearn's unpenalised logistic regression
    # does): the page says "undecided" instead of an accuracy that only reflects how 0.5 rounded
    best = LogisticRegression(C=np.inf).fit(XOR.X, XOR.y).predict_proba(XOR.X)[:, 1]
    np.testing.assert_allclose(best, 0.5, atol=1e-3)
    run = fit(xor_config([], optimizer="sgd", lr=0.5, epochs=300, seed=0), XOR)
    np.testing.assert_allclose(run.predict_proba(XOR.X)[:, 1], best, atol=0.05)
    assert at.metric[0].value == t("lab_xor.undecided", lang)
    assert "ln 2" in at.warning[0].value and "p = 0.5" in at.warning[0].value
    # part-way there (sgd lr 0.05) the model has leaned a little: an accuracy, with the same explanation
    at.select_slider(key="xor_lin_lr").set_value(0.05).run()
    run = fit(xor_config([], optimizer="sgd", lr=0.05, epochs=300, seed=0), XOR)
    shown = float(at.metric[0].value.rstrip("%")) / 100
    assert shown == numpy_accuracy(run.model, XOR.X, XOR.y) <= 0.75
    assert "p = 0.5" in at.warning[0].value
    at.slider(key="xor_units").set_value(2)
    at.button[0].click().run()
    assert not at.exception
    assert at.metric[2].value == "100%"
    result = at.session_state["lab_xor"]
    assert result["cfg"].hidden == [2] and result["hidden"].shape == (4, 2)
    assert len(result["snapshots"]) == 4 and max(result["snapshots"]) == 300
    assert len(at.success) == 1
    drawn = charts(at)
    # one legend: only the big chart keeps it; the four snapshots are one chart (one view for the browser to
    # build) with its legends off, each panel titled with its epoch
    snapshots = [spec for spec, _ in drawn if "hconcat" in spec]
    assert len(snapshots) == 1 and snapshots[0]["config"]["legend"]["disable"]
    assert [panel["title"] for panel in snapshots[0]["hconcat"]] == [
        t("lab_xor.snapshot_epoch", lang, epoch=epoch) for epoch in (1, 30, 100, 300)]
    # hidden-space: one label per spot, so points landing together are named together, never printed over each other
    labels = layer_data(at, -1, "text")
    named = [name + ")" for text in labels["point"] for name in text.rstrip(")").split(") ")]
    assert sorted(named) == sorted(f"({a}, {b})" for a, b in XOR.X.astype(int))  # each input named exactly once
    near = 0.06 * (result["span"][1] - result["span"][0])
    places = labels[["h1", "h2"]].to_numpy()
    assert all(np.hypot(*(p - q)) >= near for i, p in enumerate(places) for q in places[i + 1:])
    # the two classes in contrasting colours, the same in both languages
    dots = next(layer for layer in drawn[-1][0]["layer"] if layer["mark"]["type"] == "point")
    assert dots["encoding"]["color"]["scale"]["range"] == ["#2166ac", "#d6604d"]
    # solved with 2 tanh units: the hidden points are separable and the caption says the output line splits them
    assert t("lab_xor.hidden_split", lang) in [c.value for c in at.caption][-1]


def test_xor_single_layer_caption_says_colourless_only_when_undecided():
    at = open_page("pages/lab_xor.py", "ko")
    at.select_slider(key="xor_lin_lr").set_value(0.001)
    at.number_input(key="xor_lin_seed").set_value(3).run()
    # the learner's case: lr 0.001, seed 3 has not settled; numpy: the largest |p − 0.5| over the four points
    run = fit(xor_config([], optimizer="adam", lr=0.001, epochs=300, seed=3), XOR)
    w, b = (p.detach().numpy().astype(float) for p in run.model.parameters())
    p = 1 / (1 + np.exp(-(XOR.X @ w.T + b).ravel()))
    assert np.abs(p - 0.5).max() > 0.05
    text = at.warning[0].value
    assert "색이 없" not in text and "아직" in text and "적어도" not in text
    at.selectbox(key="xor_lin_opt").set_value("sgd")
    at.select_slider(key="xor_lin_lr").set_value(0.5)
    at.number_input(key="xor_lin_seed").set_value(0).run()
    text = at.warning[0].value
    assert "색이 없" in text and "적어도" not in text and "아직" not in text

def layer_data(at, index: int, mark: str):
    """The data of the `mark` layer of the index-th chart (each layer has its own named dataset)."""
    import json

    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
    proto = at.get("vega_lite_chart")[index].proto
    layer = next(lay for lay in json.loads(proto.spec)["layer"] if lay["mark"]["type"] == mark)
    name = layer["data"]["name"]
    return convert_arrow_bytes_to_pandas_df(next(d for d in proto.datasets if d.name == name).data.data)


def test_xor_dead_relu_units_are_not_called_separable():
    """The learner's case: 2 ReLU units, 2000 epochs, seed 0 — every point lands on one spot (dead units)."""
    at = open_page("pages/lab_xor.py", "ko")
    at.slider(key="xor_units").set_value(2)
    at.selectbox(key="xor_act").set_value("relu")
    at.select_slider(key="xor_mlp_epochs").set_value(2000)
    at.button[0].click().run()
    assert not at.exception
    # numpy: the hidden layer ReLU(X W1ᵀ + b1) of the trained run, as the page does
    run = fit(xor_config([2], activation="relu", epochs=2000), XOR)
    w1, b1 = (p.detach().numpy().astype(float) for p in list(run.model.parameters())[:2])
    hidden = np.maximum(XOR.X @ w1.T + b1, 0)
    np.testing.assert_allclose(at.session_state["lab_xor"]["hidden"], hidden, atol=1e-5)
    assert np.ptp(hidden, axis=0).max() == 0  # both units are dead: all four points on one spot
    caption = [c.value for c in at.caption][-1]
    assert "한 자리 (0.00, 0.00)" in caption and "나눌 수 있" not in caption
    assert layer_data(at, -1, "text")["point"].tolist() == ["(0, 0) (0, 1) (1, 0) (1, 1)"]


def test_xor_code_trains_the_network_set_above(capsys):
    at = open_page("pages/lab_xor.py", "ko")
    at.slider(key="xor_units").set_value(3)
    at.number_input(key="xor_mlp_seed").set_value(2).run()
    exec(at.code[0].value, {})
    printed = eval(capsys.readouterr().out.strip())
    # the same network trained by the engine (seed 2, 3 tanh units, Adam 0.05, 300 epochs) predicts the same
    run = fit(xor_config([3], seed=2), XOR)
    assert printed == run.predict(XOR.X).tolist()


def test_xor_more_units_hide_the_two_unit_view():
    at = open_page("pages/lab_xor.py")
    at.slider(key="xor_units").set_value(8)
    at.button[0].click().run()
    assert not at.exception and at.session_state["lab_xor"]["hidden"] is None
    assert t("lab_xor.hidden_need_two", "en") in [i.value for i in at.info]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_xor_identity_activation_says_no_setting_can_help(lang):
    at = open_page("pages/lab_xor.py", lang)
    at.selectbox(key="xor_act").set_value("identity")
    at.slider(key="xor_units").set_value(8)
    at.button[0].click().run()
    assert not at.exception
    result = at.session_state["lab_xor"]
    assert result["accuracy"] < 1
    # like the single layer, the linear network ends at p ≈ 0.5 on all four points (a numpy forward pass of the
    # same fit): both parts then say "undecided", never a percentage that only shows how 0.5 rounded
    run = fit(xor_config([8], activation="identity"), XOR)
    w1, b1, w2, b2 = (p.detach().numpy().astype(np.float64) for p in run.model.parameters())
    p = 1 / (1 + np.exp(-((XOR.X @ w1.T + b1) @ w2.T + b2).ravel()))
    assert np.abs(p - 0.5).max() < 0.05
    undecided = t("lab_xor.undecided", lang)
    assert [m.value for m in at.metric][-1] == undecided
    warnings = [w.value for w in at.warning]
    assert t("lab_xor.not_solved_linear", lang, accuracy=undecided) in warnings
    assert not any(f"{result['accuracy']:.0%}" in w for w in warnings[1:])
    # why: the trained network's logit is a plane in (x1, x2) (least squares in numpy fits it exactly), and a
    # plane's sign cannot match XOR on the four corners
    grid = result["grid"]
    p = grid["p1"].clip(1e-12, 1 - 1e-12).to_numpy()
    design = np.column_stack([grid["x1"], grid["x2"], np.ones(len(grid))])
    coef, *_ = np.linalg.lstsq(design, np.log(p / (1 - p)), rcond=None)
    assert np.abs(design @ coef - np.log(p / (1 - p))).max() < 1e-3
    # one tanh unit (75 %, a bend too few) keeps the advice about seeds, epochs and units
    at.selectbox(key="xor_act").set_value("tanh")
    at.slider(key="xor_units").set_value(1)
    at.button[0].click().run()
    assert t("lab_xor.not_solved", lang, accuracy="75%") in [w.value for w in at.warning]
    assert [m.value for m in at.metric][-1] == "75%"
