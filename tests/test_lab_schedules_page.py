"""The schedules lab page (pages/lab_schedules.py) in AppTest (en and ko), checked against closed forms."""
import numpy as np
import pytest
from conftest import charts, open_page

from engine.config import TrainConfig
from engine.datasets import load
from engine.i18n import t
from engine.train import fit


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


def _trained_exponential(lang: str, gamma: float):
    """The lab with ExponentialLR(gamma) against the constant rate, 12 epochs, trained."""
    at = open_page("pages/lab_schedules.py", lang)
    assert not at.exception
    at.multiselect(key="sched_pick").set_value(["exponential"])
    at.slider(key="sched_epochs").set_value(12).run()
    at.slider(key="sched_exponential_gamma").set_value(gamma).run()
    at.button[0].click().run()
    assert not at.exception
    return at


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_schedules_train_run_follows_the_closed_form(lang):
    at = _trained_exponential(lang, gamma=0.8)
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
    # both rate charts tall enough for a plot under their legend and axes (Streamlit's height holds all three),
    # with few ticks so 0.01 and 0 never overprint
    for spec in (charts(at)[0][0], lr_spec):
        assert spec["height"] >= 200
        assert spec["encoding"]["y"]["axis"]["tickCount"] <= 5 and spec["encoding"]["y"]["axis"]["labelOverlap"]


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


def test_train_both_uses_exactly_the_widgets_values_as_torch_schedules_them():
    import torch

    at = open_page("pages/lab_schedules.py", "ko")
    at.select_slider(key="sched_lr").set_value(0.03).run()
    at.slider(key="sched_epochs").set_value(40).run()
    at.slider(key="sched_step_size").set_value(28).run()
    at.button[0].click().run()
    assert not at.exception and not at.warning
    # torch's own StepLR for the same values, stepped once per epoch
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.03)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=28, gamma=0.5)
    expected = []
    for _ in range(40):
        expected.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    result = at.session_state["lab_schedules"]
    np.testing.assert_allclose([record["lr"] for record in result["scheduled"]], expected, rtol=1e-9)
    assert [record["lr"] for record in result["constant"]] == [0.03] * 40
    assert any("0.03" in caption.value and "step_size=28" in caption.value for caption in at.caption)
    # after a change the old curves are not shown as if they belonged to the new settings
    at.select_slider(key="sched_lr").set_value(0.01).run()
    assert len(at.warning) == 1 and len(charts(at)) == 1


def test_the_compared_schedule_is_kept_after_another_page():
    at = open_page("pages/lab_schedules.py")
    at.selectbox(key="sched_which").set_value("cosine").run()
    at.switch_page("pages/lab_cost.py")
    at.run()
    at.switch_page("pages/lab_schedules.py")
    at.run()
    assert at.selectbox(key="sched_which").value == "cosine"


def test_cosine_says_why_it_rises_only_when_t_max_is_shorter_than_the_run():
    import math

    at = open_page("pages/lab_schedules.py", "ko")
    periodic = t("lab_schedules.cosine_periodic", "ko", low=21, back=41).split(".")[0]
    assert not any(periodic[:10] in caption.value for caption in at.caption)  # T_max = all 60 epochs
    at.slider(key="sched_cosine_tmax").set_value(20).run()
    assert any(caption.value == t("lab_schedules.cosine_periodic", "ko", low=21, back=41) for caption in at.caption)
    # what the sentence claims about the chart (1-based epochs), in closed form: lowest (η_min = 0) at epoch 21,
    # back at the starting rate at epoch 41
    chart = charts(at)[0][1]
    cosine = chart[chart["series"] == t("lab_schedules.name_cosine", "ko")].set_index("epoch")["lr"]
    closed = {e: 0.01 * (1 + math.cos(math.pi * (e - 1) / 20)) / 2 for e in (21, 41)}
    assert cosine[21] == pytest.approx(closed[21], abs=1e-12) and closed[21] == pytest.approx(0, abs=1e-12)
    assert cosine[41] == pytest.approx(closed[41]) == pytest.approx(0.01)
    assert cosine.idxmin() == 21 and cosine[31] > cosine[21]


