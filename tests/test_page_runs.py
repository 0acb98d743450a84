"""Runs page in AppTest: metrics table, config diff, exported script and model upload."""
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from conftest import open_page

from engine import datasets
from engine.config import TrainConfig
from engine.export import model_bytes
from engine.train import fit

PAGE = "pages/runs.py"
REPO = Path(__file__).resolve().parent.parent


def entry(name, config, ds, seconds=1.5):
    return {"name": name, "run": fit(config, ds), "dataset": ds.name, "seconds": seconds, "live": False}


@pytest.fixture(scope="module")
def rent_runs():
    rent = datasets.load("rent")
    return rent, [entry("slow", TrainConfig(lr=1e-4, batch_size=30, epochs=6), rent, 0.5),
                  entry("fast", TrainConfig(lr=5e-4, batch_size=30, epochs=6, seed=4), rent, 0.7)]


def test_runs_on_a_scaled_target_are_named_under_the_table(rent_runs):
    from engine.i18n import t

    rent, kept = rent_runs
    scaled = entry("scaled", TrainConfig(lr=5e-2, batch_size=30, epochs=6, scale_target=True), rent)
    at = open_page(PAGE, state={"dataset": rent, "runs": [*kept, scaled]})
    assert not at.exception
    assert t("runs_page.scaled_note", runs="scaled") in [c.value for c in at.caption]
    at = open_page(PAGE, state={"dataset": rent, "runs": list(kept)})
    assert not any("min-max" in c.value for c in at.caption)


def test_a_loss_on_the_scaled_target_gets_its_own_chart_and_the_train_pages_note(rent_runs):
    """Trained on the target scaled to 0–1 but scored in its units (an upload's default): its loss, checked with
    numpy on the 0–1 scale, is drawn apart from raw losses and says so, as the Train page does."""
    from engine.i18n import t

    rent, kept = rent_runs
    scaled = entry("scaled", TrainConfig(lr=5e-2, batch_size=30, epochs=6, scaling="minmax", scale_target=True,
                                         scaled_scores=False), rent)
    run, test = scaled["run"], scaled["run"].data.test_idx
    train_y = rent.y[run.data.train_idx, 0]
    span = float(train_y.max() - train_y.min())  # the scaler learns the range from the training rows
    mse_0_1 = np.mean(((run.predict(rent.X[test]) - rent.y[test, 0]) / span) ** 2)
    assert run.history[-1]["val_loss"] == pytest.approx(mse_0_1, rel=1e-3)  # the curve really is on 0–1
    note = t("train_page.loss_scaled").format(target=rent.target_name)
    at = open_page(PAGE, state={"dataset": rent, "runs": [*kept, scaled]})
    assert not at.exception
    assert [c.value for c in at.caption].count(note) == 1
    assert len(at.get("vega_lite_chart")) == 2  # the raw runs' losses and the scaled one never share an axis
    at = open_page(PAGE, state={"dataset": rent, "runs": list(kept)})
    assert note not in [c.value for c in at.caption] and len(at.get("vega_lite_chart")) == 1


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_metrics_table_and_config_diff(rent_runs, lang):
    rent, kept = rent_runs
    at = open_page(PAGE, lang, state={"dataset": rent, "runs": list(kept)})
    assert not at.exception
    metrics = at.dataframe[0].value
    assert list(metrics.iloc[:, 0]) == ["slow", "fast"]
    for (_, row), e in zip(metrics.iterrows(), kept):
        run = e["run"]
        test_idx = run.data.test_idx
        rmse = np.sqrt(np.mean((run.predict(rent.X[test_idx]) - rent.y[test_idx].ravel()) ** 2))
        assert row.iloc[2] == pytest.approx(rmse, rel=1e-5)  # test RMSE, checked with numpy
        assert row.iloc[6] == 6  # epochs run (after test RMSE, MAE, R² and train RMSE)
    diff = at.dataframe[1].value
    lr_label, seed_label = ("learning rate", "seed") if lang == "en" else ("학습률", "시드")
    assert sorted(diff.iloc[:, 0]) == sorted([lr_label, seed_label])  # only the fields that differ, translated
    lr_row = diff[diff.iloc[:, 0] == lr_label].iloc[0]
    assert list(lr_row.iloc[1:]) == ["0.0001", "0.0005"]
    if lang == "ko":
        assert "테스트 RMSE" in metrics.columns and "설정" in diff.columns
    # choosing the same run twice says so instead of an empty table
    at.selectbox[0].set_value(1).run()
    assert not at.exception and any("서로 다른" in i.value or "different" in i.value for i in at.info)


