"""Cross-validate page in AppTest: k-fold summary against numpy, the fold table, seed, errors, final test."""
import re

import numpy as np
import pytest
from conftest import make, open_page

from engine.config import TrainConfig
from engine.split import split_indices

PAGE = "pages/cross_validate.py"
CFG = TrainConfig(lr=0.05, epochs=8, batch_size=32, test_size=0.25, seed=3)


def shown_score(at):
    """(metric, mean, std) from the 'Validation RMSE: m ± s' heading."""
    heading = next(h.value for h in at.subheader if "±" in h.value)
    match = re.search(r"(RMSE|accuracy): ([\d.,]+) ± ([\d.,]+)", heading)
    return match.group(1), float(match.group(2).replace(",", "")), float(match.group(3).replace(",", ""))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_kfold_mean_std_and_fold_table(linear3, lang):
    at = open_page(PAGE, lang, state={"dataset": linear3, "config": CFG})
    assert not at.exception and at.slider
    at.slider[0].set_value(4)
    at.button[0].click().run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 4
    scores = table.iloc[:, 2].to_numpy(dtype=float)
    metric, mean, std = shown_score(at)
    assert metric == "RMSE"
    assert mean == pytest.approx(np.mean(scores), abs=6e-5) and std == pytest.approx(np.std(scores), abs=6e-5)
    # the folds share out exactly the training rows: 120 rows, 25 % held out for the test
    train_idx, _ = split_indices(CFG, linear3)
    assert table.iloc[:, 1].sum() == len(train_idx) == 90
    if lang == "ko":
        assert any("검증 RMSE" in h.value for h in at.subheader)
    # a rerun (e.g. coming back to the page) shows the same result without recomputing
    at.run()
    assert shown_score(at) == (metric, mean, std)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_scaled_target_says_its_rmse_is_on_the_0_to_1_scale(linear3, lang):
    from dataclasses import replace

    from engine.i18n import TABLE

    note = TABLE["cv_page.scaled_note"][0 if lang == "en" else 1]
    means = {}
    for scale_target in (False, True):
        at = open_page(PAGE, lang, state={"dataset": linear3, "config": replace(CFG, scale_target=scale_target)})
        at.button[0].click().run()
        assert not at.exception
        assert (note in [c.value for c in at.caption]) is scale_target
        means[scale_target] = shown_score(at)[1]
    assert means[True] < means[False] / 3  # y spans about 15 units, so the 0–1 scale shrinks the RMSE


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("scale_target, scaled_scores", [(False, False), (True, False), (True, True)])
def test_the_units_caption_and_the_numbers_fit_a_target_in_won(linear3, lang, scale_target, scaled_scores):
    """A price in won (tryout3): trained on 0–1 but scored in won, the caption says won and the loss chart says it is
    on 0–1; the heading is numpy's mean ± std of the fold table with thousands commas."""
    from dataclasses import replace

    from engine.i18n import t

    won = make(linear3.X, linear3.y.ravel() * 1e7 + 3e8, "regression", target="price")
    cfg = replace(CFG, scale_target=scale_target, scaled_scores=scaled_scores)
    at = open_page(PAGE, lang, state={"dataset": won, "config": cfg})
    at.button[0].click().run()
    assert not at.exception
    captions = [c.value for c in at.caption]
    own_units = t("cv_page.score_help_rmse", lang, k=3, target="price")
    assert (own_units in captions) is not scaled_scores
    assert (t("cv_page.scaled_note", lang) in captions) is scaled_scores
    loss_note = t("train_page.loss_scaled", lang, target="price")
    assert (loss_note in captions) is (scale_target and not scaled_scores)
    scores = at.dataframe[0].value.iloc[:, 2].to_numpy(dtype=float)
    heading = next(h.value for h in at.subheader if "±" in h.value)
    if scaled_scores:
        assert scores.max() < 1 and f"{np.mean(scores):.4f} ± {np.std(scores):.4f}" in heading
    else:
        assert scores.min() > 10_000 and f"{np.mean(scores):,.0f} ± {np.std(scores):,.0f}" in heading


def test_each_fold_is_one_colour_with_training_solid_and_validation_dashed(linear3):
    """tryout3: 5 folds × 2 lines in 8 colours gave fold 1 and fold 5 the same colours. Each fold's dashed line ends
    at its validation MSE, the square of the fold table's RMSE."""
    from conftest import charts

    at = open_page(PAGE, state={"dataset": linear3, "config": CFG})
    at.slider(key="cv_k").set_value(5).run()
    at.button[0].click().run()
    assert not at.exception
    spec, curves = next((spec, data) for spec, data in charts(at) if "strokeDash" in spec["encoding"])
    colours = spec["encoding"]["color"]["scale"]["range"]
    assert spec["encoding"]["color"]["scale"]["domain"] == [f"fold {n}" for n in range(1, 6)]
    assert len(set(colours)) == 5  # no two folds share a colour
    dashes = spec["encoding"]["strokeDash"]["scale"]
    assert dashes["domain"] == ["train", "validation"] and dashes["range"][0] != dashes["range"][1]
    scores = at.dataframe[0].value.iloc[:, 2].to_numpy(dtype=float)
    last = curves[curves["epoch"] == curves["epoch"].max()]
    for n, rmse in enumerate(scores, start=1):
        lines = last[last["series"] == f"fold {n}"].set_index("part")["loss"]
        assert set(lines.index) == {"train", "validation"}
        assert np.sqrt(lines["validation"]) == pytest.approx(rmse, rel=1e-4)


