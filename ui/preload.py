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

from ui.gc_freeze import freeze

LATER = ("sklearn.model_selection", "sklearn.preprocessing", "sklearn.metrics", "torch._dynamo")
_started = False


def preload_once() -> None:
    global _started
    if _started:
        return
    _started = True
    threading.Thread(target=_load, daemon=True, name="preload").start()


def _load() -> None:
    for name in LATER:
        importlib.import_module(name)
    freeze()  # their objects out of the post-run collections' way, like the first page's (ui/gc_freeze.py)
