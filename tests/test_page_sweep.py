"""The Train page's "Try several at once" panel in AppTest: three learning rates on rent trained together, the
table's numbers checked against one-at-a-time engine.train.fit runs, and a member kept as a normal run."""
from dataclasses import replace

import pytest

from conftest import open_page, rerun_while
from engine import datasets
from engine.config import TrainConfig
from engine.train import fit
from ui.sweep import RUNNING, best_member, best_sentences, ties

RATES = [0.003, 0.01, 0.03]


def sweep_and_wait(at, timeout=60, press=True):
    """Press the panel's Train button, then rerun (as its fragment does) until the child process has finished."""
    if press:
        next(b for b in at.button if b.key == "sweep_go").click().run()
    return rerun_while(at, RUNNING, timeout)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_three_learning_rates_on_rent_match_one_at_a_time_fits_and_one_can_be_kept(lang):
    rent = datasets.load("rent")
    config = TrainConfig(hidden=[8], lr=0.01, epochs=40, batch_size=16, scaling="standard", scale_target=True)
    at = open_page("pages/train.py", lang, state={"dataset": rent, "config": config})
    at.multiselect(key="sweep_lrs").set_value(RATES).run()
    sweep_and_wait(at)
    assert not at.exception

    table = at.dataframe[0].value
    assert len(table) == len(RATES)
    for row, lr in zip(table.itertuples(index=False), RATES):
        alone = fit(replace(config, lr=lr), rent)  # the independent computation: one plain run per lr
        member, train_loss, val_loss, test_rmse, diverged = row
        assert f"{lr:g}" in member
        assert train_loss == pytest.approx(alone.history[-1]["train_loss"], rel=1e-5)
        assert val_loss == pytest.approx(alone.history[-1]["val_loss"], rel=1e-5)
        assert test_rmse == pytest.approx(alone.metrics["rmse"], rel=1e-5)
        assert diverged == ("no" if lang == "en" else "아니요")
    assert len(at.get("vega_lite_chart")) >= 1  # the overlaid curves
    header = "Final test loss" if lang == "en" else "최종 테스트 손실"  # the held-out rows' loss, named so
    assert table.columns[2] == header
    best = table.loc[table[header].idxmin()]  # the sentence under the table names the table's lowest test loss
    sentence = next(m.value for m in at.markdown if ("Lowest test loss" if lang == "en" else "가장 낮은") in m.value)
    assert f"**{best.iloc[0]}**" in sentence and f"{best[header]:.4f}" in sentence  # as the table writes it

    next(b for b in at.button if b.key == "sweep_keep_1").click().run()
    assert not at.exception
    kept = at.session_state["runs"]
    assert len(kept) == 1 and kept[0]["dataset"] == rent.name and kept[0]["run"].config.lr == RATES[1]
    assert next(b for b in at.button if b.key == "sweep_keep_1").disabled  # kept once, not twice


def test_a_click_elsewhere_during_a_sweep_does_not_interrupt_it():
    """The members train in a child process: the page's reruns (any click) only look at it."""
    rent = datasets.load("rent")
    config = TrainConfig(hidden=[8], lr=0.01, epochs=3000, batch_size=16, scaling="standard")
    at = open_page("pages/train.py", state={"dataset": rent, "config": config})
    at.multiselect(key="sweep_lrs").set_value(RATES[:2]).run()
    next(b for b in at.button if b.key == "sweep_go").click().run()
    assert RUNNING in at.session_state  # still training after its run ended
    at.toggle(key="train_page_live").set_value(False).run()  # a click elsewhere: the page runs again
    at.run()
    sweep_and_wait(at, press=False)
    assert not at.exception and len(at.dataframe[0].value) == 2
    assert all(len(run.history) == 3000 for run in at.session_state["sweep_last"]["runs"])


def test_too_few_members_gets_a_message_instead_of_a_button():
    rent = datasets.load("rent")
    at = open_page("pages/train.py", state={"dataset": rent, "config": TrainConfig(epochs=5)})
    at.multiselect(key="sweep_lrs").set_value([0.01]).run()
    assert not at.exception
    assert not any(b.key == "sweep_go" for b in at.button)
    assert any("2 to 8" in w.value for w in at.warning)


def test_the_best_member_is_judged_on_training_loss_when_there_are_no_test_rows():
    rent = datasets.load("rent")
    config = TrainConfig(hidden=[4], epochs=15, batch_size=32, scaling="standard", scale_target=True, test_size=0.0)
    runs = [fit(replace(config, lr=lr), rent) for lr in RATES]
    losses = [run.history[-1]["train_loss"] for run in runs]
    key, labels, loss = best_member({"runs": runs, "labels": ["a", "b", "c"]})
    assert key == "sweep.best_train" and loss == min(losses) and labels == ["abc"[losses.index(min(losses))]]