def test_coming_back_shows_the_kept_result_as_current(linear3):
    at = open_page(PAGE, state={"dataset": linear3, "config": CFG})
    at.slider(key="cv_k").set_value(4).run()
    at.checkbox(key="cv_shuffle").uncheck().run()
    at.button[0].click().run()
    shown = shown_score(at)
    at.switch_page("pages/lab_cost.py")
    at.run()
    at.switch_page(PAGE)
    at.run()
    assert at.slider(key="cv_k").value == 4 and at.checkbox(key="cv_shuffle").value is False
    assert not at.warning  # not "the settings changed since this result was computed"
    assert shown_score(at) == shown and len(at.dataframe[0].value) == 4


def test_classification_reports_accuracy_and_shows_the_data_pages_seed(blobs3):
    cfg = TrainConfig(hidden=[8], optimizer="adam", lr=0.05, epochs=10, seed=5)
    at = open_page(PAGE, state={"dataset": blobs3, "config": cfg})
    assert "Seed: **5**" in [m.value for m in at.markdown] and not at.number_input  # the Data page's seed, shown
    at.button[0].click().run()
    assert not at.exception
    metric, mean, _ = shown_score(at)
    assert metric == "accuracy" and 0.8 < mean <= 1.0


def test_k_larger_than_rows_is_explained_in_korean():
    tiny = make([[1], [2], [3], [4]], [2, 4, 6, 8], "regression")
    at = open_page(PAGE, "ko", state={"dataset": tiny, "config": TrainConfig(test_size=0.0, epochs=2)})
    at.slider[0].set_value(6)
    at.button[0].click().run()
    assert not at.exception
    assert "k는 2 이상" in at.error[0].value


def test_final_test_is_kept_as_a_run(linear3):
    at = open_page(PAGE, state={"dataset": linear3, "config": CFG})
    at.button[0].click().run()
    at.button[1].click().run()
    assert not at.exception
    (entry,) = at.session_state["runs"]
    assert entry["live"] is False and entry["dataset"] == linear3.name and entry["seconds"] > 0
    run = entry["run"]
    _, test_idx = split_indices(CFG, linear3)
    rmse = np.sqrt(np.mean((run.predict(linear3.X[test_idx]) - linear3.y[test_idx].ravel()) ** 2))
    shown = float(at.metric[0].value)
    assert shown == pytest.approx(rmse, abs=6e-5)


def test_needs_a_dataset():
    at = open_page(PAGE)
    assert not at.exception and at.info


def test_links_span_the_settings_box_and_are_not_squeezed_into_a_column():
    """In a third of the page the Data page's link was cut short mid-word (Korean: "…데이터 페이지에서 바꾸")."""
    from engine import datasets
    from engine.i18n import t
    at = open_page(PAGE, "ko", state={"dataset": datasets.load("rent")})
    links = {}

    def walk(node, blocks=()):
        if getattr(node, "type", None) == "page_link":
            links[node.proto.label] = blocks
        for child in getattr(node, "children", {}).values():
            walk(child, blocks + (getattr(node, "type", None),))
    walk(at._tree)
    assert set(links) == {t("cv_page.change_config", "ko"), t("state.change_split", "ko")}
    assert all("column" not in blocks for blocks in links.values())


def test_the_folds_and_the_final_test_hold_torch_to_themselves(linear3, monkeypatch):
    """Both seed torch's one random generator: they hold lab_cache's lock, so no lab in the background draws from
    it meanwhile (another thread cannot take the lock while they train)."""
    import threading

    from engine import cv, train
    from ui import lab_cache

    def free_elsewhere() -> bool:
        taken = []
        other = threading.Thread(target=lambda: taken.append(lab_cache._COMPUTING.acquire(blocking=False)
                                                             and lab_cache._COMPUTING.release() is None))
        other.start()
        other.join()
        return taken[0]

    held = []

    def watched(work):
        return lambda *args, **kwargs: held.append(not free_elsewhere()) or work(*args, **kwargs)

    monkeypatch.setattr(cv, "cross_validate", watched(cv.cross_validate))
    monkeypatch.setattr(train, "fit", watched(train.fit))
    at = open_page(PAGE, state={"dataset": linear3, "config": CFG})
    at.button[0].click().run()
    at.button[1].click().run()
    assert not at.exception and held == [True, True] and free_elsewhere()
