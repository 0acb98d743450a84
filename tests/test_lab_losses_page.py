"""The losses lab page (pages/lab_losses.py) in AppTest, in English and Korean."""
import numpy as np
import pytest
from conftest import metric_value as metric, open_page, widget

from engine.i18n import t

LANGS = ["en", "ko"]


@pytest.mark.parametrize("lang", LANGS)
def test_losses_page_outlier_softmax_and_mistakes(lang):
    at = open_page("pages/lab_losses.py", lang)
    widget(at, "slider", "lab_losses.outlier", lang).set_value(12.0).run()
    r = np.array([0.5, -1.0, 1.5, -0.3, 12.0])
    assert not at.exception
    assert next(m.value for m in at.metric if m.label == "MSE") == f"{np.mean(r ** 2):.4g}"
    assert next(m.value for m in at.metric if m.label == "MAE") == f"{np.mean(np.abs(r)):.4g}"

    widget(at, "slider", "lab_losses.p", lang).set_value(0.25).run()
    assert metric(at, "lab_losses.if_one", lang) == f"{-np.log(0.25):.4f}"

    assert metric(at, "lab_losses.ce", lang) == f"{-np.log(0.6 + 1e-7):.4f}"
    widget(at, "radio", "lab_losses.preset", lang).set_value("wrong").run()
    assert metric(at, "lab_losses.mse", lang) == "0.5975"
    assert metric(at, "lab_losses.ce", lang) == f"{-np.log(0.1 + 1e-7):.4f}"
    # editing one probability re-normalises: y[2] = 0.5 makes the sum 1.4
    at.number_input(key="loss_prob_2").set_value(0.5).run()
    assert not at.exception
    y = np.array([0.1, 0.05, 0.5, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]) / 1.4
    assert metric(at, "lab_losses.ce", lang) == f"{-np.log(y[2] + 1e-7):.4f}"
    assert any("1.4" in i.value for i in at.info)

    widget(at, "text_input", "lab_losses.logits", lang).set_value("1, 2, 3").run()
    z = np.array([1.0, 2, 3])
    expected = np.log(np.exp(z).sum()) - z[0]
    assert metric(at, "lab_losses.with_index", lang) == metric(at, "lab_losses.with_onehot", lang) == f"{expected:.6f}"
    assert any("between 0 and 1" in c.value for c in at.code)  # torch's own BCELoss message

    widget(at, "text_input", "lab_losses.logits", lang).set_value("two, three").run()
    # a clear message, and the rest of the page still works (the other error is BCELoss refusing raw logits)
    assert not at.exception and len(at.error) == 2 and "two" in at.error[0].value
    assert metric(at, "lab_losses.mse", lang) == f"{0.5 * np.sum((y - np.eye(10)[2]) ** 2):.4f}"


def test_losses_code_blocks_run_and_print_the_pages_numbers(capsys):
    at = open_page("pages/lab_losses.py", "ko")
    widget(at, "slider", "lab_losses.outlier", "ko").set_value(12.0).run()
    assert not at.exception
    printed = []
    for block in at.code:
        if "import torch" in block.value:  # (one block shows torch's error message, not code)
            exec(block.value, {})
            printed.append(capsys.readouterr().out.split())
    regression, bce, onehot, sparse, mistakes = printed
    by_label = {m.label: m.value for m in at.metric}
    assert [f"{float(v):.4g}" for v in regression[:2]] == [by_label["MSE"], by_label["MAE"]]
    assert f"{float(bce[0]):.4f}" == metric(at, "lab_losses.if_one", "ko")
    assert f"{float(onehot[1]):.4f}" == metric(at, "lab_losses.ce", "ko")
    assert f"{float(sparse[0]):.6f}" == metric(at, "lab_losses.with_index", "ko") == f"{float(sparse[1]):.6f}"
    assert mistakes[0] == "RuntimeError:"  # BCELoss on raw logits fails, as the page says
    assert f"{float(mistakes[-2]):.6f}" == metric(at, "lab_losses.with_logits", "ko")


def test_losses_bad_probabilities_leave_the_mistakes_tab_and_bce_refusal_is_explained():
    at = open_page("pages/lab_losses.py", "ko")
    for i in range(10):
        at.number_input(key=f"loss_prob_{i}").set_value(0.0)
    at.run()
    assert not at.exception
    # the softmax tab says what is wrong in place; the mistakes tab is still there after it
    assert [e.value for e in at.error][0] == t("lab_losses.zero_probs", "ko")
    # sparse CE by hand for the default logits (2, 1, 0.1), class 0
    z = np.array([2.0, 1.0, 0.1])
    assert metric(at, "lab_losses.with_index", "ko") == f"{np.log(np.exp(z).sum()) - z[0]:.6f}"
    # BCELoss on the raw logits (2.5, -1, 0.3): a Korean message naming 2.5 and -1, the two outside [0, 1]
    assert "2.5, -1은 [0, 1] 밖에" in at.error[-1].value and len(at.error) == 2
    at.number_input(key="loss_prob_2").set_value(1.0).run()
    assert len(at.error) == 1 and "2.5, -1은" in at.error[0].value


def test_losses_bad_logits_keep_mistake_1_in_place():
    at = open_page("pages/lab_losses.py", "ko")
    widget(at, "text_input", "lab_losses.logits", "ko").set_value("two, three").run()
    assert not at.exception
    assert f"**{t('lab_losses.double_title', 'ko')}**" in [m.value for m in at.markdown]
    assert t("lab_losses.fix_logits", "ko") in [i.value for i in at.info]
    # fixed again: the double-softmax table is back, its first loss = log-sum-exp(2, 1, 0.1) − 2 by hand
    widget(at, "text_input", "lab_losses.logits", "ko").set_value("2, 1, 0.1").run()
    z = np.array([2.0, 1.0, 0.1])
    assert at.dataframe[-1].value.iloc[0, 1] == pytest.approx(np.log(np.exp(z).sum()) - z[0], rel=1e-6)