def test_a_tie_reads_the_same_in_the_table_and_is_float32_noise():
    assert ties(64.5058364868164, 64.50578308105469)  # lr 0.1 and 0.3 on rent: the same line
    assert not ties(64.5058, 64.5065)  # the table tells them apart
    assert not ties(0.00186, 0.00194)  # both read 0.0019, yet 4 % apart (seeds that moved an upload's split)
    assert ties(21_253_046.2, 21_253_046.4) and not ties(21_253_046.0, 21_253_047.0)


def test_members_that_end_equal_tie_and_seeds_that_change_nothing_say_so():
    """tryout3: three seeds of a full-batch line on rent all ended at 64.5058 (as did lr 0.1 and 0.3), yet one was
    named the best. The tie is checked against numpy's least-squares line, the end every member reaches."""
    import numpy as np

    from engine.i18n import t

    rent = datasets.load("rent")
    train, test = ~rent.test_mask, rent.test_mask
    X = np.column_stack([rent.X, np.ones(len(rent))]).astype(np.float64)
    coef, *_ = np.linalg.lstsq(X[train], rent.y[train, 0], rcond=None)
    least_squares = np.mean((X[test] @ coef - rent.y[test, 0]) ** 2)
    line = TrainConfig(lr=0.1, epochs=300, scaling="standard")

    seeds = [fit(replace(line, seed=seed), rent) for seed in (0, 1, 2)]
    finals = [run.history[-1]["val_loss"] for run in seeds]
    assert finals == pytest.approx([least_squares] * 3, rel=1e-5)  # one same end, to float32 noise
    said = best_sentences({"runs": seeds, "labels": ["s0", "s1", "s2"], "kind": "seed"})
    assert said == [t("sweep.seed_same", n=3, loss=f"{least_squares:.4f}"), t("sweep.seed_same_why")]

    rates = [fit(replace(line, lr=lr), rent) for lr in (0.1, 0.3, 0.001)]
    finals = [run.history[-1]["val_loss"] for run in rates]
    assert f"{finals[0]:.4f}" == f"{finals[1]:.4f}" != f"{finals[2]:.4f}"  # 0.001 is still far from the line
    said = best_sentences({"runs": rates, "labels": ["a", "b", "c"], "kind": "lr"})
    assert said == [t("sweep.tie_test", members="**a**, **b**", loss=f"{min(finals):.4f}")]

    batches = replace(line, hidden=[8], lr=0.01, epochs=30, batch_size=16)  # seeds that matter: no tie
    runs = [fit(replace(batches, seed=seed), rent) for seed in (0, 1, 2)]
    finals = [run.history[-1]["val_loss"] for run in runs]
    assert len({f"{loss:.4f}" for loss in finals}) == 3
    said = best_sentences({"runs": runs, "labels": ["s0", "s1", "s2"], "kind": "seed"})
    assert said == [t("sweep.best_test", member=f"**s{int(np.argmin(finals))}**", loss=f"{min(finals):.4f}")]


def test_the_results_stay_open_after_the_page_is_opened_again():
    """The sidebar's Train link reruns the page: the last result is still drawn, its expander open."""
    rent = datasets.load("rent")
    config = TrainConfig(hidden=[4], lr=0.01, epochs=10, batch_size=32, scaling="standard")
    at = open_page("pages/train.py", state={"dataset": rent, "config": config})
    at.multiselect(key="sweep_lrs").set_value(RATES[:2]).run()
    sweep_and_wait(at)
    at.run()
    assert not at.exception and len(at.dataframe[0].value) == 2
    assert next(e for e in at.expander if e.label == "Try several at once").proto.expanded


def test_kept_seed_members_are_named_by_their_seed_and_say_their_time_is_the_groups():
    """Keeping two members of a seed sweep: distinct names that say each one's seed, no claim of live charts, and
    the Train and Runs pages say the time is the whole group's."""
    from engine.i18n import t

    rent = datasets.load("rent")
    config = TrainConfig(hidden=[4], lr=0.01, epochs=5, batch_size=32, scaling="standard", seed=7)
    at = open_page("pages/train.py", "ko", state={"dataset": rent, "config": config})
    at.radio(key="sweep_kind").set_value("seed").run()
    at.number_input(key="sweep_seed_count").set_value(3).run()
    sweep_and_wait(at)
    for i in (0, 2):
        next(b for b in at.button if b.key == f"sweep_keep_{i}").click().run()
    assert not at.exception
    kept = at.session_state["runs"]
    assert [entry["run"].config.seed for entry in kept] == [7, 9]  # the learner's seed, then two more
    assert len({entry["name"] for entry in kept}) == 2
    for entry in kept:
        assert entry["name"].endswith(t("sweep.member_seed", "ko", seed=entry["run"].config.seed))
        assert entry["live"] is False and entry["run"].trained_together == 3
    captions = [c.value for c in at.caption]
    assert any(t("train_page.mode_together", "ko") in c for c in captions)  # the shown run: the last one kept
    assert t("train_page.trained_together", "ko", others=2, n=3) in captions
    at.switch_page("pages/runs.py").run()
    assert not at.exception
    names = ", ".join(entry["name"] for entry in kept)
    assert t("runs_page.together_note", "ko", runs=names) in [c.value for c in at.caption]
