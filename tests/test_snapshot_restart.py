"""After a restart (a fresh session on the same workspace file), Train and Evaluate draw a stored run's lines at
10, 100 and 300 iterations and its "model along the way" table, as they did before; a kept sweep member's last
line says its real iteration count (epochs × batches per epoch, by hand), not 0; a big model's left-out snapshots
are said, in Korean."""
import math
import os
from dataclasses import replace

import pytest

from conftest import open_page
from engine import datasets, stored_run
from engine.config import TrainConfig
from engine.i18n import t
from engine.store import PERSONAL, open_store
from engine.train import fit, fit_many

RENT = TrainConfig(hidden=[], optimizer="sgd", momentum=0.9, lr=0.01, epochs=300, batch_size=None,
                   scaling="standard")


def _kept(*runs):
    """Runs saved in this test's workspace file as keep_run saves them: the restarted app finds them there."""
    store = open_store(os.environ["STUDYLAB_DB"])
    try:
        for i, run in enumerate(runs):
            store.save_run(PERSONAL, f"run {i + 1}", run, extra={"seconds": 1.0, "live": True,
                                                                 "dataset": run.dataset_name})
    finally:
        store.close()


def _line_labels(at) -> set[str]:
    """The labels of the model's lines in every chart drawn (each chart may carry several datasets)."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    frames = [convert_arrow_bytes_to_pandas_df(d.data.data) for chart in at.get("vega_lite_chart")
              for d in chart.proto.datasets]
    return {label for frame in frames if "label" in frame for label in frame["label"]}


def _steps_table(at):
    return next(d.value for d in at.dataframe if t("lessons.col_step", "ko") in d.value.columns)


@pytest.fixture(scope="module")
def rent():
    return datasets.load("rent")


def test_train_and_evaluate_show_the_snapshots_after_a_restart(rent):
    run = fit(RENT, rent)
    assert [s["step"] for s in run.snapshots] == [10, 100]
    _kept(run)
    at = open_page("pages/evaluate.py", "ko", state={"dataset": rent})
    assert not at.exception
    want = {f"{n} 이터레이션 후" for n in (10, 100, 300)}
    assert _line_labels(at) == want
    assert _steps_table(at)[t("lessons.col_step", "ko")].tolist() == [10, 100, 300]
    assert any(m.value == f"**{t('lessons.snapshots_title', 'ko')}**" for m in at.markdown)
    at.switch_page("pages/train.py").run()
    assert not at.exception
    assert _line_labels(at) == want
    assert _steps_table(at)[t("lessons.col_step", "ko")].tolist() == [10, 100, 300]


def test_a_kept_sweep_member_is_labelled_with_its_real_iterations(rent):
    configs = [replace(RENT, batch_size=16, epochs=75, lr=lr) for lr in (0.003, 0.01)]
    member = fit_many(configs, rent)[1]
    n_train = len(member.data.train_idx)
    by_hand = 75 * math.ceil(n_train / 16)  # epochs × batches per epoch, the last one short
    assert (n_train, by_hand) == (60, 300) and member.snapshots == []  # sweeps keep no snapshots
    _kept(member)
    at = open_page("pages/evaluate.py", "ko", state={"dataset": rent})
    assert not at.exception and _line_labels(at) == {f"{by_hand} 이터레이션 후"}
    at.switch_page("pages/train.py").run()
    assert _line_labels(at) == {f"{by_hand} 이터레이션 후"}


def test_left_out_snapshots_are_said(rent, monkeypatch):
    run = fit(RENT, rent)
    monkeypatch.setattr(stored_run, "SNAPSHOT_BUDGET", 1)  # as for a model too big to keep any copy of
    _kept(run)
    at = open_page("pages/evaluate.py", "ko", state={"dataset": rent})
    assert not at.exception
    assert t("lessons.snapshots_not_kept", "ko", n=2) in [c.value for c in at.caption]
    assert _line_labels(at) == {"300 이터레이션 후"}
