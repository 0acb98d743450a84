"""The anatomy lab page (pages/lab_anatomy.py) in AppTest (en and ko), checked against hand counts."""
import numpy as np
import pytest
import torch
from conftest import open_page

from engine.config import TrainConfig
from engine.i18n import t


def metric(at, label_part):
    return next(m.value for m in at.metric if label_part in m.label)


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
    assert "14 = 14" not in [c.value for c in at.caption]  # one layer: no sum to show
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


def test_anatomy_shows_the_learners_seed_with_or_without_my_model(xor):
    at = open_page("pages/lab_anatomy.py", "ko", state={"dataset": xor, "config": TrainConfig(hidden=[8, 3], seed=7)})
    assert not at.exception
    peek_caption = next(c.value for c in at.caption if "시드" in c.value)
    assert "시드 7" in peek_caption
    torch.manual_seed(7)  # by hand: the first layer the tutorial's net (13 inputs → 50) starts from with seed 7
    first = torch.nn.Linear(13, 50).weight.detach().numpy()
    np.testing.assert_allclose(at.dataframe[-1].value.to_numpy(dtype=float), first[:3, :5], atol=5e-5)
    at.toggle(key="anatomy_mine").set_value(True).run()
    assert "시드 7" in next(c.value for c in at.caption if "시드" in c.value)
    torch.manual_seed(7)
    first = torch.nn.Linear(2, 8).weight.detach().numpy()
    np.testing.assert_allclose(at.dataframe[-1].value.to_numpy(dtype=float), first[:3, :2], atol=5e-5)