def test_the_settings_difference_names_fields_and_values_in_korean(rent_runs):
    """batch_size, test_size, scaling, scaled_scores and the dataset read as the Train and Data pages name them."""
    from engine.i18n import t

    rent, kept = rent_runs
    house = datasets.load("house_prices")
    other = entry("other", TrainConfig(lr=1e-4, batch_size=None, epochs=2, test_size=0.3, scaling="standard",
                                       scale_target=True, scaled_scores=False), house)
    at = open_page(PAGE, "ko", state={"dataset": rent, "runs": [kept[0], other]})
    assert not at.exception
    diff = at.dataframe[1].value
    rows = {row.iloc[0]: tuple(row.iloc[1:]) for _, row in diff.iterrows()}
    assert rows["배치 크기"] == ("30", "전체 배치")
    assert rows["테스트 비율"] == ("0.2", "0.3")
    assert rows["스케일링"] == (t("train_page.scaling_none", "ko"), t("train_page.scaling_standard", "ko"))
    assert rows["오차도 0–1 스케일로 (데이터 페이지)"] == ("예", "아니요") and rows["타깃 스케일링"] == ("아니요", "예")
    assert rows["데이터"] == (t("dataset.rent.title", "ko"), t("dataset.house_prices.title", "ko"))
    assert not {"batch_size", "test_size", "scaling", "scaled_scores", "dataset", "True", "False"} & {
        *rows, *(v for pair in rows.values() for v in pair)}


def test_picking_runs_changes_the_table(rent_runs):
    rent, kept = rent_runs
    at = open_page(PAGE, state={"dataset": rent, "runs": list(kept)})
    at.multiselect[0].set_value([1]).run()
    assert not at.exception and list(at.dataframe[0].value.iloc[:, 0]) == ["fast"]


