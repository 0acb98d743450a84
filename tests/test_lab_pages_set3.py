"""Lab pages XOR, schedules, overfitting and anatomy in AppTest (en and ko), checked against independent numbers."""
import re

import numpy as np
import pytest
from conftest import charts, open_page
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from engine.config import TrainConfig
from engine.datasets import load
from engine.i18n import t
from engine.labs.overfitting import interleaved_split, noisy_sine
from engine.labs.xor import xor_config
from engine.train import Training, fit

XOR = load("xor")


def metric(at, label_part):
    return next(m.value for m in at.metric if label_part in m.label)


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
    # one legend: only the big chart keeps it, the four snapshots switch theirs off
    assert sum(spec.get("config", {}).get("legend", {}).get("disable", False) for spec, _ in drawn) == 4
    # hidden-space labels of points landing on one spot are stacked, not printed over each other
    labels = next(layer for layer in drawn[-1][0]["layer"] if layer.get("mark", {}).get("type") == "text")
    assert labels["encoding"]["yOffset"]["field"] == "dy"


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


def test_schedules_lab_draws_every_schedule_in_the_table_from_its_own_defaults():
    from engine.config import SCHEDULERS
    from engine.optimizer_setup import lr_curve

    at = open_page("pages/lab_schedules.py")
    at.multiselect(key="sched_pick").set_value(list(SCHEDULERS))
    at.slider(key="sched_epochs").set_value(30).run()
    assert not at.exception
    # the warm-up lab default (10 epochs) reaches the full rate at epoch 10, as a real LambdaLR does
    assert at.slider(key="sched_warmup_warm").value == 10
    curve = lr_curve(TrainConfig(lr=0.01, epochs=30, scheduler="warmup", scheduler_params={"warmup_epochs": 10}))
    np.testing.assert_allclose(curve[:10], 0.01 * np.arange(1, 11) / 10, rtol=1e-6)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_schedules_train_run_follows_the_closed_form(lang):
    at = open_page("pages/lab_schedules.py", lang)
    assert not at.exception
    at.multiselect(key="sched_pick").set_value(["exponential"])
    at.slider(key="sched_epochs").set_value(12).run()
    at.slider(key="sched_exponential_gamma").set_value(0.8).run()
    at.button[0].click().run()
    assert not at.exception
    result = at.session_state["lab_schedules"]
    rates = [record["lr"] for record in result["scheduled"]]
    np.testing.assert_allclose(rates, 0.01 * 0.8 ** np.arange(12), rtol=1e-5)
    assert [record["lr"] for record in result["constant"]] == [0.01] * 12
    losses = [record["val_loss"] for record in result["scheduled"]]
    # the final test loss by hand: the same run's held-out MSE in numpy, on the min-max scaled target
    houses = load("house_prices")
    run = fit(TrainConfig(hidden=[50, 30], optimizer="adam", lr=0.01, epochs=12, batch_size=16, scaling="standard",
                          scale_target=True, test_size=0.5, seed=1, scheduler="exponential",
                          scheduler_params={"gamma": 0.8}), houses)
    y_train, test = houses.y[run.data.train_idx].ravel(), run.data.test_idx
    mse = np.mean(((run.predict(houses.X[test]) - houses.y[test].ravel()) / np.ptp(y_train)) ** 2)
    assert float(at.metric[2].value) == pytest.approx(mse, abs=1e-5)
    assert float(at.metric[3].value) == pytest.approx(np.std(losses[-10:]), abs=6e-6)
    # changing a setting afterwards marks the comparison as stale
    at.slider(key="sched_exponential_gamma").set_value(0.9).run()
    assert len(at.warning) == 1


