"""Train page in AppTest: settings into one TrainConfig, a short run kept with its history, Stop, divergence."""
import math

import numpy as np
import pytest
import torch

from conftest import open_page, rerun_while
from engine import datasets
from engine.config import TrainConfig
from engine.i18n import t
from engine.train import train
from engine.worker import BackgroundTraining
from ui.live import PENDING, Job

TRAIN = {"en": "Train", "ko": "학습 시작"}


def _button(at, label):
    return next(b for b in at.button if b.label == label)


def train_and_wait(at, label="Train", timeout=60):
    """Press Train, then rerun (as the page's fragment does) until the background run has been kept."""
    _button(at, label).click().run()
    return rerun_while(at, PENDING, timeout)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_trains_a_short_run_and_keeps_it(study_hours, lang):
    at = open_page("pages/train.py", lang, state={"dataset": study_hours, "config": TrainConfig(lr=0.05)})
    epochs = next(n for n in at.number_input if n.key == "train_page_epochs")
    epochs.set_value(7).run()
    assert at.session_state["config"].epochs == 7
    train_and_wait(at, TRAIN[lang])
    assert not at.exception
    runs = at.session_state["runs"]
    assert len(runs) == 1 and runs[0]["live"] is True and runs[0]["dataset"] == study_hours.name
    run = runs[0]["run"]
    assert run.stopped is None and len(run.history) == 7 and run.train_metrics
    assert PENDING not in at.session_state
    at.run()  # an ordinary rerun shows the result and never retrains
    assert len(at.session_state["runs"]) == 1 and not at.exception


def test_settings_flow_into_the_config_and_the_step_count(linear3):
    at = open_page("pages/train.py", state={"dataset": linear3, "config": TrainConfig(epochs=4, test_size=0.25)})
    at.selectbox(key="train_page_optimizer").set_value("adam").run()
    at.selectbox(key="train_page_loss").set_value("huber").run()
    at.radio(key="train_page_batch_mode").set_value("mini").run()
    at.number_input(key="train_page_batch_size").set_value(16).run()
    at.selectbox(key="train_page_scheduler").set_value("step").run()
    assert not at.exception
    cfg = at.session_state["config"]
    assert (cfg.optimizer, cfg.loss, cfg.batch_size, cfg.scheduler) == ("adam", "huber", 16, "step")
    n_train = 120 - 30  # a quarter of 120 rows held out
    steps = next(i.value for i in at.info if "Iterations per epoch" in i.value)
    assert f"{n_train} training rows / batch 16⌉ = **{math.ceil(n_train / 16)}**" in steps
    assert f"**{math.ceil(n_train / 16) * 4} steps**" in steps
    assert len(at.get("vega_lite_chart")) == 1  # the learning-rate schedule


def test_stop_keeps_an_interrupted_run_and_never_retrains(xor):
    config = TrainConfig(hidden=[4], lr=0.1, epochs=50_000, test_size=0.0)
    work = BackgroundTraining(train(config, xor), xor, live=True)
    work.stop()  # what the Stop button does; the child then ends after its current step
    assert work.wait(30) and work.error is None
    job = Job(work, xor.name, "run 1", True, 0.0)
    at = open_page("pages/train.py", state={"dataset": xor, "config": config, PENDING: job})
    assert not at.exception
    runs = at.session_state["runs"]
    assert len(runs) == 1
    run = runs[0]["run"]
    assert run.stopped == ("train.stopped_by_learner", {})
    assert len(run.history) < 50_000 and run.steps < 4 * 50_000
    # scored with the weights it stopped with: the accuracy the kept model really has on the four points
    assert run.train_metrics["accuracy"] == pytest.approx(np.mean(run.predict(xor.X) == xor.y))
    assert PENDING not in at.session_state
    assert any("Stopped by you" in i.value for i in at.info)


