"""Every page renders without an exception for different kinds of data, with a kept run, in Korean."""
import pathlib

import pytest

from conftest import open_page
from engine import datasets
from engine.config import TrainConfig
from engine.train import fit

PAGES = sorted(p.as_posix() for p in pathlib.Path("pages").glob("*.py"))  # pages/ holds only pages; helpers live in ui/
WORKFLOW = ["pages/data.py", "pages/model.py", "pages/train.py", "pages/evaluate.py", "pages/cross_validate.py",
            "pages/runs.py"]


def test_every_registered_page_is_covered():
    app = pathlib.Path("app.py").read_text(encoding="utf-8")
    assert all(f'"{page}"' in app for page in PAGES)
    assert set(WORKFLOW) <= set(PAGES)


@pytest.mark.parametrize("name", ["rent", "house_prices", "xor", "mnist_5k"])
def test_workflow_pages_render_with_a_kept_run(name):
    ds = datasets.load(name)
    config = TrainConfig(hidden=[4], epochs=2, batch_size=64, test_size=0.0 if name == "xor" else 0.2)
    entry = {"name": f"run 1: {name}", "run": fit(config, ds), "dataset": name, "seconds": 0.1, "live": False}
    at = open_page(None, "ko", state={"dataset": ds, "config": config, "runs": [entry], "train_last": entry})
    for page in WORKFLOW:
        at.switch_page(page)
        at.run()
        assert not at.exception, (page, at.exception)


@pytest.mark.parametrize("page", [p for p in PAGES if "/lab_" in p])
def test_labs_render_in_korean(page):
    at = open_page(page, "ko")
    assert not at.exception, at.exception
    text = " ".join(e.value for e in [*at.title, *at.markdown, *at.caption])
    assert at.title and any("\uac00" <= ch <= "\ud7a3" for ch in text)  # Hangul on the page
