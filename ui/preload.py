"""Load what later pages need in the background, once the first page is on screen.

A fresh server's first visit waits for every module its first page imports. Home needs torch but not
scikit-learn (about a second to import, for the split, the scalers and the metrics), so the engine imports
scikit-learn where it uses it, and this module imports it in a thread after the first script run: by the time
the learner opens the Data or Train page it is there. The same for torch._dynamo, which torch.optim imports
when a process makes its first optimizer (1.5–3 s on the first visit of the optimizers lab or the Train page).

Two threads importing at once can each hold the lock of one module of a circular pair and wait for the other:
narwhals' stable.v1 and stable.v2, reached from both altair (a page) and scikit-learn (here), made Python raise
_DeadlockError in a page's `import altair` about once in six first visits of the Train page. So narwhals is
imported before the thread starts (34 ms). Holding the interpreter's import lock around the thread's imports
instead can hang: a page thread in the middle of an import waits for that lock while the preload, holding it,
waits for the module the page is importing (the browser bench's labs stalled twice that way).
"""
import importlib
import threading

from ui.gc_freeze import freeze
from ui.quiet import wait_until_quiet

LATER = ("sklearn.model_selection", "sklearn.preprocessing", "sklearn.metrics", "torch._dynamo")
QUIET_WAIT_S = 5.0  # at most this long before each import for the learner's script runs to end
_started = False


def preload_once() -> None:
    global _started
    if _started:
        return
    _started = True
    import narwhals.stable.v1, narwhals.stable.v2  # noqa: E401, F401 - here, before the thread: see above
    threading.Thread(target=_load, daemon=True, name="preload").start()


def _load() -> None:
    for name in LATER:
        wait_until_quiet(QUIET_WAIT_S)
        importlib.import_module(name)
    freeze()  # their objects out of the post-run collections' way, like the first page's (ui/gc_freeze.py)