def test_schedules_formulas_count_epochs_as_the_chart_does_and_six_sit_in_rows():
    from engine.config import SCHEDULERS
    at = open_page("pages/lab_schedules.py", "ko")
    at.multiselect(key="sched_pick").set_value(list(SCHEDULERS)).run()
    assert not at.exception
    spec, rates = charts(at)[0]
    # StepLR (step_size 20, γ 0.5) by the caption's formula lr·γ^⌊(epoch − 1)/20⌋, epochs 1…60 as on the chart
    step = rates[rates["series"] == t("lab_schedules.name_step", "ko")]
    epochs = step["epoch"].to_numpy()
    np.testing.assert_allclose(step["lr"].to_numpy(), 0.01 * 0.5 ** ((epochs - 1) // 20), rtol=1e-6)
    assert epochs[np.argmax(step["lr"].to_numpy() < 0.01)] == 21  # first drop: epoch step_size + 1
    assert "⌊(epoch − 1) / step_size⌋" in t("lab_schedules.rule_step", "ko")
    # cosine by its caption's formula, T_max = the run (60 epochs)
    cosine = rates[rates["series"] == t("lab_schedules.name_cosine", "ko")]
    e = cosine["epoch"].to_numpy()
    np.testing.assert_allclose(cosine["lr"].to_numpy(), 0.01 * (1 + np.cos(np.pi * (e - 1) / 60)) / 2, atol=1e-9)
    # six schedules: two rows of three, and every line has its own dash as well as its colour
    dash = spec["encoding"]["strokeDash"]["scale"]
    assert len({tuple(d) for d in dash["range"]}) == len(SCHEDULERS) == 6
    rows = [len(block.children) for block in at.main.children.values() if type(block).__name__ == "Block"]
    assert rows[1:3] == [3, 3] and max(rows) == 3  # after the top row, the notes: two rows of three columns
    # the picker has the page's whole width, not a column of it (half a page cut the six names off)
    assert any(getattr(element, "key", None) == "sched_pick" for element in at.main.children.values())


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_schedules_conclusion_names_the_lower_final_loss_and_the_steadier_end(lang):
    at = _trained_exponential(lang, gamma=0.5)
    result = at.session_state["lab_schedules"]
    curves = {run: np.array([record["val_loss"] for record in result[run]]) for run in ("constant", "scheduled")}
    names = {"constant": t("lab_schedules.name_constant", lang), "scheduled": t("lab_schedules.name_exponential", lang)}
    lower = min(curves, key=lambda run: curves[run][-1])  # by hand, from the two runs the page trained
    higher = ({"constant", "scheduled"} - {lower}).pop()
    gap = curves[higher][-1] - curves[lower][-1]
    spread = {run: np.std(curve[-10:]) for run, curve in curves.items()}
    steadier = min(spread, key=spread.get)
    shakier = ({"constant", "scheduled"} - {steadier}).pop()
    sentence = at.info[0].value
    assert sentence == " ".join([
        t("lab_schedules.verdict_lower", lang, lower=names[lower], higher=names[higher],
          low=f"{curves[lower][-1]:.5f}", high=f"{curves[higher][-1]:.5f}", gap=f"{gap:.3g}",
          share=f"{gap / curves[higher][-1]:.0%}"),
        t("lab_schedules.verdict_steadier", lang, steadier=names[steadier], shakier=names[shakier],
          low=f"{spread[steadier]:.3g}", high=f"{spread[shakier]:.3g}")])
    # the wobble cards show a spread that is far below 0.00001 as a number, not as 0.00000
    for card in at.metric[1::2]:
        assert float(card.value) > 0 and card.value != "0.00000"