def test_schedules_draw_steps_on_a_linear_axis_and_the_lr_under_the_losses():
    at = open_page("pages/lab_schedules.py", "ko")
    assert not at.exception
    spec, data = charts(at)[0]
    assert spec["mark"]["interpolate"] == "step-after" and spec["encoding"]["y"]["scale"].get("type") != "log"
    step = data[data["series"] == t("lab_schedules.name_step", "ko")]
    # StepLR by hand: lr 0.01 halved after every 20 epochs, 60 epochs
    np.testing.assert_allclose(step["lr"], 0.01 * 0.5 ** ((step["epoch"] - 1) // 20))
    # the code block builds the chosen schedule (StepLR is "which" by default) and prints the same rates
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(at.code[0].value, {})
    printed = np.array([float(line.split()[1]) for line in out.getvalue().splitlines()])
    np.testing.assert_allclose(printed, step["lr"].to_numpy(), rtol=1e-9)
    at.toggle(key="sched_log_lr").set_value(True).run()
    assert charts(at)[0][0]["encoding"]["y"]["scale"]["type"] == "log"
    at.slider(key="sched_epochs").set_value(10).run()
    at.button[0].click().run()
    (_, losses), (lr_spec, used) = charts(at)[1:]
    assert set(losses["series"]) == set(used["series"]) and lr_spec["mark"]["interpolate"] == "step-after"
    constant = used[used["series"] == t("lab_schedules.name_constant", "ko")]
    assert constant["lr"].tolist() == [0.01] * 10


def test_schedules_come_back_as_the_learner_left_them():
    at = open_page("pages/lab_schedules.py")
    at.multiselect(key="sched_pick").set_value(["exponential"])
    at.slider(key="sched_epochs").set_value(12).run()
    at.slider(key="sched_exponential_gamma").set_value(0.8).run()
    at.button[0].click().run()
    assert not at.warning
    at.switch_page("pages/lab_cost.py")
    at.run()
    assert "sched_epochs" not in at.session_state  # Streamlit itself forgets widgets a run does not draw
    at.switch_page("pages/lab_schedules.py")
    at.run()
    assert not at.exception and not at.warning  # the kept comparison still matches the settings shown
    assert at.multiselect(key="sched_pick").value == ["exponential"]
    assert (at.slider(key="sched_epochs").value, at.slider(key="sched_exponential_gamma").value) == (12, 0.8)
    at.slider(key="sched_exponential_gamma").set_value(0.9).run()  # and a real change is still noticed
    assert len(at.warning) == 1


def test_schedules_bad_milestones_warn_and_keep_working():
    at = open_page("pages/lab_schedules.py", "ko")
    at.multiselect(key="sched_pick").set_value(["multistep"]).run()
    at.text_input(key="sched_multistep_milestones").set_value("ten, 20").run()
    assert not at.exception
    assert "마일스톤" in at.warning[0].value
    at.multiselect(key="sched_pick").set_value([]).run()
    assert not at.exception and at.info


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_overfitting_table_matches_a_numpy_mse_and_cv_summary(lang):
    at = open_page("pages/lab_overfitting.py", lang)
    assert not at.exception
    at.select_slider[0].set_value(16)
    at.slider[0].set_value(1)
    at.select_slider[2].set_value(100)
    at.button[0].click().run()
    assert not at.exception
    ds = noisy_sine()
    train_idx, test = interleaved_split(len(ds))
    cfg = TrainConfig(hidden=[16], optimizer="adam", lr=0.01, epochs=100, test_size=0.5, seed=1)
    run = fit(cfg, ds, train_idx, test)
    mse = np.mean((run.predict(ds.X[test]) - ds.y[test].ravel()) ** 2)
    table = at.dataframe[0].value
    assert table.iloc[-1, 4] == pytest.approx(mse, rel=1e-4)
    assert len(at.error) + len(at.warning) + len(at.success) == 1  # exactly one verdict
    # the verdict names the noise level: sin(x)'s own test MSE, by numpy
    noise = np.mean((ds.y.ravel()[test].astype(float) - np.sin(ds.X.ravel()[test].astype(float))) ** 2)
    assert f"{noise:.4f}" in (at.error or at.warning or at.success)[0].value
    at.button[2].click().run()
    assert not at.exception
    # the same five folds by hand: sklearn's KFold over the 20 training rows, one fit per fold, RMSE by numpy
    scores = []
    for tr, va in KFold(5, shuffle=True, random_state=1).split(train_idx):
        training = Training(cfg, ds, train_idx[tr], train_idx[va])
        for _ in training:
            pass
        rows = train_idx[va]
        scores.append(np.sqrt(np.mean((training.run.predict(ds.X[rows]) - ds.y[rows].ravel()) ** 2)))
    numbers = [float(v) for v in re.findall(r"\d+\.\d+", at.info[-1].value)]
    expected = [np.mean(scores), np.std(scores), min(scores), max(scores)]
    assert numbers[:4] == pytest.approx(expected, abs=1.5e-3)  # the page rounds to 3 decimals


def test_overfitting_capacity_sweep_matches_independent_fits():
    at = open_page("pages/lab_overfitting.py", "ko")
    at.slider[0].set_value(1)
    at.select_slider[2].set_value(100)
    at.button[0].click().run()  # the form's Train button commits the settings the sweep uses
    at.button[1].click().run(timeout=180)  # the sweep: 9 widths, 1 layer, 100 epochs
    assert not at.exception
    rows = at.session_state["lab_overfitting_sweep"][1]
    assert [r["units"] for r in rows] == [1, 2, 4, 8, 16, 32, 64, 128, 256]
    ds = noisy_sine()
    train, test = interleaved_split(len(ds))
    for row in (rows[0], rows[-1]):
        run = fit(TrainConfig(hidden=[row["units"]], optimizer="adam", lr=0.01, epochs=100, seed=1), ds, train, test)
        assert row["test"] == pytest.approx(np.mean((run.predict(ds.X[test]) - ds.y[test].ravel()) ** 2), rel=1e-4)
        # the history's train loss is measured during the last epoch, one update before the final weights
        assert row["train"] == pytest.approx(np.mean((run.predict(ds.X[train]) - ds.y[train].ravel()) ** 2), rel=3e-2)
    best = min(rows, key=lambda r: r["test"])
    assert f"{best['test']:.4f}" in at.info[0].value


def test_overfitting_code_trains_the_same_network(capsys):
    at = open_page("pages/lab_overfitting.py", "ko")
    at.select_slider[0].set_value(8)
    at.slider[1].set_value(0.2)
    at.select_slider[1].set_value(1e-3)
    at.select_slider[2].set_value(100)
    at.button[0].click().run()
    exec(at.code[0].value, {})
    printed = float(capsys.readouterr().out)
    # same data, split, seed, dropout masks and weight decay: the page's final test loss
    assert printed == pytest.approx(float(at.dataframe[0].value.iloc[-1, 4]), rel=1e-4)


def test_dropout_table_train_mode_scales_and_eval_mode_is_identity():
    at = open_page("pages/lab_overfitting.py")
    at.slider(key="overfit_dropout_p").set_value(0.25).run()
    assert not at.exception
    table = at.dataframe[-1].value.to_numpy(dtype=float)
    x, passes, evaluation = table[0], table[1:6], table[6]
    kept = passes != 0
    np.testing.assert_allclose(passes[kept], np.broadcast_to(x / 0.75, passes.shape)[kept], rtol=1e-6)
    np.testing.assert_array_equal(evaluation, x)
    assert f"{(~kept).sum()} " in at.caption[-1].value


def test_big_net_on_the_page_is_called_overfitting_in_korean():
    at = open_page("pages/lab_overfitting.py", "ko")
    at.button[0].click().run()  # defaults: 2 × 128 units, no dropout, 600 epochs
    assert not at.exception
    assert "과적합" in at.error[0].value


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_anatomy_counts_2261_for_the_tutorial_net(lang):
    at = open_page("pages/lab_anatomy.py", lang)
    assert not at.exception
    assert metric(at, "") == f"{13 * 50 + 50 + 50 * 30 + 30 + 30 + 1:,}" == "2,261"
    names = at.dataframe[0].value.iloc[:, 0].tolist()
    assert names == ["0.weight", "0.bias", "3.weight", "3.bias", "6.weight", "6.bias"]
    assert "700 + 1,530 + 31 = 2,261" in [c.value for c in at.caption]
    assert "Dropout(p=0.5" in at.code[0].value


def test_anatomy_layers_change_here_and_the_code_builds_the_same_model(capsys):
    at = open_page("pages/lab_anatomy.py", "ko")
    at.text_input(key="anatomy_hidden").set_value("8, 4")
    at.selectbox(key="anatomy_activation").set_value("tanh").run()
    assert not at.exception
    by_hand = 13 * 8 + 8 + 8 * 4 + 4 + 4 * 1 + 1
    assert at.metric[0].value == f"{by_hand:,}" and "Tanh()" in at.code[0].value
    exec(at.code[-1].value, {})  # the code block builds the same network and prints its parameter count
    assert capsys.readouterr().out.splitlines()[-1] == str(by_hand)
    # a linear model has no activation to name
    at.text_input(key="anatomy_hidden").set_value("").run()
    assert at.metric[0].value == "14" and "relu" not in at.markdown[0].value + at.markdown[1].value
    assert t("lab_anatomy.linear", "ko", layers="13 → 1") in [m.value for m in at.markdown]
    at.text_input(key="anatomy_hidden").set_value("ten").run()
    assert not at.exception and len(at.warning) == 1


def test_anatomy_toggle_uses_my_config_and_dataset(xor):
    at = open_page("pages/lab_anatomy.py", "ko", state={"dataset": xor, "config": TrainConfig(hidden=[8, 3])})
    at.toggle(key="anatomy_mine").set_value(True).run()
    assert not at.exception
    assert at.metric[0].value == str(2 * 8 + 8 + 8 * 3 + 3 + 3 * 1 + 1)
    at = open_page("pages/lab_anatomy.py", state={"config": TrainConfig(hidden=[4])})
    at.toggle(key="anatomy_mine").set_value(True).run()
    assert not at.exception and at.info
    assert at.metric[0].value == str(13 * 4 + 4 + 4 + 1)