def test_a_lost_training_process_is_said_on_the_train_page_and_nothing_is_kept(xor):
    config = TrainConfig(hidden=[4], lr=0.1, epochs=50_000, test_size=0.0)
    work = BackgroundTraining(train(config, xor), xor, live=True)
    work.process.kill()
    assert work.wait(30)
    at = open_page("pages/train.py", "ko", state={"dataset": xor, "config": config,
                                                  PENDING: Job(work, xor.name, "run 1", True, 0.0)})
    assert not at.exception and not at.session_state["runs"] and PENDING not in at.session_state
    assert [e.value for e in at.error] == [t("train.process_lost", "ko")]
    assert not _button(at, TRAIN["ko"]).disabled  # free to try again


def test_divergence_is_explained_and_the_run_kept():
    rent = datasets.load("rent")
    at = open_page("pages/train.py", state={"dataset": rent, "config": TrainConfig(lr=10.0, epochs=50)})
    train_and_wait(at)
    assert not at.exception
    assert any("learning rate is probably too high" in e.value for e in at.error)
    run = at.session_state["runs"][-1]["run"]
    assert run.stopped[0] == "train.diverged" and run.history == []
    # rolled back to the starting weights, so the test error is that of the untrained line
    torch.manual_seed(0)
    start = torch.nn.Linear(1, 1)
    w, b = start.weight.item(), start.bias.item()
    test = rent.test_mask
    expected = np.mean((w * rent.X[test, 0] + b - rent.y[test, 0]) ** 2)
    assert run.metrics["mse"] == pytest.approx(expected, rel=1e-4)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_one_click_on_a_preset_loads_its_dataset_and_settings(study_hours, lang):
    at = open_page("pages/train.py", lang, state={"dataset": study_hours})
    at.button(key="train_page_preset_seed000").click().run()
    assert not at.exception and at.session_state["dataset"].name == "rent"
    cfg = at.session_state["config"]
    rent = datasets.load("rent")
    n_train = int((~rent.test_mask).sum())
    assert (cfg.hidden, cfg.optimizer, cfg.lr, cfg.epochs, cfg.batch_size, cfg.scaling, cfg.init) == \
        ([], "sgd", 5e-4, 50_000, n_train // 2, "none", "default")
    steps = next(i.value for i in at.info if "50,000" in i.value)
    assert "100,000" in steps  # 2 iterations per epoch × 50,000 epochs
    assert "9.26" in at.success[0].value  # what the tutorial got, next to what to look at


def test_tutorial_004_preset_starts_from_zero_and_shows_the_learned_line():
    at = open_page("pages/train.py", state={"dataset": datasets.load("rent")})
    at.button(key="train_page_preset_seed004").click().run()
    cfg = at.session_state["config"]
    assert at.session_state["dataset"].name == "study_hours"
    assert (cfg.init, cfg.lr, cfg.epochs, cfg.batch_size, cfg.test_size, cfg.scaling) == \
        ("zeros", 0.01, 1_000, None, 0.0, "none")
    train_and_wait(at)
    assert not at.exception
    # by hand: full-batch gradient descent from W = b = 0 on (1, 2), (2, 4), (3, 6)
    x, y, W, b = np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 6.0]), 0.0, 0.0
    for _ in range(1_000):
        err = W * x + b - y
        W, b = W - 0.02 * np.mean(err * x), b - 0.02 * np.mean(err)
    equation = next(m.value for m in at.markdown if "H(x) =" in m.value)
    assert f"{W:.4g}·x + {b:.4g}" in equation


def _train_with_the_starting_settings(name, mlp=False):
    """Pick a built-in on the Data page, optionally switch the Model page to an MLP, press Train: the run."""
    at = open_page("pages/data.py")
    at.selectbox(key="data_builtin").set_value(name).run()
    if mlp:
        at.switch_page("pages/model.py")
        at.run()
        at.radio(key="model_kind").set_value("mlp").run()
    at.switch_page("pages/train.py")
    at.run()
    train_and_wait(at)
    assert not at.exception
    return at.session_state["runs"][-1]["run"]


@pytest.mark.parametrize("name", ["rent", "study_hours_4", "house_prices", "xor"])
def test_the_model_pages_mlp_trains_with_the_starting_settings(name):
    run = _train_with_the_starting_settings(name, mlp=True)
    assert run.config.hidden and run.stopped is None and len(run.history) == run.config.epochs
    if name == "xor":
        assert run.train_metrics["accuracy"] == 1.0  # the hidden layer solves what a line cannot


