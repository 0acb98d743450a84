"""Shared fixtures and helpers: small seeded datasets built by hand (independent of engine.datasets), the rent
training rows the descent lab's engine and page tests share, AppTest helpers that open a page and read its widgets
and metrics, and the app as a server for the browser tests."""
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from engine.dataset import Dataset
from engine.datasets import load
from engine.i18n import t

# The test run keeps saved work (engine.store) in a throwaway file, never in the user's data folder; set
# here at import so app servers the tests start in subprocesses inherit it too.
os.environ["STUDYLAB_DB"] = os.path.join(tempfile.mkdtemp(prefix="studylab-tests-"), "studylab.sqlite")


@pytest.fixture(autouse=True)
def own_workspace_file(tmp_path, monkeypatch):
    """Each test starts with an empty workspace file: in personal mode every session restores the one workspace,
    so a test would otherwise find the runs and settings an earlier test saved."""
    monkeypatch.setenv("STUDYLAB_DB", str(tmp_path / "studylab.sqlite"))


class AppServer:
    """`streamlit run app.py` on a free port with its own workspace file; stop() then start() is a restart.

    Its output goes nowhere: a pipe nobody reads would fill up and stall the server mid-test.
    """

    def __init__(self, db, shared: bool = False, extra_args: tuple = (), env: dict | None = None):
        self.db, self.shared, self.extra_args, self.env, self.proc = db, shared, tuple(extra_args), env or {}, None
        self.boot_s = None  # seconds from the process start to its first health-check answer
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self):
        env = {**os.environ, "STUDYLAB_DB": str(self.db), **self.env}
        env.pop("STUDYLAB_SHARED", None)
        if self.shared:  # classroom mode: every browser context is a new learner with a workspace of its own
            env["STUDYLAB_SHARED"] = "1"
        self.proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port",
                                      str(self.port), "--server.address", "127.0.0.1", "--server.headless", "true",
                                      *self.extra_args],
                                     cwd=Path(__file__).resolve().parent.parent, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        began = time.perf_counter()
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2)
                self.boot_s = time.perf_counter() - began
                return self
            except OSError:
                assert self.proc.poll() is None and time.time() < deadline, "streamlit did not start"
                time.sleep(0.3)

    def stop(self):
        """End the server; one that does not finish within 30 s (e.g. stuck on shutdown) is killed."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)


def make(X, y, task, names=None, target="y", class_names=None, name="handmade"):
    X = np.asarray(X, dtype=np.float32)
    names = names or [f"x{i}" for i in range(X.shape[1])]
    y = np.asarray(y, dtype=np.float32).reshape(-1, 1) if task == "regression" else np.asarray(y, dtype=np.int64)
    frame = pd.DataFrame(X, columns=names).assign(**{target: np.ravel(y)})
    if class_names is None and task != "regression":
        class_names = [str(c) for c in range(int(y.max()) + 1)]
    return Dataset(X, y, names, target, task, frame, name, class_names=class_names or [])


@pytest.fixture
def study_hours():
    return make([[1], [2], [3]], [2, 4, 6], "regression", ["hours"], "score")


@pytest.fixture
def xor():
    return make([[0, 0], [0, 1], [1, 0], [1, 1]], [0, 1, 1, 0], "binary", ["x1", "x2"])


@pytest.fixture
def linear3():
    """120 rows of y = 1.5·a − 2·b + 0.5·c + 3 + small noise."""
    rng = np.random.default_rng(7)
    X = rng.normal(size=(120, 3))
    y = X @ [1.5, -2.0, 0.5] + 3 + rng.normal(scale=0.1, size=120)
    return make(X, y, "regression")


@pytest.fixture
def blobs3():
    """Three well-separated Gaussian blobs in 2-D, 40 rows each."""
    rng = np.random.default_rng(3)
    centres = np.array([[0, 0], [4, 0], [0, 4]])
    X = np.concatenate([c + rng.normal(scale=0.5, size=(40, 2)) for c in centres])
    return make(X, np.repeat([0, 1, 2], 40), "multiclass")


@pytest.fixture(scope="module")
def rent():
    """The rent data's training rows as (area, rent), the one-feature line the descent lab fits."""
    ds = load("rent")
    train = ~ds.test_mask
    return ds.X[train, 0].astype(float), ds.y[train, 0].astype(float)


APP = str(__import__("pathlib").Path(__file__).resolve().parent.parent / "app.py")


def open_page(page: str | None = None, lang: str = "en", timeout: float = 60, state: dict | None = None):
    """Run the app in AppTest (a fresh learner session) and switch to `page` (e.g. "pages/data.py")."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=timeout)
    at.session_state["lang"] = lang
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.run()
    if page:
        at.switch_page(page)
        at.run()
    return at


def rerun_while(at, key: str, timeout: float = 60):
    """Rerun (as a page's fragment does) while `key` is in the session state, i.e. while a child process trains."""
    import time
    deadline = time.time() + timeout
    while key in at.session_state:
        assert time.time() < deadline, f"still {key} after {timeout} s"
        time.sleep(0.05)
        at.run()
    return at


def charts(at) -> list[tuple[dict, "pd.DataFrame"]]:
    """Every Altair/Vega-Lite chart the run drew, as (spec, data of its first dataset), e.g. to check a lab's
    numbers."""
    import json

    import pandas as pd
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    out = []
    for chart in at.get("vega_lite_chart"):
        frames = [convert_arrow_bytes_to_pandas_df(d.data.data) for d in chart.proto.datasets]
        out.append((json.loads(chart.proto.spec), frames[0] if frames else pd.DataFrame()))
    return out


def widget(at, kind: str, key: str, lang: str):
    """The widget of this kind whose label is the translation of `key`."""
    label = t(key, lang)
    return next(w for w in getattr(at, kind) if w.label == label)


def metric_value(at, key: str, lang: str, **params) -> str:
    """The shown value of the metric whose label is the translation of `key` (with `params`)."""
    label = t(key, lang, **params)
    return next(m.value for m in at.metric if m.label == label)


def metric_number(at, i):
    """The i-th metric's value as a number (thousands commas, a trailing × and any unit dropped)."""
    return float(at.metric[i].value.replace(",", "").rstrip("×").split()[0])
