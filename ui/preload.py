"""Load what later pages need in the background, once the first page is on screen.

A fresh server's first visit waits for every module its first page imports. Home needs torch but not
scikit-learn (about a second to import, for the split, the scalers and the metrics), so the engine imports
scikit-learn where it uses it, and this module imports it in a thread after the first script run: by the time
the learner opens the Data or Train page it is there. The same for torch._dynamo, which torch.optim imports
when a process makes its first optimizer (1.5–3 s on the first visit of the optimizers lab or the Train page).
(Two imports of one module at once are safe: Python's import lock makes the second wait for the first.)
"""
import importlib
import threading
import time

from ui.gc_freeze import freeze

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
        _quiet()
        importlib.import_module(name)
    freeze()  # their objects out of the post-run collections' way, like the first page's (ui/gc_freeze.py)


def _quiet() -> None:
    """Wait (at most QUIET_WAIT_S) until no script run is under way: an import holds the GIL most of its time, so
    next to a run (the learner's next page, opened right after Home) it would make that run up to twice as slow.
    A page that needs the module meanwhile imports it itself."""
    give_up = time.monotonic() + QUIET_WAIT_S
    while time.monotonic() < give_up and any(thread.name == "ScriptRunner.scriptThread"
                                             for thread in threading.enumerate()):
        time.sleep(0.05)
