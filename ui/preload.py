"""Load what later pages need in the background, once the first page is on screen.

A fresh server's first visit waits for every module its first page imports. Home needs torch but not
scikit-learn (about a second to import, for the split, the scalers and the metrics), so the engine imports
scikit-learn where it uses it, and this module imports it in a thread after the first script run: by the time
the learner opens the Data or Train page it is there. The same for torch._dynamo, which torch.optim imports
when a process makes its first optimizer (1.5–3 s on the first visit of the optimizers lab or the Train page).

Each module is imported alone: meanwhile a page's import of a module not yet loaded waits for it (at most one
module's import: ~1.5 s for torch._dynamo on a fresh server). Two threads importing at once could each hold the
lock of one module of a circular pair and wait for the other: narwhals' stable.v1 and stable.v2, reached from
both altair (a page) and scikit-learn (here), made Python raise _DeadlockError in a page's `import altair` about
once in six first visits of the Train page. (Holding the lock for all four imports made a page switched to
meanwhile wait for all of them: Model's first visit 2.8 s.)
"""
import _imp
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
    threading.Thread(target=_load, daemon=True, name="preload").start()


def _load() -> None:
    for name in LATER:
        wait_until_quiet(QUIET_WAIT_S)
        _imp.acquire_lock()  # the interpreter's import lock: no other thread starts an import until it is released
        try:
            importlib.import_module(name)
        finally:
            _imp.release_lock()
    freeze()  # their objects out of the post-run collections' way, like the first page's (ui/gc_freeze.py)

