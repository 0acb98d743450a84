"""Load the modules pages need in the background, from the moment the server starts.

A fresh server's first visit waited for every module its first page imports (torch, pandas, the engine: about
1.5 s idle, 2–4 s under load) after the browser had loaded Streamlit's page. `streamlit run app.py` serves app.py
through st.App, whose lifespan (`warm_up`) starts this module's thread when the server starts, so those imports
run while the browser loads the page; the first script run waits for them (`wait_for_first`) instead of doing
them itself (bench/browser.py's first visit, alternating with the code before, load 3–4.6: median 3.03 s
[2.19–3.72] against 3.62 s [3.28–5.76]). Without st.App (AppTest) app.py starts the thread after the first page,
and the first script imports what it needs itself.

After FIRST the thread loads what Home does not need, each once no script run is under way: altair (the charts
of most pages), scikit-learn (about a second, for the split, the scalers and the metrics; the engine imports it
where it uses it) and torch._dynamo, which torch.optim imports when a process makes its first optimizer (1.5–3 s
on the first visit of the optimizers lab or the Train page).

Two threads importing at once can each hold the lock of one module of a circular pair and wait for the other:
narwhals' stable.v1 and stable.v2, reached from both altair (a page) and scikit-learn (here), made Python raise
_DeadlockError in a page's `import altair` about once in six first visits of the Train page. So narwhals is
imported before the thread starts (34 ms), and the first script run waits for FIRST instead of importing the same
modules beside the thread. Holding the interpreter's import lock around the thread's imports instead can hang: a
page thread in the middle of an import waits for that lock while the preload, holding it, waits for the module the
page is importing (the browser bench's labs stalled twice that way).
"""
import contextlib
import importlib
import threading

from ui.gc_freeze import freeze
from ui.quiet import wait_until_quiet

FIRST = ("ui.workspace", "ui.live", "ui.study")  # what app.py and Home import (torch and pandas through them)
LATER = ("ui.charts", "sklearn.model_selection", "sklearn.preprocessing", "sklearn.metrics", "torch._dynamo")
QUIET_WAIT_S = 5.0  # at most this long before each later import for the learner's script runs to end
_started = False
_first_done = threading.Event()


@contextlib.asynccontextmanager
async def warm_up(_app):
    """st.App's lifespan: start loading when the server starts, before any browser has connected."""
    preload_once()
    yield


def preload_once() -> None:
    global _started
    if _started:
        return
    _started = True
    import narwhals.stable.v1, narwhals.stable.v2  # noqa: E401, F401 - here, before the thread: see above
    threading.Thread(target=_load, daemon=True, name="preload").start()


def wait_for_first() -> None:
    """Wait until the thread has imported FIRST, if it is running (a warmed server); otherwise return at once."""
    if _started:
        _first_done.wait()


def _load() -> None:
    try:
        for name in FIRST:
            importlib.import_module(name)
    finally:  # a failed import is the script's to report: it imports the module itself after this
        _first_done.set()
    for name in LATER:
        wait_until_quiet(QUIET_WAIT_S)
        importlib.import_module(name)
    freeze()  # their objects out of the post-run collections' way, like the first page's (ui/gc_freeze.py)