def test_shown_script_reproduces_the_run(rent_runs, tmp_path):
    """The script in the Runs page's expander, run as plain python from another folder, prints this run's losses."""
    rent, kept = rent_runs
    at = open_page(PAGE, state={"dataset": rent, "runs": list(kept)})
    at.selectbox[2].set_value(0).run()
    script = at.code[0].value
    path = tmp_path / "run.py"
    path.write_text(script, encoding="utf-8")
    (tmp_path / "rent.csv").write_bytes((REPO / "data" / "rent.csv").read_bytes())  # the data sits next to it
    done = subprocess.run([sys.executable, str(path)], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    printed = [float(v) for v in re.findall(r"^epoch \d+ train_loss (\S+)$", done.stdout, flags=re.M)]
    history = kept[0]["run"].history.to_frame()["train_loss"].tolist()
    assert len(printed) == 6 and printed == pytest.approx(history, rel=1e-4)


def test_bundle_and_notebook_are_offered_next_to_the_script(rent_runs):
    from engine.i18n import t

    rent, kept = rent_runs
    at = open_page(PAGE, "ko", state={"dataset": rent, "runs": list(kept)})
    assert not at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert t("runs_page.download_bundle", "ko") in labels and t("runs_page.download_notebook", "ko") in labels
    assert t("runs_page.formats_help", "ko", data="rent.csv") in [c.value for c in at.caption]


def test_no_runs_yet_in_korean():
    at = open_page(PAGE, "ko")
    assert not at.exception and "아직 실행 기록이 없습니다" in at.info[0].value


class Evil:
    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        return os.system, (f"echo pwned > {self.target}",)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_uploaded_model_shows_its_summary(rent_runs, lang):
    rent, kept = rent_runs
    at = open_page(PAGE, lang)
    at.file_uploader[0].set_value(("fast.pt", model_bytes(kept[1]["run"]), "application/octet-stream")).run()
    assert not at.exception and not at.error
    assert "rent" in at.success[0].value and "2" in at.success[0].value  # 1 weight + 1 bias
    layers, config = at.dataframe[0].value, at.dataframe[1].value
    assert list(layers.iloc[:, 2]) == [2]  # Linear(1, 1): 1×1 + 1 parameters
    lr_label = "learning rate" if lang == "en" else "학습률"  # the field's name in the learner's language
    assert config.set_index(config.columns[0]).loc[lr_label].iloc[0] == "0.0005"


def test_malicious_upload_is_refused(tmp_path):
    target = tmp_path / "pwned.txt"
    buffer = io.BytesIO()
    torch.save({"config": Evil(target)}, buffer)
    at = open_page(PAGE, "ko")
    at.file_uploader[0].set_value(("evil.pt", buffer.getvalue(), "application/octet-stream")).run()
    assert not at.exception and not target.exists()
    assert "거부했습니다" in at.error[0].value and "system" in at.error[0].value
    at.file_uploader[0].set_value(("cut.pt", b"PK\x03\x04garbage", "application/octet-stream")).run()
    assert not at.exception and "완전한 모델 파일이 아닙니다" in at.error[0].value


def test_uploaded_table_gets_its_csv_and_a_script_that_reads_it(linear3, tmp_path):
    """For a non-built-in dataset the page offers the cleaned table under the name its script reads."""
    kept = [entry("mine", TrainConfig(hidden=[4], optimizer="adam", lr=0.01, batch_size=16, epochs=3), linear3)]
    at = open_page(PAGE, state={"dataset": linear3, "runs": kept})
    assert not at.exception
    labels = [b.label for b in at.get("download_button")]
    assert any("handmade.csv" in label for label in labels)
    script = at.code[0].value
    assert "DATA = HERE / 'handmade.csv'" in script
    linear3.frame.to_csv(tmp_path / "handmade.csv", index=False)  # what the CSV button hands out
    (tmp_path / "run.py").write_text(script, encoding="utf-8")
    done = subprocess.run([sys.executable, "run.py"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    printed = [float(v) for v in re.findall(r"^epoch \d+ train_loss (\S+)$", done.stdout, flags=re.M)]
    assert printed == pytest.approx(kept[0]["run"].history.to_frame()["train_loss"].tolist(), rel=1e-4)
    # the run carries its cleaned table: with another dataset loaded, the script and the CSV are still there
    at.session_state["dataset"] = datasets.load("rent")
    at.run()
    assert not at.exception and at.code[0].value == script
    assert any("handmade.csv" in b.label for b in at.get("download_button"))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_blown_up_run_says_the_same_epoch_count_everywhere(rent_runs, lang):
    """The tryout: "diverged at epoch 8" next to "7 epochs run". Both now count the epochs the run kept."""
    from engine.i18n import t

    rent, _ = rent_runs
    blown = entry("blown", TrainConfig(lr=0.001, batch_size=30, epochs=40), rent)  # raw areas: lr 1e-3 blows up
    run = blown["run"]
    assert run.stopped[0] == "train.diverged" and run.stopped[1]["epoch"] == len(run.history) + 1  # the engine's record
    kept = len(run.history)  # by hand: the epochs that finished with a finite loss
    assert kept == sum(np.isfinite(r["train_loss"]) for r in run.history) > 0
    at = open_page(PAGE, lang, state={"dataset": rent, "runs": [blown]})
    assert not at.exception
    row = at.dataframe[0].value.iloc[0]
    assert row[t("runs_page.col_epochs", lang)] == kept
    assert row[t("runs_page.col_stopped", lang)] == t("runs_page.stopped_diverged", lang, epochs=kept)
    at = open_page("pages/evaluate.py", lang, state={"dataset": rent, "runs": [blown]})
    assert not at.exception
    said = [box.value for box in at.error]
    assert said == [t("train.diverged", lang, epochs=kept, loss=run.stopped[1]["loss"])]
    assert t("eval_page.rolled_back", lang, epochs=kept) in [box.value for box in at.warning]


def test_curves_of_several_datasets_get_a_chart_each_with_one_word_for_the_held_out_rows(rent_runs):
    """The tryout: every run of every dataset on one chart squashed it to ~30 px, and its legend said 검증 where
    the table says 테스트 for the same held-out rows. Now: one chart per dataset, at its own height, and 테스트."""
    from conftest import charts
    from engine.i18n import t

    rent, kept = rent_runs
    hours = datasets.load("study_hours")
    held = entry("hours", TrainConfig(lr=0.01, epochs=30, test_size=0.3), hours)
    runs_list = [*kept, held]
    at = open_page(PAGE, "ko", state={"dataset": rent, "runs": runs_list})
    at.multiselect[0].set_value(list(range(len(runs_list)))).run()
    assert not at.exception
    drawn = [(spec, frame) for spec, frame in charts(at) if "epoch" in frame]
    assert len(drawn) == 2  # rent and study_hours
    # one colour per run, its training and test curves told apart by dash
    assert [set(frame["series"]) for _, frame in drawn] == [{e["name"] for e in kept}, {"hours"}]
    for spec, frame in drawn:
        assert spec["autosize"]["type"] == "fit-x" and spec["height"] >= 200  # the legend no longer eats the plot
        assert set(frame["part"]) == {"학습", "테스트"}  # not 검증 for the held-out rows
        assert spec["encoding"]["strokeDash"]["field"] == "part"
    held_out = held["run"].history[-1]["val_loss"]  # the test rows' loss, by hand with numpy on the last epoch
    rows = held["run"].data.test_idx
    assert held_out == pytest.approx(np.mean((held["run"].predict(hours.X[rows]) - hours.y[rows, 0]) ** 2), rel=1e-4)
    captions = [c.value for c in at.caption]
    assert t("runs_page.curves_dataset", "ko", dataset=datasets.title("rent", "ko")) in captions
    assert any(t("runs_page.col_test", "ko", metric="") in str(col) for col in at.dataframe[0].value.columns)


def test_the_run_lists_number_a_name_only_when_two_runs_share_it():
    from engine import datasets
    from engine.config import TrainConfig
    from engine.train import fit

    ds = datasets.load("rent")
    run = fit(TrainConfig(epochs=2), ds)
    entries = [{"name": name, "run": run, "dataset": "rent", "seconds": 0.1, "live": False}
               for name in ("run 1: rent", "mine", "mine")]
    at = open_page("pages/runs.py", state={"dataset": ds, "runs": entries})
    assert at.multiselect[0].options == ["run 1: rent", "2. mine", "3. mine"]