@pytest.mark.parametrize("name", datasets.names())
def test_train_with_nothing_changed_gives_a_sensible_model(name):
    """A learner who picks a built-in on the Data page and presses Train at once gets no divergence."""
    from sklearn.linear_model import LinearRegression

    run = _train_with_the_starting_settings(name)
    assert run.stopped is None and len(run.history) == run.config.epochs
    if name == "rent":  # one feature: redo the 300 full-batch momentum steps in numpy from the same start
        from engine.models import seeded_model

        assert run.config.optimizer == "momentum"  # issue 11: SGD with momentum is where a learner starts

        ds = datasets.load(name)
        train_idx, test_idx = run.data.train_idx, run.data.test_idx
        mean, std = ds.X[train_idx, 0].mean(), ds.X[train_idx, 0].std()
        x, y = (ds.X[train_idx, 0] - mean) / std, ds.y[train_idx, 0]
        start = seeded_model(run.config, 1, 1)[0]
        w, b = start.weight.item(), start.bias.item()
        vw = vb = 0.0  # torch.optim.SGD's momentum buffers: v = momentum * v + gradient, then step by lr * v
        for _ in range(run.config.epochs):
            error = w * x + b - y
            vw = run.config.momentum * vw + 2 * np.mean(error * x)
            vb = run.config.momentum * vb + 2 * np.mean(error)
            w, b = w - run.config.lr * vw, b - run.config.lr * vb
        pred = w * (ds.X[test_idx, 0] - mean) / std + b
        rmse = np.sqrt(np.mean((pred - ds.y[test_idx, 0]) ** 2))
        assert run.metrics["rmse"] == pytest.approx(rmse, rel=1e-4)
        ols = LinearRegression().fit(ds.X[train_idx], ds.y[train_idx].ravel())  # and that is least squares, nearly
        ols_rmse = np.sqrt(np.mean((ols.predict(ds.X[test_idx]) - ds.y[test_idx].ravel()) ** 2))
        assert run.metrics["rmse"] == pytest.approx(ols_rmse, rel=5e-3)


def test_zero_start_is_named_and_can_be_undone(study_hours):
    at = open_page("pages/train.py", state={"dataset": study_hours, "config": TrainConfig(init="zeros", hidden=[4])})
    assert any("trap" in c.value for c in at.caption)  # zeros in a hidden layer: every unit stays alike
    at.button(key="train_page_init_default").click().run()
    assert at.session_state["config"].init == "default" and not at.exception


def test_a_reload_during_training_takes_the_run_over_and_keeps_it_once():
    rent = datasets.load("rent")
    first = open_page("pages/train.py", state={"dataset": rent, "config": TrainConfig(scaling="standard",
                                                                                      epochs=50_000)})
    _button(first, "Train").click().run()
    job = first.session_state[PENDING]
    reloaded = open_page("pages/train.py")  # F5: a new session of the same (personal) workspace
    assert reloaded.session_state[PENDING] is job and job.running and _button(reloaded, "Stop")
    _button(reloaded, "Stop").click().run()
    assert job.work.wait(30)
    reloaded.run()
    (entry,) = reloaded.session_state["runs"]
    assert entry["run"].stopped == ("train.stopped_by_learner", {}) and entry["run"].steps > 0
    first.run()  # the old tab (if it were still open) finds the job kept and adds nothing
    assert PENDING not in first.session_state and not first.session_state["runs"]
    again = open_page("pages/train.py")  # and the page shows the kept run in any new session
    assert PENDING not in again.session_state
    assert [h.value for h in again.subheader][0] == entry["name"]


def test_run_numbers_never_repeat_after_a_delete(study_hours):
    at = open_page("pages/train.py", state={"dataset": study_hours, "config": TrainConfig(lr=0.05, epochs=3)})
    for _ in range(3):
        train_and_wait(at)
    del at.session_state["runs"][0]  # "run 1" deleted: two runs left, named run 2 and run 3
    train_and_wait(at)
    numbers = [int(entry["name"].split(":")[0].split()[-1]) for entry in at.session_state["runs"]]
    assert numbers == [2, 3, 4]
